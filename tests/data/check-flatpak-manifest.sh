#!/bin/sh
# Checks a Flatpak manifest offline: flatpak-builder parses it and, with
# G_DEBUG=fatal-warnings, any unknown key or wrong type aborts it. Also
# checks the sandbox asks for nothing beyond what the app needs, and that
# it builds on a GNOME runtime that is still supported (50 or newer: 47
# reached its end of life on 15 October 2025, 48 on 24 March 2026).
# Usage: check-flatpak-manifest.sh FLATPAK_BUILDER MANIFEST
set -eu
builder=$1
manifest=$(realpath "$2")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"   # flatpak-builder leaves a .flatpak-builder/ state dir in the cwd

G_DEBUG=fatal-warnings "$builder" --show-manifest "$manifest" > shown.json

# The exact permissions: IPC, display and GPU, and the Documents folder
# (SQLite cannot open a study through the document portal; README.md,
# "Install as a Flatpak"); other files only through portals.
expected='--share=ipc --socket=fallback-x11 --socket=wayland --device=dri --filesystem=xdg-documents'
got=$(tr -d '\n' < shown.json | sed -n 's/.*"finish-args" *: *\[\([^]]*\)\].*/\1/p' \
      | tr ',' '\n' | sed 's/^ *"//; s/" *$//' | grep -v '^$' | tr '\n' ' ' | sed 's/ $//')
if [ "$got" != "$expected" ]; then
    echo "unexpected finish-args: '$got'" >&2
    echo "expected:               '$expected'" >&2
    exit 1
fi
# The runtime and its SDK: the same supported GNOME version.
oldest_supported=50
field() {
    tr -d '\n' < shown.json | sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"
}
runtime=$(field runtime)
sdk=$(field sdk)
version=$(field runtime-version)
if [ "$runtime" != org.gnome.Platform ] || [ "$sdk" != org.gnome.Sdk ]; then
    echo "runtime '$runtime' and sdk '$sdk': expected org.gnome.Platform and org.gnome.Sdk" >&2
    exit 1
fi
case "$version" in
    ''|*[!0-9]*)
        echo "runtime-version '$version' is not a GNOME release number" >&2
        exit 1 ;;
esac
if [ "$version" -lt "$oldest_supported" ]; then
    echo "runtime-version $version is past its end of life; use GNOME $oldest_supported or newer" >&2
    exit 1
fi
echo "manifest OK: $manifest"
