#!/usr/bin/env bash
# Runs a command in a brand-new minimal Debian 12 root with a copy of this checkout, as a new
# user's machine would have it: nothing from this machine's installed packages is visible there.
#
#   scripts/in-fresh-debian.sh [--cache-builds] 'COMMAND'
#
# The command runs as root in /work/deelwijzer inside the root, with QT_QPA_PLATFORM=offscreen.
# The first run bootstraps the root (debootstrap --variant=minbase bookworm, from the Debian
# archive this machine's apt uses) and keeps it as a tarball under $DEELWIJZER_CI_CACHE
# (default /var/cache/deelwijzer-ci); later runs unpack it in seconds. Downloaded .deb files are
# kept there too, so reinstalling costs no download; they are installed afresh every time.
# --cache-builds also puts ccache into the root with a cache kept there (CI uses it to stay fast;
# ccache is no build dependency, so it cannot hide a missing install step).
# Needs root (debootstrap, chroot, mount). The root is removed and every mount undone at the
# end, also on failure or interrupt.
set -euo pipefail

usage() { echo "usage: $0 [--cache-builds] 'COMMAND'" >&2; exit 2; }

cache_builds=false
if [ "${1:-}" = "--cache-builds" ]; then cache_builds=true; shift; fi
[ $# -eq 1 ] && [ -n "$1" ] || usage
command_to_run=$1

if [ "$(id -u)" -ne 0 ]; then
  echo "in-fresh-debian: needs root (debootstrap, chroot and mount)" >&2
  exit 1
fi

project_dir=$(cd "$(dirname "$0")/.." && pwd)
cache_dir=${DEELWIJZER_CI_CACHE:-/var/cache/deelwijzer-ci}
base_tarball="$cache_dir/bookworm-minbase.tar"
mkdir -p "$cache_dir/apt-archives/partial" "$cache_dir/ccache"

# The Debian archive this machine already uses (deb822 .sources or a classic sources.list).
debian_mirror() {
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n 1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}' | grep -v security | head -n 1 || true)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

if [ ! -s "$base_tarball" ]; then
  command -v debootstrap >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap; }
  bootstrap_dir=$(mktemp -d /var/tmp/deelwijzer-bootstrap.XXXXXX)
  mirror=$(debian_mirror)
  echo "in-fresh-debian: bootstrapping a minimal Debian 12 root from $mirror (once; cached in $base_tarball)"
  if ! debootstrap --variant=minbase bookworm "$bootstrap_dir" "$mirror" >"$cache_dir/debootstrap.log" 2>&1; then
    tail -n 20 "$cache_dir/debootstrap.log" >&2
    rm -rf "$bootstrap_dir"
    exit 1
  fi
  rm -rf "$bootstrap_dir"/var/cache/apt/archives/*.deb
  tar -C "$bootstrap_dir" -cf "$base_tarball.part" . && mv "$base_tarball.part" "$base_tarball"
  rm -rf "$bootstrap_dir"
fi

root=$(mktemp -d /var/tmp/deelwijzer-root.XXXXXX)
mounted=()
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  local i
  for (( i=${#mounted[@]}-1; i>=0; i-- )); do
    umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  # Remove the root only when nothing is mounted below it any more.
  if ! grep -q " $root" /proc/mounts; then
    rm -rf "$root"
  else
    echo "in-fresh-debian: left $root in place: something is still mounted below it" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bind() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; mounted+=("$root$2"); }

tar -C "$root" -xf "$base_tarball"
# The same archive, apt settings and name resolution as this machine; no packages.
cp /etc/resolv.conf "$root/etc/resolv.conf"
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
  : >"$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
fi
for conf in /etc/apt/apt.conf.d/99*; do [ -f "$conf" ] && cp "$conf" "$root/etc/apt/apt.conf.d/"; done
# Keep downloaded packages across runs (Debian's minbase deletes them after each install).
rm -f "$root/etc/apt/apt.conf.d/docker-clean"

bind /proc /proc
bind /sys /sys
bind /dev /dev
bind /dev/pts /dev/pts
bind "$cache_dir/apt-archives" /var/cache/apt/archives

# A copy of the checkout: tracked and untracked files, without build trees.
mkdir -p "$root/work/deelwijzer"
tar -C "$project_dir" --exclude=./build --exclude='./build-*' -cf - . | tar -C "$root/work/deelwijzer" -xf -

environment=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
             DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen CI="${CI:-}")
if $cache_builds; then
  bind "$cache_dir/ccache" /var/cache/ccache
  environment+=(CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR=/work/deelwijzer)
  chroot "$root" /usr/bin/env -i "${environment[@]}" sh -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends ccache >/dev/null' ||
    { echo "in-fresh-debian: could not install ccache into the root" >&2; exit 1; }
fi

echo "in-fresh-debian: running in a fresh Debian 12 root: $command_to_run"
chroot "$root" /usr/bin/env -i "${environment[@]}" bash -c "cd /work/deelwijzer && $command_to_run"
