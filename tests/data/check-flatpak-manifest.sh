#!/bin/sh
# Checks a Flatpak manifest offline: flatpak-builder parses it and, with
# G_DEBUG=fatal-warnings, any unknown key or wrong type aborts it. Also
# checks the sandbox asks for nothing beyond what the app needs.
# Usage: check-flatpak-manifest.sh FLATPAK_BUILDER MANIFEST
set -eu
builder=$1
manifest=$(realpath "$2")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"   # flatpak-builder leaves a .flatpak-builder/ state dir in the cwd

G_DEBUG=fatal-warnings "$builder" --show-manifest "$manifest" > shown.json

# The exact permissions: IPC, display and GPU; files only through portals.
expected='--share=ipc --socket=fallback-x11 --socket=wayland --device=dri'
got=$(tr -d '\n' < shown.json | sed -n 's/.*"finish-args" *: *\[\([^]]*\)\].*/\1/p' \
      | tr ',' '\n' | sed 's/^ *"//; s/" *$//' | grep -v '^$' | tr '\n' ' ' | sed 's/ $//')
if [ "$got" != "$expected" ]; then
    echo "unexpected finish-args: '$got'" >&2
    echo "expected:               '$expected'" >&2
    exit 1
fi
echo "manifest OK: $manifest"
