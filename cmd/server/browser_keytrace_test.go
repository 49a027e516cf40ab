//go:build browser

// What a typed key's way to every figure is made of: a Chrome performance
// trace of keys typed into a preset's cost field, broken down per key. A
// measurement, not a test; run it with
//
//	SOCIALROI_DIST=$PWD/dist CHROMIUM=/usr/bin/chromium go test -count=1 \
//	  -tags browser -run '^$' -bench KeyTrace -benchtime 40x ./cmd/server/
//
// It prints, for the slowest and the fastest keys, every task of the page's
// main thread from the key down to every figure being the engine's: when it
// started, how long it ran, what ran in it (script, style, layout, paint,
// V8's GC, the browser's autofill) and what the sampled stacks were doing
// (Go's garbage collector, go-app, our renders: by name where the wasm has
// its names, as `make bench-trace` builds it); then the same summed over
// the slowest and the fastest quarter of the keys, and how many of the
// tasks with Go's collector in them a key waited for. The trace is written
// to .cache/traces/keys.json (open it in DevTools' Performance panel).

package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/socialroi/socialroi/roi"
)

// keyTraceEvents are what a key's task line sums, by what they are.
var keyTraceEvents = map[string]string{
	"FunctionCall": "script", "TimerFire": "timer", "EventDispatch": "event",
	"UpdateLayoutTree": "style", "Layout": "layout", "Paint": "paint",
	"PrePaint": "prepaint", "Layerize": "layerize", "Commit": "commit",
	"MinorGC": "v8-gc", "MajorGC": "v8-gc", "V8.GC_SCAVENGER": "v8-gc",
	"HitTest": "hittest", "IntersectionObserverController::computeIntersections": "intersections",
	"ParseHTML": "parse", "autofill": "autofill",
}

func BenchmarkKeyTrace(b *testing.B) {
	srv := startBrowserServer(b, browserDist(b))
	p := newContextPage(b, srv.URL)
	p.open("/")
	sc := mustPreset(b, "ecommerce")
	line := slices.IndexFunc(sc.Costs, func(c roi.Cost) bool { return c.Amount != "" })
	field := "f-costs-" + strconv.Itoa(line) + "-amount"
	p.typeInto(field, "4200")
	before := mustCalculate(b, withAmount(sc, line, "4200"))
	after := mustCalculate(b, withAmount(sc, line, "42001"))
	p.waitFigure(summarySel("roi.direct"), before.Figure("roi.direct").String())
	wantJSON := wantFigures(b, p, before, after)
	eval[bool](p, `(() => {
		window.__want = `+wantJSON+`;
		window.__figs = null; window.__last = 0; window.__state = 0;
		new MutationObserver(() => {
			window.__last = performance.now();
			if (window.__figs !== null) return;
			const w = window.__want[window.__state];
			for (const e of document.querySelectorAll("[data-figure]")) if (w[e.dataset.figure] !== e.getAttribute("data-value")) return;
			window.__figs = performance.now();
			performance.mark("figs");
		}).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
		const f = document.getElementById("`+field+`");
		f.focus(); f.setSelectionRange(f.value.length, f.value.length);
		document.addEventListener("keydown", () => { performance.mark("kd") }, true);
		return true })()`)

	stop := startTracing(b, p, []string{
		"-*", "devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel",
		"v8", "v8.execute", "blink.user_timing", "disabled-by-default-v8.gc",
		"disabled-by-default-v8.cpu_profiler",
		// The scheduler's task types: which task is the browser's autofill.
		"scheduler", "disabled-by-default-renderer.scheduler", "disabled-by-default-toplevel.flow",
		"disabled-by-default-scheduler", "ipc", "mojom",
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		key, state := "1", 1
		if i%2 == 1 {
			key, state = kb.Backspace, 0
		}
		eval[bool](p, fmt.Sprintf(`(() => { window.__figs = null; window.__last = 0; window.__state = %d; return true })()`, state))
		p.do("typing a key", chromedp.KeyEvent(key))
		p.waitJS("the page settled after the key", `window.__figs !== null && performance.now() - window.__last > 150`, "")
	}
	b.StopTimer()
	raw := stop()
	dir := filepath.Join("..", "..", ".cache", "traces")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	all, err := json.Marshal(map[string]any{"traceEvents": raw})
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "keys.json"), all, 0o644); err != nil {
		b.Fatal(err)
	}
	fmt.Print(keyBreakDown(b, raw))
}

// keyKinds are what a key's stacks are doing.
var keyKinds = stackKinds{
	{"(program)", "(program)"}, {"(idle)", "(idle)"}, {"v8-gc", "(garbage collector)"},
	{"go-gc", "runtime.gcBgMarkWorker"}, {"go-gc", "runtime.gcAssistAlloc"}, {"go-gc", "runtime.gcStart"},
	{"go-gc", "runtime.bgsweep"}, {"go-gc", "runtime.gcDrain"},
	{"calculate", "roi.Calculate"}, {"save", "store.__Store_"}, {"render", ".Render"},
	{"go-app-update", "go_app_v10_pkg_app.__nodeManager_.Update"}, {"go-app", "go_app_v10"},
	{"our-code", "socialroi_app."}, {"syscall/js", "syscall_js."},
}

// keyBreakDown pairs each key's "kd" mark with the "figs" mark after it and
// describes the main thread's tasks between them.
func keyBreakDown(b *testing.B, raw []json.RawMessage) string {
	evs := make([]traceEvent, 0, len(raw))
	for _, r := range raw {
		var e traceEvent
		if json.Unmarshal(r, &e) == nil {
			evs = append(evs, e)
		}
	}
	slices.SortFunc(evs, func(a, b traceEvent) int { return cmp.Compare(a.TS, b.TS) })
	var kd, figs []traceEvent
	mainPid, mainTid := 0, 0
	for _, e := range evs {
		if strings.Contains(e.Cat, "user_timing") && (e.Ph == "R" || e.Ph == "I" || e.Ph == "n" || e.Ph == "i") {
			switch e.Name {
			case "kd":
				kd = append(kd, e)
				mainPid, mainTid = e.Pid, e.Tid
			case "figs":
				figs = append(figs, e)
			}
		}
	}
	if len(kd) == 0 || len(figs) == 0 {
		b.Fatalf("the trace has %d key marks and %d figure marks", len(kd), len(figs))
	}
	var tasks, inner []traceEvent
	for _, e := range evs {
		if e.Pid != mainPid || e.Tid != mainTid || e.Ph != "X" {
			continue
		}
		if e.Name == "RunTask" {
			tasks = append(tasks, e)
		} else if _, ok := keyTraceEvents[e.Name]; ok {
			inner = append(inner, e)
		} else if e.Name == "ThreadControllerImpl::RunTask" && strings.Contains(string(e.Args), "AUTOFILL") {
			e.Name = "autofill" // Chromium's autofill looking at the form of a field that changed
			inner = append(inner, e)
		}
	}
	// Go's collections: in the tasks a key waited for (from the key down to
	// every figure) or in the others (between keys).
	var gcWaited, gcOther int
	for _, t := range tasks {
		gc := false
		sampleStacks(evs, mainPid, mainTid, t.TS, t.TS+t.Dur, func(stack []string) {
			gc = gc || keyKinds.of(stack) == "go-gc"
		})
		if !gc {
			continue
		}
		waited := false
		for _, k := range kd {
			if j := slices.IndexFunc(figs, func(f traceEvent) bool { return f.TS > k.TS }); j >= 0 && t.TS+t.Dur >= k.TS && t.TS <= figs[j].TS {
				waited = true
			}
		}
		if waited {
			gcWaited++
		} else {
			gcOther++
		}
	}
	type key struct {
		ms    float64
		lines []string
		sums  map[string]float64
	}
	var keys []key
	for _, k := range kd {
		j := slices.IndexFunc(figs, func(f traceEvent) bool { return f.TS > k.TS })
		if j < 0 {
			continue
		}
		end := figs[j].TS
		kk := key{ms: (end - k.TS) / 1e3, sums: map[string]float64{}}
		for _, t := range tasks {
			if t.TS+t.Dur < k.TS-50e3 || t.TS > end {
				continue
			}
			sum := map[string]float64{}
			for _, e := range inner {
				if e.TS >= t.TS && e.TS+e.Dur <= t.TS+t.Dur {
					sum[keyTraceEvents[e.Name]] += e.Dur
				}
			}
			if t.TS+t.Dur >= k.TS {
				for n, v := range sum {
					kk.sums[n] += v
				}
				kk.sums["tasks"] += t.Dur
			}
			if t.Dur < 500 {
				continue
			}
			var parts []string
			for _, n := range topKeys(sum, 8) {
				if sum[n] >= 200 {
					parts = append(parts, fmt.Sprintf("%s %.1f", n, sum[n]/1e3))
				}
			}
			kinds, n := map[string]float64{}, 0
			sampleStacks(evs, mainPid, mainTid, t.TS, t.TS+t.Dur, func(stack []string) {
				kinds[keyKinds.of(stack)]++
				n++
			})
			var ks []string
			for _, n2 := range topKeys(kinds, 5) {
				ks = append(ks, fmt.Sprintf("%s %.0f%%", n2, 100*kinds[n2]/float64(n)))
			}
			kk.lines = append(kk.lines, fmt.Sprintf("    %+7.1f ms %6.1f ms  %s | %s", (t.TS-k.TS)/1e3, t.Dur/1e3, strings.Join(parts, ", "), strings.Join(ks, ", ")))
		}
		keys = append(keys, kk)
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Compare(b.ms, a.ms) })
	var w strings.Builder
	fmt.Fprintf(&w, "%d keys, key down to every figure: p50 %.1f ms, p95 %.1f ms\n", len(keys), keys[len(keys)/2].ms, keys[len(keys)*5/100].ms)
	fmt.Fprintf(&w, "tasks with Go's garbage collector in them: %d that a key waited for, %d between keys\n", gcWaited, gcOther)
	show := func(k key) {
		fmt.Fprintf(&w, "  key to every figure %.1f ms; the main thread's tasks over 0.5 ms (start from the key, length, what ran):\n", k.ms)
		for _, l := range k.lines {
			fmt.Fprintln(&w, l)
		}
	}
	fmt.Fprintln(&w, "the slowest keys:")
	for _, k := range keys[:min(6, len(keys))] {
		show(k)
	}
	fmt.Fprintln(&w, "the fastest keys:")
	for _, k := range keys[max(0, len(keys)-3):] {
		show(k)
	}
	q := max(1, len(keys)/4)
	for _, g := range []struct {
		name string
		ks   []key
	}{{"slowest quarter", keys[:q]}, {"fastest quarter", keys[len(keys)-q:]}} {
		sum := map[string]float64{}
		ms := 0.0
		for _, k := range g.ks {
			ms += k.ms
			for n, v := range k.sums {
				sum[n] += v
			}
		}
		fmt.Fprintf(&w, "%s: %.1f ms a key; main-thread time a key:", g.name, ms/float64(len(g.ks)))
		for _, n := range topKeys(sum, 12) {
			fmt.Fprintf(&w, " %s %.1f", n, sum[n]/1e3/float64(len(g.ks)))
		}
		fmt.Fprintln(&w)
	}
	return w.String()
}
