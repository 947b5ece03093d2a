#!/usr/bin/env python3
"""Extract the small table of yescallop/areacodes (CC0) that the map build needs.

Keeps every row of the project's result.csv whose code was still in use at the end of 2012 or
was created later, i.e. the 2012 roster plus every successor code, so that 2012 codes can be
followed to the codes that the (2014-2017) polygons carry. Columns are kept verbatim.

Usage: git -C <areacodes git dir> show <commit>:result.csv | vendor_areacodes.py > inputs/areacodes_2012on.csv
"""
import csv
import sys

reader = csv.DictReader(sys.stdin.read().lstrip('\ufeff').splitlines())
writer = csv.DictWriter(sys.stdout, fieldnames=reader.fieldnames, lineterminator='\n')
writer.writeheader()
kept = 0
for row in reader:
    end = row['变更/弃用时间']
    if end == '' or int(end) > 2012:
        writer.writerow(row)
        kept += 1
print(f'kept {kept} rows', file=sys.stderr)
