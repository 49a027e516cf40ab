//go:build browser

// Browser tests of forgiving number input (issue 10, point 5): numbers typed
// as people type them in each language, the "read as" note before the field
// is left, the rate hint and its fix, and "1 field is not counted" in the
// summary while a field holds invalid text.

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// inputCases: per language and window width, the scenario's currency, an
// ambiguous number as typed (read as thousands) and how the field and the
// note show each reading, an amount with the currency's sign, a rate below
// 1, and how the summary says a field is not counted
// (app/i18n_catalog.go).
var inputCases = []struct {
	lang, currency string
	width          int
	typed          string // ambiguous: read as 1500
	readAs         string // the note, before the field is left
	other          string // the field after "change": 1.5
	money          string // 500 in the currency
	rate           string // 0.15
	uncounted      string
	shots          bool // screenshots of the note and the hint
}{
	{"fr", "EUR", 375, "1.500", "Lu comme 1 500 —", "1,5", "€500", "0,15", "1\u00a0champ n’est pas compté", true},
	{"fr", "EUR", 1280, "1.500", "Lu comme 1 500 —", "1,5", "500 €", "0,15", "1\u00a0champ n’est pas compté", true},
	{"nb", "NOK", 375, "1.500", "Lest som 1 500 –", "1,5", "500 kr", "0,15", "1 felt telles ikke med", false},
	{"nb", "NOK", 1280, "1.500", "Lest som 1 500 –", "1,5", "kr 500,-", "0,15", "1 felt telles ikke med", false},
	{"tr", "TRY", 375, "1.500", "1.500 olarak okundu —", "1,5", "500 TL", "%0,15", "1 alan hesaba katılmıyor", false},
	{"tr", "TRY", 1280, "1.500", "1.500 olarak okundu —", "1,5", "₺500", "0,15", "1 alan hesaba katılmıyor", false},
	{"pl", "PLN", 375, "1.500", "Odczytano jako 1 500 –", "1,5", "500 zł", "0,15", "1 pole nie jest uwzględniane", false},
	{"en", "EUR", 375, "1,500", "Read as 1,500 —", "1.5", "€500", "0.15", "1 field is not counted", true},
}

// TestInputForgiving types, in fr, nb, tr (and pl, en) at 375 and 1280 px,
// into the ads cost and the gross margin:
//   - "1.500" shows "read as 1 500" while the field still has focus, and
//     the summary's cost uses 1500; the change button makes it 1.5 (field,
//     saved scenario and summary);
//   - an amount with the scenario's currency sign is taken;
//   - invalid text makes the summary say "1 field is not counted", the cost
//     leaves the field out, and the link focuses the field;
//   - a margin of "0.15" shows the hint, and its fix makes it 15.
func TestInputForgiving(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	dir := screensDir(t)
	for _, tc := range inputCases {
		t.Run(fmt.Sprintf("%s-%d", tc.lang, tc.width), func(t *testing.T) {
			p.tb = t
			p.open("/")
			p.viewport(tc.width, 800)
			p.choose("lang", tc.lang)
			p.waitLang(tc.lang)
			p.choose("f-currency", tc.currency)
			p.waitSaved("the currency "+tc.currency, `d.scenarios.some(e => e.id === d.current && e.scenario.currency === `+jsq(tc.currency)+`)`)
			base := p.currentScenario()
			if len(base.Costs) < 3 || base.Costs[2].Category != "ads" {
				t.Fatalf("the example's third cost is not an ads line: %+v", base.Costs)
			}
			cost := func(amount string) string {
				s := base.Clone()
				s.Costs[2].Amount = roi.Number(amount)
				return mustCalculate(t, s).Figure("totals.cost").String()
			}
			costSel := summarySel("totals.cost")
			note := "#" + adsAmount + "-note"

			// "1.500": read as thousands, said before the field is left.
			p.typeInto(adsAmount, tc.typed)
			p.waitVisible(note)
			p.waitFigure(costSel, cost("1500"))
			if got := p.text(note); !strings.HasPrefix(got, tc.readAs) {
				t.Errorf("note = %q; want it to start %q", got, tc.readAs)
			}
			if got := eval[string](p, `document.activeElement ? document.activeElement.id : ""`); got != adsAmount {
				t.Errorf("focus on #%s; want the field still being typed into, #%s", got, adsAmount)
			}
			if got := p.value(adsAmount); got != tc.typed {
				t.Errorf("while typing the field holds %q; want %q as typed", got, tc.typed)
			}
			if tc.shots {
				p.screenshot(filepath.Join(dir, fmt.Sprintf("input-readas-%s-%d.png", tc.lang, tc.width)))
			}
			// The other reading: 1.5, in the field, the saved scenario and the summary.
			p.click("#" + adsAmount + "-other")
			p.waitValue(adsAmount, tc.other)
			p.waitFigure(costSel, cost("1.5"))
			p.waitSaved("1.5 saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "1.5")`)
			if got := p.text(note); !strings.Contains(got, tc.other) {
				t.Errorf("after the change the note = %q; want it to name %s", got, tc.other)
			}

			// The scenario's currency with the amount.
			p.typeInto(adsAmount, tc.money)
			p.waitFigure(costSel, cost("500"))
			if p.exists("#" + adsAmount + "-err") {
				t.Errorf("%q refused: %s", tc.money, p.text("#"+adsAmount+"-err"))
			}

			// Invalid text: not counted, and the summary says so and links to it.
			p.typeInto(adsAmount, "abc")
			p.waitFigure(costSel, cost(""))
			p.waitText("#uncounted .uncounted-out", tc.uncounted)
			p.waitVisible("#" + adsAmount + "-err")
			if tc.shots {
				p.screenshot(filepath.Join(dir, fmt.Sprintf("input-uncounted-%s-%d.png", tc.lang, tc.width)))
			}
			eval[bool](p, byID(adsAmount)+`.blur() === undefined`) // leave the field, so the link has to bring the focus back
			p.click("#uncounted .uncounted-out")
			p.waitJS("the link focuses #"+adsAmount, `document.activeElement && document.activeElement.id === `+jsq(adsAmount), `document.activeElement && document.activeElement.id`)
			p.typeInto(adsAmount, "500")
			p.waitFigure(costSel, cost("500"))
			p.waitJS("#uncounted gone", `document.getElementById("uncounted") === null`, `document.getElementById("uncounted").outerHTML`)

			// A rate below 1 in a percent field: the hint and its fix.
			eval[bool](p, `(() => { const d = document.getElementById("f-grossMargin").closest("details"); if (d) d.open = true; return true })()`)
			p.typeInto("f-grossMargin", tc.rate)
			if err := p.pollJS(`document.getElementById("f-grossMargin-note") !== null`, browserWait); err != nil {
				t.Fatalf("no hint under the margin: field %q, %s", p.value("f-grossMargin"), eval[string](p, byID("f-grossMargin")+`.parentElement.outerHTML`))
			}
			p.waitVisible("#f-grossMargin-note")
			p.waitJS("the hint offers 15", `document.getElementById("f-grossMargin-note").textContent.includes("15")`,
				`document.getElementById("f-grossMargin-note").textContent`)
			if tc.shots {
				p.screenshot(filepath.Join(dir, fmt.Sprintf("input-ratehint-%s-%d.png", tc.lang, tc.width)))
			}
			p.click("#f-grossMargin-fix")
			p.waitValue("f-grossMargin", "15")
			p.waitSaved("margin 15 saved", `d.scenarios.some(e => e.id === d.current && e.scenario.grossMargin === "15")`)
			if p.exists("#f-grossMargin-note") {
				t.Errorf("the hint stays after the fix: %q", p.text("#f-grossMargin-note"))
			}
		})
	}
}
