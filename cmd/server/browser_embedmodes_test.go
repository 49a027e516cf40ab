//go:build browser

// Browser tests of the embed's compact modes and its lazy start: each mode
// on a 375 px phone in four languages fits a blog post, keeps its answer in
// sight while the reader types, answers what the engine answers, shows
// example data in its language and currency, and starts the wasm only when
// the reader touches it, keeping what they typed meanwhile.
//
//	make build && SOCIALROI_DIST=$PWD/dist CHROMIUM=/usr/bin/chromium go test -tags browser -run 'EmbedMode|EmbedLazy|EmbedBuilder' -count=1 ./cmd/server/

package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/app"
	"github.com/socialroi/socialroi/roi"
)

// modeBudget is the most a compact mode may measure on a phone.
const modeBudget = 1200

// modeFirst sets a compact mode's first field (the one the test types into)
// in a scenario, as the form does.
var modeFirst = map[string]func(sc *roi.Scenario, v roi.Number){
	"quick":  func(sc *roi.Scenario, v roi.Number) { sc.Costs[0].Hours = v },
	"roas":   func(sc *roi.Scenario, v roi.Number) { sc.Costs[0].Amount = v },
	"funnel": func(sc *roi.Scenario, v roi.Number) { sc.Costs[0].Amount = v },
	"earned": func(sc *roi.Scenario, v roi.Number) { sc.EarnedMedia.Visits = v },
}

// modeFigures are the report's figures a compact mode answers with, by the
// key the page writes in data-figure.
func modeFigures(mode string, r roi.Report) map[string]roi.Value {
	switch mode {
	case "roas":
		return map[string]roi.Value{"roas": r.ROAS, "breakEven.revenue": r.BreakEven.Revenue, "roi.profit": r.ROI.Profit}
	case "funnel":
		m := map[string]roi.Value{}
		for i, s := range r.Funnel {
			m["funnel."+strconv.Itoa(i)+".costPer"] = s.CostPer
		}
		return m
	case "earned":
		return map[string]roi.Value{"totals.earnedMedia": r.Totals.EarnedMedia, "totals.netTotal": r.Totals.NetTotal, "roi.total": r.ROI.Total}
	}
	return map[string]roi.Value{"roi.direct": r.ROI.Direct, "totals.netDirect": r.Totals.NetDirect, "totals.cost": r.Totals.Cost}
}

// answerJS reads the answer's figures: key -> data-value.
const answerJS = `Object.fromEntries([...document.querySelectorAll("#embed-answer [data-figure]")].map(e => [e.getAttribute("data-figure"), e.getAttribute("data-value")]))`

// started says whether anything of the app started: go-app's app.js loaded
// or fetched, the wasm fetched by anything but the low-priority prefetch,
// the app mounted.
const startedJS = `(() => {
	const r = performance.getEntriesByType("resource");
	return {
		appJS: r.some(e => /\/app\.js$/.test(e.name)),
		wasm: r.filter(e => /\/app\.wasm$/.test(e.name)).map(e => e.initiatorType),
		ready: document.documentElement.hasAttribute("data-app-ready"),
	} })()`

type startState struct {
	AppJS bool     `json:"appJS"`
	Wasm  []string `json:"wasm"`
	Ready bool     `json:"ready"`
}

func TestEmbedModesOnPhone(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.do("opening a page", chromedp.Navigate(p.base+"/embed"))
	p.viewport(375, 740)
	shots := screensDir(t)
	for _, mode := range app.CompactModes {
		for _, lang := range []string{"en", "fr", "nb", "tr"} {
			t.Run(mode+"/"+lang, func(t *testing.T) {
				p.tb = t
				o := app.EmbedOptions{Mode: mode, Lang: lang}
				sc := o.StartScenario(lang)
				// A new document each time: a new fragment alone would not reload.
				p.do("leaving", chromedp.Navigate("about:blank"))
				p.do("opening the embed", chromedp.Navigate(p.base+"/embed#mode="+mode+"&lang="+lang))
				p.waitJS("the prerendered "+mode+" in "+lang,
					`(() => { const v = document.querySelector(".embed-variant"); return v && v.dataset.mode === `+jsq(mode)+` && v.dataset.lang === `+jsq(lang)+` && document.readyState === "complete" })()`,
					`(document.querySelector(".embed-variant") || {}).outerHTML`)

				// Before the reader touches it, nothing of the app runs.
				if s := eval[startState](p, startedJS); s.AppJS || s.Ready || strings.Contains(strings.Join(s.Wasm, ","), "fetch") || strings.Contains(strings.Join(s.Wasm, ","), "script") {
					t.Errorf("before any interaction: %+v; want no app.js, no mount, app.wasm at most prefetched (link)", s)
				}
				// Example data in the embed's language and currency.
				if h := eval[string](p, `document.getElementById("embed-mode-h").textContent`); h != app.EmbedModeLabel(lang, mode) || lang != "en" && h == app.EmbedModeLabel("en", mode) {
					t.Errorf("heading %q; want %q", h, app.EmbedModeLabel(lang, mode))
				}
				if want := app.DefaultCurrency(lang); sc.Currency != want {
					t.Errorf("example currency %s; want %s", sc.Currency, want)
				}
				answer := eval[string](p, `document.getElementById("embed-answer").textContent`)
				sym := eval[string](p, `new Intl.NumberFormat(`+jsq(lang)+`, {style: "currency", currency: `+jsq(sc.Currency)+`}).formatToParts(1).find(p => p.type === "currency").value`)
				if !strings.Contains(answer, sc.Currency) && !strings.Contains(answer, sym) {
					t.Errorf("the answer %q has no amount in %s", answer, sc.Currency)
				}
				checkAnswer(t, p, mode, sc, "the prerendered answer")
				if lang == "en" || lang == "fr" {
					p.screenshot(filepath.Join(shots, "embed-"+mode+"-"+lang+"-375.png"))
				}

				// The first touch starts the app; what was typed before it
				// mounted is kept, and so is the focus.
				first := eval[string](p, `document.querySelector("#embed-mode input").id`)
				p.do("tapping #"+first, chromedp.Click(chromedp.CSS("#"+first)))
				eval[bool](p, `(() => { const e = `+byID(first)+`; e.select(); return true })()`)
				if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: "123"}); err != nil {
					t.Fatalf("typing: %v", err)
				}
				// The answer is on screen while the reader types in the first field.
				if r := eval[map[string]float64](p, `(() => { const a = document.getElementById("embed-answer").getBoundingClientRect(); return {top: a.top, bottom: a.bottom, h: innerHeight} })()`); r["top"] < 0 || r["bottom"] > r["h"] {
					t.Errorf("the answer is at %v..%v, outside the %v px window, while typing", r["top"], r["bottom"], r["h"])
				}
				p.waitReady()
				if s := eval[startState](p, startedJS); !s.AppJS {
					t.Errorf("after the first touch: %+v; want app.js loaded", s)
				}
				p.waitValue(first, "123")
				modeFirst[mode](&sc, "123")
				checkAnswer(t, p, mode, sc, "after typing 123 before the start")
				if lang == "fr" {
					p.screenshot(filepath.Join(shots, "embed-"+mode+"-"+lang+"-375-started.png"))
				}
				if id := eval[string](p, `document.activeElement ? document.activeElement.id : ""`); id != first {
					t.Errorf("focus on #%s after the start; want #%s, where the reader was typing", id, first)
				}
				// What postHeight tells the host page.
				if h := eval[float64](p, `document.body.getBoundingClientRect().height`); h > modeBudget {
					t.Errorf("%s is %.0f px tall at 375 px; budget %d", mode, h, modeBudget)
				} else {
					t.Logf("%s/%s: %.0f px tall", mode, lang, h)
				}
				if over := p.sideways("body"); len(over) > 0 {
					t.Errorf("scrolls sideways: %q", over)
				}
				// The full calculator, with these numbers, in a new tab.
				full := eval[map[string]string](p, `(() => { const a = document.getElementById("embed-full"); return {href: a.getAttribute("href"), target: a.target} })()`)
				payload, ok := strings.CutPrefix(full["href"], "/#s=")
				if !ok || full["target"] != "_blank" {
					t.Fatalf("full calculator link %v; want /#s=… in a new tab", full)
				}
				got, err := roi.DecodeShare(payload)
				if err != nil || modeFigures(mode, mustCalculate(t, got))[firstKey(mode)].String() != modeFigures(mode, mustCalculate(t, sc))[firstKey(mode)].String() {
					t.Errorf("the full calculator link does not carry the typed scenario (%v)", err)
				}
			})
		}
	}
	p.tb = t
}

// firstKey is a compact mode's main answer.
func firstKey(mode string) string {
	switch mode {
	case "roas":
		return "roas"
	case "funnel":
		return "funnel.0.costPer"
	case "earned":
		return "totals.earnedMedia"
	}
	return "roi.direct"
}

// checkAnswer waits until the answer shows the report of sc.
func checkAnswer(t *testing.T, p *browserPage, mode string, sc roi.Scenario, when string) {
	t.Helper()
	want := map[string]string{}
	for k, v := range modeFigures(mode, mustCalculate(t, sc)) {
		want[k] = v.String()
	}
	expr := `(() => { const a = ` + answerJS + `, w = ` + mustJSON(t, want) + `;
		return Object.keys(w).length === Object.keys(a).length && Object.keys(w).every(k => a[k] === w[k]) })()`
	if err := p.pollJS(expr, browserWait); err != nil {
		t.Fatalf("%s: the answer is %v; want the report's %v", when, eval[map[string]string](p, answerJS), want)
	}
}

// A host page with the embed: before the reader touches it, the prerendered
// mode tells the host its height (the iframe fits it), and the app has not
// started.
func TestEmbedLazyInHost(t *testing.T) {
	appSrv := startBrowserServer(t, browserDist(t))
	host := hostPage(t, appSrv.URL, `data-mode="roas" data-lang="fr"`)
	p := newBrowserPage(t, host)
	p.do("opening the host page", chromedp.Navigate(host+"/"))
	p.viewport(375, 740)
	p.do("reloading the host page", chromedp.Reload())
	p.waitJS("the snippet's iframe", `document.querySelector("#embed iframe") !== null`, "")
	f := findEmbedFrame(p, appSrv.URL)
	f.wait("the prerendered roas mode in French", `document.querySelector('.embed-variant[data-mode="roas"][data-lang="fr"]')`,
		`(document.querySelector(".embed-variant") || {}).outerHTML`)
	s := waitFitted(p, f)
	if s.Height > modeBudget || s.Height < 200 {
		t.Errorf("the embed is %.0f px tall; want 200 to %d", s.Height, modeBudget)
	}
	t.Logf("iframe fitted to %.0f px before the start", s.Height)
	eval[bool](p, `(window.scrollTo(0, document.querySelector("h1").getBoundingClientRect().bottom + scrollY - 8), true)`)
	p.screenshot(filepath.Join(screensDir(t), "embed-in-post-roas-fr-375.png"))
	st, err := frameEval[startState](f, startedJS)
	if err != nil || st.AppJS || st.Ready {
		t.Errorf("before any interaction the embed has %+v (%v); want nothing started", st, err)
	}
	checkNoExceptions(t, f)
}

// An accent colour and a theme are the embed's before it starts: the start
// script applies them as the app does, and the app keeps them.
func TestEmbedLazyAccent(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	for _, accent := range []string{"#7c3aed", "#ff0", "#0f766e"} {
		p.do("leaving", chromedp.Navigate("about:blank"))
		p.do("opening the embed", chromedp.Navigate(p.base+"/embed#mode=earned&lang=fr&theme=dark&accent="+strings.ReplaceAll(accent, "#", "%23")))
		vars := `(() => { const s = document.documentElement.style; return {
			light: s.getPropertyValue("--accent-light"), lightText: s.getPropertyValue("--accent-light-text"),
			dark: s.getPropertyValue("--accent-dark"), darkText: s.getPropertyValue("--accent-dark-text"),
			theme: document.documentElement.getAttribute("data-theme") || "", accent: document.documentElement.getAttribute("data-accent") || "" } })()`
		want := app.AccentVars(accent)
		check := func(when string) {
			got := eval[map[string]string](p, vars)
			if got["light"] != want["--accent-light"] || got["lightText"] != want["--accent-light-text"] ||
				got["dark"] != want["--accent-dark"] || got["darkText"] != want["--accent-dark-text"] ||
				got["theme"] != "dark" || got["accent"] != accent {
				t.Errorf("%s, accent %s: %v; want %v, dark, data-accent %s", when, accent, got, want, accent)
			}
		}
		check("before the start")
		if s := eval[startState](p, startedJS); s.AppJS || s.Ready {
			t.Errorf("accent %s: the embed started without the reader: %+v", accent, s)
		}
		eval[bool](p, `(document.dispatchEvent(new KeyboardEvent("keydown")), true)`)
		p.waitReady()
		check("after the start")
	}
}
