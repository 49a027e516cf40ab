//go:build browser

// Browser tests: the built site (dist/) served by cmd/server's handler and
// driven in headless Chromium. Run them with `make test`, or
//
//	make build && SOCIALROI_DIST=$PWD/dist go test -tags browser ./cmd/server/
//
// Every test starts its own server and its own browser with a fresh profile.

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/roi"
)

// adsAmount is the field of the e-commerce preset's ads line: costs[2],
// "Instagram ads", 4200.
const adsAmount = "f-costs-2-amount"

// removeSel selects the remove buttons of the cost lines.
const removeSel = `button[aria-label^="Remove"]`

// withAmount returns a copy of s with costs[i].amount set.
func withAmount(s roi.Scenario, i int, amount string) roi.Scenario {
	s = s.Clone()
	s.Costs[i].Amount = roi.N(amount)
	return s
}

// mustJSON is the JSON of v, for comparing scenarios.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFirstVisitShowsEcommercePreset: with empty storage the current scenario
// is the e-commerce preset, and every figure on screen is the engine's.
func TestFirstVisitShowsEcommercePreset(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	want := mustPreset(t, "ecommerce")
	if got := p.value("f-name"); got != want.Name {
		t.Errorf("#f-name = %q; want the e-commerce preset's name %q", got, want.Name)
	}
	n := p.checkFigures(mustCalculate(t, want))
	t.Logf("%d figures equal the engine's", n)
}

// TestPresetMatchesEngine: a b2b scenario made with the new-scenario control
// shows exactly the engine's figures, and is stored as the b2b preset.
func TestPresetMatchesEngine(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	b2b := mustPreset(t, "b2b")
	p.choose("new-from", "b2b")
	p.click("#create")
	p.waitValue("f-name", b2b.Name)
	n := p.checkFigures(mustCalculate(t, b2b))
	t.Logf("%d figures equal the engine's", n)

	p.waitSaved("two saved scenarios", `d.scenarios.length === 2`)
	d := p.saved()
	stored := p.savedScenario(d, d.Current)
	if got, want := mustJSON(t, stored), mustJSON(t, b2b); got != want {
		t.Errorf("stored current scenario differs from roi.Preset(\"b2b\"):\n got %s\nwant %s", got, want)
	}
	var sel *selectOption
	for _, o := range p.options("scenario") {
		if o.Selected {
			sel = &o
		}
	}
	if sel == nil || sel.Value != d.Current || sel.Text != b2b.Name {
		t.Errorf("#scenario selected option = %+v; want value %q, text %q", sel, d.Current, b2b.Name)
	}
}

// TestTypingUpdatesResult: typing into a cost updates the summary, on each
// input event, to exactly what the engine gives for the edited scenario.
func TestTypingUpdatesResult(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	base := mustPreset(t, "ecommerce")
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, base).Figure("roi.direct").String())

	// Staff lines show hours and a rate, the others an amount.
	for _, id := range []string{"f-costs-0-hours", "f-costs-0-hourlyRate", adsAmount} {
		if !p.exists("#" + id) {
			t.Errorf("no #%s", id)
		}
	}
	if p.exists("#f-costs-0-amount") {
		t.Errorf("the staff line costs[0] shows #f-costs-0-amount; want hours and hourlyRate only")
	}
	if p.exists("#f-costs-2-hours") {
		t.Errorf("the ads line costs[2] shows #f-costs-2-hours; want amount only")
	}

	for _, tc := range []struct{ typed, amount string }{
		{"5000", "5000"},
		{"1,234.56", "1234.56"},
		{"987.5", "987.5"},
	} {
		p.typeInto(adsAmount, tc.typed)
		edited := withAmount(base, 2, tc.amount)
		r := mustCalculate(t, edited)
		// Every figure of the summary, each waited for: one of them can be
		// the same a key earlier ("1,234.5" has the direct ROI of
		// "1,234.56", 87.57, and a cost 0.06 lower), so a check made once
		// the direct ROI shows could read the summary of the keys before.
		for _, k := range summaryKeys(r) {
			p.waitFigure(summarySel(k), r.Figure(k).String())
		}
		if got := p.value(adsAmount); got != tc.typed {
			t.Errorf("after typing %q the field holds %q", tc.typed, got)
		}
		// The stored scenario is the edited one, and the whole screen agrees
		// with the engine on it.
		p.waitSaved("amount "+tc.amount+" saved",
			`d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === `+jsq(tc.amount)+`)`)
		stored := p.currentScenario()
		if got, want := mustJSON(t, stored), mustJSON(t, edited); got != want {
			t.Errorf("after typing %q the stored scenario is\n %s\nwant\n %s", tc.typed, got, want)
		}
		p.checkFigures(mustCalculate(t, stored))
	}

	// A staff line: hours x rate.
	p.typeInto("f-costs-0-hours", "200")
	edited := base.Clone()
	edited.Costs[0].Hours = roi.N("200")
	p.waitFigure(summarySel("totals.cost"), mustCalculate(t, withAmount(edited, 2, "987.5")).Figure("totals.cost").String())
}

// TestCostLines: a cost line can be added, filled in and removed again.
func TestCostLines(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	base := mustPreset(t, "ecommerce")
	n := len(base.Costs)
	count := func() int { return eval[int](p, `document.querySelectorAll(`+jsq(removeSel)+`).length`) }
	p.waitJS(fmt.Sprintf("%d remove buttons", n), fmt.Sprintf(`document.querySelectorAll(%s).length >= %d`, jsq(removeSel), n),
		`document.querySelectorAll(`+jsq(removeSel)+`).length`)
	before := count()

	p.click("#add-cost")
	p.waitJS("a remove button more", fmt.Sprintf(`document.querySelectorAll(%s).length === %d`, jsq(removeSel), before+1),
		`document.querySelectorAll(`+jsq(removeSel)+`).length`)
	prefix := fmt.Sprintf("f-costs-%d-", n)
	p.waitJS("the new line's fields #"+prefix+"...", `document.querySelector('[id^=`+jsq(prefix)+`]') !== null`,
		`[...document.querySelectorAll("[id^=f-costs-]")].map(e => e.id)`)
	p.waitSaved("a cost line more saved", fmt.Sprintf(`d.scenarios.some(e => e.id === d.current && e.scenario.costs.length === %d)`, n+1))

	// Give the new line an amount when its category has one.
	amountID := prefix + "amount"
	if p.exists("#" + amountID) {
		p.typeInto(amountID, "100")
		p.waitSaved("the new line's amount saved", fmt.Sprintf(`d.scenarios.some(e => e.id === d.current && e.scenario.costs[%d].amount === "100")`, n))
		p.checkFigures(mustCalculate(t, p.currentScenario()))
	} else {
		t.Logf("the new cost line has no #%s (its category is not amount-based)", amountID)
	}

	// Remove it: the remove button nearest to its fields.
	p.clickJS("the new line's remove button", `(() => {
		for (let e = document.querySelector('[id^=`+jsq(prefix)+`]'); e; e = e.parentElement) {
			const b = e.querySelectorAll(`+jsq(removeSel)+`);
			if (b.length === 1) return b[0];
			if (b.length > 1) return null;
		}
		return null })()`)
	p.waitJS("the line removed", fmt.Sprintf(`document.querySelectorAll(%s).length === %d`, jsq(removeSel), before),
		`document.querySelectorAll(`+jsq(removeSel)+`).length`)
	p.waitSaved("the removal saved", fmt.Sprintf(`d.scenarios.some(e => e.id === d.current && e.scenario.costs.length === %d)`, n))
	if got, want := mustJSON(t, p.currentScenario()), mustJSON(t, base); got != want {
		t.Errorf("after adding and removing a line the stored scenario is\n %s\nwant\n %s", got, want)
	}
	p.checkFigures(mustCalculate(t, base))
}

// TestInvalidInput: invalid text shows its message next to the field, keeps
// the text (also across a reload), sets aria-invalid, and the results leave
// the field out (they count it as empty) while the summary says "1 field is
// not counted".
func TestInvalidInput(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	base := mustPreset(t, "ecommerce")
	errSel := "#" + adsAmount + "-err"
	check := func(when, typed string, valid roi.Scenario) {
		t.Helper()
		// The app has handled the last key once the draft holds all of it.
		p.waitSaved(when+": the draft "+typed+" saved", `d.scenarios.some(e => e.id === d.current && e.drafts &&
			Object.values(e.drafts).some(x => x.text === `+jsq(typed)+`))`)
		p.waitJS(when+`: aria-invalid="true" on #`+adsAmount,
			byID(adsAmount)+`.getAttribute("aria-invalid") === "true"`,
			`({ariaInvalid: `+byID(adsAmount)+`.getAttribute("aria-invalid"), value: `+byID(adsAmount)+`.value})`)
		p.waitVisible(errSel)
		msg := eval[string](p, `document.querySelector(`+jsq(errSel)+`).textContent.trim()`)
		if msg == "" {
			t.Errorf("%s: %s is empty", when, errSel)
		}
		if got := p.value(adsAmount); got != typed {
			t.Errorf("%s: the field holds %q; want the text as typed, %q", when, got, typed)
		}
		r := mustCalculate(t, valid)
		for _, k := range summaryKeys(r) {
			if got, want := p.figureValue(summarySel(k)), r.Figure(k).String(); got != want {
				t.Errorf("%s: summary %s = %q; want %q (without the field)", when, k, got, want)
			}
		}
		p.waitText("#uncounted .uncounted-out", "1 field is not counted")
		t.Logf("%s: %s says %q", when, errSel, msg)
	}
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, base).Figure("roi.direct").String())
	// "-5" is invalid (negative): the results count no ads amount there.
	p.typeInto(adsAmount, "-5")
	check(`after typing "-5"`, "-5", withAmount(base, 2, ""))
	// "12abc" is no number: not counted either, also after a reload.
	p.typeInto(adsAmount, "12abc")
	check(`after typing "12abc"`, "12abc", withAmount(base, 2, ""))
	p.reload()
	check(`after typing "12abc" and a reload`, "12abc", withAmount(base, 2, ""))

	// Typing a valid number clears the error.
	p.typeInto(adsAmount, "4300")
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, withAmount(base, 2, "4300")).Figure("roi.direct").String())
	if got := eval[string](p, `String(`+byID(adsAmount)+`.getAttribute("aria-invalid"))`); got == "true" {
		t.Errorf("after typing a valid number aria-invalid is still %q", got)
	}
	if p.visible(errSel) && eval[string](p, `document.querySelector(`+jsq(errSel)+`).textContent.trim()`) != "" {
		t.Errorf("after typing a valid number %s still shows %q", errSel,
			eval[string](p, `document.querySelector(`+jsq(errSel)+`).textContent.trim()`))
	}
}

// TestReloadKeepsData: what was typed is there after a reload.
func TestReloadKeepsData(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	edited := withAmount(mustPreset(t, "ecommerce"), 2, "5000")
	edited.Name = "Reload test"
	p.typeInto(adsAmount, "5000")
	p.typeInto("f-name", "Reload test")
	want := mustCalculate(t, edited).Figure("roi.direct").String()
	p.waitFigure(summarySel("roi.direct"), want)
	p.waitSaved("the edit saved", `d.scenarios.some(e => e.id === d.current && e.scenario.name === "Reload test" && e.scenario.costs[2].amount === "5000")`)

	p.reload()
	if got := p.value(adsAmount); mustParseInput(t, got) != "5000" {
		t.Errorf("after reload #%s = %q; want 5000", adsAmount, got)
	}
	if got := p.value("f-name"); got != "Reload test" {
		t.Errorf("after reload #f-name = %q; want %q", got, "Reload test")
	}
	p.checkFigures(mustCalculate(t, edited))
}

// TestCorruptStorage: unreadable saved data is kept as a backup, a notice
// says where, and the app works.
func TestCorruptStorage(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)

	const bad1, bad2 = "{not json", `{"id":7,"scenario":[1]}`
	unseed := p.seedStorage(storageKey, bad1)
	p.open("/")
	unseed()
	p.waitVisible("#storage-notice")
	notice := eval[string](p, `document.getElementById("storage-notice").textContent.trim()`)
	t.Logf("#storage-notice says %q", notice)
	if got, ok := p.storageItem(backupPrefix + "1"); !ok || got != bad1 {
		t.Errorf("localStorage[%q] = %q, %v; want the original %q", backupPrefix+"1", got, ok, bad1)
	}
	if !strings.Contains(notice, backupPrefix+"1") || !strings.Contains(notice, storageKey) {
		t.Errorf("the notice does not name the key and its backup: %q", notice)
	}
	if got, ok := p.storageItem(storageKey); ok && got == bad1 {
		t.Errorf("localStorage[%q] still holds the corrupt text; want it moved to the backup", storageKey)
	}
	// The app computes: the current scenario's figures, and typing works.
	base := mustPreset(t, "ecommerce")
	p.checkFigures(mustCalculate(t, base))
	p.typeInto(adsAmount, "5000")
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, withAmount(base, 2, "5000")).Figure("roi.direct").String())
	p.waitSaved("the edit saved over the corrupt data", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "5000")`)

	// A corrupt scenario key: the first backup stays, the new one is ".2".
	unseed = p.seedStorage(scenarioKey+"zz", bad2)
	p.reload()
	unseed()
	p.waitVisible("#storage-notice")
	if got, _ := p.storageItem(backupPrefix + "1"); got != bad1 {
		t.Errorf("after a second corruption localStorage[%q] = %q; want the first backup %q", backupPrefix+"1", got, bad1)
	}
	if got, ok := p.storageItem(backupPrefix + "2"); !ok || got != bad2 {
		t.Errorf("localStorage[%q] = %q, %v; want %q", backupPrefix+"2", got, ok, bad2)
	}
	p.checkFigures(mustCalculate(t, withAmount(base, 2, "5000")))
}

// TestStorageProblems: where localStorage throws, or is full, a notice says
// so and the calculator still works.
func TestStorageProblems(t *testing.T) {
	dist := browserDist(t)
	t.Run("unavailable", func(t *testing.T) {
		srv := startBrowserServer(t, dist)
		p := newBrowserPage(t, srv.URL)
		p.onNewDocument(`Object.defineProperty(window, "localStorage", {configurable: true,
			get() { throw new DOMException("The operation is insecure.", "SecurityError") }})`)
		p.open("/")
		p.waitVisible("#storage-notice")
		base := mustPreset(t, "ecommerce")
		p.checkFigures(mustCalculate(t, base))
		p.typeInto(adsAmount, "5000")
		p.waitFigure(summarySel("roi.direct"), mustCalculate(t, withAmount(base, 2, "5000")).Figure("roi.direct").String())
	})
	t.Run("full", func(t *testing.T) {
		srv := startBrowserServer(t, dist)
		p := newBrowserPage(t, srv.URL)
		p.onNewDocument(`Storage.prototype.setItem = function () {
			throw new DOMException("Setting the value exceeded the quota.", "QuotaExceededError") }`)
		p.open("/")
		base := mustPreset(t, "ecommerce")
		p.typeInto(adsAmount, "5000")
		p.waitFigure(summarySel("roi.direct"), mustCalculate(t, withAmount(base, 2, "5000")).Figure("roi.direct").String())
		p.waitVisible("#storage-notice")
	})
}

// TestOffline: after the first visit every route works with the server gone.
// On a first visit the service worker registers once the app is ready, not
// while the page fetches and compiles the wasm (cmd/site deferWorker), on
// the calculator and on the embed (which starts on the reader's first key).
// Its install then finds the wasm in the browser's HTTP cache: the server
// sends app.wasm once, and answers the worker's fetch with a 304 (as it did
// when the worker registered at the start, on this loopback). It installs
// as before; TestOffline shows the page it caches works offline.
func TestWorkerRegistersOnceReady(t *testing.T) {
	var mu sync.Mutex
	var wasm []int // the status of each response for app.wasm
	srv := startBrowserServerWith(t, browserDist(t), func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !strings.HasSuffix(r.URL.Path, "/app.wasm") {
				h.ServeHTTP(w, r)
				return
			}
			lw := &logWriter{ResponseWriter: w} // the access log's recorder
			h.ServeHTTP(lw, r)
			mu.Lock()
			wasm = append(wasm, lw.status)
			mu.Unlock()
		})
	})
	for _, route := range []string{"/", "/embed"} {
		t.Run(route, func(t *testing.T) {
			mu.Lock()
			wasm = nil
			mu.Unlock()
			p := newBrowserPage(t, srv.URL)
			p.onNewDocument(`(() => {
				const sw = navigator.serviceWorker, register = sw.register.bind(sw);
				window.__registered = [];
				sw.register = (...args) => {
					window.__registered.push({ready: document.documentElement.hasAttribute("data-app-ready")});
					return register(...args);
				};
			})()`)
			p.open(route)
			p.waitJS("an activated service worker",
				`navigator.serviceWorker.getRegistration().then(r => !!r && !!r.active && r.active.state === "activated")`,
				`navigator.serviceWorker.getRegistration().then(r => r ? {installing: !!r.installing, waiting: !!r.waiting, active: r.active && r.active.state} : "no registration")`)
			if got := eval[string](p, `JSON.stringify(window.__registered)`); got != `[{"ready":true}]` {
				t.Errorf("service worker registrations %s; want one, once the app was ready", got)
			}
			mu.Lock()
			got := slices.Clone(wasm)
			mu.Unlock()
			// One 200, then 304s only (the worker's). On the embed the
			// start's prefetch (embed-start.js) may be the 200, and the
			// fetches after it may be served from the prefetch's cache
			// without asking the server at all.
			if len(got) < 1 || got[0] != http.StatusOK || slices.ContainsFunc(got[1:], func(s int) bool { return s != http.StatusNotModified }) {
				t.Errorf("responses for app.wasm %v; want one 200, then 304s only", got)
			}
		})
	}
}

// The wasm is fetched and compiled in a worker, off the page's main thread
// (app/wasmapart.go): the page itself never asks for app.wasm, the loader
// shows the worker's progress, and the app starts. Where no worker can do
// it (none in the browser, or its script fails), the page fetches and
// compiles the wasm itself, as go-app does, and the app starts all the same.
func TestWasmCompiledInWorker(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	tests := []struct {
		name, script string
		worker       bool // the worker compiled the wasm
	}{
		{"worker", "", true},
		{"no worker", `window.Worker = undefined;`, false},
		{"worker fails", `window.Worker = class extends Worker { constructor(url) { super(url + ".missing"); } };`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			p.onNewDocument(tt.script + `
				window.__progress = [];
				document.addEventListener("DOMContentLoaded", () => {
					const l = document.getElementById("app-wasm-loader-label");
					if (l) new MutationObserver(() => {
						const m = /(\d+)/.exec(l.textContent);
						if (m) window.__progress.push(+m[1]);
					}).observe(l, {childList: true, characterData: true, subtree: true});
				});`)
			p.open("/")
			asked := eval[string](p, `JSON.stringify(performance.getEntriesByType("resource").filter(e => new URL(e.name).pathname === "/web/app.wasm").map(e => e.initiatorType))`)
			marks := eval[string](p, `JSON.stringify(performance.getEntriesByName("socialroi-wasm-fetched").map(m => m.detail.transferSize > 0))`)
			if tt.worker {
				if asked != "[]" || marks != "[true]" {
					t.Errorf("the page asked for app.wasm by %s, the worker's fetch marked %s; want by none, and one mark with its size", asked, marks)
				}
				if got := eval[[]int](p, `window.__progress`); !slices.Contains(got, 100) || slices.ContainsFunc(got, func(n int) bool { return n > 100 }) {
					t.Errorf("the loader showed %v %%; want the worker's progress, up to 100", got)
				}
				return
			}
			if asked != `["fetch"]` || marks != "[]" {
				t.Errorf("the page asked for app.wasm by %s, the worker marked %s; want the page's own fetch, and no worker", asked, marks)
			}
		})
	}
}

func TestOffline(t *testing.T) {
	dist := browserDist(t)
	want := cachedResources(t, dist)
	srv := startBrowserServer(t, dist)
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	// Two scenarios, so that the compare page has a table to show.
	p.click("#duplicate")
	p.waitSaved("two saved scenarios", `d.scenarios.length === 2`)
	p.typeInto(adsAmount, "5000")
	edited := withAmount(mustPreset(t, "ecommerce"), 2, "5000")
	edited.Name += " (copy)"
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, edited).Figure("roi.direct").String())

	// Wait for the service worker and for its cache to hold every resource.
	p.waitJS("an activated service worker",
		`navigator.serviceWorker.getRegistration().then(r => !!r && !!r.active && r.active.state === "activated")`,
		`navigator.serviceWorker.getRegistration().then(r => r ? {installing: !!r.installing, waiting: !!r.waiting, active: r.active && r.active.state} : "no registration")`)
	cached := `(async () => {
		const want = ` + mustJSON(t, want) + `;
		for (const k of await caches.keys()) {
			const c = await caches.open(k);
			const have = new Set((await c.keys()).map(r => { const u = new URL(r.url); return u.pathname + u.search }));
			if (want.every(w => have.has(new URL(w, location.href).pathname + new URL(w, location.href).search))) return true;
		}
		return false })()`
	p.waitJS(fmt.Sprintf("the service worker's cache to hold %d resources", len(want)), cached,
		`(async () => { const out = {}; for (const k of await caches.keys()) { out[k] = (await (await caches.open(k)).keys()).map(r => r.url) } return out })()`)

	srv.Close()
	// The server is really gone: a fetch that bypasses the cache fails.
	if ok := eval[bool](p, `fetch("/?offline-check", {cache: "no-store"}).then(() => true, () => false)`); ok {
		t.Fatalf("a fetch reached the server after Close")
	}

	p.reload()
	p.checkFigures(mustCalculate(t, edited))
	if got := p.value(adsAmount); mustParseInput(t, got) != "5000" {
		t.Errorf("offline reload: #%s = %q; want 5000", adsAmount, got)
	}
	for _, route := range []string{"/compare", "/guide", "/"} {
		p.open(route)
		switch route {
		case "/compare":
			p.waitVisible("#compare-table")
		case "/":
			p.checkFigures(mustCalculate(t, edited))
		}
	}
	// The nav links work offline too.
	for _, route := range []string{"/guide", "/compare", "/"} {
		p.clickJS("nav link to "+route, `[...document.querySelectorAll("header nav a")].find(a => new URL(a.href).pathname === `+jsq(route)+`)`)
		p.waitJS("location "+route, `location.pathname === `+jsq(route), `location.href`)
		p.waitReady()
	}
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, edited).Figure("roi.direct").String())
}

// cachedResources is the service worker's pre-cache list from dist/app-worker.js.
func cachedResources(t *testing.T, dist string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	if err != nil {
		t.Fatalf("reading the service worker: %v", err)
	}
	m := regexp.MustCompile(`resourcesToCache\s*=\s*(\[[^\]]*\])`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("dist/app-worker.js has no resourcesToCache = [...] list")
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatalf("dist/app-worker.js resourcesToCache: %v", err)
	}
	for _, r := range []string{"/", "/compare", "/guide"} {
		found := false
		for _, l := range list {
			found = found || l == r
		}
		if !found {
			t.Errorf("the service worker does not pre-cache %s (it caches %q)", r, list)
		}
	}
	return list
}

// TestScenarios: create, duplicate, delete, undo and switch scenarios.
func TestScenarios(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	ecommerce, saas := mustPreset(t, "ecommerce"), mustPreset(t, "saas")
	names := func() []string {
		var n []string
		for _, o := range p.options("scenario") {
			n = append(n, o.Text)
		}
		return n
	}
	selected := func() selectOption {
		for _, o := range p.options("scenario") {
			if o.Selected {
				return o
			}
		}
		return selectOption{}
	}
	waitOptions := func(what string, n int) {
		t.Helper()
		p.waitJS(what, fmt.Sprintf(`document.getElementById("scenario").options.length === %d`, n),
			`[...document.getElementById("scenario").options].map(o => o.text)`)
	}
	if got := names(); len(got) != 1 || got[0] != ecommerce.Name {
		t.Errorf("first visit: #scenario options = %q; want [%q]", got, ecommerce.Name)
	}

	// Create from the SaaS preset.
	p.choose("new-from", "saas")
	p.click("#create")
	waitOptions("a second scenario", 2)
	p.waitValue("f-name", saas.Name)
	if got := selected(); got.Text != saas.Name {
		t.Errorf("after create the selected scenario is %q; want %q", got.Text, saas.Name)
	}
	p.checkFigures(mustCalculate(t, saas))

	// Duplicate it.
	p.click("#duplicate")
	waitOptions("a third scenario", 3)
	copyName := saas.Name + " (copy)"
	p.waitValue("f-name", copyName)
	if got := selected(); got.Text != copyName {
		t.Errorf("after duplicate the selected scenario is %q; want %q", got.Text, copyName)
	}
	p.checkFigures(mustCalculate(t, saas))
	p.waitSaved("three saved scenarios", `d.scenarios.length === 3`)
	d := p.saved()
	dup := p.savedScenario(d, d.Current)
	wantDup := saas.Clone()
	wantDup.Name = copyName
	if got, want := mustJSON(t, dup), mustJSON(t, wantDup); got != want {
		t.Errorf("the stored copy is\n %s\nwant\n %s", got, want)
	}
	copyID := d.Current

	// Delete the copy, then undo.
	p.click("#delete")
	waitOptions("the copy deleted", 2)
	if got := names(); slices.Contains(got, copyName) {
		t.Errorf("after deleting the current scenario %q, #scenario options = %q; want it gone", copyName, got)
	}
	p.waitSaved("two saved scenarios after delete", `d.scenarios.length === 2`)
	p.waitVisible("#undo")
	p.click("#undo")
	waitOptions("the copy restored", 3)
	p.waitSaved("three saved scenarios after undo", `d.scenarios.length === 3 && d.scenarios.some(e => e.id === `+jsq(copyID)+`)`)
	if got := names(); !strings.Contains(strings.Join(got, "\n"), copyName) {
		t.Errorf("after undo #scenario options = %q; want %q among them", got, copyName)
	}
	d = p.saved()
	if got, want := mustJSON(t, p.savedScenario(d, copyID)), mustJSON(t, wantDup); got != want {
		t.Errorf("the restored copy is\n %s\nwant\n %s", got, want)
	}

	// Switch back to the first scenario.
	var ecommerceID string
	for _, o := range p.options("scenario") {
		if o.Text == ecommerce.Name {
			ecommerceID = o.Value
		}
	}
	if ecommerceID == "" {
		t.Fatalf("#scenario has no option %q", ecommerce.Name)
	}
	p.choose("scenario", ecommerceID)
	p.waitValue("f-name", ecommerce.Name)
	p.checkFigures(mustCalculate(t, ecommerce))
	p.waitSaved("the switch saved", `d.current === `+jsq(ecommerceID))
}

// TestCompare: the compare table shows roi.Compare of the two scenarios.
func TestCompare(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	// A copy of the e-commerce preset with more ad spend, and a b2b scenario.
	p.click("#duplicate")
	p.waitValue("f-name", mustPreset(t, "ecommerce").Name+" (copy)")
	p.typeInto(adsAmount, "5000")
	p.waitSaved("the copy's edit saved", `d.scenarios.length === 2 && d.scenarios.some(e => e.scenario.costs[2].amount === "5000")`)
	p.choose("new-from", "b2b")
	p.click("#create")
	p.waitSaved("three saved scenarios", `d.scenarios.length === 3`)
	d := p.saved()
	if len(d.Scenarios) != 3 {
		t.Fatalf("%d saved scenarios; want 3", len(d.Scenarios))
	}
	ids := make([]string, 3)
	scens := make([]roi.Scenario, 3)
	for i, e := range d.Scenarios {
		ids[i], scens[i] = e.ID, p.savedScenario(d, e.ID)
	}

	p.clickJS("nav link to /compare", `[...document.querySelectorAll("header nav a")].find(a => new URL(a.href).pathname === "/compare")`)
	p.waitJS("the compare page", `location.pathname === "/compare" && document.getElementById("compare-a") !== null`, `location.href`)

	for _, pair := range [][2]int{{0, 1}, {0, 2}, {2, 1}} {
		a, b := pair[0], pair[1]
		p.choose("compare-a", ids[a])
		p.choose("compare-b", ids[b])
		cmp := roi.Compare(mustCalculate(t, scens[a]), mustCalculate(t, scens[b]))
		name := fmt.Sprintf("%q vs %q", scens[a].Name, scens[b].Name)
		// Wait for the table to show this pair, then check every row.
		last := cmp.Rows[len(cmp.Rows)-1]
		for _, row := range []roi.CompareRow{cmp.Rows[0], last} {
			p.waitFigure(`#compare-table tr[data-key="`+row.Key+`"] .a`, row.A.String())
			p.waitFigure(`#compare-table tr[data-key="`+row.Key+`"] .b`, row.B.String())
		}
		for _, row := range cmp.Rows {
			for cell, v := range map[string]roi.Value{"a": row.A, "b": row.B, "change": row.Change} {
				sel := `#compare-table tr[data-key="` + row.Key + `"] .` + cell
				if got := p.figureValue(sel); got != v.String() {
					t.Errorf("%s: %s data-value = %q; want %q", name, sel, got, v.String())
				}
			}
		}
	}
}

// TestNoSidewaysScroll: at 375 px nothing makes any route scroll sideways.
func TestNoSidewaysScroll(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.do("emulating a 375x812 phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateTouch))
	p.open("/")
	p.choose("new-from", "b2b")
	p.click("#create")
	p.waitSaved("two saved scenarios", `d.scenarios.length === 2`)

	type widths struct {
		ScrollWidth int      `json:"scrollWidth"`
		InnerWidth  int      `json:"innerWidth"`
		Over        []string `json:"over"`
	}
	for _, route := range []string{"/", "/compare", "/guide"} {
		p.goTo(route) // by the app's links, as a visitor moves
		if route == "/compare" {
			p.waitVisible("#compare-table")
		}
		w := eval[widths](p, `(() => {
			const w = window.innerWidth;
			const name = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
				(typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "");
			const over = [...document.body.querySelectorAll("*")].filter(e => {
				const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5 })
				.slice(0, 10).map(e => name(e) + " right=" + Math.round(e.getBoundingClientRect().right));
			return {scrollWidth: document.documentElement.scrollWidth, innerWidth: w, over} })()`)
		if w.InnerWidth != 375 {
			t.Errorf("%s: innerWidth = %d at a 375 px wide phone; is the viewport meta tag there?", route, w.InnerWidth)
		}
		if w.ScrollWidth > w.InnerWidth {
			t.Errorf("%s: scrollWidth = %d > innerWidth = %d: the page scrolls sideways; past the edge: %q", route, w.ScrollWidth, w.InnerWidth, w.Over)
		}
	}
}

// TestInputsLabelled: every form control has a visible, non-empty label.
func TestInputsLabelled(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.choose("new-from", "saas")
	p.click("#create")
	p.waitSaved("two saved scenarios", `d.scenarios.length === 2`)

	type control struct {
		Desc         string `json:"desc"`
		ID           string `json:"id"`
		Labels       int    `json:"labels"`
		Text         string `json:"text"`
		LabelVisible bool   `json:"labelVisible"`
		Visible      bool   `json:"visible"`
	}
	for _, route := range []string{"/", "/compare", "/guide", "/report"} {
		p.goTo(route) // by the app's links, as a visitor moves
		// A <dt> or <dd> stands in its <dl>, or in one <div> inside it
		// (screen readers read them as a list; Lighthouse's dlitem audit).
		if bad := eval[[]string](p, `[...document.querySelectorAll("dt, dd")].filter(e => {
				const up = e.parentElement;
				return !(up.tagName === "DL" || (up.tagName === "DIV" && up.parentElement && up.parentElement.tagName === "DL")) })
			.map(e => e.tagName + " in " + e.parentElement.tagName + "." + e.parentElement.className + " in " + (e.parentElement.parentElement || {}).tagName)`); len(bad) > 0 {
			t.Errorf("%s: %d description items outside a list: %q", route, len(bad), bad[:min(len(bad), 5)])
		}
		cs := eval[[]control](p, `(() => { const vis = `+visibleJS+`;
			return [...document.querySelectorAll("input, select, textarea")].filter(e => e.type !== "hidden").map(e => {
				const labels = e.id ? [...document.querySelectorAll('label[for="' + CSS.escape(e.id) + '"]')] : [];
				const l = labels.find(l => l.textContent.trim() !== "");
				return {desc: e.outerHTML.slice(0, 120), id: e.id, labels: labels.length, text: l ? l.textContent.trim() : "",
					labelVisible: vis(l), visible: vis(e)} }) })()`)
		ids := map[string]int{}
		hidden := 0
		for _, c := range cs {
			ids[c.ID]++
			switch {
			case c.ID == "":
				t.Errorf("%s: a control has no id: %s", route, c.Desc)
			case c.Labels == 0:
				t.Errorf("%s: #%s has no label[for=%s]", route, c.ID, c.ID)
			case c.Text == "":
				t.Errorf("%s: #%s's label is empty", route, c.ID)
			case c.Visible && !c.LabelVisible:
				t.Errorf("%s: #%s's label %q is not visible", route, c.ID, c.Text)
			case !c.Visible:
				hidden++
			}
		}
		for id, n := range ids {
			if id != "" && n > 1 {
				t.Errorf("%s: %d controls share the id %q", route, n, id)
			}
		}
		t.Logf("%s: %d controls checked (%d not shown now, their labels exist)", route, len(cs), hidden)
	}
}

// TestInstallable: Chromium finds the app installable (manifest, icons,
// service worker), in a profile of its own: Chromium never offers to
// install from a browser context, which is incognito.
func TestInstallable(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newProfilePage(t, srv.URL)
	p.open("/")
	p.waitJS("an activated service worker",
		`navigator.serviceWorker.getRegistration().then(r => !!r && !!r.active && r.active.state === "activated")`, "")

	// The manifest has loaded once this returns.
	m, err := chromedp.Call(p.ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatalf("Page.getAppManifest: %v", err)
	}
	if m.URL == "" {
		t.Fatalf("the page links no manifest")
	}
	for _, e := range m.Errors {
		t.Errorf("manifest %s:%d:%d: %s (critical %d)", m.URL, e.Line, e.Column, e.Message, e.Critical)
	}
	res, err := chromedp.Call(p.ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatalf("Page.getInstallabilityErrors: %v", err)
	}
	for _, e := range res.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("installability error %s %v", e.ErrorID, args)
	}
}

// TestNoConsoleErrors: a normal session writes no error to the console and
// throws no uncaught exception.
func TestNoConsoleErrors(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	p.typeInto(adsAmount, "5000")
	p.typeInto("f-costs-0-hours", "12x") // a typo is normal use too
	p.typeInto("f-costs-0-hours", "170")
	// The new line takes the focus once drawn (and scrolls into view):
	// a person goes on from there, not in the same few milliseconds.
	lines := eval[int](p, `document.querySelectorAll('[data-line^="costs["]').length`)
	p.click("#add-cost")
	p.waitJS("the new cost line focused", fmt.Sprintf(`!!document.activeElement.closest('[data-line="costs[%d]"]')`, lines), `document.activeElement.id`)
	p.choose("new-from", "local")
	p.click("#create")
	p.waitValue("f-name", mustPreset(t, "local").Name)
	p.click("#duplicate")
	p.waitJS("the copy listed", `document.getElementById("scenario").options.length === 3`, `document.getElementById("scenario").options.length`)
	p.click("#delete")
	p.click("#undo")
	for _, route := range []string{"/compare", "/guide", "/"} {
		p.clickJS("nav link to "+route, `[...document.querySelectorAll("header nav a")].find(a => new URL(a.href).pathname === `+jsq(route)+`)`)
		p.waitJS("location "+route, `location.pathname === `+jsq(route), `location.href`)
	}
	p.reload()
	p.waitSaved("three scenarios", `d.scenarios.length === 3`)

	for _, m := range p.consoleErrors() {
		where := m.URL
		if m.Line > 0 {
			where = fmt.Sprintf("%s:%d", m.URL, m.Line+1)
		}
		t.Errorf("console %s (%s)", m, where)
	}
}
