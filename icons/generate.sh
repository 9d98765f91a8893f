#!/usr/bin/env bash
# Regenerates every raster icon from the master app.svg (see README.md for the packages).
set -euo pipefail
cd "$(dirname "$0")"

# PNGs: one per size, rendered straight from the SVG (no down-scaling of a big PNG).
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png app.svg --output "app-$size.png"
done

# Windows: one .ico holding the sizes the shell asks for (256 is stored as PNG inside the .ico).
convert app-16.png app-24.png app-32.png app-48.png app-64.png app-128.png app-256.png app.ico

# macOS: one .icns; png2icns picks the icon type from each PNG's size.
png2icns app.icns app-16.png app-32.png app-48.png app-128.png app-256.png app-512.png app-1024.png

# The sizes the app itself shows (window, taskbar, dialogs).
res=../src/main/resources/dev/eksatlas/icons
mkdir -p "$res"
cp app-16.png app-24.png app-32.png app-48.png app-64.png app-128.png app-256.png "$res/"
