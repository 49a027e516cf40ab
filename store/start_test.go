package store

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// The guided start writes into the first line of each kind, making it when
// there is none, so the full form shows the same figure.
func TestStartFieldEditsFirstLine(t *testing.T) {
	tests := []struct {
		what, text string
		want       func(s roi.Scenario) string // the figure the form's line holds
		path       string
	}{
		{StartRate, "45", func(s roi.Scenario) string { return string(s.Costs[0].HourlyRate) }, "costs[0].hourlyRate"},
		{StartAds, "1500", func(s roi.Scenario) string { return string(s.Costs[0].Amount) }, "costs[0].amount"},
		{StartTools, "29.5", func(s roi.Scenario) string { return string(s.Costs[0].Amount) }, "costs[0].amount"},
		{StartRevenue, "12000", func(s roi.Scenario) string { return string(s.Revenue[0].Amount) }, "revenue[0].amount"},
		{StartActionCount, "40", func(s roi.Scenario) string { return string(s.Actions[0].Count) }, "actions[0].count"},
		{StartActionValue, "25", func(s roi.Scenario) string { return string(s.Actions[0].UnitValue) }, "actions[0].unitValue"},
		{StartActionLabel, "Leads", func(s roi.Scenario) string { return s.Actions[0].Label }, "actions[0].label"},
	}
	for _, tt := range tests {
		t.Run(tt.what, func(t *testing.T) {
			st := New(NewMemoryStorage(), nil)
			st.Add(roi.New("", "EUR"))
			f := st.StartField(tt.what, "Made")
			if f.Path != tt.path {
				t.Errorf("path = %q; want %q", f.Path, tt.path)
			}
			st.Edit(f, tt.text)
			sc := st.Current().Scenario
			if got := tt.want(sc); got != tt.text {
				t.Errorf("after typing %q the line holds %q", tt.text, got)
			}
			if got := st.Text(st.StartField(tt.what, "")); got != tt.text {
				t.Errorf("the start shows %q; want %q", got, tt.text)
			}
			if len(sc.Costs)+len(sc.Revenue)+len(sc.Actions) != 1 {
				t.Errorf("made %d lines; want 1", len(sc.Costs)+len(sc.Revenue)+len(sc.Actions))
			}
		})
	}
}

// With lines of other kinds before it, the start finds the first of its
// own kind; with none it makes one at the end, and nothing typed makes none.
func TestStartFieldFindsItsLine(t *testing.T) {
	st, _ := mFresh(t) // e-commerce: two staff lines, then ads
	sc := st.Current().Scenario
	ads := firstCost(&sc, "ads")
	f := st.StartField(StartAds, "Ads")
	if f.Path != at("costs", ads, "amount") {
		t.Fatalf("ads path = %q; want line %d", f.Path, ads)
	}
	st.Edit(f, "999")
	if got := st.Current().Scenario.Costs[ads].Amount; got != "999" {
		t.Errorf("ads line holds %q", got)
	}
	n := len(st.Current().Scenario.Costs)
	tools := st.StartField(StartTools, "Tools")
	if firstCost(&sc, "tools") < 0 && tools.Path != at("costs", n, "amount") {
		t.Errorf("tools path = %q; want the next line %d", tools.Path, n)
	}
	st.Edit(tools, "")
	if len(st.Current().Scenario.Costs) != n {
		t.Error("an empty value made a line")
	}
	st.Edit(st.StartField(StartRate, "Staff"), "12x")
	if _, bad := st.Problem(at("costs", 0, "hourlyRate")); !bad {
		t.Error("an invalid rate was not kept as the form's draft")
	}
}

// Hours per week or per month become the period's hours in the staff
// line; the start shows what was typed, the form the period's hours.
func TestEditStartHours(t *testing.T) {
	tests := []struct {
		name   string
		period *roi.Period
		text   string
		per    string
		hours  roi.Number
	}{
		{"per week over a quarter", &roi.Period{Start: "2026-01-01", End: "2026-03-31"}, "10", roi.PerWeek, "128.57"},
		{"per month over a quarter", &roi.Period{Start: "2026-01-01", End: "2026-03-31"}, "10", roi.PerMonth, "30"},
		{"per week, no period: a year", nil, "10", roi.PerWeek, "521.43"},
		{"per month, months entered", &roi.Period{Months: "2"}, "7,5", roi.PerMonth, "15"},
		{"for the period", nil, "120", roi.PerPeriod, "120"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := New(NewMemoryStorage(), nil)
			st.SetLang("fr") // "7,5" is seven and a half
			sc := roi.New("", "EUR")
			sc.Period = tt.period
			st.Add(sc)
			st.EditStartHours(tt.text, tt.per, "Staff time")
			c := st.Current().Scenario.Costs
			if len(c) != 1 || c[0].Category != "staff" || c[0].Label != "Staff time" || c[0].Hours != tt.hours {
				t.Fatalf("costs = %+v; want one staff line of %s hours", c, tt.hours)
			}
			if text, per := st.StartHours(roi.PerWeek); text != tt.text || per != tt.per {
				t.Errorf("the start shows %q per %s; want %q per %s", text, per, tt.text, tt.per)
			}
			if got, want := st.Text(st.StartField(StartHours, "")), InputNumber(string(tt.hours), st.Locale); got != want {
				t.Errorf("the form shows %q; want the period's %q", got, want)
			}
		})
	}
}

// What was typed per week is forgotten once it no longer gives the hours
// the scenario holds: the start then shows the period's hours.
func TestStartHoursFollowTheScenario(t *testing.T) {
	st := New(NewMemoryStorage(), nil)
	st.Add(roi.New("", "EUR"))
	if text, per := st.StartHours(roi.PerMonth); text != "" || per != roi.PerMonth {
		t.Errorf("no hours yet: %q per %s; want nothing per month", text, per)
	}
	st.EditStartHours("10", roi.PerWeek, "Staff")
	st.Edit(st.StartField(StartHours, ""), "300") // typed in the form below
	st.DoneTyping(st.StartField(StartHours, "").Path)
	if text, per := st.StartHours(roi.PerWeek); text != "300" || per != roi.PerPeriod {
		t.Errorf("after the form changed the hours: %q per %s; want 300 for the period", text, per)
	}
	st.EditStartHours("ten", roi.PerWeek, "Staff")
	if text, per := st.StartHours(roi.PerWeek); text != "ten" || per != roi.PerWeek {
		t.Errorf("invalid text: the start shows %q per %s; want it as typed", text, per)
	}
	if _, bad := st.Problem(st.StartField(StartHours, "").Path); !bad {
		t.Error("invalid hours are not a draft with a reason")
	}
	// Invalid text is not counted (the rule of every number field): the
	// scenario holds no hours, and the store says so.
	if h := st.Current().Scenario.Costs[0].Hours; h != "" {
		t.Errorf("invalid hours: the scenario holds %q; want them not counted", h)
	}
	if u := st.Uncounted(); len(u) != 1 || u[0].Path != st.StartField(StartHours, "").Path {
		t.Errorf("Uncounted() = %+v; want the hours", u)
	}
}

func ExampleStore_EditStartHours() {
	st := New(NewMemoryStorage(), nil)
	sc := roi.New("Spring", "EUR")
	sc.Period = &roi.Period{Start: "2026-04-01", End: "2026-04-30"}
	st.Add(sc)
	st.EditStartHours("10", roi.PerWeek, "Community manager")
	st.Edit(st.StartField(StartRate, ""), "40")
	c := st.Current().Scenario.Costs[0]
	fmt.Println(c.Label, c.Hours, "h ×", c.HourlyRate)
	fmt.Println(st.Report().Totals.Cost)
	// Output:
	// Community manager 42.86 h × 40
	// 1714.40
}

// A preset as offered is an example until anything is typed into it.
func TestIsExample(t *testing.T) {
	st, _ := mFresh(t)
	examples := []roi.Scenario{mPreset(t, "b2b"), mPreset(t, "ecommerce")}
	if i, ok := st.IsExample(examples); !ok || i != 1 {
		t.Errorf("fresh store: IsExample = %d, %v; want the e-commerce example", i, ok)
	}
	st.Edit(mAmount(2), "12abc")
	if _, ok := st.IsExample(examples); ok {
		t.Error("a draft typed into the example: still an example")
	}
	st.Edit(mAmount(2), "4201")
	if _, ok := st.IsExample(examples); ok {
		t.Error("a changed figure: still an example")
	}
	st.Add(roi.New("", "EUR"))
	if _, ok := st.IsExample(examples); ok {
		t.Error("a blank scenario is an example")
	}
}

// A refused file changes nothing and takes the earlier import's undo offer
// away: "Undo import" must not stand next to "nothing was changed".
func TestFailedImportClearsUndoImport(t *testing.T) {
	st, _ := mFresh(t)
	data, err := json.Marshal(mPreset(t, "b2b"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Import(data); err != nil {
		t.Fatal(err)
	}
	if st.LastUndo == nil || st.LastUndo.What != "import" {
		t.Fatalf("LastUndo = %+v; want the import", st.LastUndo)
	}
	entries, v := len(st.Entries()), st.Version()
	if _, _, err := st.Import([]byte(`{"version":1,"costs":"none"}`)); err == nil {
		t.Fatal("a broken file was imported")
	}
	if st.LastUndo != nil {
		t.Errorf("after a refused file LastUndo = %+v; want none", st.LastUndo)
	}
	if len(st.Entries()) != entries || st.Version() == v {
		t.Errorf("%d entries (want %d), version %d (was %d): want nothing changed but the offer", len(st.Entries()), entries, st.Version(), v)
	}
	// A delete's undo is not an import's: a refused file leaves it.
	st.Delete(st.Current().ID)
	st.Import([]byte("not json"))
	if st.LastUndo == nil || st.LastUndo.What != "delete" {
		t.Errorf("a refused file took a delete's undo: %+v", st.LastUndo)
	}
}

// Switching language turns an untouched example into the same example in
// the new language; a scenario the visitor changed keeps its words.
func TestLocalizeExample(t *testing.T) {
	en, fr := mPreset(t, "ecommerce"), mPreset(t, "ecommerce")
	fr.Name, fr.Costs[0].Label = "Boutique en ligne", "Publicités"
	examples := []roi.Scenario{en, fr}
	local := func(lang string) func(int) (roi.Scenario, bool) {
		return func(i int) (roi.Scenario, bool) {
			if lang == "fr" {
				return fr, true
			}
			return en, true
		}
	}
	tests := []struct {
		name   string
		typed  string // typed into a cost first ("" for nothing)
		want   bool
		wantSc string
	}{
		{"untouched example", "", true, "Boutique en ligne"},
		{"a draft typed into it", "12abc", false, en.Name},
		{"a figure changed", "4201", false, en.Name},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, mem := mFresh(t)
			if tt.typed != "" {
				st.Edit(mAmount(2), tt.typed)
			}
			st.SetLang("fr")
			if got := st.LocalizeExample(examples, local(st.Lang())); got != tt.want {
				t.Fatalf("LocalizeExample = %v; want %v", got, tt.want)
			}
			if got := st.Current().Scenario.Name; got != tt.wantSc {
				t.Errorf("name = %q; want %q", got, tt.wantSc)
			}
			if !tt.want {
				return
			}
			st.Flush()
			re := New(mem, nil)
			if got := re.Current().Scenario.Costs[0].Label; got != "Publicités" {
				t.Errorf("after reopening, cost label = %q; want the French example's", got)
			}
			if st.LocalizeExample(examples, local("fr")) {
				t.Error("localized twice: nothing should change the second time")
			}
		})
	}
}

// ShowsFresh is true for a first visit's scenario only while nothing of the
// visitor's is in it: typed text (even not counted), a changed figure,
// another preset opened.
func TestShowsFresh(t *testing.T) {
	tests := []struct {
		name string
		do   func(st *Store)
		want bool
	}{
		{"a first visit", func(*Store) {}, true},
		{"being typed", func(st *Store) { st.Edit(mAmount(2), "4200") }, false},
		{"typed, done", func(st *Store) { st.Edit(mAmount(2), "4201"); st.DoneTyping(at("costs", 2, "amount")) }, false},
		{"a draft not counted", func(st *Store) { st.Edit(mAmount(2), "12abc"); st.DoneTyping(at("costs", 2, "amount")) }, false},
		{"the same figure typed again", func(st *Store) { st.Edit(mAmount(2), "4200"); st.DoneTyping(at("costs", 2, "amount")) }, true},
		{"another preset", func(st *Store) { st.Current().Scenario = mPreset(t, "saas") }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := mFresh(t)
			tt.do(st)
			if got := st.ShowsFresh(); got != tt.want {
				t.Errorf("ShowsFresh = %v; want %v (typing %v)", got, tt.want, st.Typing)
			}
		})
	}
}
