#!/bin/sh
# Core and export never include GTK, GDK or libadwaita (architecture.md);
# core does not include cairo or pango either.
# usage: check-layers.sh SOURCE_ROOT
root=${1:?source root}
status=0
echo "1..2"
hits=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"](gtk/|gdk/|adwaita|gsk/|libadwaita)' "$root/src/core" "$root/src/export" 2>/dev/null)
if [ -n "$hits" ]; then
  echo "not ok 1 - GTK/GDK/libadwaita included from a GTK-free layer"
  echo "$hits" | sed 's/^/# /'
  status=1
else
  echo "ok 1 - src/core and src/export include no GTK, GDK or libadwaita header"
fi
hits=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"](cairo|pango)' "$root/src/core" 2>/dev/null)
if [ -n "$hits" ]; then
  echo "not ok 2 - cairo/pango included from src/core"
  echo "$hits" | sed 's/^/# /'
  status=1
else
  echo "ok 2 - src/core includes no cairo or pango header"
fi
exit $status
