#!/usr/bin/env python3
"""The province-level units of China by GB/T 2260 code, shared by the build scripts.

data/provinces.csv holds the 21 provinces the regions lie in (with their Table 1 labels); the other 13 are named
here. Taiwan (71), Hong Kong (81) and Macao (82) have no county-level codes in GB/T 2260: the county layer keeps the
units the geometry package draws for them, labelled as the package labels them.
"""
import csv
import os

OTHER_PROVINCES = {
    '11': ('北京市', 'Beijing'), '12': ('天津市', 'Tianjin'), '21': ('辽宁省', 'Liaoning'),
    '31': ('上海市', 'Shanghai'), '32': ('江苏省', 'Jiangsu'), '33': ('浙江省', 'Zhejiang'),
    '35': ('福建省', 'Fujian'), '37': ('山东省', 'Shandong'), '44': ('广东省', 'Guangdong'),
    '46': ('海南省', 'Hainan'), '71': ('台湾省', 'Taiwan'),
    '81': ('香港特别行政区', 'Hong Kong'), '82': ('澳门特别行政区', 'Macao'),
}
# Drawn by the package, but with no county-level units in GB/T 2260: kept as drawn, without a code.
AS_DRAWN = ('71', '81', '82')


def names(root):
    """code -> (name_zh, name_en) of all 34 province-level units."""
    with open(os.path.join(root, 'data', 'provinces.csv'), encoding='utf-8-sig', newline='') as fh:
        out = {p['code']: (p['name_zh'], p['name_en']) for p in csv.DictReader(fh)}
    out.update({k: v for k, v in OTHER_PROVINCES.items() if k not in out})
    return out


def mainland(root):
    """The 31 province-level units of the mainland, whose counties carry GB/T 2260 codes."""
    return {code for code in names(root) if code not in AS_DRAWN}
