//go:build browser

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/roi"
)

// verdictLineJS reads a verdict section's lines: code, tone, the tone's
// word and the figures' exact values.
const verdictLineJS = `(sel => [...document.querySelectorAll(sel + " .verdict-line")].map(p => ({
	code: p.dataset.code, tone: p.dataset.tone,
	word: p.querySelector(".tone") ? p.querySelector(".tone").textContent.replace(/\s+/g, " ").trim() : "",
	text: p.textContent.replace(/\s+/g, " ").trim(),
	values: [...p.querySelectorAll(".fig")].map(f => f.dataset.value)})))`

type shownVerdict struct {
	Code   string   `json:"code"`
	Tone   string   `json:"tone"`
	Word   string   `json:"word"`
	Text   string   `json:"text"`
	Values []string `json:"values"`
}

// checkVerdict waits until the verdict in sel is the engine's for r: the
// same sentences in order, the same tones and exact figures, each loss or
// gain led by its sign and word; the first figure agrees with the summary.
func checkVerdict(t *testing.T, p *browserPage, sel string, r roi.Report) []shownVerdict {
	t.Helper()
	want := roi.VerdictOf(r)
	var b strings.Builder
	for _, l := range want {
		fmt.Fprintf(&b, "%s %s %s|", l.Message.Code, l.Tone, strings.Join(l.Message.Args, " "))
	}
	js := `(() => (` + verdictLineJS + `)(` + jsq(sel) + `).map(l => l.code + " " + l.tone + " " + l.values.join(" ") + "|").join(""))()`
	if err := p.pollJS(js+` === `+jsq(b.String()), browserWait); err != nil {
		t.Fatalf("%s shows %q; the engine says %q (%v)", sel, eval[string](p, js), b.String(), err)
	}
	shown := eval[[]shownVerdict](p, `(`+verdictLineJS+`)(`+jsq(sel)+`)`)
	for _, l := range shown {
		sign := map[string]string{"loss": "▼ ", "gain": "▲ ", "even": "= "}[l.Tone]
		if l.Code != "verdict.range" && sign != "" && (!strings.HasPrefix(l.Word, sign) || len(l.Word) <= len(sign)) {
			t.Errorf("%s line %s %q: a %s is not said with its sign and a word", sel, l.Code, l.Text, l.Tone)
		}
		if strings.ContainsAny(l.Text, "{}") {
			t.Errorf("%s line %q has an unfilled place", sel, l.Text)
		}
	}
	return shown
}

// TestVerdictShows: the results lead with the verdict in words in en, fr,
// nb and tr, at 375 and 1280 px, for the example shop (a loss on booked
// sales' gross profit, a gain counting estimates) and after typing a larger
// revenue (a gain): its figures are the engine's and the summary's.
func TestVerdictShows(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	dir := screensDir(t)
	const field = "f-revenue-0-amount"
	before := p.value(field)
	shot := func(lang, state string, w int) {
		// A phone scrolls to the results; a desktop shows them beside the
		// form from the top, the summary then the verdict.
		eval[bool](p, `(() => { const r = document.getElementById("results"); r.scrollTop = 0;
			document.getElementById(innerWidth < 960 ? "verdict" : "results").scrollIntoView({block: "start"}); return true })()`)
		if !p.visible("#verdict") {
			t.Errorf("%s %d px: #verdict is not shown", lang, w)
		}
		// Beside the form, the verdict is on screen with the summary's figures.
		if top := eval[float64](p, `document.getElementById("verdict").getBoundingClientRect().top`); w >= 960 && top > 800-60 {
			t.Errorf("%s %d px: the verdict starts %.0f px down, below the fold with the results at the top", lang, w, top)
		}
		if n := p.sideways("#verdict"); len(n) > 0 {
			t.Errorf("%s %d px: the verdict scrolls sideways: %v", lang, w, n)
		}
		p.screenshot(filepath.Join(dir, fmt.Sprintf("verdict-%s-%s-%d.png", state, lang, w)))
	}
	for _, lang := range []string{"en", "fr", "nb", "tr"} {
		p.choose("lang", lang)
		p.waitJS("<html lang="+lang+">", `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
		for _, state := range []string{"loss", "gain"} {
			if state == "gain" {
				p.typeInto(field, "90000")
			} else {
				p.typeInto(field, before)
			}
			p.waitValue(field, map[bool]string{true: "90000", false: before}[state == "gain"])
			r := mustCalculate(t, p.currentScenarioWhenSaved(field, state == "gain"))
			if got := roi.VerdictOf(r)[0].Tone; got != state {
				t.Fatalf("the engine's verdict is a %s; the test wants a %s", got, state)
			}
			shown := checkVerdict(t, p, "#verdict", r)
			if v := p.figureValue(summarySel(summaryKeys(r)[0])); len(shown[0].Values) < 2 || shown[0].Values[1] != v {
				t.Errorf("%s: the verdict's ROI %v is not the summary's %s", lang, shown[0].Values, v)
			}
			for _, w := range []int{375, 1280} {
				p.viewport(w, 800)
				shot(lang, state, w)
			}
			t.Logf("%s %s: %s", lang, state, shown[0].Text)
		}
	}
}

// currentScenarioWhenSaved waits until the current scenario's first revenue
// is saved as typed (90000) or not, and returns it.
func (p *browserPage) currentScenarioWhenSaved(field string, big bool) roi.Scenario {
	p.tb.Helper()
	cond := `e.scenario.revenue[0].amount === "90000"`
	if !big {
		cond = `e.scenario.revenue[0].amount !== "90000"`
	}
	p.waitSaved(field+" saved", `d.scenarios.some(e => e.id === d.current && `+cond+`)`)
	return p.currentScenario()
}

// TestReportLink: Share makes a link to the read-only report by default; a
// visitor who opens it (a fresh browser) sees the verdict first and no field
// to type in; "Edit a copy" puts the scenario in their calculator and their
// storage. The calculator link is still there to choose, as #s= at the root.
func TestReportLink(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	sc := p.currentScenario()
	if got := p.value("share-to"); got != "report" {
		t.Errorf("#share-to = %q; want the report by default", got)
	}
	p.click("#share")
	p.waitJS("#share-link", byID("share-link")+` !== null && `+byID("share-link")+`.value !== ""`, "")
	link := p.value("share-link")
	if !strings.HasPrefix(link, p.base+"/report#s=") {
		t.Fatalf("the share link %q does not open /report", link)
	}
	p.choose("share-to", "calc")
	p.waitJS("a calculator link", byID("share-link")+` !== null && `+byID("share-link")+`.value.startsWith(`+jsq(p.base+"/#s=")+`)`, byID("share-link")+".value")

	// The boss opens the same link in a browser of their own: the same
	// origin, a profile of its own.
	boss := newContextPage(t, p.base)
	boss.open(strings.TrimPrefix(link, p.base))
	boss.waitVisible("#edit-copy")
	r := mustCalculate(t, sc)
	checkVerdict(t, boss, "#report-verdict", r)
	if n := eval[[]string](boss, `[...document.querySelectorAll("#main input, #main select, #main textarea")].map(e => e.id || e.tagName)`); len(n) > 0 {
		t.Errorf("the shared report has fields: %v", n)
	}
	if got := eval[string](boss, `document.querySelector("#report-name").textContent.trim()`); got != sc.Name {
		t.Errorf("the report is of %q; want %q", got, sc.Name)
	}
	boss.viewport(375, 800)
	boss.screenshot(filepath.Join(screensDir(t), "report-shared-375.png"))

	boss.click("#edit-copy")
	boss.waitValue("f-name", sc.Name)
	boss.waitJS("the calculator", `location.pathname === "/"`, `location.pathname`)
	boss.waitSaved("the copy saved", `d.scenarios.some(e => e.id === d.current && e.scenario.name === `+jsq(sc.Name)+`)`)
	if got, want := mustJSON(t, boss.currentScenario()), mustJSON(t, sc); got != want {
		t.Errorf("the saved copy differs from the shared scenario:\n got %s\nwant %s", got, want)
	}
	if boss.exists("#incoming-banner") {
		t.Error("the copy is still marked as opened from a link, not saved")
	}

	// A damaged report link says so, over the visitor's own report.
	boss.open("/report#s=not-a-scenario")
	boss.waitVisible("#share-notice")
	if got := eval[string](boss, `document.querySelector("#report-name").textContent.trim()`); got != sc.Name {
		t.Errorf("after a damaged link the report is of %q; want the visitor's %q", got, sc.Name)
	}
}

// TestReportPrintsVerdictFirst: printed (print media emulated), the report
// starts with the verdict, then return against cost, then what the figures
// rest on, then the figures and tables; the return table's columns line up.
func TestReportPrintsVerdictFirst(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/report")
	p.waitVisible("#report-verdict")
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatalf("emulating print media: %v", err)
	}
	p.waitJS("print styles", `getComputedStyle(document.querySelector(".report-actions")).display === "none"`, "")
	type box struct {
		ID  string  `json:"id"`
		Top float64 `json:"top"`
	}
	order := eval[[]box](p, `[...document.querySelectorAll("#report > *")].filter(e => e.getClientRects().length > 0 && e.tagName !== "HEADER")
		.map(e => ({id: e.id, top: e.getBoundingClientRect().top}))`)
	var ids []string
	for _, b := range order {
		ids = append(ids, b.ID)
	}
	if len(ids) < 4 || strings.Join(ids[:4], " ") != "report-verdict report-chart report-basis report-headline" {
		t.Errorf("printed, the report runs %v; want the verdict, the chart, the basis, then the figures", ids)
	}
	// In every return table a column's heading is aligned as its cells are
	// (words left, figures right), so heading and cells line up.
	misaligned := eval[[]string](p, `[...document.querySelectorAll("#report-return table")].flatMap(tb => {
		const align = c => ({start: "left", end: "right"})[getComputedStyle(c).textAlign] || getComputedStyle(c).textAlign;
		const head = [...tb.tHead.rows[0].cells];
		return [...tb.tBodies[0].rows].flatMap(r => [...r.cells].map((c, i) => head[i] && align(head[i]) !== align(c)
			? head[i].textContent.trim() + " is " + align(head[i]) + ", " + c.textContent.trim() + " " + align(c) : "").filter(Boolean));
	})`)
	if len(misaligned) > 0 {
		t.Errorf("return table columns out of line: %v", misaligned)
	}
	p.viewport(1280, 900)
	p.screenshot(filepath.Join(screensDir(t), "report-print-1280.png"))
	eval[bool](p, `(() => { document.getElementById("report-return").scrollIntoView({block: "start"}); return true })()`)
	p.screenshot(filepath.Join(screensDir(t), "report-print-return-1280.png"))
}
