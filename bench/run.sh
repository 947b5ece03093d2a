#!/usr/bin/env bash
# Runs every benchmark of the atlas with its reference, in one run, and writes bench/results.md (quoted in
# bench/README.md), bench/results.csv and bench/results-raw.json.   Usage: bench/run.sh [--quick] [--only LIST]
# Needs: JDK 17, Maven, xvfb-run, and QGIS for Debian's /usr/bin/python3 (apt: qgis python3-qgis).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building target/atlas.jar and bench/target/atlas-bench.jar ..."
mvn -q -DskipTests package
mvn -q -f bench/pom.xml package
# One X display for the window benchmarks (the real JavaFX window); QGIS renders offscreen on its own.
exec xvfb-run -a -s "-screen 0 1920x1080x24" python3 bench/bench.py "$@"
