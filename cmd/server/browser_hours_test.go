//go:build browser

package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// Hours per week on any staff line (app/hours.go, issue 10 point 8): on a
// phone in French, "7,5" typed per week into the second staff line of a
// quarter becomes the quarter's hours (roi.PeriodHours) in the saved
// scenario, the note under the field says what that comes to, the first
// staff line keeps its hours, and the summary's cost is the report's. A
// screenshot of the line goes to .cache/screens.
func TestHoursPerWeekOnSecondStaffLine(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	sc := roi.New("Trimestre", "EUR")
	sc.Period = &roi.Period{Start: "2026-01-01", End: "2026-03-31"}
	sc.Costs = []roi.Cost{
		{Label: "Community manager", Category: "staff", Hours: "100", HourlyRate: "40"},
		{Label: "Publicité", Category: "ads", Amount: "500"},
		{Label: "Graphiste", Category: "staff", Hours: "20", HourlyRate: "60"},
	}
	sc.Revenue = []roi.Revenue{{Label: "Ventes", Amount: "12000"}}
	p.seedScenario("quarter", sc) // read as an earlier build's, as the benchmarks do
	p.open("/")
	p.viewport(375, 740)
	p.choose("lang", "fr")
	p.waitJS("the page in fr", `document.documentElement.lang === "fr"`, `document.documentElement.lang`)
	p.waitFigure(summarySel("totals.cost"), mustCalculate(t, sc).Totals.Cost.String())

	const field, unit, note = "f-costs-2-hours", "f-costs-2-hours-per", "f-costs-2-hours-hours-note"
	if got := p.options(unit); len(got) != 3 || !got[2].Selected || got[2].Value != roi.PerPeriod {
		t.Errorf("#%s options = %+v; want three, for the whole period chosen", unit, got)
	}
	if label := eval[string](p, `(() => { const l = document.querySelector('label[for="`+unit+`"]'); return l ? l.textContent : "" })()`); label == "" || !p.visible(`label[for="`+unit+`"]`) {
		t.Errorf("#%s has no visible label (%q)", unit, label)
	}
	p.choose(unit, roi.PerWeek)
	p.typeInto(field, "7,5")
	p.waitValue(field, "7,5")

	hours, _, err := roi.PeriodHours(sc.Period, "7.5", roi.PerWeek)
	if err != nil {
		t.Fatal(err)
	}
	p.waitSaved("the second staff line's hours saved", `(() => { const s = d.scenarios.find(e => e.id === d.current).scenario;
		return s.costs.length === 3 && s.costs[2].hours === `+jsq(string(hours))+` })()`)
	got := p.currentScenario()
	if got.Costs[2].Hours != hours || got.Costs[0].Hours != "100" {
		t.Errorf("saved hours: line 0 %s, line 2 %s; want 100 and 7.5 a week over the quarter, %s", got.Costs[0].Hours, got.Costs[2].Hours, hours)
	}
	want := store.InputNumber(string(hours), roi.LocaleFor("fr"))
	p.waitJS("the note says "+want, `(() => { const e = `+byID(note)+`; return !!e && e.textContent.includes(`+jsq(want)+`) })()`,
		`(() => { const e = `+byID(note)+`; return e ? e.textContent : "no note" })()`)
	if got := p.options(unit); !got[0].Selected {
		t.Errorf("#%s after typing: %+v; want per week still chosen", unit, got)
	}
	if d := eval[string](p, byID(field)+`.getAttribute("aria-describedby") || ""`); !strings.Contains(d, note) {
		t.Errorf("#%s aria-describedby = %q; want its note", field, d)
	}
	r := mustCalculate(t, got)
	p.waitFigure(summarySel("totals.cost"), r.Totals.Cost.String())
	if wide := p.sideways("#sec-costs"); len(wide) > 0 {
		t.Errorf("the costs scroll sideways at 375 px: %q", wide)
	}

	// The line's screenshot, for a person to look at.
	eval[bool](p, `(() => { document.activeElement.blur(); document.querySelector('[data-line="costs[2]"]').scrollIntoView({block: "start"}); return true })()`)
	p.screenshot(filepath.Join(screensDir(t), "hours-fr-375.png"))
	eval[bool](p, `(() => { document.querySelector('[data-line="costs[0]"]').scrollIntoView({block: "start"}); return true })()`)
	p.screenshot(filepath.Join(screensDir(t), "hours-fr-375-period.png"))
	p.viewport(1280, 900)
	eval[bool](p, `(() => { document.querySelector('[data-line="costs[2]"]').scrollIntoView({block: "start"}); return true })()`)
	p.screenshot(filepath.Join(screensDir(t), "hours-fr-1280.png"))
}
