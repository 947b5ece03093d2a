#!/bin/sh
# Draws the application icon from the map layers (IconMaker.java) into the jar's resources (window icons) and into
# packaging/icons (installers). Run from anywhere; needs target/atlas.jar (mvn -q -DskipTests package).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -f target/atlas.jar ] || mvn -q -B -DskipTests package
java -Djava.awt.headless=true -cp target/atlas.jar packaging/icons/IconMaker.java maps \
    src/main/resources/org/cpatlas/app/icons packaging/icons
ls -l src/main/resources/org/cpatlas/app/icons packaging/icons
