package store

import (
	"fmt"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// hoursScenario is a quarter with two staff lines around an ads line:
// costs[0] and costs[2] hold hours.
func hoursScenario() roi.Scenario {
	sc := roi.New("Quarter", "EUR")
	sc.Period = &roi.Period{Start: "2026-01-01", End: "2026-03-31"}
	sc.Costs = []roi.Cost{
		{Label: "Community manager", Category: "staff", Hours: "100", HourlyRate: "40"},
		{Label: "Ads", Category: "ads", Amount: "500"},
		{Label: "Designer", Category: "staff", Hours: "20", HourlyRate: "60"},
	}
	return sc
}

// Hours typed per week or per month into any staff line become the
// period's hours in that line, by roi.PeriodHours; the field shows what was
// typed, per what, while it still gives those hours. Invalid text is not
// counted, as in every number field.
func TestEditHours(t *testing.T) {
	tests := []struct {
		line  int
		text  string
		per   string
		valid bool
	}{
		{0, "10", roi.PerWeek, true},
		{0, "7,5", roi.PerMonth, true},
		{0, "120", roi.PerPeriod, true},
		{0, "ten", roi.PerWeek, false},
		{2, "7,5", roi.PerWeek, true},
		{2, "12", roi.PerMonth, true},
		{2, "80,5", roi.PerPeriod, true},
		{2, "8 h", roi.PerMonth, false},
		{2, "ten", roi.PerPeriod, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("line %d %q per %s", tt.line, tt.text, tt.per), func(t *testing.T) {
			st := New(NewMemoryStorage(), nil)
			st.SetLang("fr") // "7,5" is seven and a half
			sc := hoursScenario()
			st.Add(sc)
			path := fmt.Sprintf("costs[%d].hours", tt.line)
			other := 2 - tt.line // the other staff line
			st.EditHours(path, tt.text, tt.per)

			got := st.Current().Scenario.Costs
			if got[other].Hours != sc.Costs[other].Hours {
				t.Errorf("the other staff line now holds %s hours; want %s", got[other].Hours, sc.Costs[other].Hours)
			}
			if text, per := st.Hours(path, ""); text != tt.text || per != tt.per {
				t.Errorf("the field shows %q per %s; want %q per %s", text, per, tt.text, tt.per)
			}
			_, bad := st.Problem(path)
			if !tt.valid {
				if !bad {
					t.Error("invalid text is not a draft with a reason")
				}
				if got[tt.line].Hours != "" {
					t.Errorf("invalid text: the line holds %s hours; want none, not counted", got[tt.line].Hours)
				}
				if u := st.Uncounted(); len(u) != 1 || u[0].Path != path {
					t.Errorf("Uncounted() = %+v; want %s", u, path)
				}
				return
			}
			if bad {
				t.Errorf("valid text made a draft")
			}
			r, err := roi.ReadInput(tt.text, roi.InputOptions{Locale: st.Locale, Currency: "EUR", Kind: roi.KindOf(path)})
			if err != nil {
				t.Fatal(err)
			}
			want, _, err := roi.PeriodHours(sc.Period, roi.Number(r.Value), tt.per)
			if err != nil {
				t.Fatal(err)
			}
			if !sameNumber(string(got[tt.line].Hours), string(want)) {
				t.Errorf("the line holds %s hours; want the period's %s", got[tt.line].Hours, want)
			}
		})
	}
}

// The unit is kept with its line: chosen before any hours, forgotten when
// the hours change elsewhere (the guided start, the period), moved when an
// earlier line is removed.
func TestHoursFollowTheLine(t *testing.T) {
	st := New(NewMemoryStorage(), nil)
	st.Add(hoursScenario())
	if text, per := st.Hours("costs[2].hours", ""); text != "20" || per != roi.PerPeriod {
		t.Errorf("an existing line shows %q per %s; want its hours for the whole period", text, per)
	}
	st.Change("costs", func(s *roi.Scenario) { s.Costs = append(s.Costs, roi.Cost{Category: "staff"}) })
	st.EditHours("costs[3].hours", "", roi.PerMonth)
	if text, per := st.Hours("costs[3].hours", roi.PerWeek); text != "" || per != roi.PerMonth {
		t.Errorf("an empty line, per month chosen: %q per %s; want nothing per month", text, per)
	}
	st.EditHours("costs[2].hours", "4", roi.PerWeek)
	st.RemoveLine("costs", 1)
	if text, per := st.Hours("costs[1].hours", ""); text != "4" || per != roi.PerWeek {
		t.Errorf("after removing the line above: %q per %s; want 4 per week", text, per)
	}
	st.EditStartHours("10", roi.PerWeek, "Staff") // the start edits line 0
	if text, per := st.Hours("costs[0].hours", ""); per != roi.PerPeriod || text != st.Text(st.StartField(StartHours, "")) {
		t.Errorf("line 0 after the start: %q per %s; want the period's hours", text, per)
	}
	st.Edit(mField("period.end"), "2026-06-30")
	if _, per := st.Hours("costs[1].hours", ""); per != roi.PerPeriod {
		t.Errorf("after the period changed the hours are shown per %s; want for the whole period", per)
	}
}

func ExampleStore_EditHours() {
	st := New(NewMemoryStorage(), nil)
	st.Add(hoursScenario())
	st.EditHours("costs[2].hours", "10", roi.PerWeek) // 90 days: 10 × 90 / 7
	fmt.Println(st.Current().Scenario.Costs[2].Hours)
	fmt.Println(st.Hours("costs[2].hours", ""))
	// Output:
	// 128.57
	// 10 week
}
