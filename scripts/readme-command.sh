#!/bin/sh
# Prints one of the README's two quick-start commands exactly as written there, so that CI runs
# what a new user copies: `start` (build and start the app) or `test` (build and run every test).
set -eu
case "${1:-}" in
  start) heading='**Build and start the app**' ;;
  test) heading='**Build and run every test:**' ;;
  *) echo "usage: $0 start|test" >&2; exit 2 ;;
esac
readme="$(dirname "$0")/../README.md"
# The first line of the first ```sh block after the heading.
command=$(awk -v heading="$heading" '
  index($0, heading) == 1 { found = 1; next }
  found && /^```sh/ { inside = 1; next }
  inside { print; exit }
' "$readme")
if [ -z "$command" ]; then
  echo "readme-command: no command under \"$heading\" in $readme" >&2
  exit 1
fi
printf '%s\n' "$command"
