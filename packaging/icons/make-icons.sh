#!/bin/sh
# Redraws Probity's application icons from scratch: probity.png (Linux), probity.ico (Windows)
# and probity.icns (macOS). Needs ImageMagick (apt-get install -y imagemagick) and python3.
# The icon is a navy tile with a white serif P over a gold rule: plain enough to read at 16 px.
set -eu
cd "$(dirname "$0")"
font=$(fc-match -f '%{file}' 'DejaVu Serif:bold')
convert -size 1024x1024 xc:none \
    -fill '#1F3A5F' -draw 'roundrectangle 64,64 959,959 180,180' \
    -fill '#D4A537' -draw 'rectangle 300,770 724,810' \
    -font "$font" -pointsize 640 -fill white -gravity center -annotate +0-40 'P' \
    probity-1024.png
convert probity-1024.png -resize 512x512 probity.png
convert probity-1024.png -define icon:auto-resize=256,128,64,48,32,16 probity.ico
for size in 128 256 512; do
    convert probity-1024.png -resize ${size}x${size} "icns-$size.png"
done
# ICNS is a list of (type, length, PNG) records behind an 8-byte header.
python3 - <<'PY'
import struct
entries = [(b"ic07", "icns-128.png"), (b"ic08", "icns-256.png"), (b"ic09", "icns-512.png"), (b"ic10", "probity-1024.png")]
body = b""
for kind, name in entries:
    data = open(name, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open("probity.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm -f icns-*.png probity-1024.png
