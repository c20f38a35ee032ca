#!/bin/sh
# Takes the README screenshots of the real window under Xvfb (xcb), one state per run.
#
#   docs/screenshots/take-screenshots.sh [BUILD_DIR]        (default: build/release)
#
# Needs xvfb-run, xwininfo (x11-utils) and ImageMagick's import.
set -eu
build=$(cd "${1:-build/release}" && pwd)
app=$build/app/gui/deelwijzer
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
tmp=/tmp/deelwijzer-screenshots
rm -rf "$tmp"
mkdir -p "$tmp/home/Documenten" "$tmp/xdg"
chmod 700 "$tmp/xdg"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/xdg"

# A saved advice for the start page's "recently saved" list.
cp "$src/rules/cases/c15-ggd-police.yaml" "$tmp/home/Documenten/advies-ggd-politie.yaml"
cat > "$tmp/settings.ini" <<INI
[files]
recent=$tmp/home/Documenten/advies-ggd-politie.yaml
[profile]
role=doctor
INI

shot() { # name, size, app arguments...
  name=$1; size=$2; shift 2
  cp "$tmp/settings.ini" "$tmp/run.ini"
  out="$here/$name.png"
  xvfb-run -a -s "-screen 0 1400x1000x24" sh -s "$app" "$tmp/run.ini" "$size" "$out" "$@" <<'SH' 2>/dev/null
app=$1; ini=$2; size=$3; out=$4; shift 4
"$app" --settings "$ini" --size "$size" "$@" & pid=$!
sleep 2
w=${size%x*}
wid=$(xwininfo -root -tree | awk -v w="$w" '/\("deelwijzer" "deelwijzer"\)/ && index($0, " " w "x") {print $1; exit}')
import -window "$wid" "$out"
kill $pid
wait $pid || true
SH
  echo "$out"
}

shot start 1100x760 --lang nl
shot question 1100x760 --lang nl "$here/cases/question.yaml"
shot review 1100x760 --lang nl "$src/rules/cases/c15-ggd-police.yaml" --page review
shot advice 1100x900 --lang nl "$src/rules/cases/c15-ggd-police.yaml"
shot advice-en 1100x900 --lang en "$src/rules/cases/x01-acute-unsure.yaml"
shot high-contrast-200 1100x900 --lang nl --high-contrast --font-scale 200 "$here/cases/question.yaml"
