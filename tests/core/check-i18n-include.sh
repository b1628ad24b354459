#!/bin/sh
# Core, export and the CLI translate through fk-i18n.h, whose _(),
# ngettext() and C_() follow the calling thread's pushed language; GLib's
# gi18n headers would bypass it and write the user's language into a text
# asked for in another (HACKING.md, "Strings").
# usage: check-i18n-include.sh SOURCE_ROOT
root=${1:?source root}
echo "1..1"
hits=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"]glib/gi18n' "$root/src/core" "$root/src/export" "$root/src/cli" 2>/dev/null |
       grep -v "^$root/src/core/fk-i18n.h:")
if [ -n "$hits" ]; then
  echo "not ok 1 - glib/gi18n included instead of fk-i18n.h"
  echo "$hits" | sed 's/^/# /'
  exit 1
fi
echo "ok 1 - src/core, src/export and src/cli translate through fk-i18n.h"
