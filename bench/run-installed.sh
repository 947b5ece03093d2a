#!/usr/bin/env bash
# The installed-application benchmark: cold start of the .deb as installed against a bare JavaFX window packaged the
# same way, and the sizes (bench/installed.py, results in bench/results-installed.md). About 3 minutes.
# Needs the .deb (scripts/package.sh --linux-only), JDK 17, Maven, dpkg-deb, xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/atlas-bench.jar ] || { mvn -q -DskipTests package && mvn -q -f bench/pom.xml package; }
exec xvfb-run -a -s "-screen 0 1920x1080x24" python3 bench/installed.py "$@"
