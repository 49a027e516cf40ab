#!/bin/sh
# measure-size.sh [DIST]: print the size of app.wasm as served from DIST
# (default dist): raw, gzip and brotli. The .gz and .br files are the ones
# cmd/site wrote (make site), so these are the bytes a visitor downloads.
set -eu

dist=${1:-dist}
wasm=$dist/web/app.wasm
if [ ! -f "$wasm" ]; then
	echo "measure-size: $wasm is missing: run make site first" >&2
	exit 1
fi

size() { wc -c <"$1" | tr -d ' '; }

show() { # label bytes
	awk -v l="$1" -v b="$2" -v raw="$raw" \
		'BEGIN { printf "%-7s %10d bytes  %6.2f MB  %5.1f%%\n", l, b, b/1e6, 100*b/raw }'
}

raw=$(size "$wasm")
show raw "$raw"
if [ -f "$wasm.gz" ]; then
	show gzip "$(size "$wasm.gz")"
else
	show "gzip-9" "$(gzip -9c "$wasm" | wc -c | tr -d ' ')"
fi
if [ -f "$wasm.br" ]; then
	show brotli "$(size "$wasm.br")"
else
	echo "brotli  n/a (no $wasm.br: run make site)"
fi
