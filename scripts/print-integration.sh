#!/usr/bin/env bash
# Real printing test, NOT part of `mvn verify` (it installs system packages and starts a print server).
#
# What it proves: the JavaFX printing path (org.cpatlas.ui.print.FxPagePrinter) finds a real CUPS printer,
# renders a map page at the printer's resolution and the job comes out as a PDF from the CUPS-PDF driver.
#
# Steps:
#   1. apt-get install cups printer-driver-cups-pdf cups-bsd (lpr is needed, else CUPS-PDF jobs vanish)
#   2. start cupsd, add the CUPS-PDF queue "AtlasPDF" and make it the default (see ../shared/TOOLCHAIN.md)
#   3. run org.cpatlas.print.CupsPrintMain (test classpath) under Monocle headless, or under Xvfb with --xvfb
#   4. wait for a new PDF in ~/PDF (CUPS-PDF's output folder) and check it is a PDF
#
# Usage: scripts/print-integration.sh [--xvfb]     (run as root or with sudo rights)
# Exit code 0 when a PDF arrived.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
USE_XVFB=no
if [ "${1:-}" = "--xvfb" ]; then USE_XVFB=yes; fi

echo "== installing CUPS and the CUPS-PDF driver"
$SUDO apt-get update -qq
PKGS="cups printer-driver-cups-pdf cups-bsd"
if [ "$USE_XVFB" = yes ]; then PKGS="$PKGS xvfb xauth libgtk-3-0"; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PKGS >/dev/null

OUT_DIR="$HOME/PDF"
mkdir -p "$OUT_DIR"
# CUPS-PDF writes to ${HOME}/PDF of the job's user; root's jobs go to the anonymous folder unless told otherwise.
if [ -f /etc/cups/cups-pdf.conf ]; then
  $SUDO sed -i -E "s|^#?Out .*|Out ${OUT_DIR}|; s|^#?AnonDirName .*|AnonDirName ${OUT_DIR}|" /etc/cups/cups-pdf.conf
fi

echo "== starting cupsd"
if ! pgrep -x cupsd >/dev/null; then
  $SUDO /usr/sbin/cupsd
fi
for _ in $(seq 1 30); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 1; done
lpstat -r

echo "== adding the AtlasPDF printer"
$SUDO lpadmin -p AtlasPDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
$SUDO lpadmin -d AtlasPDF
lpstat -p -d

echo "== compiling"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/print-it.classpath >/dev/null
CP="target/test-classes:target/classes:$(cat target/print-it.classpath)"

before=$(find "$OUT_DIR" -name '*.pdf' | wc -l)
echo "== printing through JavaFX PrinterJob"
JAVA_OPTS=(-Dprism.order=sw)
if [ "$USE_XVFB" = yes ]; then
  xvfb-run -a java "${JAVA_OPTS[@]}" -cp "$CP" org.cpatlas.print.CupsPrintMain
else
  java "${JAVA_OPTS[@]}" -Dglass.platform=Monocle -Dmonocle.platform=Headless -cp "$CP" org.cpatlas.print.CupsPrintMain
fi

echo "== waiting for the PDF in $OUT_DIR"
for _ in $(seq 1 60); do
  now=$(find "$OUT_DIR" -name '*.pdf' | wc -l)
  [ "$now" -gt "$before" ] && break
  sleep 1
done
newest=$(ls -t "$OUT_DIR"/*.pdf 2>/dev/null | head -1 || true)
if [ -z "$newest" ] || [ "$(find "$OUT_DIR" -name '*.pdf' | wc -l)" -le "$before" ]; then
  echo "FAIL: no new PDF in $OUT_DIR; CUPS log:" >&2
  $SUDO tail -20 /var/log/cups/error_log >&2 || true
  exit 1
fi
if ! head -c 5 "$newest" | grep -q '%PDF-'; then
  echo "FAIL: $newest is not a PDF" >&2
  exit 1
fi
echo "OK: $newest ($(stat -c %s "$newest") bytes)"
