#!/bin/sh
# Installs everything Förmågekarta needs to build, run and test on
# Debian 12 (bookworm). Run it as yourself or as root: not being root, it
# runs itself again through sudo.
set -eu
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo -- "$0" "$@"
  fi
  echo "$0: installing packages needs root, and sudo is not installed; run this script as root (su -c $0)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  gcc pkg-config meson ninja-build gettext \
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev \
  libjson-glib-dev libsqlite3-dev libcsv-dev libxlsxwriter-dev libzip-dev libcairo2-dev libpango1.0-dev locales \
  desktop-file-utils appstream libxml2-utils shared-mime-info flatpak-builder \
  xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-dogtail python3-gi \
  x11-utils sqlite3 ca-certificates fonts-cantarell fonts-dejavu-core poppler-utils \
  adwaita-icon-theme hicolor-icon-theme
