# Social ROI: build, run, test.
#   make run    build everything and serve the app on http://localhost:8080
#   make test   install what the tests need, then run them all (browser tests included)

GO        ?= go
ADDR      ?= :8080
VERSION   ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w
# No inlining in the ad-export importer (roi/adimport), which runs only on
# an import, never at the start or on a key: 12 KB less app.wasm in brotli.
# Not in app (48 KB less): the full page's update per key on the 600-line
# scenario was about 10% slower (BenchmarkInputToResultLarge, all-p50, 4
# of 5 runs side by side); -gcflags=all=-l made the start's longest task
# much longer.
GCFLAGS   := -gcflags=github.com/socialroi/socialroi/roi/adimport=-l
WASMBUILD := -trimpath $(GCFLAGS)
WASMFLAGS := $(WASMBUILD) -ldflags="$(LDFLAGS)"
CHROMIUM  ?= /usr/bin/chromium
FUZZTIME  ?= 60s
# The store's fuzz targets run a whole store per input (FuzzEdit: five
# edits, each validated and reported, and a reload): about 500 inputs a
# second here, against 11,000-40,000 for the parsers. make test gives them
# fewer inputs than the others, for about as many seconds each (30,000
# inputs took FuzzEdit 51 s in CI, the parsers 2-3 s); `make fuzz` gives
# every target FUZZTIME.
FUZZSTORE ?= $(FUZZTIME)
PREFIX    ?=

.PHONY: all build wasm site server cli run size test unit browser-deps vet bench fuzz clean

all: build

build: site server cli

wasm:
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/app.wasm ./cmd/app

site: wasm
	$(GO) run ./cmd/site -out dist -version "$(VERSION)" -prefix "$(PREFIX)"

server:
	$(GO) build -trimpath -o bin/server ./cmd/server

cli:
	$(GO) build -trimpath -o bin/roi ./cmd/roi

run: build
	./bin/server -addr $(ADDR) -dir dist

# app.wasm as visitors download it (raw, gzip and brotli), then its code per
# Go package (cmd/wasmsize), read from the function names of an unstripped
# build: -ldflags=-s drops the name section, and only that (the code is the
# same). SIZEBASE=old.wasm (an unstripped build, e.g. the copy this target
# leaves in .cache/size/app.wasm) prints the change per package since it.
SIZEWASM := .cache/size/app.wasm
SIZEBASE ?=
SIZEFUNCS ?= 15
size: site
	./scripts/measure-size.sh dist
	@mkdir -p $(dir $(SIZEWASM))
	GOOS=js GOARCH=wasm $(GO) build $(WASMBUILD) -o $(SIZEWASM) ./cmd/app
	$(GO) run ./cmd/wasmsize -funcs $(SIZEFUNCS) $(SIZEWASM)
	$(if $(SIZEBASE),$(GO) run ./cmd/wasmsize -base $(SIZEBASE) $(SIZEWASM))

vet:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./cmd/app/...

unit:
	$(GO) test ./...

# Debian's Chromium for the browser tests, installed when missing.
browser-deps:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		echo "installing chromium"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# The fuzz targets run a count of inputs each, not a time: with a time,
# Go 1.26's fuzz coordinator can fail a target with a bare "context deadline
# exceeded" when the time runs out under load (golang/go#75804, fixed in
# Go 1.27); CI failed that way once on FuzzParse, with no failing input.
test: browser-deps vet build
	$(GO) test -count=1 ./...
	SOCIALROI_DIST=$(CURDIR)/dist CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -tags browser -timeout 45m ./cmd/server/
	$(MAKE) fuzz FUZZTIME=30000x FUZZSTORE=6000x

bench: build bench-server
	$(GO) test -run '^$$' -bench . -benchmem ./roi/

# Server load test (a benchmark, not a test): bin/server's code and, when
# installed, nginx serve dist/ on loopback to 50 concurrent clients.
.PHONY: bench-server
bench-server: build
	SOCIALROI_DIST=$(CURDIR)/dist $(GO) test -count=1 -run '^$$' -bench '^BenchmarkLoad$$' -benchtime 1x ./cmd/server/

# Browser measurements (not tests) in headless Chromium: cold and warm load
# (time to interactive, bytes, the start's longest task and blocking time),
# and one typed key to the new summary, to every figure on the page being
# the engine's (figs-) and to the page's last change (all-), p50 and p95, on
# every preset and on a 600-line scenario, and what two blog embeds cost
# their host page (BenchmarkEmbedHost). The cold load and the keys also
# report the Go program's memory (wasm-MiB: its wasm memory, which never
# shrinks). Loads are few and slow; 60 keys per figure (each waits for the
# page to settle).
# The start traced (cmd/server/browser_trace_test.go): cold loads of / with
# a Chrome performance trace each, their longest task broken down, from a
# site whose app.wasm keeps its function names (unstripped). The traces go
# to .cache/traces (open them in DevTools' Performance panel). Then keys
# typed into a preset's cost field, traced (browser_keytrace_test.go): for
# the slowest and fastest keys, every task of the main thread from the key
# down to every figure being the engine's, and what ran in each (script,
# style, layout, paint, Go's and V8's garbage collectors).
.PHONY: trace-dist bench-trace
trace-dist:
	GOOS=js GOARCH=wasm $(GO) build $(WASMBUILD) -o web/app.wasm ./cmd/app
	$(GO) run ./cmd/site -out .cache/trace-dist -version "$(VERSION)" -prefix "$(PREFIX)"

bench-trace: browser-deps trace-dist
	SOCIALROI_DIST=$(CURDIR)/.cache/trace-dist CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -tags browser -run '^$$' -bench 'StartTrace' -benchtime 3x ./cmd/server/
	SOCIALROI_DIST=$(CURDIR)/.cache/trace-dist CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -tags browser -run '^$$' -bench 'KeyTrace' -benchtime 40x ./cmd/server/

.PHONY: bench-browser
bench-browser: browser-deps build
	SOCIALROI_DIST=$(CURDIR)/dist CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -tags browser -run '^$$' -bench 'ColdLoad|WarmLoad' -benchtime 5x ./cmd/server/
	SOCIALROI_DIST=$(CURDIR)/dist CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -tags browser -run '^$$' -bench 'InputToResult' -benchtime 60x ./cmd/server/
	SOCIALROI_DIST=$(CURDIR)/dist CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -tags browser -run '^$$' -bench 'EmbedHost' -benchtime 3x -timeout 20m ./cmd/server/

# The browser benchmarks of the working tree against an earlier commit's
# build, alternating in one sitting, compared by benchstat
# (scripts/bench-compare.sh): make bench-compare BASE=HEAD~1 [ROUNDS=5]
# [BENCHES="ColdLoad|WarmLoad=10x InputToResult$$=60x"].
.PHONY: bench-compare
bench-compare: browser-deps
	@test -n "$(BASE)" || (echo "usage: make bench-compare BASE=<commit>"; exit 2)
	./scripts/bench-compare.sh "$(BASE)"

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeShare$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzParseInput$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzParseDecimal$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzReadInput$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzSafeCSVCell$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzAcc$$' -fuzztime $(FUZZTIME) ./roi/
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./roi/adimport/
	$(GO) test -run '^$$' -fuzz '^FuzzParseEmbedOptions$$' -fuzztime $(FUZZTIME) ./app/
	$(GO) test -run '^$$' -fuzz '^FuzzEdit$$' -fuzztime $(FUZZSTORE) ./store/
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZSTORE) ./store/
	$(GO) test -run '^$$' -fuzz '^FuzzRepairURL$$' -fuzztime $(FUZZTIME) ./app/
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./cmd/wasmsize/

clean:
	rm -rf dist bin web/app.wasm

# Lighthouse (a measurement, not a test): cmd/server serves a fresh dist/ on
# loopback and Lighthouse audits /, /guide, /compare and /embed in Debian's Chromium
# with its default mobile settings; prints the four scores, the key timings
# and every failing audit. Lighthouse is pinned in tools/audit and installed
# into .cache/lighthouse. AUDITFLAGS="-runs 3" reports the median of three.
LIGHTHOUSE_DIR := .cache/lighthouse
LIGHTHOUSE     := $(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse
AUDITFLAGS     ?=

.PHONY: audit audit-deps
audit-deps: browser-deps
	@if ! command -v npm >/dev/null; then \
		echo "installing nodejs and npm"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
	fi
	@if [ ! -x "$(LIGHTHOUSE)" ] || ! cmp -s tools/audit/package-lock.json $(LIGHTHOUSE_DIR)/.installed-lock.json; then \
		echo "installing lighthouse into $(LIGHTHOUSE_DIR)"; \
		rm -rf $(LIGHTHOUSE_DIR) && mkdir -p $(LIGHTHOUSE_DIR) && \
		cp tools/audit/package.json tools/audit/package-lock.json $(LIGHTHOUSE_DIR)/ && \
		npm ci --prefix $(LIGHTHOUSE_DIR) --no-audit --no-fund --loglevel=error && \
		cp tools/audit/package-lock.json $(LIGHTHOUSE_DIR)/.installed-lock.json; \
	fi

audit: audit-deps build
	CHROME_PATH=$(CHROMIUM) $(GO) run ./cmd/audit -server bin/server -dir dist -lighthouse $(LIGHTHOUSE) -chrome $(CHROMIUM) -out .cache/audit $(AUDITFLAGS)
