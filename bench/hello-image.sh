#!/usr/bin/env bash
# Makes the reference of the installed-application benchmark (bench/installed.py): a bare JavaFX window with one
# label (ColdStart hello, which prints FIRST_FRAME once its first frame is painted) as a jpackage application image
# with a jlinked runtime, made as scripts/package.sh makes the atlas's: the same jlink options
# (packaging/jpackage/app.args), the same trimming, the same JavaFX jars from Maven Central; only the modules a
# bare window needs.   Usage: bench/hello-image.sh OUT_DIR   (needs bench/target/atlas-bench.jar: bench/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
rm -rf "$out"
mkdir -p "$out/input" "$out/classes" "$out/fx"
(cd "$out/classes" && unzip -q "$OLDPWD/bench/target/atlas-bench.jar" 'org/cpatlas/bench/ColdStart*' \
    'org/cpatlas/bench/FrameProbe*' 'org/cpatlas/bench/Samples*')
jar --create --file "$out/input/hello.jar" -C "$out/classes" .
mvn -q -B -Djavafx.platform=linux dependency:copy-dependencies -DincludeGroupIds=org.openjfx \
    -DincludeArtifactIds=javafx-base,javafx-graphics,javafx-controls -DoutputDirectory="$out/fx"
cp "$out"/fx/*-linux.jar "$out/input/"
jlink_options=$(sed -n 's/^--jlink-options "\(.*\)"$/\1/p' packaging/jpackage/app.args)
jpackage --type app-image --name hello --input "$out/input" --main-jar hello.jar \
    --main-class org.cpatlas.bench.ColdStart --arguments hello \
    --add-modules java.base,java.desktop,jdk.unsupported,jdk.localedata --jlink-options "$jlink_options" \
    --dest "$out/image"
strip --strip-unneeded "$out/image/hello/lib/runtime/lib/server/libjvm.so"
rm -f "$out/image/hello/lib/runtime/lib/server/classes_nocoops.jsa"
# JavaFX's native libraries beside the jars, as scripts/package.sh puts the atlas's.
(cd "$out/image/hello/lib/app" && unzip -q -o javafx-graphics-*-linux.jar 'lib*.so' \
    && zip -q -d javafx-graphics-*-linux.jar 'lib*.so')
echo "$out/image/hello"
