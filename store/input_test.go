package store

import (
	"reflect"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// "1.500" typed in French is read as 1500 with a note offering 1.5; the
// other reading is an exact store operation, and the results use exactly
// the number the note names, either way.
func TestOtherReading(t *testing.T) {
	cases := []struct {
		lang, text   string
		first, other string // canonical readings
		shownFirst   string // the field once left, each way
		shownOther   string
	}{
		{"fr", "1.500", "1500", "1.5", "1 500", "1,5"},
		{"nb", "2.250 kr", "2250", "2.25", "2 250", "2,25"},
		{"tr", "1.500", "1500", "1.5", "1.500", "1,5"},
		{"en", "1,500", "1500", "1.5", "1,500", "1.5"},
	}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			st, _ := mFresh(t)
			st.SetLang(tc.lang)
			if tc.lang == "nb" {
				st.Change("", func(s *roi.Scenario) { s.Currency = "NOK" })
			}
			f := mAmount(2)
			st.Edit(f, tc.text)
			check := func(when, value, other, shown string) {
				t.Helper()
				n, ok := st.Note(f)
				if !ok || n.Value != value || n.Other != other {
					t.Errorf("%s: Note = %+v, %v; want read as %s, or %s", when, n, ok, value, other)
				}
				if got := string(st.Current().Scenario.Costs[2].Amount); got != value {
					t.Errorf("%s: amount = %s; want %s, what the note says", when, got, value)
				}
				if want, _ := roi.Calculate(st.Current().Scenario); !reflect.DeepEqual(st.Report(), want) {
					t.Errorf("%s: the report is not the scenario's", when)
				}
				st.DoneTyping(f.Path)
				if got := st.Text(f); got != shown {
					t.Errorf("%s: the field shows %q; want %q", when, got, shown)
				}
			}
			check("typed", tc.first, tc.other, tc.shownFirst)
			if !st.OtherReading(f) {
				t.Fatal("OtherReading refused")
			}
			check("the other reading", tc.other, tc.first, tc.shownOther)
			if !st.OtherReading(f) {
				t.Fatal("OtherReading back refused")
			}
			check("back", tc.first, tc.other, tc.shownFirst)
			// Typing an unambiguous number ends the note; so does another scenario.
			st.Edit(f, "1500")
			if n, ok := st.Note(f); ok {
				t.Errorf("after 1500: Note = %+v", n)
			}
			if st.OtherReading(f) {
				t.Error("OtherReading without a note changed the field")
			}
			st.Edit(f, tc.text)
			st.Select(st.Add(st.Current().Scenario))
			if n, ok := st.Note(f); ok {
				t.Errorf("in another scenario: Note = %+v", n)
			}
		})
	}
}

// In a percent field "1,500" (English) reads as 1.5 first; the other
// reading is 1500, which a percent field refuses: the text stays, not
// counted, with the reason.
func TestOtherReadingPercent(t *testing.T) {
	st, _ := mFresh(t)
	f := mMargin()
	st.Edit(f, "1,500")
	if n, ok := st.Note(f); !ok || n.Value != "1.5" || n.Other != "1500" {
		t.Fatalf("Note = %+v, %v; want 1.5, or 1500", n, ok)
	}
	if st.OtherReading(f) {
		t.Error("OtherReading took 1500 %")
	}
	if p, bad := st.Problem(f.Path); !bad || p.Code != "field.percent" {
		t.Errorf("Problem = %+v, %v; want field.percent", p, bad)
	}
	if got := st.Current().Scenario.GrossMargin; got != "" {
		t.Errorf("margin = %q; want it not counted", got)
	}
}

// A rate below 1 in a percent field gets a hint; the fix makes it a hundred
// times larger, exactly, and the hint goes.
func TestFixPercent(t *testing.T) {
	cases := []struct {
		lang, path, text, want string
	}{
		{"en", "grossMargin", "0.15", "15"},
		{"fr", "grossMargin", "0,15 %", "15"},
		{"tr", "grossMargin", "%0,5", "50"},
		{"pl", "revenue[0].attribution", "0,8", "80"},
	}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.path, func(t *testing.T) {
			st, _ := mFresh(t)
			st.SetLang(tc.lang)
			f := mField(tc.path)
			st.Edit(f, tc.text)
			n, ok := st.Note(f)
			if !ok || n.Percent100 != tc.want {
				t.Fatalf("Note = %+v, %v; want a hint of %s", n, ok, tc.want)
			}
			if !st.FixPercent(f) {
				t.Fatal("FixPercent refused")
			}
			if got := f.Get(&st.Current().Scenario); got != tc.want {
				t.Errorf("value = %s; want %s", got, tc.want)
			}
			if n, ok := st.Note(f); ok {
				t.Errorf("after the fix: Note = %+v", n)
			}
			if _, typing := st.Typing[f.Path]; typing {
				t.Error("after the fix the field is still typed into: it would not show the new value")
			}
		})
	}
	// Not on money fields, nor for 0 or 1 and more.
	st, _ := mFresh(t)
	for _, c := range []struct{ path, text string }{{"costs[2].amount", "0.15"}, {"grossMargin", "0"}, {"grossMargin", "1"}, {"grossMargin", "40"}} {
		f := mField(c.path)
		st.Edit(f, c.text)
		if n, ok := st.Note(f); ok {
			t.Errorf("%s %q: Note = %+v; want none", c.path, c.text, n)
		}
	}
}

// An invalid number is not counted: the scenario, and so every result,
// holds the field empty, and Uncounted says which field. Where the scenario
// cannot be without the field, the last valid value stays and Uncounted
// names it.
func TestUncounted(t *testing.T) {
	cases := []struct {
		name, currency, path, text string
		uses                       func(roi.Scenario) string // "" : empty
		code                       string
	}{
		{name: "another currency", currency: "NOK", path: "costs[2].amount", text: "€500", code: "num.currency"},
		{name: "letters", currency: "EUR", path: "revenue[0].amount", text: "12abc", code: "num.invalid"},
		{name: "over 100 %", currency: "EUR", path: "grossMargin", text: "150", code: "field.percent"},
		{name: "first funnel count", currency: "EUR", path: "funnel.stages[0].count", text: "lots", code: "num.invalid",
			uses: func(s roi.Scenario) string { return string(s.Funnel.Stages[0].Count) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, ms := mFresh(t)
			st.Change("", func(s *roi.Scenario) {
				s.Currency = tc.currency
				s.GrossMargin = "40"
				if s.Funnel == nil {
					s.Funnel = &roi.Funnel{Stages: []roi.Stage{{Metric: "reach", Count: "1000"}, {Metric: "clicks", Rate: "2"}}}
				}
			})
			before := st.Current().Scenario.Clone()
			uses := ""
			if tc.uses != nil {
				uses = tc.uses(before)
			}
			f := mField(tc.path)
			st.Edit(f, tc.text)
			if p, bad := st.Problem(tc.path); !bad || p.Code != tc.code {
				t.Fatalf("Problem = %+v, %v; want %s", p, bad, tc.code)
			}
			want := []Uncounted{{Path: tc.path, Uses: uses}}
			if got := st.Uncounted(); !reflect.DeepEqual(got, want) {
				t.Errorf("Uncounted = %+v; want %+v", got, want)
			}
			if got := f.Get(&st.Current().Scenario); got != uses {
				t.Errorf("the scenario holds %q; want %q", got, uses)
			}
			if r, _ := roi.Calculate(st.Current().Scenario); !reflect.DeepEqual(st.Report(), r) {
				t.Error("the report is not the scenario's")
			}
			// A reload says the same.
			if got := New(ms, nil).Uncounted(); !reflect.DeepEqual(got, want) {
				t.Errorf("reload: Uncounted = %+v; want %+v", got, want)
			}
			// Corrected, the field counts again.
			fix := "30"
			if uses != "" {
				fix = uses // a smaller first count would break the funnel
			}
			st.Edit(f, fix)
			if got := st.Uncounted(); len(got) != 0 {
				t.Errorf("corrected: Uncounted = %+v", got)
			}
		})
	}
}

// The scenario's currency is accepted with an amount in every language.
func TestEditCurrency(t *testing.T) {
	cases := []struct{ lang, currency, text, want string }{
		{"en", "EUR", "€500", "500"},
		{"fr", "EUR", "500 €", "500"},
		{"nb", "NOK", "500 kr", "500"},
		{"nb", "NOK", "kr 500", "500"},
		{"nb", "NOK", "500,-", "500"},
		{"sv", "SEK", "500 kr", "500"},
		{"pl", "PLN", "500 zł", "500"},
		{"tr", "TRY", "500 TL", "500"},
	}
	for _, tc := range cases {
		st, _ := mFresh(t)
		st.SetLang(tc.lang)
		st.Change("", func(s *roi.Scenario) { s.Currency = tc.currency })
		st.Edit(mAmount(2), tc.text)
		if p, bad := st.Problem(mAmount(2).Path); bad {
			t.Errorf("%s %s %q: %s", tc.lang, tc.currency, tc.text, p)
		}
		if got := st.Current().Scenario.Costs[2].Amount; string(got) != tc.want {
			t.Errorf("%s %s %q: amount %s; want %s", tc.lang, tc.currency, tc.text, got, tc.want)
		}
	}
}
