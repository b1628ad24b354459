#!/bin/sh
# Every source file with translatable strings is listed in po/POTFILES.in,
# and every listed file exists. (po-sv-current cannot see a file that is
# missing from the list: its strings would just never reach translators.)
# Usage: check-potfiles.sh SOURCE_ROOT
set -eu
root=$1
cd "$root"
status=0
listed=$(grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in | sort -u)

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist" >&2
    status=1
  fi
done

# C files calling _(), N_(), C_() or ngettext; .ui files with translatable="yes".
found=$( (grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext)[[:space:]]*\(' --include='*.c' src || true;
          grep -rl 'translatable="yes"' --include='*.ui' data || true) | sort -u)
for f in $found; do
  if ! printf '%s\n' "$listed" | grep -qx "$f"; then
    echo "$f has translatable strings but is not in po/POTFILES.in" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status
