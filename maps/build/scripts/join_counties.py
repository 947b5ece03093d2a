#!/usr/bin/env python3
"""Match the county-level units of 2012 to the package's polygons and attach region membership.

Inputs: the extracted polygons, the vendored areacodes table, data/provinces.csv,
data/regions.csv, data/region_counties.csv and inputs/official_counts.csv.
Every county of China goes into the county layer: the units of the 31 mainland provinces matched to
their 2012 codes, and the units the package draws for Taiwan, Hong Kong and Macao (no county codes in
GB/T 2260) labelled as the package labels them.
Outputs (in the work dir):
  units.geojson           every polygon of China with ukey (the group of 2012 units it belongs
                          to: a unit's code, codes that share a polygon, x<n> for a polygon of
                          no 2012 unit or of Taiwan, Hong Kong, Macao), regs (;region;...;) and
                          pkg_prov (province of the package file, for provinces.shp)
  counties_attrs.json     ukey -> the attribute records of counties.shp (one per 2012 unit)
  regions_attrs.json      per region: the attributes of regions.shp
  match_report.txt        how every unit was matched, the unmatched ones and the unclaimed polygons
Matching order: the polygon's id equals the 2012 code; else the id equals a successor code
(followed through the areacodes change chain); else the name within the 2012 prefecture
(then within the province, if unique).

Usage: join_counties.py <repo root> <work dir> <region_counties.csv>
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

import china_provinces

BASES = ('explicit', 'whole prefecture', 'inferred', 'approximate')
REQUIRED = ['region_code', 'region_zh', 'province_zh', 'prefecture_zh', 'county_zh',
            'county_code_2012', 'basis', 'source', 'note']
SNAPSHOT_YEAR = 2012


def read_csv(path):
    with open(path, encoding='utf-8-sig', newline='') as fh:
        return list(csv.DictReader(fh))


def truncate_utf8(text, limit=254):
    """DBF character fields hold at most 254 bytes; cut on a character boundary."""
    raw = text.encode('utf-8')
    if len(raw) <= limit:
        return text
    return raw[:limit].decode('utf-8', errors='ignore')


class Areacodes:
    def __init__(self, rows):
        self.rows_by_code = defaultdict(list)
        for r in rows:
            self.rows_by_code[r['代码']].append(r)

    @staticmethod
    def valid_at_end_of(row, year):
        end = row['变更/弃用时间']
        return int(row['启用时间']) <= year and (end == '' or int(end) > year)

    def roster(self, year, prov_codes):
        """The county-level units valid at the end of `year`, and the prefecture-level cities that had no county
        under them (东莞, 中山, 嘉峪关, 三亚, 三沙 in 2012): on the map they are county-level units of their own."""
        out = []
        for code, rows in self.rows_by_code.items():
            for r in rows:
                if r['级别'] == '县级' and code[:2] in prov_codes and self.valid_at_end_of(r, year):
                    out.append(r)
        with_counties = {r['代码'][:4] for r in out}
        for code, rows in self.rows_by_code.items():
            for r in rows:
                if (r['级别'] == '地级' and code[:2] in prov_codes and code[:4] not in with_counties
                        and self.valid_at_end_of(r, year)):
                    out.append(r)
        return sorted(out, key=lambda r: r['代码'])

    def name_of(self, code):
        rows = self.rows_by_code.get(code, [])
        return rows[-1]['名称'] if rows else ''

    def successors(self, code, after_year):
        """Codes that took over `code` when it was abolished after `after_year`.

        areacodes lists in 新代码 the codes of the former area; entries tagged [year] are earlier
        partial transfers and are skipped. Where a unit was split or merged, codes newly created
        at that change are preferred, since they are the unit's own continuation."""
        rows = [r for r in self.rows_by_code.get(code, [])
                if r['状态'] == '弃用' and r['变更/弃用时间'] and int(r['变更/弃用时间']) > after_year]
        if not rows:
            return [], None
        row = min(rows, key=lambda r: int(r['变更/弃用时间']))
        year = int(row['变更/弃用时间'])
        codes = [c for c in row['新代码'].split(';') if c and '[' not in c]
        created = [c for c in codes if any(int(r['启用时间']) == year for r in self.rows_by_code.get(c, []))]
        if len(codes) > 1 and len(created) == 1:
            codes = created
        return codes, year


def match_unit(unit, ac, by_fid, by_prov_name, pref_prefix):
    """Return (features, how) for one 2012 unit."""
    code, name, prov = unit['代码'], unit['名称'], unit['代码'][:2]
    feats = [f for f in by_fid.get(code, []) if f['properties']['prov_code'] == prov]
    if feats:
        return feats, 'code'
    # successor chain, breadth first, at most a few steps
    frontier, year, seen, chain = [code], SNAPSHOT_YEAR, {code}, []
    for _ in range(6):
        nxt = []
        for c in frontier:
            succ, when = ac.successors(c, year)
            for s in succ:
                if s not in seen:
                    seen.add(s)
                    nxt.append((s, when))
        if not nxt:
            break
        found = [f for s, _ in nxt for f in by_fid.get(s, [])]
        if not found:
            # the package drew the successor without an id (崇明县 -> 崇明区): its name, among polygons with no id
            found = [f for s, _ in nxt for f in by_prov_name.get((prov, ac.name_of(s)), [])
                     if not f['properties']['fid']]
        chain.extend(s for s, _ in nxt)
        if found:
            if len(nxt) == 1 or len(found) == 1:
                return found, 'successor ' + '->'.join([code] + chain)
            # several successors (a split, or a merge into existing units): the name decides
            # which polygon continues the unit (宣化县 -> 宣化区); with no such name, no match
            named = [f for f in found if name_stem(f['properties']['name']) == name_stem(name)]
            if len(named) == 1:
                return named, 'successor (by name) ' + '->'.join([code] + chain)
            break
        frontier = [s for s, _ in nxt]
        year = max(w for _, w in nxt)
    cands = by_prov_name.get((prov, name), [])
    pref = unit['二级行政区']
    in_pref = [f for f in cands if pref_prefix(f['properties']['pref_src'], pref)]
    if len(in_pref) == 1:
        return in_pref, 'name in prefecture'
    if len(cands) == 1:
        return cands, 'name in province'
    return [], 'unmatched' + (f' ({len(cands)} polygons of that name)' if cands else '')


def name_stem(name):
    """宣化县 and 宣化区 are the same place under a new status."""
    return re.sub('(自治县|自治旗|县|区|市|旗)$', '', name)


def carved_parents(ac, roster_codes, fid):
    """2012 units whose area areacodes says went (partly) to `fid` after 2012 (叶集区 from 霍邱县)."""
    out = []
    for code in roster_codes:
        for r in ac.rows_by_code[code]:
            for entry in r['新代码'].split(';'):
                m = re.fullmatch(r'(\d{6})(?:\[(\d{4})\])?', entry)
                if m and m.group(1) == fid and m.group(2) and int(m.group(2)) > SNAPSHOT_YEAR:
                    out.append(code)
    return sorted(set(out))


def same_prefecture(pkg_name, name_2012):
    """The package names prefectures in short form (安庆, 那曲地区) and areacodes in full (安庆市)."""
    if not pkg_name or not name_2012:
        return False
    a = re.sub('(市|地区|盟)$', '', pkg_name)
    b = re.sub('(市|地区|盟)$', '', name_2012)
    return a == b or a.startswith(b) or b.startswith(a)


def main(root, work, membership_path):
    regions = read_csv(os.path.join(root, 'data', 'regions.csv'))
    prov_names = china_provinces.names(root)
    mainland = china_provinces.mainland(root)
    region_by_code = {r['code']: r for r in regions}
    build = os.path.join(root, 'maps', 'build')
    ac = Areacodes(read_csv(os.path.join(build, 'inputs', 'areacodes_2012on.csv')))
    official = {r['region_code']: r for r in read_csv(os.path.join(build, 'inputs', 'official_counts.csv'))}

    polys = json.load(open(os.path.join(work, 'all_clean.geojson'), encoding='utf-8'))['features']
    for i, f in enumerate(polys):
        f['properties']['_idx'] = i
    by_fid, by_prov_name = defaultdict(list), defaultdict(list)
    for f in polys:
        p = f['properties']
        if p['fid']:
            by_fid[p['fid']].append(f)
        by_prov_name[(p['prov_code'], p['name'])].append(f)

    roster = ac.roster(SNAPSHOT_YEAR, mainland)
    roster_by_code_early = {u['代码']: u for u in roster}
    report = []
    matches = {}
    how_counts = Counter()
    for unit in roster:
        feats, how = match_unit(unit, ac, by_fid, by_prov_name, same_prefecture)
        matches[unit['代码']] = feats
        how_counts['unmatched' if not feats else how.split(' ')[0] if not how.startswith('name') else how] += 1
        report.append(f"{unit['代码']}\t{unit['名称']}\t{unit['二级行政区']}\t{how}\t"
                      + ','.join(f"{f['properties']['fid'] or '-'}:{f['properties']['name']}" for f in feats))

    # Units merged after 2012 into a unit whose polygon the package files under the other one's old code (清浦区 and
    # 清河区 became 清江浦区, drawn with id 320802): share the polygon of the one other unit merged into the same code.
    successor_of = {u['代码']: set(ac.successors(u['代码'], SNAPSHOT_YEAR)[0]) for u in roster}
    for unit in roster:
        code = unit['代码']
        if matches[code] or not successor_of[code]:
            continue
        siblings = [u['代码'] for u in roster if u['代码'] != code and matches[u['代码']]
                    and successor_of[u['代码']] & successor_of[code]]
        if len(siblings) == 1:
            matches[code] = matches[siblings[0]]
            how = f"merged with {siblings[0]} into {','.join(sorted(successor_of[code]))}"
            report[:] = [l if not l.startswith(code + '\t') else
                         f"{code}\t{unit['名称']}\t{unit['二级行政区']}\t{how}\t"
                         + ','.join(f"{f['properties']['fid'] or '-'}:{f['properties']['name']}" for f in matches[code])
                         for l in report]
            how_counts['unmatched'] -= 1
            how_counts['merged'] += 1

    # membership
    errors, warnings = [], []
    if not os.path.exists(membership_path):
        sys.exit(f'join: membership file {membership_path} not found. Give its path as REGION_COUNTIES=... '
                 'or add data/region_counties.csv (columns: ' + ','.join(REQUIRED) + ')')
    members = read_csv(membership_path)
    missing_cols = [c for c in REQUIRED if members and c not in members[0]]
    if missing_cols:
        sys.exit(f'join: {membership_path} lacks columns {missing_cols}; expected header: ' + ','.join(REQUIRED))
    roster_by_code = {u['代码']: u for u in roster}
    region_of = defaultdict(list)  # code -> [(region, basis, source)]
    for n, m in enumerate(members, start=2):
        code, reg, basis = m['county_code_2012'].strip(), m['region_code'].strip(), m['basis'].strip()
        where = f'{os.path.basename(membership_path)} line {n} ({m["county_zh"]} {code})'
        if reg not in region_by_code:
            errors.append(f'{where}: unknown region_code "{reg}" (see data/regions.csv)')
            continue
        if basis not in BASES:
            errors.append(f'{where}: basis "{basis}" is not one of {", ".join(BASES)}')
            continue
        if code not in roster_by_code:
            errors.append(f'{where}: {code} is not a county-level code of end-{SNAPSHOT_YEAR} in mainland China')
            continue
        if roster_by_code[code]['名称'] != m['county_zh'].strip():
            warnings.append(f'{where}: name differs from the 2012 code table ({roster_by_code[code]["名称"]})')
        if any(r == reg for r, _, _ in region_of[code]):
            warnings.append(f'{where}: duplicate row for region {reg}, ignored')
            continue
        region_of[code].append((reg, basis, m['source'].strip()))
    for code, regs in region_of.items():
        if len(regs) > 1:
            warnings.append(f'{code} {roster_by_code[code]["名称"]} is in {len(regs)} regions: '
                            + ', '.join(r for r, _, _ in regs))
    if errors:
        sys.exit('join: the membership file has errors:\n  ' + '\n  '.join(errors))

    # polygons no unit claimed: give each to the 2012 unit it was carved from, where areacodes says
    claimed_idx = {f['properties']['_idx'] for fs in matches.values() for f in fs}
    carved = defaultdict(list)
    leftovers = []
    for f in polys:
        p = f['properties']
        if p['prov_code'] in china_provinces.AS_DRAWN or p['_idx'] in claimed_idx:
            continue
        # the package has a few codes of its own (加格达奇区 as 232701, the later code of 漠河市):
        # trust a code only where areacodes gives it the polygon's name
        known = p['fid'] and any(r['名称'] == p['name'] for r in ac.rows_by_code.get(p['fid'], []))
        parents = carved_parents(ac, [u['代码'] for u in roster], p['fid']) if known else []
        if len(parents) == 1:
            carved[parents[0]].append(f)
            report.append(f"{parents[0]}\t{roster_by_code_early[parents[0]]['名称']}\t\tcarved polygon added\t"
                          f"{p['fid']}:{p['name']}")
        else:
            leftovers.append(f)

    # A 2012 unit whose whole land went to units created later (三亚市 -> its four districts of 2014) is drawn by
    # the polygons carved from it.
    for code, fs in carved.items():
        if not matches[code]:
            matches[code] = list(fs)
            report[:] = [l if not l.startswith(code + '\t') else
                         f"{code}\t{roster_by_code[code]['名称']}\t{roster_by_code[code]['二级行政区']}\tcarved (all of it)\t"
                         + ','.join(f"{f['properties']['fid']}:{f['properties']['name']}" for f in fs) for l in report]
            how_counts['unmatched'] -= 1
            how_counts['carved'] += 1

    # One output geometry per group of units: units that share a polygon (北市区 and 南市区 both
    # became 莲池区) get the same geometry, each as its own record; ukey names the group.
    claimed_by = Counter(f['properties']['_idx'] for fs in matches.values() for f in fs)
    claimed = claimed_by
    owner = {}  # polygon idx -> group key
    group_units = defaultdict(list)
    for unit in roster:
        code = unit['代码']
        idxs = [f['properties']['_idx'] for f in matches[code]]
        key = next((owner[i] for i in idxs if i in owner), code)
        for i in idxs:
            owner.setdefault(i, key)
        if matches[code]:
            group_units[key].append(code)
    attrs, parts = {}, []
    for unit in roster:
        code = unit['代码']
        regs = region_of.get(code, [])
        shared = any(claimed_by[f['properties']['_idx']] > 1 for f in matches[code])
        how = next(l.split('\t')[3] for l in report if l.startswith(code + '\t')).split(' ')[0]
        props = {
            'code': code, 'name_zh': unit['名称'], 'prov_code': code[:2],
            'prov_zh': prov_names[code[:2]][0], 'pref_zh': unit['二级行政区'],
            'region': ';'.join(r for r, _, _ in regs), 'basis': ';'.join(b for _, b, _ in regs),
            'source': truncate_utf8(' | '.join(s for _, _, s in regs)),
            'match': 'shared' if shared else ('carved' if code in carved else how),
        }
        if not matches[code]:
            continue
        key = owner[matches[code][0]['properties']['_idx']]
        attrs.setdefault(key, []).append(props)
    for key, units in attrs.items():
        regs = sorted({r for u in units for r in u['region'].split(';') if r})
        idxs = sorted({f['properties']['_idx'] for c in group_units[key] for f in matches[c] + carved.get(c, [])})
        for i in idxs:
            parts.append({'type': 'Feature', 'geometry': polys[i]['geometry'], 'properties': {
                'ukey': key, 'pkg_prov': polys[i]['properties']['prov_code'], 'regs': ';' + ';'.join(regs) + ';'}})
    valid_2012 = {c for c, rows in ac.rows_by_code.items() if any(ac.valid_at_end_of(r, SNAPSHOT_YEAR) for r in rows)}
    for f in leftovers:
        p = f['properties']
        key = f"x{p['_idx']}"
        attrs[key] = [{'code': p['fid'] if p['fid'] in valid_2012 else '', 'name_zh': p['name'],
                       'prov_code': p['prov_code'], 'prov_zh': prov_names[p['prov_code']][0],
                       'pref_zh': p['pref_src'], 'region': '', 'basis': '', 'source': '', 'match': 'no 2012 unit'}]
        parts.append({'type': 'Feature', 'geometry': f['geometry'],
                      'properties': {'ukey': key, 'pkg_prov': p['prov_code'], 'regs': ';'}})
    # Taiwan, Hong Kong and Macao: the package's own units (townships, districts, parishes) under its own names;
    # GB/T 2260 has no county codes for them, so none is made up
    as_drawn = [f for f in polys if f['properties']['prov_code'] in china_provinces.AS_DRAWN]
    for f in as_drawn:
        p = f['properties']
        key = f"x{p['_idx']}"
        attrs[key] = [{'code': '', 'name_zh': p['name'], 'prov_code': p['prov_code'],
                       'prov_zh': prov_names[p['prov_code']][0], 'pref_zh': p['pref_src'], 'region': '', 'basis': '',
                       'source': '', 'match': 'as drawn'}]
        parts.append({'type': 'Feature', 'geometry': f['geometry'],
                      'properties': {'ukey': key, 'pkg_prov': p['prov_code'], 'regs': ';'}})
    with open(os.path.join(work, 'counties_attrs.json'), 'w', encoding='utf-8') as fh:
        json.dump(attrs, fh, ensure_ascii=False)
    unmatched = [u for u in roster if not matches[u['代码']]]
    unmatched_members = [c for c in region_of if not matches[c]]
    shared = [i for i, n in claimed.items() if n > 1]
    unclaimed = leftovers

    # regions
    reg_attrs = []
    for r in regions:
        mem = [(c, b) for c, regs in region_of.items() for reg, b, _ in regs if reg == r['code']]
        bases = Counter(b for _, b in mem)
        off = official.get(r['code'], {}).get('official_count', '')
        n_official = int(off) if off else None
        if bases['approximate']:
            quality = 'approximate'
        elif bases['inferred'] or not mem or (n_official is not None and len(mem) < n_official):
            quality = 'partial'
        else:
            quality = 'sourced'
        reg_attrs.append({'code': r['code'], 'seq': int(r['seq']), 'name_zh': r['name_zh'], 'name_en': r['name_en'],
                          'n_counties': len(mem), 'n_official': n_official, 'quality': quality,
                          'n_unmapped': sum(1 for c, _ in mem if not matches[c]),
                          'bases': dict(bases)})

    with open(os.path.join(work, 'units.geojson'), 'w', encoding='utf-8') as fh:
        json.dump({'type': 'FeatureCollection', 'features': parts}, fh, ensure_ascii=False)
    with open(os.path.join(work, 'regions_attrs.json'), 'w', encoding='utf-8') as fh:
        json.dump(reg_attrs, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(work, 'match_report.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('code_2012\tname_2012\tprefecture_2012\tmatch\tpolygons(id:name)\n' + '\n'.join(report) + '\n')

    print(f'join: 2012 roster of the {len(mainland)} mainland provinces: {len(roster)} county-level units; '
          f'matched {len(roster) - len(unmatched)}/{len(roster)}')
    by_prov = Counter(u['代码'][:2] for u in roster)
    unmatched_by_prov = Counter(u['代码'][:2] for u in unmatched)
    print('join:   per province (units, unmatched): ' + ', '.join(
        f"{c} {by_prov[c]}" + (f"/{unmatched_by_prov[c]}" if unmatched_by_prov[c] else '') for c in sorted(by_prov)))
    for how, n in sorted(how_counts.items()):
        print(f'join:   {how}: {n}' if how.startswith('unmatched') else f'join:   matched by {how}: {n}')
    for u in unmatched:
        print(f"join:   UNMATCHED {u['代码']} {u['名称']} ({u['一级行政区']} {u['二级行政区']})")
    print(f'join: polygons claimed by two or more units: {len(shared)}')
    for i in shared:
        p = polys[i]['properties']
        print(f"join:   SHARED polygon {p['fid']} {p['name']} ({p['src_file']})")
    for code, fs in sorted(carved.items()):
        print(f"join:   CARVED polygon(s) {', '.join(f['properties']['fid'] + ' ' + f['properties']['name'] for f in fs)}"
              f" added to their 2012 unit {code} {roster_by_code[code]['名称']}")
    print(f'join: mainland polygons claimed by no 2012 unit (kept in counties.shp with match '
          f'"no 2012 unit"): {len(unclaimed)}')
    for f in unclaimed:
        p = f['properties']
        print(f"join:   UNCLAIMED polygon {p['fid'] or '-'} {p['name']} ({p['src_file']})")
    print(f'join: membership {membership_path}: {len(members)} rows, {len(region_of)} counties, '
          f'{sum(len(v) for v in region_of.values())} memberships')
    for w in warnings:
        print('join:   WARNING ' + w)
    for c in unmatched_members:
        print(f'join:   WARNING member {c} {roster_by_code[c]["名称"]} has no polygon and is missing from its region')
    drawn_by_prov = Counter(f['properties']['prov_code'] for f in as_drawn)
    print(f'join: units of Taiwan, Hong Kong and Macao kept as the package draws them (match "as drawn", no code): '
          + ', '.join(f'{prov_names[c][1]} {n}' for c, n in sorted(drawn_by_prov.items())))
    for a in reg_attrs:
        print(f"join:   region {a['code']:16s} n_counties={a['n_counties']:3d} official={a['n_official'] if a['n_official'] is not None else 'not found'}"
              f" quality={a['quality']} bases={a['bases']}")
        if a['n_official'] is not None and a['n_counties'] > a['n_official']:
            print(f"join:   WARNING region {a['code']} has {a['n_counties']} member counties, more than the official "
                  f"{a['n_official']} (inputs/official_counts.csv)")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3])
