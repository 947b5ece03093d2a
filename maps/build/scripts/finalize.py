#!/usr/bin/env python3
"""Attach the final attributes to mapshaper's dissolved layers and write GeoJSON ready for
conversion to shapefiles: counties (one record per 2012 unit; units that share a later polygon
get copies of it), regions (all 14, in seq order; a region with no mapped county gets a null
geometry), provinces (code, name_zh, name_en).

Usage: finalize.py <repo root> <work dir> <in dir (mapshaper output)> <out dir>
"""
import json
import os
import sys

import china_provinces

COUNTY_FIELDS = ['code', 'name_zh', 'prov_code', 'prov_zh', 'pref_zh', 'region', 'basis', 'source', 'match']
REGION_FIELDS = ['code', 'seq', 'name_zh', 'name_en', 'n_counties', 'n_official', 'n_unmapped', 'quality']


def load(path):
    with open(path, encoding='utf-8') as fh:
        return json.load(fh)


def write(path, features):
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump({'type': 'FeatureCollection', 'features': features}, fh, ensure_ascii=False)


def main(root, work, in_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    attrs = load(os.path.join(work, 'counties_attrs.json'))
    counties = []
    for f in load(os.path.join(in_dir, 'counties.json'))['features']:
        for rec in attrs[f['properties']['ukey']]:
            counties.append({'type': 'Feature', 'geometry': f['geometry'],
                             'properties': {k: rec[k] for k in COUNTY_FIELDS}})
    counties.sort(key=lambda f: (f['properties']['code'] == '', f['properties']['code'], f['properties']['name_zh']))
    write(os.path.join(out_dir, 'counties.json'), counties)

    geom_of = {}
    for f in load(os.path.join(in_dir, 'regions.json'))['features']:
        geom_of[f['properties']['region']] = f['geometry']
    regions = []
    for a in load(os.path.join(work, 'regions_attrs.json')):
        props = {k: a[k] for k in REGION_FIELDS}
        props['n_official'] = props['n_official'] if props['n_official'] is not None else 0
        regions.append({'type': 'Feature', 'geometry': geom_of.get(a['code']), 'properties': props})
    write(os.path.join(out_dir, 'regions.json'), regions)

    names = china_provinces.names(root)
    provinces = []
    for f in load(os.path.join(in_dir, 'provinces.json'))['features']:
        code = f['properties']['pkg_prov']
        if code not in names:
            sys.exit(f'finalize: no name for province {code}; add it to OTHER_PROVINCES in china_provinces.py')
        provinces.append({'type': 'Feature', 'geometry': f['geometry'],
                          'properties': {'code': code, 'name_zh': names[code][0], 'name_en': names[code][1]}})
    provinces.sort(key=lambda f: f['properties']['code'])
    write(os.path.join(out_dir, 'provinces.json'), provinces)
    print(f'finalize {os.path.basename(out_dir)}: counties {len(counties)} records, regions {len(regions)} '
          f'({sum(1 for r in regions if r["geometry"])} with geometry), provinces {len(provinces)}')


if __name__ == '__main__':
    main(*sys.argv[1:5])
