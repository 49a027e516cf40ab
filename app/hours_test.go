package app

import (
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// selectedIn is the value of the selected option of the select with id.
func selectedIn(t *testing.T, html, id string) string {
	t.Helper()
	e, ok := byID(html, id)
	if !ok || e.tag != "select" {
		t.Fatalf("no <select id=%q>", id)
	}
	body := html[e.at:]
	if end := strings.Index(body, "</select>"); end >= 0 {
		body = body[:end+len("</select>")]
	}
	for _, v := range roi.HoursPer {
		if optionSelected(body, v) {
			return v
		}
	}
	return ""
}

// Every staff line's hours can be given per week or per month, in every
// language: the field shows what was typed, the unit select says per what,
// and the note says what that comes to in the period. A line left alone is
// for the whole period, with no note, as before.
func TestHoursPerUnitOnEveryStaffLine(t *testing.T) {
	tests := []struct {
		line int
		text string // typed the English way; shown the language's way
		per  string
	}{
		{0, "10", roi.PerWeek},
		{2, "7.5", roi.PerWeek},
		{2, "12", roi.PerMonth},
	}
	for _, lang := range roi.Languages {
		for _, tt := range tests {
			t.Run(lang+" "+at("costs", tt.line, tt.per), func(t *testing.T) {
				st := NewStore(NewMemoryStorage())
				st.SetLang(lang)
				sc := roi.New("Quarter", "EUR")
				sc.Period = &roi.Period{Start: "2026-01-01", End: "2026-03-31"}
				sc.Costs = []roi.Cost{
					{Label: "Community manager", Category: "staff", Hours: "100", HourlyRate: "40"},
					{Label: "Ads", Category: "ads", Amount: "500"},
					{Label: "Designer", Category: "staff", Hours: "20", HourlyRate: "60"},
				}
				st.Add(sc)
				path := at("costs", tt.line, "hours")
				typed := store.InputNumber(tt.text, st.Locale)
				st.EditHours(path, typed, tt.per)
				html := render(t, st, PathCalc)

				id := fieldID(path)
				if e, _ := byID(html, id); e.attrs["value"] != typed {
					t.Errorf("#%s value = %q; want what was typed, %q", id, e.attrs["value"], typed)
				}
				if got := selectedIn(t, html, id+"-per"); got != tt.per {
					t.Errorf("#%s-per shows per %q; want %q", id, got, tt.per)
				}
				if !strings.Contains(html, `for="`+id+`-per"`) {
					t.Errorf("#%s-per has no label", id)
				}
				hours := string(st.Current().Scenario.Costs[tt.line].Hours)
				want, _, _ := roi.PeriodHours(sc.Period, roi.Number(tt.text), tt.per)
				if hours != string(want) {
					t.Errorf("the line holds %s hours; want roi.PeriodHours' %s", hours, want)
				}
				note := trn(lang, "one=That is {0} hour in the period.|other=That is {0} hours in the period.", hours, store.InputNumber(hours, st.Locale))
				if e, ok := byID(html, id+"-hours-note"); !ok || !strings.Contains(html[e.at:], htmlText(note)) {
					t.Errorf("no note %q under the hours", note)
				}
				if e, _ := byID(html, id); !strings.Contains(e.attrs["aria-describedby"], id+"-hours-note") {
					t.Errorf("#%s is not described by its note: %q", id, e.attrs["aria-describedby"])
				}
				other := fieldID(at("costs", 2-tt.line, "hours"))
				if got := selectedIn(t, html, other+"-per"); got != roi.PerPeriod {
					t.Errorf("the line left alone shows per %q; want for the whole period", got)
				}
				if _, ok := byID(html, other+"-hours-note"); ok {
					t.Error("the line left alone has an hours note")
				}
			})
		}
	}
}
