#!/usr/bin/env python3
"""South China Sea islands inset (南海诸岛) from Apache ECharts 4.9.0, lib/coord/geo/fix/nanhai.js (Apache-2.0).

ECharts adds this schematic to its map of China: a frame, the coast at the bottom of the sea and the ten dashes
of the boundary line, as polygons in a box of 64 x 93.1 units that it places at 126 E, 25 N (x / 10.5 degrees of
longitude, y / 14 degrees of latitude, south down). This script reads the two arrays from the pinned file, applies
exactly that placement and writes them as GeoJSON with a field `part` (frame, coast, dash) and `seq` (order in the
file). The result is a schematic, not survey geometry: the atlas draws it in its own inset frame, never on the map.
Usage: nanhai.py path/to/nanhai.js out.geojson
"""
import json
import re
import sys


def read_arrays(js):
    geo = re.search(r"var geoCoord = (\[[^\]]*\]);", js)
    pts = re.search(r"var points = (\[.*?\]);\s*\n", js, re.S)
    scale = re.search(r"points\[i\]\[k\]\[0\] /= ([0-9.]+);\s*points\[i\]\[k\]\[1\] /= -([0-9.]+) / ([0-9.]+);", js)
    if not (geo and pts and scale):
        sys.exit("nanhai: the pinned nanhai.js does not have the expected geoCoord / points / scaling; "
                 "check the echarts version in maps/build/nanhai/package.json")
    sx = float(scale.group(1))
    sy = float(scale.group(2)) / float(scale.group(3))
    return json.loads(geo.group(1)), json.loads(pts.group(1)), sx, sy


def main(src, out):
    with open(src, encoding="utf-8") as f:
        origin, polygons, sx, sy = read_arrays(f.read())
    if len(polygons) != 12:
        sys.exit(f"nanhai: expected 12 polygons (coast, ten dashes, frame), found {len(polygons)}")
    features = []
    for seq, ring in enumerate(polygons):
        coords = [[round(x / sx + origin[0], 6), round(-y / sy + origin[1], 6)] for x, y in ring]
        if coords[0] != coords[-1]:
            coords.append(coords[0])
        part = "coast" if seq == 0 else "frame" if seq == len(polygons) - 1 else "dash"
        features.append({"type": "Feature",
                         "properties": {"part": part, "seq": seq, "name_zh": "南海诸岛",
                                        "name_en": "South China Sea Islands"},
                         "geometry": {"type": "Polygon", "coordinates": [coords]}})
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
    dashes = sum(1 for feat in features if feat["properties"]["part"] == "dash")
    print(f"nanhai: {len(features)} polygons (1 coast, {dashes} dashes, 1 frame) placed at {origin} "
          f"with x/{sx:g}, y/{sy:g}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
