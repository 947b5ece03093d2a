#!/usr/bin/env bash
# Tries the atlas's .deb as a user gets it, without installing anything on this system: unpacks it into a scratch
# root (dpkg -x), does there what its postinst does (the start-up archive), checks the desktop entry and the icon,
# runs the installed launcher's `regions` command, and starts the installed window under Xvfb until it has painted
# its first frame with the 14 regions drawn. Exit 0 when every check passes; each failure says what failed.
# Usage: scripts/try-deb.sh [PATH.deb]    (default: the .deb in target/dist, made by scripts/package.sh)
# Needs: dpkg-deb, xvfb-run (apt: xvfb xauth libgtk-3-0); xwininfo (apt: x11-utils) to check the window class.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls target/dist/cpatlas_*_amd64.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "try-deb: no .deb; make one with scripts/package.sh" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
check() {  # description, then a command that must succeed
    local what=$1
    shift
    if "$@"; then
        echo "  ok    $what"
    else
        echo "  FAIL  $what"
        failures=$((failures + 1))
    fi
}

echo "try-deb: $deb ($(du -m "$deb" | cut -f1) MB)"
dpkg-deb -x "$deb" "$scratch/root"
dpkg-deb -e "$deb" "$scratch/control"
inst="$scratch/root/opt/cpatlas"
desktop="$inst/lib/cpatlas-cpatlas.desktop"
installed_mb=$(du -sm "$inst" | cut -f1)

check "package cpatlas, version $(dpkg-deb -f "$deb" Version)" test "$(dpkg-deb -f "$deb" Package)" = cpatlas
check "the .deb is at most 90 MB" test "$(du -m "$deb" | cut -f1)" -le 90
check "the installed application is at most 90 MB ($installed_mb MB)" test "$installed_mb" -le 90
check "desktop entry installed by postinst" grep -q "xdg-desktop-menu install /opt/cpatlas/lib/cpatlas-cpatlas.desktop" \
    "$scratch/control/postinst"
check "desktop entry names the atlas, in English and Chinese" \
    grep -qx "Name=Atlas of China's Contiguous Poor Regions" "$desktop"
check "desktop entry in Chinese" grep -qx "Name\[zh_CN\]=中国集中连片特困地区地图集" "$desktop"
check "desktop entry starts the installed launcher" grep -qx "Exec=/opt/cpatlas/bin/cpatlas" "$desktop"
check "desktop entry's icon is the atlas's" grep -qx "Icon=/opt/cpatlas/lib/cpatlas.png" "$desktop"
check "desktop entry's window class is the window's (cpatlas)" grep -qx "StartupWMClass=cpatlas" "$desktop"
check "no file or MIME types claimed" sh -c "! grep -q '^MimeType=.' '$desktop'"
check "icon is a 512 px PNG" sh -c "file '$inst/lib/cpatlas.png' | grep -q 'PNG image data, 512 x 512'"
check "licence and copyright shipped" test -s "$inst/share/doc/copyright"

# What postinst does after unpacking, for this root.
"$inst/lib/app/make-startup-archive" "$inst"
check "start-up archive made and named in the launcher's options" \
    sh -c "test -s '$inst/lib/app/atlas.jsa' && grep -q 'SharedArchiveFile=\$APPDIR/atlas.jsa' '$inst/lib/app/cpatlas.cfg'"

export XDG_DATA_HOME="$scratch/home/data" XDG_CACHE_HOME="$scratch/home/cache" XDG_CONFIG_HOME="$scratch/home/config"
"$inst/bin/cpatlas" regions >"$scratch/regions.txt" 2>"$scratch/regions.err" || true
check "installed launcher runs 'regions': the 14 regions" \
    sh -c "grep -c '^[0-9]' '$scratch/regions.txt' | grep -qx 14 && grep -q '六盘山区' '$scratch/regions.txt'"
JAVA_TOOL_OPTIONS="-Xshare:on" "$inst/bin/cpatlas" regions >/dev/null 2>"$scratch/share.err" || true
check "the start-up archive maps (-Xshare:on starts)" sh -c "! grep -q 'Unable to use shared archive' '$scratch/share.err' && ! grep -qi error '$scratch/share.err'"

# The window, under a virtual display: it prints FIRST_FRAME once the regions are drawn and painted, then closes.
cat >"$scratch/window.sh" <<EOF
JAVA_TOOL_OPTIONS="-Dcpatlas.firstFrame=print" "$inst/bin/cpatlas" >"$scratch/window.out" 2>"$scratch/window.err" &
pid=\$!
for i in \$(seq 1 240); do
    grep -q FIRST_FRAME "$scratch/window.out" 2>/dev/null && break
    kill -0 \$pid 2>/dev/null || break
    sleep 0.5
done
if command -v xwininfo >/dev/null; then xwininfo -root -tree >"$scratch/windows.txt" 2>&1; fi
kill \$pid 2>/dev/null
wait \$pid 2>/dev/null
exit 0
EOF
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" sh "$scratch/window.sh"
    check "installed window opened and drew the regions (first frame painted)" grep -q '^FIRST_FRAME ' "$scratch/window.out"
    if [ -f "$scratch/windows.txt" ]; then
        check "window class cpatlas, title the atlas's" \
            grep -q "\"Atlas of China's Contiguous Poor Regions\": (\"cpatlas\" \"cpatlas\")" "$scratch/windows.txt"
    else
        echo "  skip  window class (xwininfo not installed: apt install x11-utils)"
    fi
    if ! grep -q '^FIRST_FRAME ' "$scratch/window.out"; then
        echo "--- window's output:"; tail -n 30 "$scratch/window.err"
    fi
else
    echo "  FAIL  no xvfb-run to start the window (apt install xvfb xauth libgtk-3-0)"
    failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
    echo "try-deb: $failures check(s) failed"
    exit 1
fi
echo "try-deb: every check passed"
