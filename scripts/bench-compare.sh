#!/usr/bin/env bash
# bench-compare.sh BASE: the browser benchmarks of the working tree's build
# against BASE's (a commit), side by side in one sitting, as the developers'
# guide asks ("compare against the build before your change in the same
# run"): this machine's speed drifts by a third from one hour to the next
# (cold ready 1.1 s, then 1.5 s on the same build), so a figure measured
# alone says little, and one measured against an old note says nothing.
#
# BASE's site is built from its own tree (git archive, into
# .cache/bench-compare/src-<sha>; kept for the next call), the working
# tree's with `make build`. Both are measured by one browser test binary,
# built from the working tree, so the harness is the same for both. Each
# round runs every benchmark on both sites, alternating which goes first,
# and benchstat compares the rounds (medians, their spread, and "~" where a
# difference is likely noise). Also printed: both app.wasm sizes, raw and
# brotli.
#
#   ROUNDS   rounds (default 3; benchstat says more with 5 or more)
#   BENCHES  space-separated REGEX=BENCHTIME pairs
#            (default "ColdLoad|WarmLoad=10x InputToResult$=60x")
#   CHROMIUM the Chromium to drive (default /usr/bin/chromium)
#
# Writes .cache/bench-compare/<base>-<head>/{base,head}.txt (the raw
# benchmark lines) and benchstat.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ]; then
	echo "usage: scripts/bench-compare.sh BASE   (BASE: a commit, e.g. HEAD~1)" >&2
	exit 2
fi
base=$(git rev-parse --verify --quiet "$1^{commit}") || {
	echo "bench-compare: $1 is not a commit here" >&2
	exit 2
}
short=${base:0:7}
head=$(git describe --always --dirty)
rounds=${ROUNDS:-3}
benches=${BENCHES:-"ColdLoad|WarmLoad=10x InputToResult\$=60x"}
chromium=${CHROMIUM:-/usr/bin/chromium}
go=${GO:-go}
# benchstat, pinned (golang.org/x/perf has no tags).
benchstat=golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da

root=$PWD/.cache/bench-compare
src=$root/src-$short
out=$root/$short-$head
mkdir -p "$out"

if [ ! -f "$src/dist/web/app.wasm.br" ]; then
	echo "bench-compare: building $short's site in $src"
	rm -rf "$src"
	mkdir -p "$src"
	git archive "$base" | tar -x -C "$src"
	make -C "$src" site VERSION="$short" >"$out/base-build.log" 2>&1 || {
		echo "bench-compare: building $short failed; see $out/base-build.log" >&2
		exit 1
	}
fi
echo "bench-compare: building the working tree ($head)"
make build >"$out/head-build.log" 2>&1 || {
	echo "bench-compare: make build failed; see $out/head-build.log" >&2
	exit 1
}
$go test -c -tags browser -o "$out/browser.test" ./cmd/server/

: >"$out/base.txt"
: >"$out/head.txt"
run() { # run SIDE DIST REGEX BENCHTIME
	(cd cmd/server && SOCIALROI_DIST=$2 CHROMIUM=$chromium "$out/browser.test" \
		-test.run '^$' -test.bench "$3" -test.benchtime "$4" -test.timeout 60m) >>"$out/$1.txt"
}
for ((i = 1; i <= rounds; i++)); do
	for pair in $benches; do
		re=${pair%=*}
		bt=${pair##*=}
		echo "bench-compare: round $i of $rounds: $re ($bt)"
		if ((i % 2)); then
			run base "$src/dist" "$re" "$bt"
			run head "$PWD/dist" "$re" "$bt"
		else
			run head "$PWD/dist" "$re" "$bt"
			run base "$src/dist" "$re" "$bt"
		fi
	done
done

size() { printf '%-14s app.wasm %9d bytes raw, %8d bytes brotli\n' "$1" "$(stat -c %s "$2/web/app.wasm")" "$(stat -c %s "$2/web/app.wasm.br")"; }
{
	size "$short" "$src/dist"
	size "$head" dist
	echo
	$go run "$benchstat" base="$out/base.txt" head="$out/head.txt"
} | tee "$out/benchstat.txt"
