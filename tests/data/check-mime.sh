#!/bin/sh
# Checks the shared-mime-info package: well-formed XML, accepted by
# update-mime-database without a warning, and a file named x.fkarta (with
# an SQLite header, as real study files have) maps to our MIME type.
# Usage: check-mime.sh XMLLINT UPDATE_MIME_DATABASE GIO MIME_XML [MIME_XML...]
set -eu
xmllint=$1 update_mime_database=$2 gio=$3
shift 3
type=application/x-formagekarta-study

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in "$@"; do
    "$xmllint" --noout "$f"
done

mkdir -p "$tmp/share/mime/packages"
# The last file given is the one that gets installed (the merged one).
for last in "$@"; do :; done
cp "$last" "$tmp/share/mime/packages/"
# Our temporary dir first in the search path (update-mime-database notes it
# otherwise); /usr/share for the parent type application/vnd.sqlite3.
export XDG_DATA_HOME="$tmp/share" XDG_DATA_DIRS="$tmp/share:/usr/share" GIO_USE_VFS=local
"$update_mime_database" "$tmp/share/mime" > "$tmp/umd.log" 2>&1
if [ -s "$tmp/umd.log" ]; then
    echo "update-mime-database complained:" >&2
    cat "$tmp/umd.log" >&2
    exit 1
fi

if ! grep -qx "$type:\*\.fkarta" "$tmp/share/mime/globs"; then
    echo "globs has no '$type:*.fkarta':" >&2
    cat "$tmp/share/mime/globs" >&2
    exit 1
fi
if ! grep -q "^$type application/vnd.sqlite3\$" "$tmp/share/mime/subclasses"; then
    echo "$type is not a sub-class of application/vnd.sqlite3" >&2
    exit 1
fi

printf 'SQLite format 3\000' > "$tmp/x.fkarta"
got=$("$gio" info -a standard::content-type "$tmp/x.fkarta" \
      | sed -n 's/^ *standard::content-type: *//p')
if [ "$got" != "$type" ]; then
    echo "x.fkarta is '$got', expected '$type'" >&2
    exit 1
fi
echo "x.fkarta -> $got"

# Response files (application/x-formagekarta-response): by the extension,
# and by the format name near the start when the extension is another.
response=application/x-formagekarta-response
if ! grep -qx "$response:\*\.fksvar" "$tmp/share/mime/globs"; then
    echo "globs has no '$response:*.fksvar'" >&2
    exit 1
fi
printf '{\n  "format" : "formagekarta-response",\n  "format_version" : 1\n}\n' > "$tmp/x.fksvar"
cp "$tmp/x.fksvar" "$tmp/svar.json"
for f in x.fksvar svar.json; do
    got=$("$gio" info -a standard::content-type "$tmp/$f" \
          | sed -n 's/^ *standard::content-type: *//p')
    if [ "$got" != "$response" ]; then
        echo "$f is '$got', expected '$response'" >&2
        exit 1
    fi
    echo "$f -> $got"
done
