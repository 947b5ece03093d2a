"""Reads the GB/T 2260 county-level roster valid at end-2012 from yescallop/areacodes (CC0).

The data file is not committed here: pass the path of areacodes' data/2012.txt
(git show HEAD:data/2012.txt of https://github.com/yescallop/areacodes).
"""
import os

DEFAULT = os.environ.get("AREACODES_2012", "/tmp/cw/2012.txt")


def load(path=DEFAULT):
    """Returns {code: name} for every code in the end-2012 file."""
    codes = {}
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            code, name = line.split(None, 1)
            codes[code] = name
    return codes


def is_county(code):
    return not code.endswith("00")


def province_of(codes, code):
    return codes[code[:2] + "0000"]


def prefecture_of(codes, code):
    """Name of the prefecture-level unit, or '直辖' / '省直辖' when there is none."""
    pref = code[:4] + "00"
    if pref in codes and pref != code[:2] + "0000":
        return codes[pref]
    return "省直辖" if code[2:4] == "90" else "直辖"


def counties_of_prefecture(codes, prefix4):
    return sorted(c for c in codes if c.startswith(prefix4) and is_county(c) and c[4:] != "00"
                  and not codes[c] == "市辖区")


def find(codes, province_prefix2, name, prefecture_name=None):
    """Code of the county-level unit called `name` in a province (and prefecture, if given)."""
    hits = [c for c, n in codes.items()
            if c.startswith(province_prefix2) and is_county(c) and n == name
            and (prefecture_name is None or prefecture_of(codes, c) == prefecture_name)]
    if len(hits) != 1:
        raise KeyError(f"{name} in {province_prefix2}/{prefecture_name}: {hits}")
    return hits[0]
