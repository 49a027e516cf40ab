//go:build browser

// What the start's longest task is made of: a Chrome performance trace of
// cold loads, broken down. A measurement, not a test; run it with
//
//	SOCIALROI_DIST=$PWD/dist CHROMIUM=/usr/bin/chromium go test -count=1 \
//	  -tags browser -run '^$' -bench StartTrace -benchtime 3x ./cmd/server/
//
// Built with `make build` the wasm has no names (-ldflags=-s drops them);
// for the Go functions by name build dist with an unstripped wasm
// (`make bench-trace` does both). Each load's trace is written to
// .cache/traces/cold-N.json (open it in DevTools' Performance panel).

package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceCategories are what DevTools' Performance panel records, with the
// JavaScript and wasm sampler and V8's wasm compilation.
var traceCategories = []string{
	"-*", "devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel",
	"v8", "v8.execute", "v8.wasm", "disabled-by-default-v8.wasm.detailed",
	"disabled-by-default-v8.cpu_profiler", "blink.user_timing", "loading",
}

// BenchmarkStartTrace traces cold loads of / and logs, per load, the tasks of
// the start on the page's main thread, and for the longest: the trace events
// in it by time, and the sampled stack (Go functions by name where the wasm
// has its names) by inclusive and by self time.
func BenchmarkStartTrace(b *testing.B) {
	srv := startBrowserServer(b, browserDist(b))
	dir := filepath.Join("..", "..", ".cache", "traces")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		p, closeBrowser := launchBrowserPage(b, srv.URL)
		p.onNewDocument(readyProbe)
		events := traceLoad(b, p, srv.URL+"/")
		closeBrowser()
		raw, err := json.Marshal(map[string]any{"traceEvents": events})
		if err != nil {
			b.Fatal(err)
		}
		file := filepath.Join(dir, fmt.Sprintf("cold-%d.json", i))
		if err := os.WriteFile(file, raw, 0o644); err != nil {
			b.Fatal(err)
		}
		report := fmt.Sprintf("load %d: trace in %s\n%s\n", i, file, breakDown(events))
		fmt.Print(report) // b.Log cuts a benchmark's log to a few lines
		if err := os.WriteFile(strings.TrimSuffix(file, ".json")+".txt", []byte(report), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// traceEvent is one event of a Chrome trace (the JSON trace format).
type traceEvent struct {
	Name string          `json:"name"`
	Cat  string          `json:"cat"`
	Ph   string          `json:"ph"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	TS   float64         `json:"ts"`  // µs
	Dur  float64         `json:"dur"` // µs
	ID   string          `json:"id"`
	Args json.RawMessage `json:"args"`
}

// traceLoad navigates to url under tracing, waits for the app to be ready
// and a second more, and returns the trace's events.
func traceLoad(b *testing.B, p *browserPage, url string) []json.RawMessage {
	b.Helper()
	stop := startTracing(b, p, traceCategories)
	p.do("navigating to /", chromedp.Navigate(url))
	p.waitMutation("the app ready with figures", readyJS)
	p.waitJS("a second after ready", `performance.now() > window.__socialroiReady + 1000`, "")
	return stop()
}

// startTracing starts a Chrome trace of the page with these categories;
// stop ends it and returns its events.
func startTracing(b *testing.B, p *browserPage, categories []string) (stop func() []json.RawMessage) {
	b.Helper()
	var mu sync.Mutex
	var events []json.RawMessage
	done := make(chan struct{})
	if err := chromedp.Listen(p.ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				events = append(events, json.RawMessage(slices.Clone([]byte(v))))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	}); err != nil {
		b.Fatal(err)
	}
	p.do("starting the trace", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig:  &tracing.TraceConfig{IncludedCategories: categories},
		})
		return err
	}))
	return func() []json.RawMessage {
		p.do("ending the trace", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, tracing.End, cdp.Empty{})
			return err
		}))
		select {
		case <-done:
		case <-p.ctx.Done():
			b.Fatal(p.ctx.Err())
		}
		mu.Lock()
		defer mu.Unlock()
		return events
	}
}

// breakDown reads a trace: the main thread of the page (the renderer's
// thread that ran the wasm), its tasks over 50 ms, and the longest of them.
func breakDown(raw []json.RawMessage) string {
	evs := make([]traceEvent, 0, len(raw))
	for _, r := range raw {
		var e traceEvent
		if json.Unmarshal(r, &e) == nil {
			evs = append(evs, e)
		}
	}
	type thread struct{ pid, tid int }
	mains := map[thread]bool{}
	for _, e := range evs {
		if e.Ph == "M" && e.Name == "thread_name" && strings.Contains(string(e.Args), `"CrRendererMain"`) {
			mains[thread{e.Pid, e.Tid}] = true
		}
	}
	// The page's main thread: the one that ran the most task time.
	busy := map[thread]float64{}
	for _, e := range evs {
		if t := (thread{e.Pid, e.Tid}); mains[t] && e.Ph == "X" && e.Name == "RunTask" {
			busy[t] += e.Dur
		}
	}
	var main thread
	for t, d := range busy {
		if d > busy[main] {
			main = t
		}
	}
	var w strings.Builder
	var tasks []traceEvent
	var all []traceEvent // the main thread's complete events
	for _, e := range evs {
		if (thread{e.Pid, e.Tid}) != main || e.Ph != "X" {
			continue
		}
		all = append(all, e)
		if e.Name == "RunTask" && e.Dur > 50e3 {
			tasks = append(tasks, e)
		}
	}
	if len(tasks) == 0 {
		return "no task over 50 ms on the main thread"
	}
	t0 := tasks[0].TS
	for _, e := range all {
		if e.Name == "navigationStart" || e.Name == "RunTask" {
			t0 = min(t0, e.TS)
		}
	}
	fmt.Fprintf(&w, "tasks over 50 ms (start, ms since the thread's first task; length; V8 and Blink's time by event; the sampled stacks by kind):\n")
	longest := tasks[0]
	for _, t := range tasks {
		if t.Dur > longest.Dur {
			longest = t
		}
		ev := map[string]float64{}
		for _, e := range all {
			if k, ok := taskEvents[e.Name]; ok && e.TS >= t.TS && e.TS+e.Dur <= t.TS+t.Dur {
				ev[k] += e.Dur
			}
		}
		kinds := map[string]float64{}
		n := 0
		sampleStacks(evs, main.pid, main.tid, t.TS, t.TS+t.Dur, func(stack []string) {
			kinds[startKinds.of(stack)]++
			n++
		})
		fmt.Fprintf(&w, "  %6.0f %5.0f ms |", (t.TS-t0)/1e3, t.Dur/1e3)
		for _, k := range topKeys(ev, 6) {
			fmt.Fprintf(&w, " %s %.0f", k, ev[k]/1e3)
		}
		fmt.Fprintf(&w, " |")
		for _, k := range topKeys(kinds, 6) {
			fmt.Fprintf(&w, " %s %.0f%%", k, 100*kinds[k]/float64(n))
		}
		fmt.Fprintln(&w)
	}
	fmt.Fprintf(&w, "\nthe longest: %.1f ms; the events in it (summed by name, nested ones counted in their parents too):\n", longest.Dur/1e3)
	byName := map[string]float64{}
	count := map[string]int{}
	for _, e := range all {
		if e.TS >= longest.TS && e.TS+e.Dur <= longest.TS+longest.Dur && e.Name != "RunTask" {
			byName[e.Name] += e.Dur
			count[e.Name]++
		}
	}
	for _, n := range topKeys(byName, 25) {
		if byName[n] >= 1e3 {
			fmt.Fprintf(&w, "  %8.1f ms  %5d×  %s\n", byName[n]/1e3, count[n], n)
		}
	}
	incl, self, n := map[string]float64{}, map[string]float64{}, 0
	sampleStacks(evs, main.pid, main.tid, longest.TS, longest.TS+longest.Dur, func(stack []string) {
		n++
		self[stack[0]]++
		seen := map[string]bool{}
		for _, f := range stack {
			if !seen[f] {
				incl[f]++
				seen[f] = true
			}
		}
	})
	if n == 0 {
		return w.String()
	}
	fmt.Fprintf(&w, "sampled stacks in it (%d samples), inclusive share:\n", n)
	for _, f := range topKeys(incl, 40) {
		fmt.Fprintf(&w, "  %5.1f%%  %s\n", 100*incl[f]/float64(n), f)
	}
	fmt.Fprintf(&w, "self share:\n")
	for _, f := range topKeys(self, 30) {
		fmt.Fprintf(&w, "  %5.1f%%  %s\n", 100*self[f]/float64(n), f)
	}
	fmt.Fprintf(&w, "self share by package:\n")
	pkgs := map[string]float64{}
	for f, v := range self {
		pkgs[goPackage(f)] += v
	}
	for _, f := range topKeys(pkgs, 20) {
		fmt.Fprintf(&w, "  %5.1f%%  %s\n", 100*pkgs[f]/float64(n), f)
	}
	return w.String()
}

// goPackage is the package of a Go function's symbol name, or the name
// itself for what is not Go (V8's "(program)", JavaScript functions).
func goPackage(fn string) string {
	name := fn
	if i := strings.LastIndex(name, "/"); i >= 0 {
		if j := strings.Index(name[i:], "."); j >= 0 {
			return name[:i+j]
		}
		return name
	}
	if j := strings.Index(name, "."); j > 0 && !strings.HasPrefix(name, "(") {
		return name[:j]
	}
	return name
}

// taskEvents are the trace events a task's line sums, by what they are.
var taskEvents = map[string]string{
	"Layout": "layout", "UpdateLayoutTree": "style", "Paint": "paint",
	"wasm.CompileLazy": "wasm-lazy-compile", "v8.wasm.compileConsume": "wasm-stream",
	"wasm.FinishStreaming": "wasm-finish", "wasm.AsyncInstantiate": "wasm-instantiate",
	"MinorGC": "v8-gc", "MajorGC": "v8-gc",
}

// stackKinds name a sampled stack by the first of these found in it (in
// this order), else by its top frame.
type stackKinds []struct{ kind, frame string }

// startKinds are what the start's stacks are doing.
var startKinds = stackKinds{
	{"(program)", "(program)"}, {"(idle)", "(idle)"}, {"v8-gc", "(garbage collector)"},
	{"go-pkg-init", "runtime.doInit1"}, {"go-runtime-init", "runtime.schedinit"}, {"go-runtime-init", "runtime.rt0_go"},
	{"go-gc", "runtime.gcBgMarkWorker"}, {"go-gc", "runtime.gcAssistAlloc"}, {"go-gc", "runtime.GC"},
	{"readEarly", "app.readEarly"}, {"store-save", "store.__Store_.write"}, {"store-load", "app.browserStore"},
	{"roi", "roi.calculate"}, {"our-code", "socialroi_app."}, {"go-app", "go_app_v10"},
}

// of is what a sampled stack (top frame first) was doing.
func (ks stackKinds) of(stack []string) string {
	for _, k := range ks {
		for _, f := range stack {
			if strings.Contains(f, k.frame) {
				return k.kind
			}
		}
	}
	if len(stack) == 0 {
		return "?"
	}
	return stack[0]
}

// sampleStacks reads the V8 sampler's profile of a thread between two times
// (µs), and calls fn with each sample's stack, its top frame first.
func sampleStacks(evs []traceEvent, pid, tid int, from, to float64, fn func(stack []string)) {
	type frame struct {
		name   string
		parent int
	}
	type chunk struct {
		CPUProfile struct {
			Nodes []struct {
				ID        int `json:"id"`
				Parent    int `json:"parent"`
				CallFrame struct {
					FunctionName string `json:"functionName"`
					URL          string `json:"url"`
				} `json:"callFrame"`
			} `json:"nodes"`
			Samples []int `json:"samples"`
		} `json:"cpuProfile"`
		TimeDeltas []float64 `json:"timeDeltas"`
		StartTime  float64   `json:"startTime"`
	}
	nodes := map[string]map[int]frame{} // per profile id
	clock := map[string]float64{}
	for _, e := range evs {
		if e.Pid != pid || (e.Name != "Profile" && e.Name != "ProfileChunk") {
			continue
		}
		var a struct {
			Data chunk `json:"data"`
		}
		if json.Unmarshal(e.Args, &a) != nil {
			continue
		}
		if e.Name == "Profile" {
			if e.Tid == tid {
				clock[e.ID] = a.Data.StartTime
				nodes[e.ID] = map[int]frame{}
			}
			continue
		}
		ns, ok := nodes[e.ID]
		if !ok {
			continue
		}
		for _, nd := range a.Data.CPUProfile.Nodes {
			name := nd.CallFrame.FunctionName
			if name == "" {
				name = "(anonymous " + filepath.Base(nd.CallFrame.URL) + ")"
			}
			ns[nd.ID] = frame{name, nd.Parent}
		}
		for i, s := range a.Data.CPUProfile.Samples {
			if i < len(a.Data.TimeDeltas) {
				clock[e.ID] += a.Data.TimeDeltas[i]
			}
			if t := clock[e.ID]; t < from || t > to {
				continue
			}
			var stack []string
			for id := s; id != 0; {
				f, ok := ns[id]
				if !ok {
					break
				}
				stack = append(stack, f.name)
				id = f.parent
			}
			if len(stack) > 0 {
				fn(stack)
			}
		}
	}
}

// topKeys are the n keys of m with the largest values.
func topKeys(m map[string]float64, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), strings.Compare(a, b)) })
	return keys[:min(n, len(keys))]
}
