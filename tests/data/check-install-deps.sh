#!/bin/sh
# Checks that build-aux/install-deps.sh asks for sudo only when it is not
# run as root, says clearly what to do when sudo is missing, and that the
# README's commands do not start with sudo (a root shell may have none).
# A fake `id` and `sudo` on PATH stand in for a normal user; nothing is
# installed.
# Usage: check-install-deps.sh SOURCE_ROOT
set -eu
root=$1
script="$root/build-aux/install-deps.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/user" "$tmp/user-sudo"
for dir in user user-sudo; do
    printf '#!/bin/sh\necho 1000\n' > "$tmp/$dir/id"
done
# sudo records how it was called instead of running anything.
printf '#!/bin/sh\necho "$@" > "%s/sudo-args"\n' "$tmp" > "$tmp/user-sudo/sudo"
chmod +x "$tmp/user/id" "$tmp/user-sudo/id" "$tmp/user-sudo/sudo"
sh_path=$(command -v sh)

# A normal user with sudo: the script runs itself again through sudo.
PATH="$tmp/user-sudo" "$sh_path" "$script" > "$tmp/out" 2>&1 || {
    echo "install-deps.sh failed for a user with sudo:" >&2; cat "$tmp/out" >&2; exit 1; }
if [ "$(cat "$tmp/sudo-args")" != "-- $script" ]; then
    echo "install-deps.sh did not re-run itself with sudo: '$(cat "$tmp/sudo-args")'" >&2
    exit 1
fi

# A normal user without sudo: a clear message, non-zero exit, no apt-get.
if PATH="$tmp/user" "$sh_path" "$script" > "$tmp/out" 2>&1; then
    echo "install-deps.sh succeeded for a user without sudo" >&2
    exit 1
fi
grep -q "run this script as root" "$tmp/out" || {
    echo "no clear message for a user without sudo:" >&2; cat "$tmp/out" >&2; exit 1; }

# The README's commands work in a root shell without sudo.
if grep -n '^sudo ' "$root/README.md" >&2; then
    echo "README.md: a command starts with sudo" >&2
    exit 1
fi
echo "install-deps.sh OK"
