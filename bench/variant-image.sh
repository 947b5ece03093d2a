#!/usr/bin/env bash
# Makes an installed application image that runs another build's jar, for bench/installed_ab.py: a copy of an image
# installed from the .deb (dpkg -x, as bench/installed.py does) with JAR as its atlas.jar (JavaFX's libraries taken
# out of it and only Linux's SQLite library kept, as scripts/package.sh does), its class list recorded from a start
# under a virtual display, and its start-up archive made by the image's own make-startup-archive.
# Usage: bench/variant-image.sh INSTALLED_ROOT JAR OUT   (INSTALLED_ROOT holds opt/cpatlas; OUT gets a copy of it)
set -euo pipefail
installed=$1; jar=$2; out=$3
rm -rf "$out"; cp -a "$installed" "$out"
app=$out/opt/cpatlas/lib/app
cp "$jar" "$app/atlas.jar"
(cd "$app" && zip -q -d atlas.jar 'lib*.so' >/dev/null || true)
others=$(unzip -Z1 "$app/atlas.jar" | grep '^org/sqlite/native/.*[^/]$' | grep -v '^org/sqlite/native/Linux/x86_64/' || true)
[ -n "$others" ] && zip -q -d "$app/atlas.jar" $others
rm -f "$app/atlas.jsa" "$app/atlas.classlist"
sed -i '/SharedArchiveFile/d' "$app/cpatlas.cfg"
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache XDG_CONFIG_HOME=$scratch/config \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app/atlas.classlist -Dcpatlas.firstFrame=exit" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$out/opt/cpatlas/bin/cpatlas" >/dev/null 2>&1
"$app/make-startup-archive" "$out/opt/cpatlas"
grep -q SharedArchiveFile "$app/cpatlas.cfg" && echo "$out/opt/cpatlas/bin/cpatlas"
