#!/usr/bin/env bash
# Mutation check: puts each one-line fault of tests/mutations/*.mut into the source tree,
# rebuilds, runs the tests that guard it, puts the line back and reports whether the suite
# caught the fault.
#
#   tests/mutations/run-mutations.sh [NAME...]     (NAME: a .mut file name without .mut)
#
# The build is a separate clean one in build/mutations (MUTATION_BUILD_DIR overrides), next
# to build/dev, so with ccache (base dir /work, no hashing of the build folder) it reuses the
# objects of your own dev build. The faults go into the working tree one at a time: the script
# refuses to start while app/ has uncommitted changes, and puts each line back when it is done
# or interrupted. Do not edit app/ while it runs. Exit status 0 when every fault was caught,
# 1 otherwise. See tests/README.md ("Mutation check") for the file format.
set -uo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
build=${MUTATION_BUILD_DIR:-$root/build/mutations}
log=$build/mutation-logs
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work} CCACHE_NOHASHDIR=true
export QT_QPA_PLATFORM=offscreen

if ! git -C "$root" diff --quiet -- app; then
    echo "app/ has uncommitted changes: commit or stash them first (a fault left behind must show in git status)"
    exit 2
fi

mutations=()
if (($#)); then
    for name in "$@"; do mutations+=("$root/tests/mutations/$name.mut"); done
else
    mutations=("$root"/tests/mutations/*.mut)
fi

field() { # field NAME FILE: the value of "NAME: value" (first occurrence)
    sed -n "s/^$1: \{0,1\}//p" "$2" | head -n 1
}

# Replaces the one line of `file` whose trimmed text is `find` by `replace`, keeping its
# indentation. Exit 3 when no line or more than one line matches.
apply() {
    local file=$1 find=$2 replace=$3
    FIND=$find REPLACE=$replace awk '
        BEGIN { find = ENVIRON["FIND"]; replace = ENVIRON["REPLACE"] }
        function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
        { lines[NR] = $0; if (trim($0) == find) { hits++; at = NR } }
        END {
            if (hits != 1) exit 3
            match(lines[at], /^[ \t]*/)
            lines[at] = substr(lines[at], 1, RLENGTH) replace
            for (i = 1; i <= NR; i++) print lines[i] > FILENAME ".mutated"
        }' "$file" || return 3
    mv "$file.mutated" "$file"
}

mkdir -p "$log"
echo "configuring $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >"$log/configure.txt" 2>&1 \
    || { echo "configure failed, see $log/configure.txt"; exit 2; }

# Whatever happens, the line under test goes back.
mutated=""
restore() {
    if [[ -n $mutated ]]; then
        cp "$build/original" "$root/$mutated"
        mutated=""
    fi
}
trap restore EXIT
trap 'restore; exit 130' INT TERM

# The unmutated tree must build and pass the selected tests, or no result means anything.
targets=()
regexes=()
for m in "${mutations[@]}"; do
    [[ -f $m ]] || { echo "no such mutation: $m"; exit 2; }
    read -r -a t <<<"$(field build "$m")"
    targets+=("${t[@]}")
    regexes+=("$(field tests "$m")")
done
baseline_regex=$(IFS='|'; echo "${regexes[*]}")
matching() { # the number of CTest entries a regular expression selects
    ctest --test-dir "$build" -N -R "$1" | sed -n 's/^Total Tests: //p'
}
echo "baseline: building ${#targets[@]} targets and running the selected tests"
start=$(date +%s)
cmake --build "$build" --target $(printf '%s\n' "${targets[@]}" | sort -u) >"$log/baseline-build.txt" 2>&1 \
    || { echo "the unmutated tree does not build, see $log/baseline-build.txt"; exit 2; }
# The tests are discovered by the build; a mutation that selects none would pass unseen.
for m in "${mutations[@]}"; do
    if [[ $(matching "$(field tests "$m")") == 0 ]]; then
        echo "$(basename "$m"): its tests: expression selects no CTest entry (see ctest -N)"
        exit 2
    fi
done
ctest --test-dir "$build" -R "$baseline_regex" --no-tests=error --timeout 600 >"$log/baseline-tests.txt" 2>&1 \
    || { echo "the unmutated tree fails its tests, see $log/baseline-tests.txt"; exit 2; }
echo "baseline passes ($(($(date +%s) - start)) s)"

caught=0
failed=0
printf '%-40s %-16s %s\n' mutation result seconds
for m in "${mutations[@]}"; do
    name=$(basename "$m" .mut)
    file=$(field file "$m")
    find=$(field find "$m")
    replace=$(field replace "$m")
    read -r -a t <<<"$(field build "$m")"
    regex=$(field tests "$m")
    start=$(date +%s)
    cp "$root/$file" "$build/original"
    mutated=$file
    if ! apply "$root/$file" "$find" "$replace"; then
        result="COULD NOT APPLY"
    elif ! cmake --build "$build" --target "${t[@]}" >"$log/$name-build.txt" 2>&1; then
        result="DID NOT BUILD"
    elif ctest --test-dir "$build" -R "$regex" --no-tests=error --output-on-failure --timeout 600 >"$log/$name-tests.txt" 2>&1; then
        result="SURVIVED"
    else
        result="caught"
    fi
    # The original goes back with a new time stamp, so the next build compiles it again.
    restore
    if [[ $result == caught ]]; then
        caught=$((caught + 1))
        failing=$(grep -c "\*\*\*Failed\|\*\*\*Exception\|\*\*\*Timeout" "$log/$name-tests.txt")
        result="caught ($failing)"
    else
        failed=$((failed + 1))
    fi
    printf '%-40s %-16s %s\n' "$name" "$result" "$(($(date +%s) - start))"
done
# The last mutated file is rebuilt so a later run starts from the clean tree.
cmake --build "$build" --target $(printf '%s\n' "${targets[@]}" | sort -u) >/dev/null 2>&1
echo "caught $caught of ${#mutations[@]}; logs in $log"
((failed == 0))
