//go:build browser

package main

import (
	"fmt"
	"testing"
)

// stageProbe, run in every new document, watches the page on every
// animation frame while the app starts, until it is ready and no part is
// held: how many parts are still held by the staged mount (app/stage.go,
// app/lazy.go), the units held, and where the section #sec-<watch> is in
// the window (missing: null). It also sums the layout shifts the browser
// reports, as CLS counts them, and notes whether the watched section was
// in an inert hold (not usable) when the app said it was ready.
const stageProbe = `(() => {
	window.__stage = {holds: [], held: [], places: [], shift: 0, inertAtReady: null};
	new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__stage.shift += e.value })
		.observe({type: "layout-shift", buffered: true});
	const frame = () => {
		const s = window.__stage;
		const ready = document.documentElement.getAttribute("data-app-ready") === "1";
		if (s.watch) {
			const hs = [...document.querySelectorAll(".stage-hold")];
			if (s.holds[s.holds.length - 1] !== hs.length) {
				s.holds.push(hs.length);
				s.held.push(hs.map(h => h.dataset.hold).join(" "));
			}
			const e = document.getElementById(s.watch);
			s.places.push(e ? Math.round(e.getBoundingClientRect().top) : null);
			if (ready && s.inertAtReady === null) s.inertAtReady = !!e && !!e.closest("[inert]");
		}
		if (!ready || document.querySelector(".stage-hold")) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})()`

// stageSeen is what stageProbe saw.
type stageSeen struct {
	Holds  []int    `json:"holds"`  // the count of holds, each time it changed
	Held   []string `json:"held"`   // the units held then
	Places []*int   `json:"places"` // the watched section's top, every frame
	Shift  float64
	// At ready, the watched section was in an inert hold.
	InertAtReady bool `json:"inertAtReady"`
}

// The first mount is spread over frames, and nobody reading the page while
// it starts notices: a visitor who scrolled down to a section of the form
// before the app started keeps their place, the section stays where it was
// on every frame of the start, nothing on screen shifts, until every part
// is mounted. On a first visit the app is ready with its first screen
// mounted (app/lazy.go): the section the visitor reads, held until then,
// is the first part mounted after.
func TestStagedStartKeepsPlace(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	for _, c := range []struct {
		width, height int
		section       string
	}{
		{375, 740, "sec-revenue"},
		{1280, 800, "sec-costs"},
		{1280, 800, "sec-goals"},
	} {
		t.Run(fmt.Sprintf("%d/%s", c.width, c.section), func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			p.onNewDocument(stageProbe)
			release := p.holdWasm("/")
			p.viewport(c.width, c.height)
			// Read the section: scrolled to the top of the window, less a bit.
			y := eval[float64](p, `(() => { const e = document.getElementById(`+jsq(c.section)+`);
				scrollTo(0, e.getBoundingClientRect().top + scrollY - 40); window.__stage.watch = `+jsq(c.section)+`; return scrollY })()`)
			p.waitJS("the scroll done", `Math.round(document.getElementById(`+jsq(c.section)+`).getBoundingClientRect().top) === 40`, "")
			release()
			p.waitReady() // ready, and every part mounted
			seen := eval[stageSeen](p, `window.__stage`)
			t.Logf("holds over the start %v %q; %d frames watched; layout shift %.4f", seen.Holds, seen.Held, len(seen.Places), seen.Shift)
			if seen.InertAtReady {
				t.Errorf("#%s was held inert when the app said it was ready; want it mounted, or held and usable", c.section)
			}
			if got := eval[float64](p, `scrollY`); got != y {
				t.Errorf("scrollY = %v after the start; want %v, where the visitor was", got, y)
			}
			for i, top := range seen.Places {
				if top == nil {
					t.Errorf("frame %d: #%s was not on the page", i, c.section)
					break
				}
				if *top != 40 {
					t.Errorf("frame %d: #%s at %d px from the top; want it to stay at 40", i, c.section, *top)
					break
				}
			}
			if seen.Shift > 0.02 {
				t.Errorf("layout shift %.4f during the start; want at most 0.02", seen.Shift)
			}
			if len(seen.Holds) < 3 {
				t.Errorf("parts held over the start: %v; want the mount spread over frames", seen.Holds)
			}
			if n := eval[int](p, `document.querySelectorAll(".stage-hold, [inert]").length`); n != 0 {
				t.Errorf("%d parts still held once the app said it was ready", n)
			}
			for _, id := range []string{"start", "summary", "sec-basics", "sec-costs", "sec-revenue", "sec-actions", "sec-funnel", "sec-goals", "details", "charts"} {
				if !p.exists("#" + id) {
					t.Errorf("#%s is missing once the app is ready", id)
				}
			}
		})
	}
}
