#!/bin/sh
# Fails when a Swedish message is untranslated or fuzzy, or the file does
# not pass msgfmt's checks. Swedish is complete at all times.
# Usage: check-po-complete.sh MSGFMT PO_FILE
set -eu
msgfmt=$1 po=$2

if [ ! -f "$po" ]; then
    echo "missing $po" >&2
    exit 1
fi
if ! stats=$(LC_ALL=C "$msgfmt" --statistics -c -o /dev/null "$po" 2>&1); then
    echo "$stats" >&2
    exit 1
fi
echo "$po: $stats"
case "$stats" in
    *untranslated*|*fuzzy*)
        echo "$po is not complete" >&2
        exit 1 ;;
esac
