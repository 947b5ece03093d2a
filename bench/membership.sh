#!/usr/bin/env bash
# County lists (issue 18): rebuilding the regions against mapshaper -dissolve, switching lists in the window against
# redrawing the same regions. Writes its table into bench/results.md.   Usage: bench/membership.sh [--quick]
# Needs: JDK 17, Maven, xvfb-run; mapshaper (npm: cd maps/build && npm ci, or MAPSHAPER=/path/to/mapshaper).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package
mvn -q -f bench/pom.xml package
exec xvfb-run -a -s "-screen 0 1920x1080x24" python3 bench/membership_bench.py "$@"
