#!/bin/sh
# Fails when a translatable string in the sources listed in po/POTFILES.in
# has no finished Swedish translation in po/sv.po: the template is made
# afresh with xgettext (with the keywords of meson's glib preset), merged
# with sv.po in a temporary copy, and the result must have no untranslated
# or fuzzy message. Nothing in the source tree is changed.
# Usage: check-po-current.sh XGETTEXT MSGMERGE MSGFMT MSGATTRIB SOURCE_ROOT DOMAIN
set -eu
xgettext=$1 msgmerge=$2 msgfmt=$3 msgattrib=$4 root=$5 domain=$6

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Only the lines naming a file (POTFILES.in may hold comments and blanks).
grep -v -e '^#' -e '^[[:space:]]*$' "$root/po/POTFILES.in" > "$tmp/files" || true
if [ ! -s "$tmp/files" ]; then
    echo "po/POTFILES.in lists no file" >&2
    exit 1
fi

(cd "$root" && "$xgettext" --package-name="$domain" --from-code=UTF-8 --add-comments \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
    --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
    --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
    --files-from="$tmp/files" -o "$tmp/$domain.pot")

if [ ! -f "$root/po/sv.po" ]; then
    echo "missing po/sv.po" >&2
    exit 1
fi
"$msgmerge" --quiet --no-fuzzy-matching -o "$tmp/sv.po" "$root/po/sv.po" "$tmp/$domain.pot"
stats=$(LC_ALL=C "$msgfmt" --statistics -c -o /dev/null "$tmp/sv.po" 2>&1)
echo "po/sv.po against the current sources: $stats"
case "$stats" in
    *untranslated*|*fuzzy*)
        echo "Untranslated or fuzzy in po/sv.po (run ninja formagekarta-update-po, then translate):" >&2
        LC_ALL=C "$msgattrib" --only-fuzzy --no-obsolete "$tmp/sv.po" >&2 || true
        LC_ALL=C "$msgattrib" --untranslated --no-obsolete "$tmp/sv.po" >&2 || true
        exit 1 ;;
esac
