//go:build browser

// Browser measurements, not tests: nothing here fails on a slow number. Run
// them with `make bench-browser`.
//
// ns/op is measured from Go and includes the DevTools round trips; the
// *-ms/op metrics are measured inside the page with performance.now() and
// are what a visitor sees.

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/socialroi/socialroi/internal/testscenario"
	"github.com/socialroi/socialroi/roi"
)

// readyProbe, run in every new document, records when the app is
// interactive and the summary shows its figures, in ms since navigation.
const readyProbe = `(() => {
	const done = () => {
		const s = document.querySelector('#summary [data-figure^="roi."]');
		if (document.documentElement.getAttribute("data-app-ready") !== "1" || !s || !s.getAttribute("data-value")) return false;
		window.__socialroiReady = performance.now();
		return true;
	};
	new MutationObserver((_, o) => { if (done()) o.disconnect() })
		.observe(document, {subtree: true, childList: true, attributes: true});
})()`

// longTaskProbe, run in every new document, records every task on the
// main thread longer than 50 ms (the browser's long tasks).
const longTaskProbe = `(() => {
	window.__longTasks = [];
	new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longTasks.push({start: e.startTime, ms: e.duration}) })
		.observe({type: "longtask", buffered: true});
})()`

// startTasksJS, once the app is ready, is the start's long tasks: those
// that began before the app was ready or within a second after it.
const startTasksJS = `(() => {
	const ts = window.__longTasks.filter(t => t.start < window.__socialroiReady + 1000);
	return {longest: Math.max(0, ...ts.map(t => t.ms)), blocking: ts.reduce((n, t) => n + t.ms - 50, 0), count: ts.length};
})()`

// startTasks are the long tasks of a start.
type startTasks struct {
	Longest  float64 `json:"longest"`  // the longest task, ms
	Blocking float64 `json:"blocking"` // the sum over long tasks of their time past 50 ms (as TBT counts it)
	Count    float64 `json:"count"`
}

// waitStartTasks waits for the second after ready to pass, so that the
// start's last long tasks are observed, and returns them.
func (p *browserPage) waitStartTasks() startTasks {
	p.tb.Helper()
	p.waitJS("a second after ready", `performance.now() > window.__socialroiReady + 1000`, "")
	return eval[startTasks](p, startTasksJS)
}

// memProbe, run in every new document, keeps the Go program's linear
// memory (its "mem" export) as window.__wasmMem: its size is the most the
// Go heap and stacks have taken so far (a wasm memory never shrinks).
const memProbe = `(() => {
	const keep = r => { const i = r.instance || r; if (i.exports && i.exports.mem) window.__wasmMem = i.exports.mem; return r };
	for (const name of ["instantiateStreaming", "instantiate"]) {
		const f = WebAssembly[name];
		if (f) WebAssembly[name] = function () { return f.apply(this, arguments).then(keep) };
	}
})()`

// wasmMiB is the size of the Go program's memory now, in MiB.
func (p *browserPage) wasmMiB() float64 {
	p.tb.Helper()
	mib := eval[float64](p, `window.__wasmMem ? window.__wasmMem.buffer.byteLength / 1048576 : -1`)
	if mib < 0 {
		p.tb.Fatal("the wasm memory was not seen: memProbe must run before the page loads")
	}
	return mib
}

// readyJS is true once the probe saw the app ready.
const readyJS = `typeof window.__socialroiReady === "number"`

// loadStats are what a page load cost, measured in the page.
type loadStats struct {
	ReadyMS float64 `json:"ready"` // navigation start to interactive with figures
	Bytes   float64 `json:"bytes"` // bytes over the network (0 from a cache), the wasm worker's included (app/wasmapart.go)
}

const loadStatsJS = `({ready: window.__socialroiReady,
	bytes: [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource"),
		...performance.getEntriesByName("socialroi-wasm-fetched").map(m => m.detail || {})]
		.reduce((n, e) => n + (e.transferSize > 0 ? e.transferSize : 0), 0)})`

// waitMutation waits for a JavaScript condition, checked on every DOM
// change: precise enough to time.
func (p *browserPage) waitMutation(what, expr string) {
	p.tb.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, browserWait+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr,
		chromedp.WithPollingMutation(), chromedp.WithPollingTimeout(browserWait))); err != nil {
		p.tb.Fatalf("waiting for %s: %v", what, err)
	}
}

// median is the middle of xs (the mean of the middle two for an even count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	return (s[(len(s)-1)/2] + s[len(s)/2]) / 2
}

// BenchmarkColdLoad: a first visit with a fresh profile (no cache, no
// service worker), from navigation to an interactive app whose summary
// shows its figures. Starting the browser is not timed.
func BenchmarkColdLoad(b *testing.B) {
	srv := startBrowserServer(b, browserDist(b))
	var sum loadStats
	var tasks startTasks
	var longest []float64 // each load's longest task
	var mem float64       // the most a load's Go program took, MiB
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		p, closeBrowser := launchBrowserPage(b, srv.URL)
		p.onNewDocument(readyProbe)
		p.onNewDocument(longTaskProbe)
		p.onNewDocument(memProbe)
		b.StartTimer()
		p.do("navigating to /", chromedp.Navigate(srv.URL+"/"))
		p.waitMutation("the app ready with figures", readyJS)
		b.StopTimer()
		s := eval[loadStats](p, loadStatsJS)
		sum.ReadyMS += s.ReadyMS
		sum.Bytes += s.Bytes
		t := p.waitStartTasks()
		tasks.Longest = max(tasks.Longest, t.Longest)
		tasks.Blocking += t.Blocking
		longest = append(longest, t.Longest)
		mem = max(mem, p.wasmMiB())
		closeBrowser()
	}
	b.ReportMetric(sum.ReadyMS/float64(b.N), "ready-ms/op")
	b.ReportMetric(sum.Bytes/1024/float64(b.N), "wire-KB/op")
	b.ReportMetric(tasks.Longest, "longest-task-ms")
	b.ReportMetric(median(longest), "longest-task-p50-ms")
	b.ReportMetric(tasks.Blocking/float64(b.N), "blocking-ms/op")
	b.ReportMetric(mem, "wasm-MiB")
}

// BenchmarkWarmLoad: a repeat visit, served by the service worker's cache.
func BenchmarkWarmLoad(b *testing.B) {
	srv := startBrowserServer(b, browserDist(b))
	p := newContextPage(b, srv.URL)
	p.onNewDocument(readyProbe)
	p.onNewDocument(longTaskProbe)
	p.open("/")
	p.waitJS("an activated service worker",
		`navigator.serviceWorker.getRegistration().then(r => !!r && !!r.active && r.active.state === "activated")`, "")
	p.do("loading once more", chromedp.Reload())
	p.waitMutation("the app ready with figures", readyJS)
	var sum loadStats
	var tasks startTasks
	var longest []float64 // each load's longest task
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.do("reloading", chromedp.Reload())
		p.waitMutation("the app ready with figures", readyJS)
		b.StopTimer()
		s := eval[loadStats](p, loadStatsJS)
		sum.ReadyMS += s.ReadyMS
		sum.Bytes += s.Bytes
		t := p.waitStartTasks()
		tasks.Longest = max(tasks.Longest, t.Longest)
		tasks.Blocking += t.Blocking
		longest = append(longest, t.Longest)
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(sum.ReadyMS/float64(b.N), "ready-ms/op")
	b.ReportMetric(sum.Bytes/1024/float64(b.N), "wire-KB/op")
	b.ReportMetric(tasks.Longest, "longest-task-ms")
	b.ReportMetric(median(longest), "longest-task-p50-ms")
	b.ReportMetric(tasks.Blocking/float64(b.N), "blocking-ms/op")
}

// BenchmarkInputToResult: on every preset, one key typed into a cost field
// (a digit added or removed: 4200 <-> 42001) until the summary's direct ROI
// shows the new value, until every figure on the page ([data-figure]) is
// the engine's for the new value, and until the page's last change.
func BenchmarkInputToResult(b *testing.B) {
	srv := startBrowserServer(b, browserDist(b))
	for _, name := range roi.PresetNames {
		b.Run(name, func(b *testing.B) {
			p := newContextPage(b, srv.URL)
			p.onNewDocument(memProbe)
			p.open("/")
			sc := mustPreset(b, name)
			if name != "ecommerce" { // the first visit's preset; the others made from the menu
				p.choose("new-from", name)
				p.click("#create")
				p.waitValue("f-name", sc.Name)
			}
			line := slices.IndexFunc(sc.Costs, func(c roi.Cost) bool { return c.Amount != "" }) // not staff time
			if line < 0 {
				b.Fatalf("preset %s has no cost with an amount", name)
			}
			amount := "f-costs-" + strconv.Itoa(line) + "-amount"
			p.typeInto(amount, "4200")
			before := mustCalculate(b, withAmount(sc, line, "4200"))
			p.waitFigure(summarySel("roi.direct"), before.Figure("roi.direct").String())
			measureKeys(b, p, amount, before, mustCalculate(b, withAmount(sc, line, "42001")))
			if got := p.value(amount); got != "4200" && got != "42001" {
				b.Errorf("after the keys the field holds %q; want 4200 or 42001", got)
			}
		})
	}
}

// BenchmarkInputToResultLarge: the same on a scenario of 600 lines (the
// e-commerce preset with 200 more costs, revenue lines and actions), where
// the form and the results are largest.
func BenchmarkInputToResultLarge(b *testing.B) {
	srv := startBrowserServer(b, browserDist(b))
	p := newContextPage(b, srv.URL)
	p.onNewDocument(memProbe)
	sc := testscenario.Large()
	openLarge(b, p, sc)
	before := mustCalculate(b, sc)
	const ads = 2 // adsAmount's line
	measureKeys(b, p, adsAmount, before, mustCalculate(b, withAmount(sc, ads, mustParseInput(b, p.value(adsAmount)+"1"))))
}

// wantFigures is what every figure on the page is before and after a key
// (the reports without and with it), as JSON: [{figure: value}, {...}].
func wantFigures(b *testing.B, p *browserPage, before, after roi.Report) string {
	b.Helper()
	var want [2]map[string]string
	for i, r := range []roi.Report{before, after} {
		want[i] = map[string]string{}
		for _, f := range p.figures() {
			v, ok := expectedFigure(r, f.Key)
			if !ok {
				b.Fatalf("figure %s is not in the report", f.Key)
			}
			want[i][f.Key] = v
		}
	}
	data, err := json.Marshal(want)
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// measureKeys types b.N keys into a field (a digit added, then removed) and
// reports, from the page's own clock, the time from keydown to the summary's
// new direct ROI (mean, p50 and p95), to every figure on the page being the
// engine's (before and after are the reports without and with the digit;
// figs-p50, figs-p95) and to the page's last change (all-p50, all-p95).
func measureKeys(b *testing.B, p *browserPage, field string, before, after roi.Report) {
	wantJSON := wantFigures(b, p, before, after)
	// In the page: when the key went down, when the figure changed, and
	// when every figure first was the engine's.
	eval[bool](p, `(() => {
		window.__want = `+wantJSON+`;
		window.__figs = null;
		new MutationObserver(() => {
			if (window.__figs !== null) return;
			const w = window.__want[window.__state];
			for (const e of document.querySelectorAll("[data-figure]")) if (w[e.dataset.figure] !== e.getAttribute("data-value")) return;
			window.__figs = performance.now();
		}).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
		const f = document.getElementById("`+field+`");
		f.focus(); f.setSelectionRange(f.value.length, f.value.length);
		document.addEventListener("keydown", () => { window.__kd = performance.now() }, true);
		new MutationObserver(() => {
			const e = document.querySelector('#summary [data-figure^="roi."]');
			if (window.__done === null && e && e.getAttribute("data-value") !== window.__prev) window.__done = performance.now();
		}).observe(document.getElementById("summary"), {subtree: true, childList: true, attributes: true, characterData: true});
		new MutationObserver(() => { window.__last = performance.now() })
			.observe(document.getElementById("main"), {subtree: true, childList: true, attributes: true, characterData: true});
		return true })()`)
	arm := `(() => { window.__prev = document.querySelector('#summary [data-figure^="roi."]').getAttribute("data-value"); window.__done = null; window.__figs = null; window.__last = 0; window.__state = %d; return true })()`
	changed := `window.__done !== null`
	// The page is done with a key when nothing changed in it for 150 ms
	// (the save 300 ms after the key changes nothing on the page).
	settled := `window.__last > 0 && performance.now() - window.__last > 150`
	var inPage float64
	times := make([]float64, 0, b.N)
	figs := make([]float64, 0, b.N)
	all := make([]float64, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		key, state := "1", 1 // the digit typed: the after figures
		if i%2 == 1 {
			key, state = kb.Backspace, 0
		}
		eval[bool](p, fmt.Sprintf(arm, state))
		b.StartTimer()
		p.do("typing a key", chromedp.KeyEvent(key))
		p.waitMutation("roi.direct to change", changed)
		b.StopTimer()
		ms := eval[float64](p, `window.__done - window.__kd`)
		inPage += ms
		times = append(times, ms)
		p.waitJS("the page settled after the key", settled, "")
		if !eval[bool](p, `window.__figs !== null`) {
			b.Fatalf("key %d: the figures on the page never all were the engine's: %s", i, eval[string](p, `JSON.stringify([...document.querySelectorAll("[data-figure]")].filter(e => window.__want[window.__state][e.dataset.figure] !== e.getAttribute("data-value")).map(e => e.dataset.figure + "=" + e.getAttribute("data-value")))`))
		}
		figs = append(figs, eval[float64](p, `window.__figs - window.__kd`))
		all = append(all, eval[float64](p, `window.__last - window.__kd`))
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(inPage/float64(b.N), "inpage-ms/op")
	slices.Sort(times)
	b.ReportMetric(times[len(times)/2], "p50-ms")
	b.ReportMetric(times[(len(times)*95-1)/100], "p95-ms")
	// Every figure on the page the engine's.
	slices.Sort(figs)
	b.ReportMetric(figs[len(figs)/2], "figs-p50-ms")
	b.ReportMetric(figs[(len(figs)*95-1)/100], "figs-p95-ms")
	// The key to the page's last change.
	slices.Sort(all)
	b.ReportMetric(all[len(all)/2], "all-p50-ms")
	b.ReportMetric(all[(len(all)*95-1)/100], "all-p95-ms")
	// What the Go program's memory grew to by the last key (the start's
	// included: it never shrinks).
	b.ReportMetric(p.wasmMiB(), "wasm-MiB")
}
