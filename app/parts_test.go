package app

import (
	"reflect"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// keys are the parts' keys as the Page would give them now.
func keys(p *Page) map[string][]any {
	out := map[string][]any{}
	for _, u := range p.parts(formPartNames...) {
		f := u.(*formPart)
		out[f.Part] = f.Key
	}
	return out
}

var formPartNames = []string{"basics", "costs", "revenue", "actions", "funnel", "more", "goals", "tracking"}

// A part is drawn again exactly when something it shows changed: its key
// changes with its own fields, their drafts and typing, and the language,
// and stays when another part's field changes.
func TestPartKeys(t *testing.T) {
	st := NewStore(NewMemoryStorage())
	p := &Page{View: PathCalc, st: st}
	changed := func(what string, do func(), want ...string) {
		t.Helper()
		before := keys(p)
		do()
		after := keys(p)
		for _, name := range formPartNames {
			got := !reflect.DeepEqual(before[name], after[name])
			exp := false
			for _, w := range want {
				exp = exp || w == name || w == "*"
			}
			if got != exp {
				t.Errorf("%s: part %s changed %v, want %v", what, name, got, exp)
			}
		}
	}
	amount := numField(at("costs", 2, "amount"), line(costsOf, 2, func(c *roi.Cost) *roi.Number { return &c.Amount }))
	changed("nothing", func() {})
	changed("a cost amount typed", func() { st.Edit(amount, "4300") }, "costs", "tracking")
	// Not counted: the scenario holds the amount empty, which the tracking links read.
	changed("a cost amount that is no number", func() { st.Edit(amount, "43x") }, "costs", "tracking")
	changed("leaving the field", func() { st.DoneTyping(amount.Path) }, "costs")
	changed("a revenue line added", func() {
		st.Change("", func(s *roi.Scenario) { s.Revenue = append(s.Revenue, roi.Revenue{}) })
	}, "revenue", "tracking")
	changed("the name", func() { st.Rename("Spring") }, "basics", "tracking")
	changed("the language", func() { st.SetLang("fr") }, "*")
	changed("another scenario", func() { st.Duplicate("(copy)") }, "*")
}
