#!/bin/sh
# Checks the app icons: well-formed SVG, the right canvas, and a symbolic
# icon drawn in the one colour GTK recolours (#2e3436).
# Usage: check-icons.sh XMLLINT APP_ICON SYMBOLIC_ICON
set -eu
xmllint=$1 icon=$2 symbolic=$3

"$xmllint" --noout "$icon" "$symbolic"
grep -q 'viewBox="0 0 128 128"' "$icon" || { echo "$icon: viewBox is not 0 0 128 128" >&2; exit 1; }
grep -q 'viewBox="0 0 16 16"' "$symbolic" || { echo "$symbolic: viewBox is not 0 0 16 16" >&2; exit 1; }

others=$(grep -o -i -E '#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|rgba?\([^)]*\)' "$symbolic" | tr 'A-F' 'a-f' | grep -v -x '#2e3436' || true)
if [ -n "$others" ]; then
    echo "$symbolic uses colours other than #2e3436:" >&2
    echo "$others" >&2
    exit 1
fi
echo "icons OK"
