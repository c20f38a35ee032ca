#!/bin/sh
# Installs the Debian 12 packages Deelwijzer needs to build, run and test, if any are missing.
# Runs as root, or uses sudo. Safe to run again: it does nothing when all are present.
set -eu

packages="g++ cmake ninja-build make dpkg-dev file
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libyaml-cpp-dev catch2 pkg-config libgraphviz-dev
  fonts-dejavu-core fonts-dejavu-extra poppler-utils unzip
  desktop-file-utils appstream"

missing=""
for package in $packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  echo "install-dependencies: all packages are present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-dependencies: run as root or install sudo; missing:$missing" >&2
  exit 1
fi

echo "install-dependencies: installing$missing"
$as_root apt-get update
# shellcheck disable=SC2086 # the package list is meant to split into words
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y --no-install-recommends $missing
