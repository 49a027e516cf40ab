package app

import (
	htmlpkg "html"
	"strings"
	"testing"
	"time"

	"github.com/socialroi/socialroi/roi"
)

func fixReportDate(t *testing.T) {
	t.Helper()
	reportNow = func() time.Time { return time.Date(2026, 4, 2, 10, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { reportNow = time.Now })
}

// The print view shows the current scenario's report: named, dated, the
// engine's figures with estimates marked, every section, and every value
// per action and rate the figures use.
func TestReportPage(t *testing.T) {
	fixReportDate(t)
	for _, name := range roi.PresetNames {
		t.Run(name, func(t *testing.T) {
			st := presetStore(t, name)
			html := render(t, st, PathReport)
			text := htmlpkg.UnescapeString(html)
			sc := st.Current().Scenario
			rep := st.Report()

			if e, ok := byID(html, "print"); !ok || e.tag != "button" || e.attrs["type"] != "button" || !strings.Contains(text, "Print / Save as PDF") {
				t.Errorf("no Print / Save as PDF button: %v", e)
			}
			if !strings.Contains(text, sc.Name) {
				t.Errorf("report lacks the scenario's name %q", sc.Name)
			}
			if d, ok := byID(html, "report-date"); !ok || d.attrs["datetime"] != "2026-04-02" || !strings.Contains(text, "2 April 2026") {
				t.Errorf("report is not dated: %v", d)
			}
			for k, v := range figures(html) {
				if want := rep.Figure(k).String(); v != want {
					t.Errorf("figure %s = %q; want the engine's %q", k, v, want)
				}
			}
			for _, k := range []string{"roi.direct", "roi.total", "totals.cost", "totals.directRevenue", "totals.totalReturn"} {
				if _, ok := figures(html)[k]; !ok {
					t.Errorf("headline figure %s missing", k)
				}
			}
			// Total ROI is marked as an estimate.
			head := html[strings.Index(html, `id="report-headline"`):]
			head = head[:strings.Index(head, "</section>")]
			if i := strings.Index(head, "Total ROI"); i < 0 || !strings.Contains(head[i:i+200], `class="est"`) {
				t.Error("Total ROI is not marked as an estimate")
			}
			ids := []string{"report-headline", "report-cost", "report-return", "report-split", "report-indirect", "report-assumptions"}
			if len(rep.Funnel) > 0 {
				ids = append(ids, "funnel-results")
			}
			if len(rep.Channels) > 0 {
				ids = append(ids, "channels")
			}
			if len(rep.Goals) > 0 {
				ids = append(ids, "report-goals")
			}
			if len(rep.WhatIf.Funnel)+len(rep.WhatIf.Costs) > 0 {
				ids = append(ids, "whatif")
			}
			for _, id := range ids {
				if _, ok := byID(html, id); !ok {
					t.Errorf("section #%s missing", id)
				}
			}
			for _, c := range rep.CostLines {
				if !strings.Contains(text, c.Label) {
					t.Errorf("cost line %q missing", c.Label)
				}
			}
			for _, in := range sc.Indirect {
				if in.Note != "" && !strings.Contains(text, in.Note) {
					t.Errorf("indirect return %q missing", in.Note)
				}
			}

			// The assumptions: every value per action and every rate used.
			as := text[strings.Index(text, `id="report-assumptions"`):]
			lang := "en"
			want := func(what string, s string) {
				if !strings.Contains(as, s) {
					t.Errorf("assumptions lack %s %q", what, s)
				}
			}
			for _, a := range sc.Actions {
				want("action", a.Label)
				switch {
				case a.ValueFrom != nil && a.ValueFrom.Method == "conversion":
					want("close rate", exactNumber(lang, a.ValueFrom.Rate, "", true)+" close rate × "+exactNumber(lang, a.ValueFrom.Value, sc.Currency, false))
				case a.ValueFrom != nil:
					want("pay-per-click price", exactNumber(lang, a.ValueFrom.Value, sc.Currency, false)+" pay-per-click price")
				default:
					want("value per action", exactNumber(lang, a.UnitValue, sc.Currency, false)+" per action")
				}
			}
			for _, c := range sc.Costs {
				if c.Category == "staff" {
					want("hourly rate", exactNumber(lang, c.HourlyRate, sc.Currency, false)+" an hour")
				}
			}
			if sc.Funnel != nil {
				for _, s := range sc.Funnel.Stages {
					if !s.Rate.IsZero() {
						want("funnel rate", exactNumber(lang, s.Rate, "", true)+" of ")
					}
				}
				if !sc.Funnel.ValuePerConversion.IsZero() {
					want("value per conversion", exactNumber(lang, sc.Funnel.ValuePerConversion, sc.Currency, false))
				}
			}
			if e := sc.EarnedMedia; e != nil {
				want("cost per click", exactNumber(lang, e.CostPerClick, sc.Currency, false)+" a click")
			}
			for _, s := range sc.Savings {
				want("saving", exactNumber(lang, s.UnitCost, sc.Currency, false)+" each")
			}
			if l := sc.Lift; l != nil {
				want("lift", exactNumber(lang, l.EngagedValue, sc.Currency, false)+" − "+exactNumber(lang, l.BaselineValue, sc.Currency, false))
			}
			if !sc.GrossMargin.IsZero() {
				want("gross margin", exactNumber(lang, sc.GrossMargin, "", true))
			}
		})
	}
}

// The e-commerce preset's assumptions, written out: what the boss reads.
func TestReportAssumptionsText(t *testing.T) {
	sc, _ := roi.Preset("ecommerce")
	r, _ := roi.Calculate(sc)
	var lines []string
	for _, g := range reportAssumptions("en", sc, r) {
		for _, a := range g.Items {
			lines = append(lines, g.Title+" | "+a.Label+" | "+a.Value)
		}
	}
	text := strings.ReplaceAll(strings.Join(lines, "\n"), "\u00a0", " ")
	for _, want := range []string{
		"Staff time | Social media manager | 160 hours × 38.00 EUR an hour",
		"Value per action | Shares | 0.30 EUR per action, as entered (micro); value per action from 0.10 EUR to 0.50 EUR",
		"Value per action | Newsletter sign-ups (orders to come) | 12% close rate × 58.00 EUR deal size = 6.96 EUR per action (macro, confirmed not in revenue); close rate from 8% to 15%",
		"Funnel | Interest: link clicks | 18,500, counted (12,000 of them paid)",
		"Funnel | Evaluation: adds to cart | 9% of link clicks (the stage before)",
		"Funnel | Value per conversion | 58.00 EUR",
		"Other values and rates | Earned media | 6,500 visits × 0.69 EUR a click",
		"Other values and rates | Order questions answered in comments and DMs | 310 × 4.20 EUR each",
		"Other values and rates | Gross margin | 45%",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("assumptions lack %q; got\n%s", want, text)
		}
	}
}

func TestExactNumber(t *testing.T) {
	cases := []struct {
		n        roi.Number
		currency string
		percent  bool
		want     string
	}{
		{"0.125", "EUR", false, "0.125 EUR"},
		{"1234.5", "EUR", false, "1,234.50 EUR"},
		{"1000", "JPY", false, "1,000 JPY"},
		{"12.5", "", true, "12.5%"},
		{"20", "", true, "20%"},
		{"18500", "", false, "18,500"},
		{"0.000001", "", false, "0.000001"},
	}
	for _, tc := range cases {
		if got := strings.ReplaceAll(exactNumber("en", tc.n, tc.currency, tc.percent), "\u00a0", " "); got != tc.want {
			t.Errorf("exactNumber(%s, %q, %v) = %q; want %q", tc.n, tc.currency, tc.percent, got, tc.want)
		}
	}
}

// The print view of a scenario opened from a link says it is not saved;
// without indirect returns or assumptions it says so rather than leave a gap.
func TestReportEdgeCases(t *testing.T) {
	fixReportDate(t)
	st := NewStore(NewMemoryStorage())
	st.OpenIncoming(roi.New("", "EUR"))
	html := render(t, st, PathReport)
	if _, ok := byID(html, "report-incoming"); !ok {
		t.Error("the report of an unsaved scenario does not say so")
	}
	for _, want := range []string{"Untitled scenario", "None listed.", "None: every figure comes from amounts entered.", "n/a"} {
		if !strings.Contains(html, want) {
			t.Errorf("empty scenario's report lacks %q", want)
		}
	}
}
