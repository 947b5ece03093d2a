#!/usr/bin/env python3
"""Checks of the built maps/: feature counts, geometry validity (GEOS via SpatiaLite, as JTS
would judge it), extents, UTF-8 attribute text, DBF field names, that every province paired
with a region in Table 1 overlaps the region, and a summary of vertices and file sizes.

Exits 1 on any failure. A Table 1 pair whose region is not complete (quality 'partial' or
'approximate') only warns: an incomplete county list cannot be expected to reach every province.
For a 'sourced' region a missing overlap is a failure.

Usage: check_maps.py <repo root> <work dir>
"""
import csv
import io
import json
import os
import struct
import subprocess
import sys
from collections import Counter

import china_provinces

# Points in the centres of the four cities where the county layer of the 21 provinces had holes: each must lie in a
# county with a 2012 code, in the main and in the _lo layer.
CITY_CENTRES = {'Beijing, Tiananmen': (116.397, 39.909), 'Shanghai, People\'s Square': (121.475, 31.232),
                'Tianjin, Heping': (117.201, 39.133), 'Guangzhou, Yuexiu': (113.264, 23.129)}
MAPS_LIMIT_MB = 12.0

failures, warnings = [], []


def sql(datasource, query):
    out = subprocess.run(['ogr2ogr', '-f', 'CSV', '/vsistdout/', datasource, '-dialect', 'sqlite', '-sql', query],
                         check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def check(cond, ok_msg, fail_msg):
    if cond:
        print('  ok    ' + ok_msg)
    else:
        print('  FAIL  ' + fail_msg)
        failures.append(fail_msg)


def read_dbf(path):
    """Minimal DBF reader: field names and raw field bytes (to test the encoding ourselves)."""
    with open(path, 'rb') as fh:
        data = fh.read()
    n_rec, hdr_len, rec_len = struct.unpack('<IHH', data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b'\0')[0].decode('ascii')
        fields.append((name, chr(data[pos + 11]), data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_rec):
        rec = data[hdr_len + i * rec_len: hdr_len + (i + 1) * rec_len]
        off, row = 1, {}
        for name, typ, size in fields:
            row[name] = rec[off:off + size]
            off += size
        rows.append(row)
    return fields, rows


def table1_pairs(root, regions, provinces):
    """(region code, province code) of every province row of Table 1: from data/table1_province_rows.csv,
    else from the shared data folder beside the repo (table1_urbanization_2010.csv)."""
    rows_csv = os.path.join(root, 'data', 'table1_province_rows.csv')
    if os.path.exists(rows_csv):
        with open(rows_csv, encoding='utf-8-sig') as fh:
            return [(r['region_code'], r['province_code']) for r in csv.DictReader(fh)]
    candidates = [os.environ.get('TABLE1', ''), os.path.join(root, '..', 'shared', 'data', 'table1_urbanization_2010.csv'),
                  '/work/shared/data/table1_urbanization_2010.csv']
    path = next((c for c in candidates if c and os.path.exists(c)), None)
    if path is None:
        check(False, '', 'Table 1 pairs not found: need data/table1_province_rows.csv or TABLE1=path')
        return []
    short = {p['name_zh_short']: p['code'] for p in provinces}
    reg_code = {r['name_zh']: r['code'] for r in regions}
    with open(path, encoding='utf-8-sig') as fh:
        return [(reg_code[r['region_zh']], short[r['province_zh']]) for r in csv.DictReader(fh)]


def main(root, work):
    maps = os.path.join(root, 'maps')
    attrs = json.load(open(os.path.join(work, 'counties_attrs.json'), encoding='utf-8'))
    n_county_records = sum(len(v) for v in attrs.values())
    n_units = sum(1 for v in attrs.values() for r in v if r['match'] != 'no 2012 unit')
    with open(os.path.join(root, 'data', 'regions.csv'), encoding='utf-8-sig') as fh:
        regions = list(csv.DictReader(fh))
    with open(os.path.join(root, 'data', 'provinces.csv'), encoding='utf-8-sig') as fh:
        provinces = list(csv.DictReader(fh))
    expected = {'counties': n_county_records, 'regions': len(regions), 'provinces': 34}
    layers = ['counties', 'regions', 'provinces', 'countries', 'counties_lo', 'regions_lo', 'provinces_lo']

    vertex_counts = {}
    print('counts, validity, extent')
    for layer in layers:
        shp = os.path.join(maps, layer + '.shp')
        for ext in ('.shp', '.shx', '.dbf', '.prj', '.cpg'):
            check(os.path.exists(shp[:-4] + ext), f'{layer}{ext} present', f'{layer}{ext} missing')
        r = sql(shp, f'SELECT count(*) AS n, sum(geometry IS NULL) AS nulls, '
                     f'sum(CASE WHEN geometry IS NOT NULL AND NOT ST_IsValid(geometry) THEN 1 ELSE 0 END) AS invalid, '
                     f'min(MbrMinX(geometry)) AS x0, min(MbrMinY(geometry)) AS y0, max(MbrMaxX(geometry)) AS x1, '
                     f'max(MbrMaxY(geometry)) AS y1, sum(ST_NPoints(geometry)) AS vertices FROM "{layer}"')[0]
        base = layer.replace('_lo', '')
        n = int(r['n'])
        if base in expected:
            check(n == expected[base], f'{layer}: {n} features', f'{layer}: {n} features, expected {expected[base]}')
        else:
            check(n > 0, f'{layer}: {n} features', f'{layer}: no features')
        check(int(r['invalid'] or 0) == 0, f'{layer}: every geometry valid (ST_IsValid)',
              f'{layer}: {r["invalid"]} invalid geometries')
        x0, y0, x1, y1 = (float(r[k]) for k in ('x0', 'y0', 'x1', 'y1'))
        # China's layers lie in lon 60-145, lat 3-56; the neighbouring countries are clipped to 30-180 E, 20 S-80 N
        # (build.sh step 6), wide enough for the whole-country view of a large window.
        lo_x, hi_x, lo_y, hi_y = (30, 180, -20, 80) if base == 'countries' else (60, 145, 3, 56)
        inside = x0 >= lo_x - 0.01 and x1 <= hi_x + 0.01 and y0 >= lo_y - 0.01 and y1 <= hi_y + 0.01
        check(inside, f'{layer}: extent {x0:.2f},{y0:.2f} .. {x1:.2f},{y1:.2f} (lon/lat)',
              f'{layer}: extent {x0},{y0} .. {x1},{y1} is outside lon {lo_x}-{hi_x}, lat {lo_y}-{hi_y}: '
              f'not WGS84 lon/lat?')
        vertex_counts[layer] = int(r['vertices'] or 0)
        nulls = int(r['nulls'] or 0)
        if layer.startswith('regions') and nulls:
            warnings.append(f'{layer}: {nulls} regions have no mapped county yet (null geometry)')
            print(f'  warn  {layer}: {nulls} regions without geometry (no member county in the membership file)')
        elif nulls:
            check(False, '', f'{layer}: {nulls} null geometries')
        with open(shp[:-4] + '.cpg', encoding='ascii') as fh:
            check(fh.read().strip().upper() in ('UTF-8', 'UTF8'), f'{layer}.cpg says UTF-8', f'{layer}.cpg is not UTF-8')
        fields, rows = read_dbf(shp[:-4] + '.dbf')
        check(all(len(f[0]) <= 10 for f in fields), f'{layer}: DBF fields ' + ','.join(f[0] for f in fields),
              f'{layer}: a DBF field name is longer than 10 characters')
        bad = 0
        for row in rows:
            for name, typ, _ in fields:
                if typ == 'C':
                    try:
                        row[name].decode('utf-8')
                    except UnicodeDecodeError:
                        bad += 1
        check(bad == 0, f'{layer}: all text decodes as UTF-8', f'{layer}: {bad} values are not valid UTF-8')
        if 'name_zh' in [f[0] for f in fields]:
            cjk = sum(1 for row in rows if any('\u4e00' <= ch <= '\u9fff' for ch in row['name_zh'].decode('utf-8')))
            check(cjk == len(rows), f'{layer}: every name_zh has Chinese characters',
                  f'{layer}: {len(rows) - cjk} name_zh without Chinese characters')

    print('content')
    county_codes = [r['code'].decode('utf-8').strip() for r in read_dbf(os.path.join(maps, 'counties.dbf'))[1]]
    check(sum(1 for c in county_codes if c) >= n_units, f'counties: {n_units} matched 2012 units present',
          'counties: matched 2012 units missing')
    cq = sql(os.path.join(maps, 'counties.shp'),
             "SELECT count(*) AS n, min(MbrMinX(geometry)) AS x0, max(MbrMaxX(geometry)) AS x1 FROM counties WHERE prov_code='50'")[0]
    check(int(cq['n']) >= 38 and float(cq['x0']) < 105.5 and float(cq['x1']) > 110,
          f'Chongqing decoded: {cq["n"]} units spanning {float(cq["x0"]):.2f}-{float(cq["x1"]):.2f} E',
          f'Chongqing missing or wrong: {cq}')
    reg_rows = sql(os.path.join(maps, 'regions.shp'), 'SELECT code, n_counties, quality, ST_NPoints(geometry) AS v FROM regions')
    for r in reg_rows:
        print(f'  info  region {r["code"]:16s} {r["n_counties"]:>3s} counties  quality {r["quality"]:11s} vertices {r["v"] or 0}')

    print('every county of China')
    names = china_provinces.names(root)
    for layer in ('counties', 'counties_lo'):
        rows = read_dbf(os.path.join(maps, layer + '.dbf'))[1]
        text = lambda raw: raw.decode('utf-8').strip('\x00 ')  # DBF pads with blanks or NULs
        per_prov = Counter(text(r['prov_code']) for r in rows)
        check(set(per_prov) == set(names), f'{layer}: units in all {len(names)} province-level units of China',
              f'{layer}: provinces without a unit: {sorted(set(names) - set(per_prov))}')
        no_code = [text(r['name_zh']) for r in rows
                   if text(r['prov_code']) not in china_provinces.AS_DRAWN and not text(r['code'])]
        print(f'  info  {layer}: mainland polygons of no 2012 unit and without a code: {len(no_code)} '
              f'({", ".join(no_code)})')
        for city, (lon, lat) in CITY_CENTRES.items():
            hit = sql(os.path.join(maps, layer + '.shp'), f'SELECT code, name_zh FROM "{layer}" '
                      f'WHERE ST_Intersects(geometry, MakePoint({lon}, {lat}))')
            check(len(hit) == 1 and hit[0]['code'], f'{layer}: {city} lies in {hit[0]["code"] if hit else ""} '
                  f'{hit[0]["name_zh"] if hit else ""}', f'{layer}: {city} ({lon}, {lat}) lies in no coded county: {hit}')
    print('  info  counties per province: ' + ', '.join(f'{c} {n}' for c, n in sorted(
        Counter(r['prov_code'].decode('utf-8').strip('\x00 ') for r in read_dbf(os.path.join(maps, 'counties.dbf'))[1]).items())))

    print('Table 1: each province paired with a region overlaps it')
    pairs = table1_pairs(root, regions, provinces)
    quality = {r['code']: r['quality'] for r in reg_rows}
    overlaps = {(r['region'], r['province']): float(r['a'] or 0) for r in sql(maps,
                'SELECT r.code AS region, p.code AS province, ST_Area(ST_Intersection(r.geometry, p.geometry)) AS a '
                'FROM regions r, provinces p WHERE r.geometry IS NOT NULL AND ST_Intersects(r.geometry, p.geometry)')}
    prov_zh = {p['code']: p['name_zh_short'] for p in provinces}
    for reg, prov in pairs:
        area = overlaps.get((reg, prov), 0.0)
        label = f'{reg} / {prov_zh.get(prov, "?")} ({prov})'
        if area > 1e-4:
            print(f'  ok    {label}: overlap {area:.3f} sq deg')
        elif quality.get(reg) in ('partial', 'approximate'):
            print(f'  warn  {label}: no overlap; the region is {quality.get(reg)}, its county list is not complete')
            warnings.append(f'Table 1 pair {label} not overlapping (region {quality.get(reg)})')
        else:
            check(False, '', f'{label}: the region does not overlap the province')

    print('summary')
    print(f'  size of maps/*.shp,shx,dbf,prj,cpg: {sum(os.path.getsize(os.path.join(maps, f)) for f in os.listdir(maps) if f.rsplit(".", 1)[-1] in ("shp", "shx", "dbf", "prj", "cpg")) / 1e6:.2f} MB')
    committed = 0
    for folder, dirs, files in os.walk(maps):
        dirs[:] = [d for d in dirs if d not in ('node_modules', 'work')]  # git-ignored: installed and scratch
        committed += sum(os.path.getsize(os.path.join(folder, f)) for f in files if not f.endswith('.tmp'))
    check(committed / 2**20 <= MAPS_LIMIT_MB, f'maps/ as committed: {committed / 2**20:.2f} MiB (limit {MAPS_LIMIT_MB} MiB)',
          f'maps/ as committed is {committed / 2**20:.2f} MiB, over the limit of {MAPS_LIMIT_MB} MiB: simplify more')
    for f in sorted(os.listdir(maps)):
        if f.endswith('.shp'):
            print(f'  {f:18s} .shp {os.path.getsize(os.path.join(maps, f)) / 1e6:6.2f} MB  .dbf '
                  f'{os.path.getsize(os.path.join(maps, f[:-4] + ".dbf")) / 1e6:6.2f} MB  vertices {vertex_counts.get(f[:-4], 0):,}')
    print(f'checks: {len(failures)} failed, {len(warnings)} warnings')
    if failures:
        sys.exit(1)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
