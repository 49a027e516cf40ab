//go:build browser

// The harness of the browser tests: a real http.Server on dist/, a tab of
// a headless Chromium on an origin of its own, as fresh as a new profile
// (newBrowserPage), and small helpers that speak the DOM contract of the
// app (html[data-app-ready], data-figure, f-... field ids).

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/internal/headless"
	"github.com/socialroi/socialroi/roi"
)

// browserWait bounds every wait for the page. A cold load compiles about
// 9 MB of wasm; on a busy machine that takes a few seconds, never this long.
// SOCIALROI_BROWSER_WAIT (a duration) changes it, e.g. to fail fast.
var browserWait = func() time.Duration {
	if d, err := time.ParseDuration(os.Getenv("SOCIALROI_BROWSER_WAIT")); err == nil && d > 0 {
		return d
	}
	return 30 * time.Second
}()

// The localStorage keys of the app's data (package store): the settings
// and the scenario opened last, one key per scenario, backups, the single
// key of earlier builds; and the tab's state in sessionStorage.
const (
	storageKey   = "socialroi.v2"
	scenarioKey  = "socialroi.v2.s."
	backupPrefix = "socialroi.v2.backup."
	legacyKey    = "socialroi.v1"
	tabKey       = "socialroi.v2.tab"
)

// savedDocJS assembles the saved data from its keys into one document of
// the shape earlier builds stored: {format, version, current, settings,
// scenarios: [{id, scenario, drafts}]}, the scenarios in the app's order
// and current being this tab's saved scenario.
const savedDocJS = `(() => {
	const m = JSON.parse(localStorage.getItem("socialroi.v2") || "null");
	const t = JSON.parse(sessionStorage.getItem("socialroi.v2.tab") || "null");
	const recs = [];
	for (let i = 0; i < localStorage.length; i++) {
		const k = localStorage.key(i);
		if (k.startsWith("socialroi.v2.s.")) { try { const r = JSON.parse(localStorage.getItem(k)); r.id = k.slice(15); recs.push(r) } catch (e) {} }
	}
	recs.sort((a, b) => (a.created - b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let current = (t && t.current) || (m && m.last) || "";
	if (!recs.some(r => r.id === current)) current = (t && t.kept) || (m && m.last) || "";
	return {format: m ? m.format : "", version: m ? m.version : 0, current, settings: m ? m.settings : null,
		scenarios: recs.map(r => ({id: r.id, scenario: r.scenario, drafts: r.drafts || {}}))};
})()`

// browserDist returns the built site, or skips the test when SOCIALROI_DIST
// is unset (make test sets it after make build).
func browserDist(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("SOCIALROI_DIST")
	if dir == "" {
		tb.Skip("SOCIALROI_DIST is not set: run `make test` (or build with `make build` and set SOCIALROI_DIST=$PWD/dist) to run the browser tests")
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		tb.Fatalf("SOCIALROI_DIST=%s does not hold a built site (%v): run `make build` first", dir, err)
	}
	return dir
}

// browserServer serves dist/ with the real handler of cmd/server.
type browserServer struct {
	URL  string
	srv  *http.Server
	once sync.Once

	mu     sync.Mutex
	origin []*browserServer // the pages' own origins for it (newBrowserPage), closed with it
}

// servedBy maps a browserServer's URL to it, so that a page for it gets an
// origin of its own that it serves (newBrowserPage).
var servedBy sync.Map // string -> *browserServer

// startBrowserServer serves dir on 127.0.0.1:0 until the test ends or Close.
func startBrowserServer(tb testing.TB, dir string) *browserServer {
	tb.Helper()
	return startBrowserServerWith(tb, dir, nil)
}

// startBrowserServerWith is startBrowserServer with the server's handler
// wrapped in wrap (nil: as it is), to see what the browser asks for.
func startBrowserServerWith(tb testing.TB, dir string, wrap func(http.Handler) http.Handler) *browserServer {
	tb.Helper()
	var h http.Handler
	h, err := newHandler(dir)
	if err != nil {
		tb.Fatalf("newHandler(%q): %v", dir, err)
	}
	if wrap != nil {
		h = wrap(h)
	}
	s := serveOnNewPort(tb, h, dir)
	servedBy.Store(s.URL, s)
	tb.Cleanup(func() { servedBy.Delete(s.URL) })
	return s
}

// serveOnNewPort serves h on a port of 127.0.0.1 that no server of this run
// has had (newPort) until the test ends or Close.
func serveOnNewPort(tb testing.TB, h http.Handler, what string) *browserServer {
	tb.Helper()
	ln := newPort(tb)
	s := &browserServer{
		URL: "http://" + ln.Addr().String(),
		srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second},
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			tb.Errorf("serving %s: %v", what, err)
		}
	}()
	tb.Cleanup(s.Close)
	return s
}

// usedPorts are the ports newPort has given in this run.
var usedPorts struct {
	sync.Mutex
	m map[string]bool
}

// newPort listens on a port of 127.0.0.1 that it has not given before in
// this run. An origin is a page's profile here (newBrowserPage): its
// localStorage, service worker and caches stay in the shared Chromium for
// the run, so an origin is never served twice.
func newPort(tb testing.TB) net.Listener {
	tb.Helper()
	usedPorts.Lock()
	defer usedPorts.Unlock()
	if usedPorts.m == nil {
		usedPorts.m = map[string]bool{}
	}
	var taken []net.Listener // held while looking, so the system gives another
	defer func() {
		for _, l := range taken {
			l.Close()
		}
	}()
	for range 100 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatal(err)
		}
		if a := ln.Addr().String(); !usedPorts.m[a] {
			usedPorts.m[a] = true
			return ln
		}
		taken = append(taken, ln)
	}
	tb.Fatal("no port of 127.0.0.1 this run has not had yet, in 100 tries")
	return nil
}

// originFor serves what s serves on an origin of its own, for one page;
// closing s closes it too.
func (s *browserServer) originFor(tb testing.TB) *browserServer {
	tb.Helper()
	o := serveOnNewPort(tb, s.srv.Handler, s.URL)
	s.mu.Lock()
	s.origin = append(s.origin, o)
	s.mu.Unlock()
	return o
}

// Close stops the server and drops every connection, idle keep-alives
// included, so that the browser really finds nobody there: on the pages'
// own origins for it too.
func (s *browserServer) Close() {
	s.once.Do(func() {
		s.srv.Close()
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, o := range s.origin {
			o.Close()
		}
	})
}

// chromiumPath is the browser to drive: $CHROMIUM, or Debian's Chromium.
func chromiumPath(tb testing.TB) string {
	tb.Helper()
	p := os.Getenv("CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("Chromium not found at %s (%v): install it with `apt-get install -y chromium` (make test does) or set CHROMIUM", p, err)
	}
	return p
}

// browserPage is one tab of a headless Chromium on an origin that no page
// of the run had before, or in a fresh profile or browser context, so
// localStorage, caches and the service worker start empty.
type browserPage struct {
	tb   testing.TB
	ctx  context.Context // the tab
	base string          // http://127.0.0.1:port

	seeds int // seedStorage calls so far

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

// newBrowserPage opens a tab for base as a first visit: localStorage,
// caches and the service worker start empty. The tab and what it opens go
// away when the test ends; on a failure the test log gets the page's
// console.
//
//   - For a browserServer's URL, the tab is in the run's shared Chromium
//     (sharedBrowser), in its own window, and p.base is an origin of its
//     own (originFor) that the same server's handler serves: what a page
//     stores is its origin's, so an origin never seen is a fresh profile.
//     Tabs of one site reuse one renderer process of Chromium's, where a
//     browser context starts a process for each page: a page load took
//     about 2 s here, against 3.1 s in a browser context of its own.
//   - For another URL (a host page that embeds the app from a browserServer
//     the page does not know of), in a browser context of its own
//     (newContextPage).
//   - With extra launch options, in a Chromium of its own (newProfilePage).
func newBrowserPage(tb testing.TB, base string, extra ...chromedp.ExecAllocatorOption) *browserPage {
	tb.Helper()
	if len(extra) > 0 {
		return newProfilePage(tb, base, extra...)
	}
	s, ok := servedBy.Load(base)
	if !ok {
		return newContextPage(tb, base)
	}
	origin := s.(*browserServer).originFor(tb).URL
	// Once the tab has closed (cleanups run last first), the origin's
	// service worker cache goes: it holds app.wasm, 13.6 MB, for each of a
	// run's few hundred origins (3.4 GB written in a run). Cleared, the
	// profile peaked at 34 MB over 7 pages. Only that cache: clearing "all"
	// made the next page's load 2-3 s longer.
	tb.Cleanup(func() {
		if _, err := chromedp.Call(sharedBrowser(tb), storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin, StorageTypes: "cache_storage"}); err != nil {
			tb.Logf("clearing what %s stored: %v", origin, err)
		}
	})
	return openTab(tb, origin)
}

// newContextPage opens a tab for base in a browser context of the shared
// Chromium of its own: a fresh profile, with a renderer process of its own,
// as a visitor's browser has. The benchmarks measure their pages there.
func newContextPage(tb testing.TB, base string) *browserPage {
	tb.Helper()
	return openTab(tb, base, chromedp.WithNewBrowserContext())
}

// openTab opens a tab of the shared Chromium for base, in its own window.
func openTab(tb testing.TB, base string, opts ...chromedp.ContextOption) *browserPage {
	tb.Helper()
	ctx, cancel := chromedp.NewContext(sharedBrowser(tb), opts...)
	p := &browserPage{tb: tb, ctx: ctx, base: base}
	if err := p.watchConsole(); err != nil {
		cancel()
		tb.Fatalf("opening a tab for %s: %v", base, err)
	}
	if !forBench(tb) {
		// chromedp enables the Network domain on every tab; no test reads
		// its events, and Chromium reports every request and keeps every
		// response body for it (app.wasm is 13.6 MB): a page load was
		// about 12% shorter without it (six loads, 24.9 / 25.3 s with,
		// 21.9 / 23.4 s without).
		if _, err := chromedp.Call(ctx, network.Disable, cdp.Empty{}); err != nil {
			cancel()
			tb.Fatalf("opening a tab for %s: %v", base, err)
		}
	}
	return p.forTest(cancel) // cancel closes the tab (and disposes of its browser context)
}

// newProfilePage is newBrowserPage in a Chromium of its own, with a profile
// on disk: what a browser context, which is incognito, does not have (an
// installable app), or launch options of its own.
func newProfilePage(tb testing.TB, base string, extra ...chromedp.ExecAllocatorOption) *browserPage {
	tb.Helper()
	p, stop := launchBrowserPage(tb, base, extra...)
	return p.forTest(stop)
}

// idleAtOnce, run in every new document of a test page, has the calculator
// mount what the visitor has not reached at once, in idle time (app/lazy.go:
// idleAfter is 5 s).
const idleAtOnce = `window.socialroiIdleAfter = 0`

// forTest readies a new page for its test; closePage closes it when the
// test ends.
func (p *browserPage) forTest(closePage func()) *browserPage {
	tb := p.tb
	tb.Helper()
	// The calculator mounts what the visitor has not reached yet in idle
	// time, some seconds after the start (app/lazy.go): here at once, so
	// that waitReady sees the whole page mounted soon. A test of the mount
	// as reached turns it off (idleMountOff).
	p.onNewDocument(idleAtOnce)
	tb.Cleanup(func() {
		if tb.Failed() {
			for _, m := range p.consoleMessages() {
				tb.Logf("browser console: %s (%s:%d)", m, m.URL, m.Line+1)
			}
		}
		closePage()
	})
	return p
}

// sharedChromium is one Chromium that a run's pages share (sharedBrowser).
type sharedChromium struct {
	mu   sync.Mutex
	root context.Context // its first tab, about:blank, open for the run
	stop func()
}

// The run's shared Chromiums: the tests' (with testFlags) and the
// benchmarks' (a visitor's, without them).
var sharedTests, sharedBench sharedChromium

// sharedBrowser returns the first tab of the Chromium the tests share (or
// the benchmarks: forBench), starting it on first use (again if it died).
// Starting a Chromium costs more than a second of a 2-core machine; a tab
// costs much less. A test's page is on an origin of its own in the
// browser's profile, which is as fresh as a new profile for the app
// (newBrowserPage); a browser context is one (its storage, HTTP cache and
// service workers are its own, in memory, and go with it).
func sharedBrowser(tb testing.TB) context.Context {
	tb.Helper()
	shared := &sharedTests
	if forBench(tb) {
		shared = &sharedBench
	}
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.root != nil && shared.root.Err() == nil {
		return shared.root
	}
	if shared.stop != nil { // it died
		shared.stop()
	}
	root, stop, err := startBrowser(tb, "")
	if err != nil {
		tb.Fatal(err)
	}
	shared.root, shared.stop = root, stop
	return root
}

// close quits the Chromium, if it runs; the next sharedBrowser starts
// another.
func (s *sharedChromium) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stop != nil {
		s.stop()
	}
	s.root, s.stop = nil, nil
}

// The shared Chromiums stop once every test has run.
func init() {
	afterTests = append(afterTests, sharedTests.close, sharedBench.close)
}

// forBench says whether tb is a benchmark's: its browser and pages are a
// visitor's, without what only speeds the tests up (testFlags,
// openTab's Network.disable).
func forBench(tb testing.TB) bool {
	_, ok := tb.(*testing.B)
	return ok
}

// testFlags are the launch options of the tests' Chromiums (not the
// benchmarks'), which only make them use less of this machine's CPU. On
// this virtual machine, the kernel's part of a page load is large: perf
// record -a -g over page loads put 9% of all CPU in madvise from the
// renderer's compile threads (each call a TLB flush on both cores) and
// 13% in page faults. With PartitionAllocLargeEmptySlotSpanRing, the
// allocator keeps more emptied memory before giving it back: madvise fell
// to 4% of the CPU.
//
// Measured: six tabs of the shared Chromium (newBrowserPage, without the
// Network domain), each open("/") to all parts mounted, in three rounds
// alternating the two: 24.4 / 21.9 / 27.9 s in all without it, 20.8 /
// 17.6 / 21.5 s with it. (V8 compiling on one thread,
// --wasm-num-compilation-tasks=1, took another 1-2 s off; not kept: it
// changes how the page's code is compiled, not only the allocator's
// bookkeeping.)
var testFlags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("enable-features", "NetworkService,NetworkServiceInProcess,PartitionAllocLargeEmptySlotSpanRing"), // chromedp's, and the ring
}

// startBrowser starts Chromium and returns its first tab: with the
// profile in the directory profile, kept when it stops, or ("") with a
// fresh profile, removed then. stop quits the browser as a visitor would
// (Browser.close: the pages go, what they stored is written to disk) and
// waits for it to exit, once however often it is called.
func startBrowser(tb testing.TB, profile string, extra ...chromedp.ExecAllocatorOption) (context.Context, func(), error) {
	tb.Helper()
	fresh := profile == ""
	if fresh {
		dir, err := os.MkdirTemp("", "socialroi-chromium-")
		if err != nil {
			return nil, nil, err
		}
		profile = dir
	}
	exe := chromiumPath(tb)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-features", headless.DisabledFeatures), // chromedp's, and no omnibox popup renderers
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	if !forBench(tb) {
		opts = append(opts, testFlags...)
	}
	opts = append(opts, extra...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx)
	var once sync.Once
	stop := func() {
		once.Do(func() {
			quit, cancel := context.WithTimeout(ctx, 10*time.Second)
			chromedp.Cancel(quit) // the first tab's: closes the browser
			cancel()
			cancelTab()
			cancelAlloc() // waits for the browser to exit
			if fresh {
				os.RemoveAll(profile)
			}
		})
	}
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, fmt.Errorf("starting %s: %w", exe, err)
	}
	return ctx, stop, nil
}

// launchBrowserPage starts a Chromium of its own with a fresh profile for
// base (a cold start, as the load benchmarks measure); the returned func
// stops it and removes the profile.
func launchBrowserPage(tb testing.TB, base string, extra ...chromedp.ExecAllocatorOption) (*browserPage, func()) {
	tb.Helper()
	return launchBrowserPageIn(tb, base, "", extra...)
}

// launchBrowserPageIn is launchBrowserPage with the profile in the
// directory profile, kept when the browser quits ("": a fresh one).
func launchBrowserPageIn(tb testing.TB, base, profile string, extra ...chromedp.ExecAllocatorOption) (*browserPage, func()) {
	tb.Helper()
	ctx, stop, err := startBrowser(tb, profile, extra...)
	if err != nil {
		tb.Fatal(err)
	}
	p := &browserPage{tb: tb, ctx: ctx, base: base}
	if err := p.watchConsole(); err != nil {
		stop()
		tb.Fatal(err)
	}
	return p, stop
}

// watchConsole opens the page's tab if it is not open yet, and records
// what the page writes to its console from then on.
func (p *browserPage) watchConsole() error {
	messages := chromedp.Console(p.ctx)
	if err := chromedp.Do(p.ctx); err != nil {
		return err
	}
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.console = append(p.console, m)
			p.mu.Unlock()
		}
	}()
	return nil
}

// consoleMessages returns what the page wrote to its console so far.
func (p *browserPage) consoleMessages() []chromedp.ConsoleMessage {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.console)
}

// consoleErrors returns the console errors and uncaught exceptions so far.
func (p *browserPage) consoleErrors() []chromedp.ConsoleMessage {
	var errs []chromedp.ConsoleMessage
	for _, m := range p.consoleMessages() {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			errs = append(errs, m)
		}
	}
	return errs
}

// do runs actions with the standard timeout; a failure ends the test.
func (p *browserPage) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.tb.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, browserWait)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.tb.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression (promises are awaited) and decodes
// its value into T; an error ends the test.
func eval[T any](p *browserPage, expr string) T {
	p.tb.Helper()
	v, err := tryEval[T](p, expr)
	if err != nil {
		p.tb.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func tryEval[T any](p *browserPage, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(p.ctx, browserWait)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise,
		func(ep *runtime.EvaluateParams) { ep.UserGesture = new(true) }))
}

// waitJS waits until the JavaScript expression is truthy. On a timeout the
// test ends with what and, when given, the value of the diagnostic expression.
func (p *browserPage) waitJS(what, expr, diag string) {
	p.tb.Helper()
	if err := p.pollJS(expr, browserWait); err != nil {
		msg := fmt.Sprintf("waiting for %s: %v", what, err)
		if diag != "" {
			d, derr := tryEval[json.RawMessage](p, diag)
			if derr != nil {
				msg += fmt.Sprintf("; diagnosing: %v", derr)
			} else {
				msg += "; page says " + string(d)
			}
		}
		p.tb.Fatal(msg)
	}
}

// pollJS polls an expression (or an async function body's result) until
// truthy, on each animation frame and at least every 50 ms.
func (p *browserPage) pollJS(expr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		ctx, cancel := context.WithTimeout(p.ctx, time.Until(deadline)+5*time.Second)
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr,
			chromedp.WithPollingInterval(50*time.Millisecond),
			chromedp.WithPollingTimeout(time.Until(deadline))))
		cancel()
		// Right after a navigation, a poll can be sent to the document
		// that went, before chromedp has heard of the new one's context
		// (a full run: "Cannot find context with specified id" waiting for
		// data-app-ready on /compare): poll again, in the new document.
		if err != nil && staleContext(err) && time.Until(deadline) > 0 {
			continue
		}
		return err
	}
}

// staleContext reports whether err says the page's JavaScript context the
// call was sent to is gone (a new document replaced it).
func staleContext(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Cannot find context with specified id") || strings.Contains(msg, "Execution context was destroyed")
}

// open loads path with a full navigation and waits for the wasm app.
func (p *browserPage) open(path string) {
	p.tb.Helper()
	p.do("navigating to "+path, chromedp.Navigate(p.base+path))
	if strings.HasPrefix(path, "/embed") {
		// The embed starts on the reader's first key or touch (embed-start.js).
		eval[bool](p, `(document.dispatchEvent(new KeyboardEvent("keydown")), true)`)
	}
	p.waitReady()
}

// reload reloads the page and waits for the wasm app.
func (p *browserPage) reload() {
	p.tb.Helper()
	p.do("reloading", chromedp.Reload())
	p.waitReady()
}

// waitReady waits until the wasm app has mounted over the prerendered HTML:
// ready (data-app-ready), and no part held by its prerendered HTML any more
// (app/lazy.go mounts the parts not reached in idle time).
func (p *browserPage) waitReady() {
	p.tb.Helper()
	p.waitJS(`html[data-app-ready="1"] (the wasm app mounted), no part held`,
		`document.documentElement.getAttribute("data-app-ready") === "1" && !document.querySelector(".stage-hold")`,
		`({url: location.href, readyState: document.readyState, html: document.documentElement.outerHTML.slice(0, 400)})`)
}

// idleMountOff has the calculator mount a held part only when it is
// reached (app/lazy.go), from the next document on.
func (p *browserPage) idleMountOff() {
	p.tb.Helper()
	p.onNewDocument(`window.socialroiIdleAfter = -1`)
}

// waitFirstScreen waits until the app is ready (data-app-ready): its first
// screen mounted, other parts held until they are reached.
func (p *browserPage) waitFirstScreen() {
	p.tb.Helper()
	p.waitJS(`html[data-app-ready="1"]`, `document.documentElement.getAttribute("data-app-ready") === "1"`, "")
}

// jsq quotes s as a JavaScript string literal.
func jsq(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// byID is document.getElementById in JavaScript.
func byID(id string) string { return "document.getElementById(" + jsq(id) + ")" }

// exists reports whether an element matches the CSS selector.
func (p *browserPage) exists(sel string) bool {
	return eval[bool](p, "document.querySelector("+jsq(sel)+") !== null")
}

// value returns the value of the form control with this id.
func (p *browserPage) value(id string) string {
	p.tb.Helper()
	p.waitJS("#"+id, byID(id)+" !== null", "")
	return eval[string](p, byID(id)+".value")
}

// typeInto selects the text of the field and types text over it, key by
// key, as a person does: every key is an input event.
func (p *browserPage) typeInto(id, text string) {
	p.tb.Helper()
	p.waitJS("#"+id, byID(id)+" !== null", `[...document.querySelectorAll("input,select,textarea")].map(e => e.id)`)
	eval[bool](p, `(() => { const e = `+byID(id)+`; e.scrollIntoView({block: "center"}); e.focus(); e.select(); return true })()`)
	p.do("typing "+strconv.Quote(text)+" into #"+id, chromedp.SendKeys(chromedp.ID(id), text))
}

// choose picks an option of a select as a person does: the value changes,
// then input and change fire.
func (p *browserPage) choose(id, value string) {
	p.tb.Helper()
	p.waitJS("option "+value+" in #"+id,
		byID(id)+` && [...`+byID(id)+`.options].some(o => o.value === `+jsq(value)+`)`,
		`(() => { const e = `+byID(id)+`; return e ? [...e.options].map(o => o.value) : "no #`+id+`" })()`)
	eval[bool](p, `(() => { const e = `+byID(id)+`; e.focus(); e.value = `+jsq(value)+`;
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
}

// click clicks the element with the mouse, as a person does.
func (p *browserPage) click(sel string) {
	p.tb.Helper()
	p.openMenuOf(`document.querySelector(` + jsq(sel) + `)`)
	p.waitJS(sel+" visible", `(() => { const e = document.querySelector(`+jsq(sel)+`); return e !== null && e.getClientRects().length > 0 })()`, "")
	// Scrolled into view, and still where it is over two frames: a click
	// whose press and release land on a page still laying out an earlier
	// change (a copy listed, a notice shown) presses one element and
	// releases over another, which is no click at all.
	eval[bool](p, `(async () => { const e = document.querySelector(`+jsq(sel)+`); e.scrollIntoView({block: "center"});
		const frame = () => new Promise(r => requestAnimationFrame(() => r()));
		let last = "";
		for (let i = 0; i < 30; i++) { await frame(); const r = e.getBoundingClientRect(); const now = r.left + "," + r.top + "," + r.width + "," + r.height; if (now === last) break; last = now }
		return true })()`)
	p.do("clicking "+sel, chromedp.Click(chromedp.CSS(sel)))
}

// figure is one result figure on screen.
type figure struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Where string `json:"where"` // "summary", "results" or "other"
}

// figuresJS lists every data-figure element on the page.
const figuresJS = `[...document.querySelectorAll("[data-figure]")].map(e => ({
	key: e.dataset.figure,
	value: e.getAttribute("data-value"),
	where: e.closest("#summary") ? "summary" : e.closest("#results") ? "results" : "other"}))`

func (p *browserPage) figures() []figure {
	p.tb.Helper()
	return eval[[]figure](p, figuresJS)
}

// summarySel selects one figure of the results: the sticky summary's when
// it shows it (it leads with ROI on gross profit when a margin is given),
// else the results panel's.
func summarySel(key string) string {
	return `#summary [data-figure="` + key + `"], #results [data-figure="` + key + `"]`
}

// figureValue returns the data-value of the first element that matches sel,
// or "(missing)".
func (p *browserPage) figureValue(sel string) string {
	p.tb.Helper()
	return eval[string](p, `(() => { const e = document.querySelector(`+jsq(sel)+`); return e ? String(e.getAttribute("data-value")) : "(missing)" })()`)
}

// waitFigure waits until the figure matching sel shows want.
func (p *browserPage) waitFigure(sel, want string) {
	p.tb.Helper()
	expr := `(() => { const e = document.querySelector(` + jsq(sel) + `); return e !== null && e.getAttribute("data-value") === ` + jsq(want) + ` })()`
	if err := p.pollJS(expr, browserWait); err != nil {
		p.tb.Fatalf("%s data-value = %q; want %q (%v)", sel, p.figureValue(sel), want, err)
	}
}

// summaryKeys are the figures the sticky summary holds: the report's
// headline (ROI on gross profit first when a margin is given), cost and
// direct revenue.
func summaryKeys(r roi.Report) []string {
	if r.Headline.Basis == "profit" {
		return []string{"roi.profit", "roi.totalProfit", "totals.cost", "totals.directRevenue"}
	}
	return []string{"roi.direct", "roi.total", "totals.cost", "totals.directRevenue"}
}

// checkFigures compares every figure on the page with the engine's report,
// after waiting for the summary to show the report's direct ROI, and for
// the rest of the page to follow (after a key the summary is drawn a frame
// before the other results: app/typing.go). It returns the number of
// figures checked.
func (p *browserPage) checkFigures(r roi.Report) int {
	p.tb.Helper()
	p.waitFigure(summarySel("roi.direct"), r.Figure("roi.direct").String())
	want := map[string]string{}
	for _, f := range p.figures() {
		if v, ok := expectedFigure(r, f.Key); ok {
			want[f.Key] = v
		}
	}
	if b, err := json.Marshal(want); err == nil {
		// A mismatch that stays is reported below, figure by figure.
		_ = p.pollJS(`(() => { const w = `+string(b)+`; return [...document.querySelectorAll("[data-figure]")].every(e => !(e.dataset.figure in w) || w[e.dataset.figure] === e.getAttribute("data-value")) })()`, browserWait)
	}
	figs := p.figures()
	inSummary := map[string]bool{}
	checked, inResults := 0, 0
	var unknown []string
	for _, f := range figs {
		want, ok := expectedFigure(r, f.Key)
		if !ok {
			unknown = append(unknown, f.Key)
			continue
		}
		checked++
		if f.Where == "summary" {
			inSummary[f.Key] = true
		}
		if f.Where == "results" {
			inResults++
		}
		if f.Value != want {
			p.tb.Errorf("%s figure %s data-value = %q; want %q (engine)", f.Where, f.Key, f.Value, want)
		}
	}
	for _, k := range summaryKeys(r) {
		if !inSummary[k] {
			p.tb.Errorf("#summary has no [data-figure=%q]", k)
		}
	}
	if inResults == 0 {
		p.tb.Errorf("#results holds no [data-figure] element the engine knows (page has %d figures)", len(figs))
	}
	if len(unknown) > 0 {
		p.tb.Logf("figures not checked (key not found in the report): %q", unknown)
	}
	return checked
}

// expectedFigure is what the engine says a figure is: Report.Figure for the
// compare keys, else the value at that path of the JSON report ("n/a" for
// null). ok is false when the report has no such figure.
func expectedFigure(r roi.Report, key string) (string, bool) {
	if slices.Contains(roi.CompareKeys, key) {
		return r.Figure(key).String(), true
	}
	b, err := json.Marshal(r)
	if err != nil {
		return "", false
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return "", false
	}
	for _, part := range strings.Split(key, ".") {
		name, idx := part, -1
		if m := indexRE.FindStringSubmatch(part); m != nil {
			name = m[1]
			idx, _ = strconv.Atoi(m[2])
		}
		obj, ok := v.(map[string]any)
		if !ok {
			return "", false
		}
		if v, ok = obj[name]; !ok {
			return "", false
		}
		if idx >= 0 {
			arr, ok := v.([]any)
			if !ok || idx >= len(arr) {
				return "", false
			}
			v = arr[idx]
		}
	}
	switch v := v.(type) {
	case nil:
		return "n/a", true
	case string:
		return v, true
	}
	return "", false
}

var indexRE = regexp.MustCompile(`^(\w+)\[(\d+)\]$`)

// mustPreset returns a preset scenario.
func mustPreset(tb testing.TB, name string) roi.Scenario {
	tb.Helper()
	s, ok := roi.Preset(name)
	if !ok {
		tb.Fatalf("roi.Preset(%q): no such preset", name)
	}
	return s
}

// mustCalculate is roi.Calculate that ends the test on an error.
func mustCalculate(tb testing.TB, s roi.Scenario) roi.Report {
	tb.Helper()
	r, err := roi.Calculate(s)
	if err != nil {
		tb.Fatalf("roi.Calculate(%q): %v", s.Name, err)
	}
	return r
}

// savedDoc is the app's localStorage document.
type savedDoc struct {
	Format    string       `json:"format"`
	Version   int          `json:"version"`
	Current   string       `json:"current"`
	Scenarios []savedEntry `json:"scenarios"`
}

type savedEntry struct {
	ID       string                     `json:"id"`
	Scenario json.RawMessage            `json:"scenario"`
	Drafts   map[string]json.RawMessage `json:"drafts"`
}

// waitWritten waits until the app has written the edits that wait (it
// writes them in a batch 300 ms after the last: app/save.go).
func (p *browserPage) waitWritten() {
	p.tb.Helper()
	p.waitJS("the app's waiting edits written", `!document.documentElement.hasAttribute("data-saving")`, "")
}

// storageItem returns localStorage[key] and whether it is set, once the
// app has written what waits.
func (p *browserPage) storageItem(key string) (string, bool) {
	p.tb.Helper()
	p.waitWritten()
	v := eval[*string](p, `localStorage.getItem(`+jsq(key)+`)`)
	if v == nil {
		return "", false
	}
	return *v, true
}

// saved reads and decodes the app's saved data (savedDocJS).
func (p *browserPage) saved() savedDoc {
	p.tb.Helper()
	if _, ok := p.storageItem(storageKey); !ok {
		p.tb.Fatalf("localStorage[%q] is not set", storageKey)
	}
	d := eval[savedDoc](p, savedDocJS)
	if d.Format != "social-roi-app" || d.Version != 2 {
		p.tb.Errorf("localStorage[%q] format, version = %q, %d; want \"social-roi-app\", 2", storageKey, d.Format, d.Version)
	}
	return d
}

// storageDump is everything in localStorage, key by key, sorted.
func (p *browserPage) storageDump() string {
	p.tb.Helper()
	p.waitWritten()
	return eval[string](p, `Object.keys(localStorage).sort().map(k => k + "=" + localStorage.getItem(k)).join("\n")`)
}

// savedScenario returns the stored scenario with this id.
func (p *browserPage) savedScenario(d savedDoc, id string) roi.Scenario {
	p.tb.Helper()
	for _, e := range d.Scenarios {
		if e.ID == id {
			s, problems, err := roi.Parse(e.Scenario)
			if err != nil {
				p.tb.Fatalf("stored scenario %s does not parse: %v (%v)\n%s", id, err, problems, e.Scenario)
			}
			return s
		}
	}
	p.tb.Fatalf("no stored scenario with id %q (current %q, %d scenarios)", id, d.Current, len(d.Scenarios))
	return roi.Scenario{}
}

// currentScenario returns the scenario the app says is current.
func (p *browserPage) currentScenario() roi.Scenario {
	p.tb.Helper()
	d := p.saved()
	return p.savedScenario(d, d.Current)
}

// waitSaved waits until the saved data satisfies the JavaScript predicate
// over d (the saved data, savedDocJS), e.g. `d.scenarios.length === 2`.
func (p *browserPage) waitSaved(what, pred string) {
	p.tb.Helper()
	p.waitJS(what, `(() => { try { const d = `+savedDocJS+`; return !!(d && d.format && (`+pred+`)) } catch (e) { return false } })()`,
		savedDocJS)
}

// waitValue waits until the form control with this id holds text.
func (p *browserPage) waitValue(id, text string) {
	p.tb.Helper()
	expr := `(() => { const e = ` + byID(id) + `; return e !== null && e.value === ` + jsq(text) + ` })()`
	if err := p.pollJS(expr, browserWait); err != nil {
		got := eval[string](p, `(() => { const e = `+byID(id)+`; return e ? e.value : "(no #`+id+`)" })()`)
		p.tb.Fatalf("#%s value = %q; want %q (%v)", id, got, text, err)
	}
}

// selectOptions lists a select's options: value and text, and which one is
// selected.
type selectOption struct {
	Value    string `json:"value"`
	Text     string `json:"text"`
	Selected bool   `json:"selected"`
}

func (p *browserPage) options(id string) []selectOption {
	p.tb.Helper()
	return eval[[]selectOption](p, `(() => { const e = `+byID(id)+`; return e ? [...e.options].map(o => ({value: o.value, text: o.text.trim(), selected: o.selected})) : [] })()`)
}

// mustParseInput is roi.ParseInput in English.
func mustParseInput(tb testing.TB, text string) string {
	tb.Helper()
	v, err := roi.ParseInput(text, roi.LocaleFor("en"))
	if err != nil {
		tb.Fatalf("roi.ParseInput(%q): %v", text, err)
	}
	return v
}

// onNewDocument runs script in every document the tab loads from now on,
// before the page's own scripts; the returned func stops that.
func (p *browserPage) onNewDocument(script string) (remove func()) {
	p.tb.Helper()
	res, err := chromedp.Call(p.ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
	if err != nil {
		p.tb.Fatalf("adding a script to new documents: %v", err)
	}
	return func() {
		p.tb.Helper()
		if _, err := chromedp.Call(p.ctx, page.RemoveScriptToEvaluateOnNewDocument,
			page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: res.Identifier}); err != nil {
			p.tb.Fatalf("removing a script from new documents: %v", err)
		}
	}
}

// seedStorage sets localStorage[key] = value in the next document of the
// origin, before the app reads it and after the previous page (which may save
// on its way out) is gone.
func (p *browserPage) seedStorage(key, value string) (remove func()) {
	p.tb.Helper()
	p.seeds++
	flag := fmt.Sprintf("socialroi.test.seeded.%d", p.seeds)
	return p.onNewDocument(`(() => {
		if (location.origin !== ` + jsq(p.base) + ` || sessionStorage.getItem(` + jsq(flag) + `)) return;
		sessionStorage.setItem(` + jsq(flag) + `, "1");
		localStorage.setItem(` + jsq(key) + `, ` + jsq(value) + `);
	})()`)
}

// seedScenario stores sc, under id, as the only scenario of the origin
// before the page opens, as an earlier build stored it (under its single
// key: the app reads it in and migrates it): a returning visitor's data.
func (p *browserPage) seedScenario(id string, sc roi.Scenario) {
	p.tb.Helper()
	doc, err := json.Marshal(map[string]any{
		"format": "social-roi-app", "version": 1, "current": id,
		"scenarios": []any{map[string]any{"id": id, "scenario": sc}},
	})
	if err != nil {
		p.tb.Fatal(err)
	}
	p.seedStorage("socialroi.v1", string(doc))
}

// clickJS clicks, with the mouse, the element a JavaScript expression gives.
func (p *browserPage) clickJS(what, expr string) {
	p.tb.Helper()
	p.openMenuOf(expr)
	p.waitJS(what, `(() => { const e = `+expr+`; return !!e && e.getClientRects().length > 0 })()`, "")
	eval[bool](p, `(() => { (`+expr+`).scrollIntoView({block: "center"}); return true })()`)
	p.do("clicking "+what, chromedp.Click(chromedp.JSPath(expr)))
}

// visibleJS is a JavaScript function telling whether an element is shown.
const visibleJS = `(e => { if (!e) return false; const r = e.getBoundingClientRect(), cs = getComputedStyle(e);
	return e.getClientRects().length > 0 && r.width > 1 && r.height > 1 && cs.visibility !== "hidden" && parseFloat(cs.opacity) > 0 })`

// visible reports whether the element matching sel is shown.
func (p *browserPage) visible(sel string) bool {
	p.tb.Helper()
	return eval[bool](p, visibleJS+`(document.querySelector(`+jsq(sel)+`))`)
}

// waitVisible waits until the element matching sel is shown.
func (p *browserPage) waitVisible(sel string) {
	p.tb.Helper()
	p.waitJS(sel+" visible", visibleJS+`(document.querySelector(`+jsq(sel)+`))`,
		`(() => { const e = document.querySelector(`+jsq(sel)+`); return e ? e.outerHTML.slice(0, 300) : "no element" })()`)
}

// screensDir is where tests leave screenshots for people to look at
// (.cache/screens, not committed).
func screensDir(tb testing.TB) string {
	tb.Helper()
	out := filepath.Join("..", "..", ".cache", "screens")
	if err := os.MkdirAll(out, 0o755); err != nil {
		tb.Fatal(err)
	}
	return out
}

// viewport emulates a window w px wide (a touch phone below 600 px) and h
// high, and waits until the page has it.
func (p *browserPage) viewport(w, h int) {
	p.tb.Helper()
	opts := []chromedp.EmulateViewportOption{}
	if w < 600 {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	p.do("a "+strconv.Itoa(w)+" px viewport", chromedp.EmulateViewport(int64(w), int64(h), opts...))
	p.waitJS("the viewport", `innerWidth === `+strconv.Itoa(w), `innerWidth`)
}

// screenshot writes what the window shows to path, and returns its size.
func (p *browserPage) screenshot(path string) int {
	p.tb.Helper()
	// Headless Chromium now and then never answers a capture (CI waited 30 s
	// once, on a 2,600 px tall window); a second capture after the page has
	// drawn a frame does.
	var png []byte
	var err error
	for try := 0; try < 2; try++ {
		ctx, cancel := context.WithTimeout(p.ctx, browserWait/2)
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		cancel()
		if err == nil {
			break
		}
		p.tb.Logf("Page.captureScreenshot, try %d: %v", try+1, err)
		eval[bool](p, `new Promise(r => requestAnimationFrame(() => r(true)))`)
	}
	if err != nil {
		p.tb.Fatalf("Page.captureScreenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.tb.Fatal(err)
	}
	return len(png)
}

// sideways says what makes the page scroll sideways: the elements under
// scope (a CSS selector) past the window's right edge and the page's and
// window's widths; nothing when the page fits.
func (p *browserPage) sideways(scope string) []string {
	p.tb.Helper()
	return eval[[]string](p, `(() => { if (document.documentElement.scrollWidth <= innerWidth) return [];
		return [...document.querySelectorAll(`+jsq(scope+" *")+`)].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5).slice(0, 8)
			.map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (typeof e.className === "string" && e.className ? "." + e.className.split(" ").join(".") : "") + " right=" + Math.round(e.getBoundingClientRect().right))
			.concat(["scrollWidth " + document.documentElement.scrollWidth + " > innerWidth " + innerWidth]) })()`)
}

// openMenuOf opens the closed menu that holds the element expr finds (the
// calculator's "Scenarios and files"), by a click on its summary, as a
// person opens it before using what is in it.
func (p *browserPage) openMenuOf(expr string) {
	p.tb.Helper()
	closed := `(() => { const e = ` + expr + `; return !!e && !e.matches("details.menu > summary") && !!e.closest("details.menu:not([open])") })()`
	if err := p.pollJS(`(() => { const e = `+expr+`; return !!e })()`, browserWait); err != nil || !eval[bool](p, closed) {
		return
	}
	p.do("opening the menu", chromedp.Click(chromedp.JSPath(`(`+expr+`).closest("details.menu").querySelector("summary")`)))
	p.waitJS("the menu open", `!`+closed, "")
	eval[bool](p, `(() => { (`+expr+`).scrollIntoView({block: "center"}); return true })()`)
}
