#!/usr/bin/env bash
# Build maps/nanhai.* (the South China Sea islands inset, 南海诸岛) from its pinned input: one command,
#   maps/build/nanhai.sh
# A step of its own, apart from build.sh (counties, provinces, regions, countries), with its own pinned npm input
# (maps/build/nanhai/package-lock.json: echarts 4.9.0, Apache-2.0) and its own log (maps/build/nanhai.log).
# Needs: node + npm, python3, gdal-bin (ogr2ogr, ogrinfo).
set -euo pipefail
BUILD="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BUILD/../.." && pwd)"
MAPS="$ROOT/maps"
WORK="$BUILD/work/nanhai"
LOG="$BUILD/nanhai.log"
PY="${PYTHON:-python3}"

for tool in node npm ogr2ogr ogrinfo "$PY"; do
  command -v "$tool" >/dev/null || { echo "nanhai: $tool not found. Install it (apt-get install gdal-bin nodejs npm python3)" >&2; exit 1; }
done

exec > >(tee "$LOG.tmp") 2>&1
echo "# maps/nanhai.* build log"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ)"

echo "## 1. pinned input (npm ci)"
(cd "$BUILD/nanhai" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
SRC="$BUILD/nanhai/node_modules/echarts/lib/coord/geo/fix/nanhai.js"
echo "echarts $(node -p "require('$BUILD/nanhai/node_modules/echarts/package.json').version") ($(node -p "require('$BUILD/nanhai/node_modules/echarts/package.json').license")); nanhai.js sha256 $(sha256sum "$SRC" | cut -c1-16)"
rm -rf "$WORK" && mkdir -p "$WORK"

echo "## 2. the schematic as ECharts places it"
"$PY" "$BUILD/scripts/nanhai.py" "$SRC" "$WORK/nanhai.geojson"

echo "## 3. shapefile (UTF-8 .cpg, WGS84 .prj)"
rm -f "$MAPS"/nanhai.{shp,shx,dbf,prj,cpg}
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -a_srs EPSG:4326 -nln nanhai "$MAPS/nanhai.shp" "$WORK/nanhai.geojson"

echo "## 4. checks"
summary=$(ogrinfo -ro -so -al "$MAPS/nanhai.shp")
count=$(echo "$summary" | sed -n 's/^Feature Count: //p')
extent=$(echo "$summary" | sed -n 's/^Extent: //p')
echo "features: $count; extent: $extent"
[ "$count" = 12 ] || { echo "nanhai: expected 12 features, got $count" >&2; exit 1; }
invalid=$(ogrinfo -ro -q -dialect sqlite -sql "SELECT COUNT(*) AS bad FROM nanhai WHERE NOT ST_IsValid(geometry)" "$MAPS/nanhai.shp" | sed -n 's/.*bad (Integer) = //p')
[ "$invalid" = 0 ] || { echo "nanhai: $invalid invalid polygons" >&2; exit 1; }
[ "$(cat "$MAPS/nanhai.cpg")" = "UTF-8" ] || { echo "nanhai: .cpg is not UTF-8" >&2; exit 1; }
for ext in shp shx dbf prj cpg; do [ -s "$MAPS/nanhai.$ext" ] || { echo "nanhai: nanhai.$ext missing" >&2; exit 1; }; done
echo "all checks passed"
mv "$LOG.tmp" "$LOG"
