"""Checks data/region_counties.csv against the end-2012 GB/T 2260 roster and prints per-region counts.

Exit status 1 on any error (bad header, unknown region or basis, code not a valid 2012 county code,
name not matching the code, county listed twice in a region, row without a source).
Run:  python3 check_region_counties.py [--markdown]
"""
import collections
import csv
import os
import sys

import areacodes2012 as ac

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "..", "..", "region_counties.csv")
HEADER = ["region_code", "region_zh", "province_zh", "prefecture_zh", "county_zh",
          "county_code_2012", "basis", "source", "note"]
BASES = ["explicit", "whole prefecture", "inferred", "approximate"]
OFFICIAL = {"liupan": 61, "qinba": None, "wuling": None, "wumeng": 38, "dian_gui_qian": None,
            "dianxi": 56, "khingan": 19, "yanshan_taihang": 33, "luliang": None, "dabie": 36,
            "luoxiao": 23, "tibet": 74, "tibetan_areas": None, "south_xinjiang": 24}
TOTAL = 680


def main():
    codes = ac.load()
    regions = {}
    with open(os.path.join(HERE, "..", "..", "regions.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            regions[r["code"]] = r["name_zh"]
    errors = []
    with open(CSV, encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != HEADER:
            errors.append(f"header is {reader.fieldnames}, expected {HEADER}")
        rows = list(reader)
    seen = collections.Counter()
    regions_of_code = collections.defaultdict(set)
    for i, r in enumerate(rows, start=2):
        code, reg = r["county_code_2012"], r["region_code"]
        if reg not in regions:
            errors.append(f"line {i}: unknown region_code {reg}")
        elif r["region_zh"] != regions[reg]:
            errors.append(f"line {i}: region_zh {r['region_zh']} does not match {reg}")
        if r["basis"] not in BASES:
            errors.append(f"line {i}: unknown basis {r['basis']!r}")
        if code not in codes or not ac.is_county(code):
            errors.append(f"line {i}: {code} is not a county-level GB/T 2260 code valid at end-2012")
        elif codes[code] != r["county_zh"]:
            errors.append(f"line {i}: {code} is {codes[code]} in 2012, not {r['county_zh']}")
        elif ac.province_of(codes, code) != r["province_zh"]:
            errors.append(f"line {i}: {code} lies in {ac.province_of(codes, code)}, not {r['province_zh']}")
        if not r["source"].strip():
            errors.append(f"line {i}: no source")
        seen[(reg, code)] += 1
        regions_of_code[code].add(reg)
    for (reg, code), n in seen.items():
        if n > 1:
            errors.append(f"{reg}: {code} {codes.get(code)} listed {n} times")

    by_region = collections.defaultdict(collections.Counter)
    for r in rows:
        by_region[r["region_code"]][r["basis"]] += 1
    md = "--markdown" in sys.argv
    if md:
        print("| region | rows | " + " | ".join(BASES) + " | official count |")
        print("| --- | ---: | " + " | ".join("---:" for _ in BASES) + " | ---: |")
    total = collections.Counter()
    for reg in OFFICIAL:
        c = by_region.get(reg, collections.Counter())
        n = sum(c.values())
        total.update(c)
        off = OFFICIAL[reg] if OFFICIAL[reg] is not None else "not found"
        if md:
            print(f"| {reg} {regions[reg]} | {n} | " + " | ".join(str(c[b]) for b in BASES) + f" | {off} |")
        else:
            print(f"{reg:16} {n:4}  " + "  ".join(f"{b}={c[b]}" for b in BASES) + f"  official={off}")
    n = sum(total.values())
    if md:
        print(f"| **total** | {n} | " + " | ".join(str(total[b]) for b in BASES) + f" | {TOTAL} |")
    else:
        print(f"{'total':16} {n:4}  " + "  ".join(f"{b}={total[b]}" for b in BASES) + f"  official={TOTAL}")
    multi = {c: sorted(r) for c, r in regions_of_code.items() if len(r) > 1}
    print(f"\ncodes valid at end-2012: {sum(1 for r in rows if r['county_code_2012'] in codes)} of {len(rows)}; "
          f"duplicates within a region: {sum(1 for v in seen.values() if v > 1)}; "
          f"counties in more than one region: {len(multi)}")
    for c, rs in sorted(multi.items()):
        print(f"  {c} {codes.get(c)}: {', '.join(rs)}")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
