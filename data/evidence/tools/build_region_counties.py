"""Builds data/region_counties.csv: one row per (region, county) with its basis and source.

Inputs (not committed here):
  - areacodes data/2012.txt (env AREACODES_2012), the GB/T 2260 roster valid at end-2012;
  - the 239 sourced rows of ../shared/data/region_counties_partial.csv (env PARTIAL_CSV).
Every other row comes from the source groups in sources.py, each naming its evidence file.
Run:  python3 build_region_counties.py  (writes ../../region_counties.csv)
"""
import csv
import os
import sys

import areacodes2012 as ac
from sources import GROUPS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "region_counties.csv")
PARTIAL = os.environ.get("PARTIAL_CSV", "/work/shared/data/region_counties_partial.csv")
HEADER = ["region_code", "region_zh", "province_zh", "prefecture_zh", "county_zh",
          "county_code_2012", "basis", "source", "note"]

REGIONS = {}
with open(os.path.join(HERE, "..", "..", "regions.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        REGIONS[r["name_zh"]] = r["code"]
REGION_ZH = {v: k for k, v in REGIONS.items()}


def partial_rows(codes):
    """Re-keys the 239 rows of the partial file: keeps source_url, maps the basis."""
    rows = []
    with open(PARTIAL, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["county_code"]
            assert code in codes and codes[code] == r["county_zh"], (code, r["county_zh"])
            mb = r["membership_basis"]
            if mb.startswith("INFERRED"):
                basis, note = "inferred", mb
            elif mb.startswith("whole"):
                basis, note = "whole prefecture", mb
            elif mb.startswith("explicit"):
                basis, note = "explicit", mb
            elif "per source" in mb:
                # "Aba + Garze + Muli", "Gannan + Tianzhu": two whole prefectures plus one named county
                named = r["county_zh"] in ("木里藏族自治县", "天祝藏族自治县")
                basis, note = ("explicit" if named else "whole prefecture"), mb
            else:
                raise ValueError(mb)
            # the note quotes the evidence; where the row came from is in ../partial_rows.md, not in what readers see
            note = note[0].upper() + note[1:]
            rows.append(dict(region_code=REGIONS[r["region_zh"]], region_zh=r["region_zh"],
                             province_zh=r["province_zh"], prefecture_zh=r["prefecture_zh"],
                             county_zh=r["county_zh"], county_code_2012=code, basis=basis,
                             source=r["source_url"], note=note))
    return rows


def group_rows(codes, g):
    region = g["region"]
    rows = []
    members = []
    for pref4 in g.get("whole_prefectures", []):
        members += ac.counties_of_prefecture(codes, pref4)
    for prov2, pref_name, names in g.get("counties", []):
        for n in names:
            members.append(ac.find(codes, prov2, n, pref_name))
    exclude = set(g.get("exclude", []))
    for code in members:
        if code in exclude:
            continue
        rows.append(dict(region_code=region, region_zh=REGION_ZH[region],
                         province_zh=ac.province_of(codes, code),
                         prefecture_zh=ac.prefecture_of(codes, code),
                         county_zh=codes[code], county_code_2012=code, basis=g["basis"],
                         source=g["source"], note=g["note"]))
    return rows


def main():
    codes = ac.load()
    rows = partial_rows(codes)
    seen = {(r["region_code"], r["county_code_2012"]) for r in rows}
    for g in GROUPS:
        for r in group_rows(codes, g):
            key = (r["region_code"], r["county_code_2012"])
            if key in seen:
                continue  # an earlier (stronger) source already lists it
            seen.add(key)
            rows.append(r)
    order = {c: i for i, c in enumerate(["liupan", "qinba", "wuling", "wumeng", "dian_gui_qian",
                                          "dianxi", "khingan", "yanshan_taihang", "luliang",
                                          "dabie", "luoxiao", "tibet", "tibetan_areas",
                                          "south_xinjiang"])}
    rows.sort(key=lambda r: (order[r["region_code"]], r["county_code_2012"]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
