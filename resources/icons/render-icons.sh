#!/usr/bin/env bash
# Regenerates the raster icons from vendo-inspector.svg (the only hand-edited icon):
#   hicolor/<N>x<N>/vendo-inspector.png   N = 48, 128, 256 (installed into the hicolor theme on Linux)
#   windows/vendo-inspector.ico           16, 32, 48, 256 (the .exe and the NSIS installer)
#   macos/vendo-inspector.icns            16, 32, 128, 256, 512 (the app bundle)
# and records the SVG's hash in vendo-inspector.rendered-from, which a unit test compares with the SVG
# so an edited SVG cannot ship with stale renders.
#
# The renders are committed rather than made at build time so that no platform's build needs image
# tools (Windows and macOS release builds need the .ico/.icns at configure time). Debian packages:
# librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns). rsvg-convert writes the same
# bytes for the same SVG and librsvg version, so re-running this on an unchanged SVG changes nothing.
set -euo pipefail

icons=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
resources=$(dirname "$icons")
svg="$icons/vendo-inspector.svg"

for tool in rsvg-convert icotool png2icns sha256sum; do
    command -v "$tool" >/dev/null || { echo "render-icons: '$tool' is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png --output "$scratch/$size.png" "$svg"
done

for size in 48 128 256; do
    mkdir -p "$icons/hicolor/${size}x${size}"
    cp "$scratch/$size.png" "$icons/hicolor/${size}x${size}/vendo-inspector.png"
done
icotool --create --output "$resources/windows/vendo-inspector.ico" \
    "$scratch/16.png" "$scratch/32.png" "$scratch/48.png" --raw="$scratch/256.png"
png2icns "$resources/macos/vendo-inspector.icns" \
    "$scratch/16.png" "$scratch/32.png" "$scratch/128.png" "$scratch/256.png" "$scratch/512.png" >/dev/null

(cd "$icons" && sha256sum vendo-inspector.svg) >"$icons/vendo-inspector.rendered-from"
echo "render-icons: rendered with $(rsvg-convert --version)"
