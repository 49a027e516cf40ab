//go:build browser

// Browser tests of the blog embed: a host page on another port includes the
// snippet (web/embed.js) pointing at the app server; the iframe it inserts
// must resize to its content, compute, and throw nothing, also when the host
// sandboxes it without allow-same-origin.
//
//	make build && SOCIALROI_DIST=$PWD/dist CHROMIUM=/usr/bin/chromium go test -tags browser -run Embed -count=1 ./cmd/server/

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/app"
)

// hostPage serves, on a port of its own, a blog post that includes the
// embed snippet (placeholder attributes as given) from the app server.
func hostPage(t *testing.T, appURL, attrs string) string {
	t.Helper()
	body := `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blog post</title>
<style>body { margin: 0 auto; max-width: 720px; font: 16px/1.5 serif; }</style>
</head><body>
<h1>What our social media returned last quarter</h1>
<p>Try the numbers yourself:</p>
<div id="embed" data-social-roi ` + attrs + `></div>
<p id="after">Thanks for reading.</p>
<script src="` + html.EscapeString(appURL) + `/web/embed.js" async></script>
</body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			w.WriteHeader(http.StatusNoContent) // favicon.ico: no 404 in the console
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// embedFrame runs JavaScript in the embed's iframe: in an isolated world of
// the frame when Chromium keeps it in the page's process, or in the frame's
// own target when it runs out of process (a sandboxed frame may).
type embedFrame struct {
	p       *browserPage
	ctx     context.Context // the page, or the frame's target
	context runtime.ExecutionContextID
	how     string
	console func() []chromedp.ConsoleMessage
}

// findEmbedFrame waits for the iframe of the app's /embed page.
func findEmbedFrame(p *browserPage, appURL string) *embedFrame {
	p.tb.Helper()
	prefix := appURL + "/embed"
	deadline := time.Now().Add(browserWait)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(p.ctx)
		if err != nil {
			p.tb.Fatalf("listing targets: %v", err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, prefix) {
				return attachFrame(p, info.TargetID)
			}
		}
		tree, err := chromedp.Call(p.ctx, page.GetFrameTree, cdp.Empty{})
		if err != nil {
			p.tb.Fatalf("Page.getFrameTree: %v", err)
		}
		for _, child := range tree.FrameTree.ChildFrames {
			if strings.HasPrefix(child.Frame.URL, prefix) {
				world, err := chromedp.Call(p.ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{
					FrameID: child.Frame.ID, WorldName: "embed-test",
				})
				if err != nil {
					p.tb.Fatalf("Page.createIsolatedWorld: %v", err)
				}
				return &embedFrame{p: p, ctx: p.ctx, context: world.ExecutionContextID, how: "in the page's process", console: p.consoleMessages}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	p.tb.Fatalf("no iframe of %s appeared", prefix)
	return nil
}

// attachFrame attaches to an out-of-process iframe and follows its console.
func attachFrame(p *browserPage, id target.ID) *embedFrame {
	ctx, cancel := chromedp.NewContext(p.ctx, chromedp.WithTargetID(id))
	p.tb.Cleanup(cancel)
	messages := chromedp.Console(ctx)
	if err := chromedp.Do(ctx); err != nil {
		p.tb.Fatalf("attaching to the iframe: %v", err)
	}
	f := &embedFrame{p: p, ctx: ctx, how: "out of process"}
	var got []chromedp.ConsoleMessage
	done := make(chan struct{})
	var mu = make(chan struct{}, 1)
	mu <- struct{}{}
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			<-mu
			got = append(got, m)
			mu <- struct{}{}
		}
	}()
	f.console = func() []chromedp.ConsoleMessage {
		<-mu
		defer func() { mu <- struct{}{} }()
		return append(p.consoleMessages(), got...)
	}
	return f
}

func frameEval[T any](f *embedFrame, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(f.ctx, browserWait)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise, func(ep *runtime.EvaluateParams) {
		if f.context != 0 {
			ep.ContextID = f.context
		}
	}))
}

// wait polls a JavaScript expression in the frame until it is true.
func (f *embedFrame) wait(what, expr, diag string) {
	f.p.tb.Helper()
	deadline := time.Now().Add(browserWait)
	var err error
	for time.Now().Before(deadline) {
		var ok bool
		if ok, err = frameEval[bool](f, "!!("+expr+")"); err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	msg := fmt.Sprintf("waiting in the embed (%s) for %s: timed out (last error %v)", f.how, what, err)
	if diag != "" {
		d, derr := frameEval[json.RawMessage](f, diag)
		msg += fmt.Sprintf("; the embed says %s %v", d, derr)
	}
	f.p.tb.Fatal(msg)
}

// frameState is what the test reads in the embed.
type frameState struct {
	ROI      string   `json:"roi"`
	Height   float64  `json:"height"`
	Nav      bool     `json:"nav"`
	Notice   bool     `json:"notice"`
	Theme    string   `json:"theme"`
	Lang     string   `json:"lang"`
	Sections []string `json:"sections"`
	Results  bool     `json:"results"`
	LinksOut bool     `json:"linksOut"`
	Origin   string   `json:"origin"`
	FullLink string   `json:"fullLink"`
}

const frameStateJS = `(() => {
	const f = document.querySelector('#results [data-figure="roi.direct"]');
	const full = document.getElementById("embed-full");
	return {
		roi: f ? f.getAttribute("data-value") : "(missing)",
		height: document.body.getBoundingClientRect().height,
		nav: document.querySelector("nav, header") !== null,
		notice: document.getElementById("storage-notice") !== null,
		theme: document.documentElement.getAttribute("data-theme") || "",
		lang: document.documentElement.lang,
		sections: [...document.querySelectorAll("[id^=sec-]")].map(e => e.id.slice(4)),
		results: document.getElementById("results") !== null,
		linksOut: [...document.querySelectorAll("a[href]")].every(a => a.getAttribute("href").startsWith("#") || (a.target === "_blank" && a.rel.includes("noopener"))),
		origin: String(self.origin),
		fullLink: full ? full.getAttribute("href") : "",
	} })()`

func (f *embedFrame) state() frameState {
	f.p.tb.Helper()
	s, err := frameEval[frameState](f, frameStateJS)
	if err != nil {
		f.p.tb.Fatalf("reading the embed: %v", err)
	}
	return s
}

// iframeHeight is the iframe's height on the host page.
func iframeHeight(p *browserPage) float64 {
	return eval[float64](p, `(() => { const f = document.querySelector("#embed iframe"); return f ? f.getBoundingClientRect().height : -1 })()`)
}

// openEmbed opens a host page with the snippet and waits until the embed's
// app runs and the iframe has taken its content's height.
func openEmbed(t *testing.T, attrs string) (*browserPage, *embedFrame, string) {
	t.Helper()
	appSrv := startBrowserServer(t, browserDist(t))
	host := hostPage(t, appSrv.URL, attrs)
	if strings.SplitN(host, ":", 3)[2] == strings.SplitN(appSrv.URL, ":", 3)[2] {
		t.Fatalf("host %s and app %s share a port", host, appSrv.URL)
	}
	p := newBrowserPage(t, host, chromedp.WindowSize(420, 900))
	p.do("opening the host page", chromedp.Navigate(host+"/"))
	p.waitJS("the snippet's iframe", `document.querySelector("#embed iframe") !== null`,
		`document.getElementById("embed").outerHTML`)

	f := findEmbedFrame(p, appSrv.URL)
	t.Logf("the embed runs %s", f.how)
	if f.context == 0 {
		// Out of process, the frame's console is followed from when the test
		// attached: load the embed again to see all it says.
		f.wait(`html[data-app-ready="1"] before the reload`, `document.documentElement.getAttribute("data-app-ready") === "1"`, "")
		if _, err := frameEval[bool](f, `(location.reload(), true)`); err != nil {
			t.Fatalf("reloading the embed: %v", err)
		}
		f.wait("the embed reloaded", `performance.getEntriesByType("navigation")[0].type === "reload"`, "")
	}
	f.wait(`html[data-app-ready="1"] (the wasm app mounted)`, `document.documentElement.getAttribute("data-app-ready") === "1"`,
		`({url: location.href, loader: (document.getElementById("app-wasm-loader-label") || {}).innerText})`)
	f.wait("a direct ROI figure", `document.querySelector('#results [data-figure="roi.direct"]')`, "")
	return p, f, appSrv.URL
}

// waitFitted waits until the host's iframe is as tall as the embed's content.
func waitFitted(p *browserPage, f *embedFrame) frameState {
	p.tb.Helper()
	deadline := time.Now().Add(browserWait)
	var s frameState
	var h float64
	for time.Now().Before(deadline) {
		s = f.state()
		h = iframeHeight(p)
		if s.Height > 0 && h >= s.Height-1 && h <= s.Height+1 {
			return s
		}
		time.Sleep(100 * time.Millisecond)
	}
	p.tb.Fatalf("the iframe is %.0f px tall; its content %.0f px", h, s.Height)
	return s
}

func TestEmbedOnAnotherOrigin(t *testing.T) {
	p, f, appURL := openEmbed(t, `data-preset="b2b" data-currency="NOK" data-theme="dark" data-lang="fr" data-accent="#7c3aed"`)

	src := eval[string](p, `document.querySelector("#embed iframe").src`)
	if want := appURL + "/embed#preset=b2b&lang=fr&currency=NOK&theme=dark&accent=%237c3aed"; src != want {
		t.Errorf("iframe src = %q; want %q", src, want)
	}
	attrs := eval[map[string]string](p, `(() => { const f = document.querySelector("#embed iframe");
		return {title: f.title, loading: f.getAttribute("loading"), width: f.getAttribute("width")} })()`)
	if attrs["title"] == "" || attrs["loading"] != "lazy" || attrs["width"] != "100%" {
		t.Errorf("iframe attributes = %v; want a title, loading=lazy, width=100%%", attrs)
	}

	b2b := mustPreset(t, "b2b")
	want := mustCalculate(t, b2b).Figure("roi.direct").String()
	f.wait("the b2b preset's direct ROI "+want, `document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value") === `+jsq(want),
		`document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value")`)

	s := waitFitted(p, f)
	if s.Height <= 300 {
		t.Errorf("the embed's content is %.0f px tall; want more than 300", s.Height)
	}
	t.Logf("iframe fitted to %.0f px", s.Height)
	if s.Nav {
		t.Error("the embed shows the app's header or nav")
	}
	if s.Theme != "dark" || s.Lang != "fr" {
		t.Errorf("embed theme %q, lang %q; want dark, fr", s.Theme, s.Lang)
	}
	if !s.LinksOut {
		t.Error("a link in the embed does not open in a new tab")
	}
	if s.Notice {
		t.Error("storage works here, but the embed shows the storage notice")
	}
	if !strings.Contains(s.FullLink, "#s=") {
		t.Errorf("full calculator link = %q; want a share link", s.FullLink)
	}
	cur, err := frameEval[string](f, `document.getElementById("f-currency").value`)
	if err != nil || cur != "NOK" {
		t.Errorf("embed currency = %q (%v); want NOK", cur, err)
	}
	brand, err := frameEval[string](f, `getComputedStyle(document.documentElement).getPropertyValue("--brand").trim()`)
	// Dark theme: the accent, lightened to read on the dark background.
	if want := app.AccentVars("#7c3aed")["--accent-dark"]; err != nil || brand != want {
		t.Errorf("embed --brand = %q (%v); want the accent for the dark theme %s", brand, err, want)
	}

	// The embed keeps nothing: the app's origin has no saved data.
	saved, err := frameEval[bool](f, `localStorage.getItem("socialroi.v1") !== null`)
	if err != nil || saved {
		t.Errorf("the embed saved data in localStorage (%v)", err)
	}

	// Typing into the embed recomputes, as the engine does.
	i := 0
	for i < len(b2b.Costs) && b2b.Costs[i].Category == "staff" {
		i++
	}
	id := fmt.Sprintf("f-costs-%d-amount", i)
	typeInFrame(p, f, id, "5000")
	want = mustCalculate(t, withAmount(b2b, i, "5000")).Figure("roi.direct").String()
	f.wait("the direct ROI after typing 5000 into #"+id+": "+want, `document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value") === `+jsq(want),
		`[document.getElementById(`+jsq(id)+`).value, document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value")]`)
	f.wait("the full calculator link to carry the edit", `document.getElementById("embed-full").getAttribute("href") !== `+jsq(s.FullLink), "")
	checkNoExceptions(t, f)
}

// Sandboxed without allow-same-origin (an opaque origin, no storage, no
// service worker), the embed still computes, resizes, says it keeps
// nothing, and throws nothing.
func TestEmbedSandboxed(t *testing.T) {
	p, f, _ := openEmbed(t, `data-preset="saas" data-sections="costs,roi" data-sandbox="allow-scripts"`)

	if sb := eval[string](p, `document.querySelector("#embed iframe").getAttribute("sandbox")`); sb != "allow-scripts" {
		t.Fatalf("iframe sandbox = %q; want allow-scripts", sb)
	}
	want := mustCalculate(t, mustPreset(t, "saas")).Figure("roi.direct").String()
	f.wait("the saas preset's direct ROI "+want, `document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value") === `+jsq(want),
		`document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value")`)
	s := waitFitted(p, f)
	if s.Origin != "null" {
		t.Errorf("embed origin = %q; want an opaque origin (\"null\")", s.Origin)
	}
	if s.Height <= 300 {
		t.Errorf("the embed's content is %.0f px tall; want more than 300", s.Height)
	}
	if !s.Notice {
		t.Error("no storage notice in a sandboxed embed")
	}
	if strings.Join(s.Sections, ",") != "costs" || !s.Results {
		t.Errorf("sections %v, results %v; want costs and the results", s.Sections, s.Results)
	}
	checkNoExceptions(t, f)
}

// checkNoExceptions fails on any uncaught exception on the page or in the
// embed, and logs console errors.
func checkNoExceptions(t *testing.T, f *embedFrame) {
	t.Helper()
	time.Sleep(300 * time.Millisecond) // let late errors arrive
	for _, m := range f.console() {
		switch {
		case m.IsException():
			t.Errorf("uncaught exception: %s (%s:%d)", m, m.URL, m.Line+1)
		case m.Type == chromedp.ConsoleError:
			t.Logf("console error: %s (%s:%d)", m, m.URL, m.Line+1)
		}
	}
}

// typeInFrame types text over the field's content in the embed, as the
// keyboard does: the host focuses the iframe, the frame its field, and the
// browser inserts the text where the focus is.
func typeInFrame(p *browserPage, f *embedFrame, id, text string) {
	p.tb.Helper()
	eval[bool](p, `(() => { document.querySelector("#embed iframe").focus(); return true })()`)
	if _, err := frameEval[bool](f, `(() => { const e = document.getElementById(`+jsq(id)+`); e.scrollIntoView({block: "center"}); e.focus(); e.select(); return document.activeElement === e })()`); err != nil {
		p.tb.Fatalf("focusing #%s in the embed: %v", id, err)
	}
	if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		p.tb.Fatalf("typing %q: %v", text, err)
	}
}

// The builder: the options change the snippet and the live preview, which
// fits its content; the snippet is copied with one click.
func TestEmbedBuilder(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.do("emulating a 375x812 phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateTouch))
	p.open("/get-embed")

	if !p.exists(`nav a[href$="/get-embed"][aria-current="page"]`) {
		t.Error("the header has no current Embed link")
	}
	snippet := func() string { return p.value("embed-snippet") }
	if s := snippet(); !strings.Contains(s, `<script src="`+p.base+`/web/embed.js" async></script>`) {
		t.Errorf("snippet = %q; want the script from %s", s, p.base)
	}

	// A compact mode first: quick ROI, its preview's height measured.
	if got := p.value("embed-mode"); got != "quick" {
		t.Errorf("the builder's mode is %q; want quick", got)
	}
	// The preview takes each height its embed posts at once, and the
	// builder says it in go-app's next frame (app/embedpage.go): the text
	// can name an earlier height (the prerendered embed's) for a frame, so
	// the wait is for the text to name the preview's height.
	if err := p.pollJS(`(() => { const text = `+byID("embed-height")+`.textContent, h = `+byID("embed-preview")+`.getBoundingClientRect().height;
		return /\d+\s*px/.test(text) && h > 200 && text.replace(/\D/g, "") === String(Math.round(h)) })()`, browserWait); err != nil {
		t.Errorf("the builder says the preview is %q; it is %.0f px (%v)", eval[string](p, byID("embed-height")+`.textContent`),
			eval[float64](p, byID("embed-preview")+`.getBoundingClientRect().height`), err)
	}
	p.viewport(1280, 900)
	p.screenshot(filepath.Join(screensDir(t), "embed-builder-1280.png"))
	p.viewport(375, 812)

	p.choose("embed-mode", "full")
	p.choose("embed-start", "saas")
	p.choose("embed-theme", "dark")
	p.choose("embed-currency", "SEK")
	for _, sec := range []string{"basics", "revenue", "actions", "funnel", "earned", "savings", "lift", "indirect", "margin", "goals"} {
		p.click("#embed-sec-" + sec)
	}
	p.typeInto("embed-accent", "#7c3aed")
	want := `<div data-social-roi data-mode="full" data-preset="saas" data-currency="SEK" data-theme="dark" data-accent="#7c3aed" data-sections="costs,results"></div>`
	p.waitJS("the snippet with the options", byID("embed-snippet")+`.value.startsWith(`+jsq(want)+`)`, byID("embed-snippet")+".value")
	p.waitJS("the preview with the options", byID("embed-preview")+`.getAttribute("src") === "/embed#mode=full&preset=saas&currency=SEK&theme=dark&accent=%237c3aed&sections=costs,results"`,
		byID("embed-preview")+`.getAttribute("src")`)

	// The preview (same origin) follows: the saas preset, only costs and
	// results, dark, resized to its content.
	doc := byID("embed-preview") + ".contentDocument"
	wantROI := mustCalculate(t, mustPreset(t, "saas")).Figure("roi.direct").String()
	p.waitJS("the preview computing the saas preset", `(() => { const d = `+doc+`; const e = d && d.querySelector('#results [data-figure="roi.direct"]');
		return !!e && e.getAttribute("data-value") === `+jsq(wantROI)+` && d.documentElement.getAttribute("data-theme") === "dark" &&
			[...d.querySelectorAll("[id^=sec-]")].map(s => s.id).join() === "sec-costs" })()`,
		`(() => { const d = `+doc+`; return d ? {roi: (d.querySelector('#results [data-figure="roi.direct"]') || {}).outerHTML, theme: d.documentElement.getAttribute("data-theme"), secs: [...d.querySelectorAll("[id^=sec-]")].map(s => s.id)} : "no document" })()`)
	p.waitJS("the preview fitted to its content", `(() => { const f = `+byID("embed-preview")+`, d = f.contentDocument;
		return Math.abs(f.getBoundingClientRect().height - d.body.getBoundingClientRect().height) <= 2 })()`,
		`[`+byID("embed-preview")+`.getBoundingClientRect().height, `+doc+`.body.getBoundingClientRect().height]`)

	// On a phone neither the builder nor the embed in it scrolls sideways.
	wide := `(w => { const over = [...w.document.body.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > w.innerWidth + 0.5)
		.slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className); return w.document.documentElement.scrollWidth > w.innerWidth ? over.concat(["scrollWidth " + w.document.documentElement.scrollWidth + " > " + w.innerWidth]) : [] })`
	if over := eval[[]string](p, wide+`(window)`); len(over) > 0 {
		t.Errorf("the builder scrolls sideways at 375 px: %q", over)
	}
	if over := eval[[]string](p, wide+`(`+byID("embed-preview")+`.contentWindow)`); len(over) > 0 {
		t.Errorf("the embed scrolls sideways in the builder at 375 px: %q", over)
	}

	p.click("#embed-copy")
	p.waitJS("the copy status", byID("embed-copy-status")+`.textContent !== ""`, "")
	t.Logf("after Copy: %s", eval[string](p, byID("embed-copy-status")+".textContent"))

	// Nothing of this touched the visitor's saved data but the scenario list
	// the builder read.
	if d := p.saved(); len(d.Scenarios) != 1 {
		t.Errorf("%d saved scenarios after using the builder; want the 1 of the first visit", len(d.Scenarios))
	}
	for _, m := range p.consoleErrors() {
		t.Errorf("console: %s", m)
	}
}
