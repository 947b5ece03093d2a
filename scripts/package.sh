#!/usr/bin/env bash
# Builds what users download, into target/dist/ (README "Installers"):
#   atlas-VERSION-linux-x64.jar, -windows-x64.jar, -macos-x64.jar, -macos-arm64.jar
#       one runnable jar per platform (java -jar, Java 17 or later), each with that platform's JavaFX natives from
#       Maven Central and only that platform's SQLite library (the macOS Intel and Apple silicon natives have the
#       same file names, so they cannot share a jar);
#   cpatlas-APPVERSION-linux-x64.tar.gz   the Linux application image: the atlas with its own Java runtime (jlink,
#       only the modules it uses), started by bin/cpatlas from wherever it is unpacked;
#   cpatlas_APPVERSION-1_amd64.deb        the same, installed in /opt/cpatlas with a desktop entry and icon.
# The .msi and .dmg are made on Windows and macOS with the commands in the README, from the same jpackage options
# (packaging/jpackage/*.args).
#
# Usage: scripts/package.sh [--linux-only] [--no-deb]
#   --linux-only  only the Linux jar, image and .deb (quicker, for trying the installer)
#   --no-deb      everything but the .deb (which takes minutes to compress)
# Needs: JDK 17 (jlink, jpackage, jdeps), Maven, zip; for the .deb fakeroot and dpkg-deb (apt: fakeroot dpkg-dev);
# binutils (strip); xvfb-run (apt: xvfb xauth libgtk-3-0) to record the classes the window loads for the .deb's
# start-up archive (without it, those of a headless command are recorded). Runs outside mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

linux_only=""
deb=yes
for arg in "$@"; do
    case "$arg" in
        --linux-only) linux_only=yes ;;
        --no-deb) deb="" ;;
        *) echo "package: unknown option $arg (use --linux-only or --no-deb)" >&2; exit 2 ;;
    esac
done

for tool in mvn jpackage jlink zip unzip strip; do
    command -v "$tool" >/dev/null || { echo "package: $tool is needed but not on the PATH" >&2; exit 2; }
done
if [ -n "$deb" ]; then
    for tool in fakeroot dpkg-deb; do
        command -v "$tool" >/dev/null || { echo "package: $tool is needed for the .deb (apt install fakeroot dpkg-dev), or use --no-deb" >&2; exit 2; }
    done
fi

version=$(sed -n '/<artifactId>atlas<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
app_version=${version%%-*}      # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo "not recorded")
if [ "$commit" != "not recorded" ] && ! git diff --quiet HEAD -- 2>/dev/null; then
    commit="$commit with uncommitted changes"
fi

# The window's JVM options are defined once, in pom.xml; the jpackage options carry a copy that must not drift.
jvm=$(sed -n 's:.*<atlas.window.jvm>\(.*\)</atlas.window.jvm>.*:\1:p' pom.xml)
if ! grep -qF -- "--java-options \"$jvm\"" packaging/jpackage/app.args; then
    echo "package: the --java-options of packaging/jpackage/app.args differ from atlas.window.jvm in pom.xml; copy" >&2
    echo "         pom.xml's value there: $jvm" >&2
    exit 2
fi

dist=target/dist
work=target/jpackage
rm -rf "$dist" "$work"
mkdir -p "$dist" "$work"

# Platform of Maven's javafx classifier -> name of the download, the SQLite library folder kept, a JavaFX native
# that must be in the jar, and how to check it is for the right processor.
platforms="win:windows-x64:Windows/x86_64:glass.dll mac:macos-x64:Mac/x86_64:libglass.dylib \
mac-aarch64:macos-arm64:Mac/aarch64:libglass.dylib linux:linux-x64:Linux/x86_64:libglass.so"
[ -n "$linux_only" ] && platforms="linux:linux-x64:Linux/x86_64:libglass.so"

# The first 8 bytes of a native library say which processor it is for.
check_native() {  # jar native name
    local jar=$1 native=$2 name=$3 head
    unzip -p "$jar" "$native" >"$work/native.bin"
    head=$(od -An -tx1 -N 20 "$work/native.bin" | tr -d ' \n')
    case "$name" in
        windows-x64) [ "${head:0:4}" = 4d5a ] ;;                               # MZ (PE; x64 checked by JavaFX's build)
        macos-x64) [ "${head:0:8}" = cffaedfe ] && [ "${head:8:8}" = 07000001 ] ;;   # Mach-O 64, CPU_TYPE_X86_64
        macos-arm64) [ "${head:0:8}" = cffaedfe ] && [ "${head:8:8}" = 0c000001 ] ;; # Mach-O 64, CPU_TYPE_ARM64
        linux-x64) [ "${head:0:8}" = 7f454c46 ] && [ "${head:36:4}" = 3e00 ] ;;     # ELF, EM_X86_64
    esac
}

echo "package: runnable jars ($version, commit $commit)"
for entry in $platforms; do
    IFS=: read -r classifier name sqlite native <<<"$entry"
    mvn -q -B -Dmaven.test.skip=true -Djavafx.platform="$classifier" -Datlas.commit="$commit" package
    jar="$dist/atlas-$version-$name.jar"
    cp target/atlas.jar "$jar"
    # Only this platform's SQLite library: the other 24 are 13 MB nobody on this platform can use.
    # (Listings go through files: grep -q ending a pipe early would fail it under pipefail.)
    unzip -Z1 "$jar" >"$work/listing.txt"
    others=$(grep '^org/sqlite/native/.*[^/]$' "$work/listing.txt" | grep -v "^org/sqlite/native/$sqlite/" || true)
    if [ -n "$others" ]; then
        zip -q -d "$jar" $others
    fi
    unzip -Z1 "$jar" >"$work/listing.txt"
    grep -qx "org/sqlite/native/$sqlite/[a-z]*sqlitejdbc\.[a-z]*" "$work/listing.txt" \
        || { echo "package: $jar has no SQLite library for $sqlite" >&2; exit 1; }
    grep -qx "$native" "$work/listing.txt" || { echo "package: $jar has no JavaFX $native" >&2; exit 1; }
    check_native "$jar" "$native" "$name" || { echo "package: $native in $jar is not for $name" >&2; exit 1; }
    echo "  $jar ($(du -m "$jar" | cut -f1) MB, JavaFX $classifier natives)"
done
# target/atlas.jar is the Linux jar again (the loop ends with it), with every SQLite library, as bin/atlas uses it.

# Nothing bundled without its credit and licence in About (src/main/resources/licences/components.tsv).
mvn -q -B -Djavafx.platform=linux dependency:list -DincludeScope=runtime -DoutputFile="$work/dependencies.txt" >/dev/null
missing=""
for artifact in $(sed -n 's/^ *\([^: ]*:[^: ]*\):.*/\1/p' "$work/dependencies.txt" | sort -u); do
    cut -f7 src/main/resources/licences/components.tsv | tr ';' '\n' >"$work/credited.txt"
    grep -qx "$artifact" "$work/credited.txt" || missing="$missing $artifact"
done
if [ -n "$missing" ]; then
    echo "package: bundled but not credited in src/main/resources/licences/components.tsv:$missing" >&2
    exit 1
fi

echo "package: Linux application image (jlink + jpackage)"
mkdir -p "$work/input"
cp "$dist/atlas-$version-linux-x64.jar" "$work/input/atlas.jar"
jpackage @packaging/jpackage/about.args @packaging/jpackage/app.args @packaging/jpackage/linux-image.args \
    --input "$work/input" --dest "$work/image" --app-version "$app_version"
image="$work/image/cpatlas"
# The JVM's own symbol table (4 MB) and the class archive for heaps over 32 GB (11 MB; the window's heap is capped
# at 192 MB) are of no use to the atlas.
strip --strip-unneeded "$image/lib/runtime/lib/server/libjvm.so"
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
cp packaging/linux/make-startup-archive "$image/lib/app/"
# JavaFX's native libraries beside the jar, where JavaFX looks first: from inside the jar it would, at every start,
# inflate each one and compare its checksum with a copy in ~/.openjfx/cache.
(cd "$image/lib/app" && unzip -q -o atlas.jar 'lib*.so' && zip -q -d atlas.jar 'lib*.so')

# The classes the window loads up to its first frame, for the start-up archive made at install. Recorded from the
# image itself under a virtual display, with scratch folders so the user's settings and caches are not touched.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
record_env="XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache XDG_CONFIG_HOME=$scratch/config"
if command -v xvfb-run >/dev/null; then
    env $record_env JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$root/$image/lib/app/atlas.classlist -Dcpatlas.firstFrame=exit" \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/cpatlas" >"$work/classlist.log" 2>&1 \
        || echo "package: the window did not start under xvfb-run (see $work/classlist.log)" >&2
else
    echo "package: no xvfb-run: the start-up archive will hold the classes of a headless command only" >&2
fi
if [ ! -s "$image/lib/app/atlas.classlist" ]; then
    env $record_env JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$root/$image/lib/app/atlas.classlist" \
        "$image/bin/cpatlas" regions >/dev/null 2>>"$work/classlist.log"
fi
echo "  $image ($(du -sm "$image" | cut -f1) MB; $(wc -l <"$image/lib/app/atlas.classlist") classes recorded for the start-up archive)"
tar -C "$work/image" -czf "$dist/cpatlas-$app_version-linux-x64.tar.gz" cpatlas

if [ -n "$deb" ]; then
    echo "package: .deb (compressing takes a few minutes)"
    jpackage @packaging/jpackage/about.args @packaging/jpackage/installer.args @packaging/jpackage/linux-deb.args \
        --app-image "$image" --dest "$dist" --app-version "$app_version"
fi

echo "package: done"
(cd "$dist" && sha256sum -- * > SHA256SUMS && ls -l)
image_mb=$(du -sm "$image" | cut -f1)
echo "  application image: $image_mb MB on disk (target: 90 MB)"
for f in "$dist"/*.deb; do
    [ -f "$f" ] && echo "  .deb: $(du -m "$f" | cut -f1) MB (target: 90 MB); try it with scripts/try-deb.sh"
done
exit 0
