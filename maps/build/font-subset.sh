#!/usr/bin/env bash
# Regenerate src/main/resources/fonts/: Noto Sans SC (SIL OFL 1.1) Regular and Bold, subset to the
# characters the atlas can show, as TrueType with glyf outlines (PDFBox embeds TrueType, not CFF).
# Set: ASCII, Latin-1, Latin Extended-A (pinyin), general punctuation, arrows, minus sign, CJK
# symbols and punctuation, full-width forms, the 3,755 hanzi of GB2312 level 1, and every
# character in data/*.csv and in the .dbf files of maps/ (county names beyond GB2312 level 1).
# Re-run after data/ or maps/ change:  maps/build/font-subset.sh
# Needs: npm, python3 with fontTools (Debian: python3-fonttools).
set -euo pipefail
BUILD="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BUILD/../.." && pwd)"
OUT="$ROOT/src/main/resources/fonts"
PY="${PYTHON:-python3}"
"$PY" -c 'import fontTools' 2>/dev/null || PY=/usr/bin/python3
"$PY" -c 'import fontTools' || { echo "font-subset: python3 with fontTools needed (apt-get install python3-fonttools)" >&2; exit 1; }

(cd "$BUILD/font" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
PKG="$BUILD/font/node_modules/@expo-google-fonts/noto-sans-sc"
mkdir -p "$OUT"
CHARS="$BUILD/work/font-chars.txt"
mkdir -p "$BUILD/work"

"$PY" - "$ROOT" "$CHARS" <<'PYEOF'
import glob, os, struct, sys
root, out = sys.argv[1], sys.argv[2]
chars = set()
ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x17F), (0x2000, 0x206F), (0x2190, 0x2193),
          (0x2212, 0x2212), (0x3000, 0x303F), (0xFF01, 0xFF5E)]
for a, b in ranges:
    chars.update(chr(c) for c in range(a, b + 1))
level1 = set()
for hi in range(0xB0, 0xD8):          # GB2312 rows 16-55: level 1 hanzi
    for lo in range(0xA1, 0xFF):
        try:
            level1.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
assert len(level1) == 3755, len(level1)
chars |= level1
data = set()
for path in glob.glob(os.path.join(root, 'data', '*.csv')):
    data.update(open(path, encoding='utf-8-sig').read())
for path in glob.glob(os.path.join(root, 'maps', '*.dbf')):
    raw = open(path, 'rb').read()
    n, hdr, rec = struct.unpack('<IHH', raw[4:12])
    data.update(raw[hdr:hdr + n * rec].decode('utf-8', errors='ignore'))
data = {c for c in data if ord(c) >= 0x20}
extra = sorted(data - chars)
chars |= data
open(out, 'w', encoding='utf-8').write(''.join(sorted(chars)))
# the characters that must render: the hanzi and everything in the data (the ranges above are
# taken as far as the font covers them)
open(out + '.required', 'w', encoding='utf-8').write(''.join(sorted(level1 | data)))
print(f'font-subset: {len(chars)} characters: GB2312 level 1 {len(level1)}, '
      f'{len(extra)} more from data/*.csv and maps/*.dbf: {"".join(c for c in extra if ord(c) > 0x3000)}')
PYEOF

for w in 400Regular:Regular 700Bold:Bold; do
  src="$PKG/${w%%:*}/NotoSansSC_${w%%:*}.ttf"
  dst="$OUT/NotoSansSC-${w##*:}.ttf"
  "$PY" -m fontTools.subset "$src" --text-file="$CHARS" --output-file="$dst" \
    --layout-features='kern,liga,locl,vert,vrt2,halt,palt,fwid,hwid,pwid' \
    --name-IDs='*' --name-languages='*' --notdef-outline --no-hinting --drop-tables+=STAT
  "$PY" - "$dst" "$CHARS" <<'PYEOF'
import sys, os
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
assert 'glyf' in f and 'CFF ' not in f, 'not TrueType outlines'
cmap = f.getBestCmap()
want = open(sys.argv[2] + '.required', encoding='utf-8').read()
missing = [c for c in want if ord(c) not in cmap and not c.isspace()]
print(f'font-subset: {os.path.basename(sys.argv[1])}: {os.path.getsize(sys.argv[1]) / 1e6:.2f} MB, '
      f'{len(f.getGlyphOrder())} glyphs, weight {f["OS/2"].usWeightClass}, glyf outlines; '
      f'required characters missing: {"".join(missing) or "none"}')
if missing:
    sys.exit('font-subset: the font lacks required characters')
PYEOF
done
cp "$PKG/LICENSE_FONT" "$OUT/OFL.txt"
