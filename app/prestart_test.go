package app

import (
	"fmt"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// A choice made in the header's or the menu's selects before the start is
// the app's once applied (carryChoices), and a value none of those selects
// can hold changes nothing.
func TestCarryChoices(t *testing.T) {
	tests := []struct {
		name   string
		chosen []earlyChoice
		lang   string // the store's language after
		theme  string
		from   string // p.newFrom ("" when untouched)
		to     string // p.tools.shareTo
		saved  string // the theme saved before
	}{
		{"nothing chosen", nil, "en", "", "", "", ""},
		{"language", []earlyChoice{{"lang", "pl"}}, "pl", "", "", "", ""},
		{"theme", []earlyChoice{{"theme", "dark"}}, "en", "dark", "", "", "light"},
		{"new from", []earlyChoice{{"new-from", "blank"}}, "en", "", "blank", "", ""},
		{"share to", []earlyChoice{{"share-to", "calc"}}, "en", "", "", "calc", ""},
		{"all at once", []earlyChoice{
			{"lang", "tr"}, {"theme", "light"},
			{"new-from", "saas"}, {"share-to", "report"},
		}, "tr", "light", "saas", "report", "dark"},
		// The System option has no value: its text is the select's value.
		{"back to the system's theme", []earlyChoice{{"theme", "System"}}, "en", "", "", "", "dark"},
		{"values no select holds", []earlyChoice{
			{"lang", "de"}, {"theme", "neon"},
			{"new-from", "hedgefund"}, {"share-to", "boss"},
			{"currency", "EUR"},
		}, "en", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Page{View: PathCalc, st: NewStore(NewMemoryStorage())}
			p.store().SetTheme(tt.saved)
			earlyChoices = tt.chosen
			p.carryChoices()
			if earlyChoices != nil {
				t.Errorf("the choices are kept after they were applied: %v", earlyChoices)
			}
			st := p.store()
			if got := st.Lang(); got != tt.lang {
				t.Errorf("language %q; want %q", got, tt.lang)
			}
			if got := st.Settings().Theme; got != tt.theme {
				t.Errorf("theme %q; want %q", got, tt.theme)
			}
			if p.newFrom != tt.from || p.tools.shareTo != tt.to {
				t.Errorf("new from %q, share to %q; want %q, %q", p.newFrom, p.tools.shareTo, tt.from, tt.to)
			}
		})
	}
}

// Text typed before the start is read as numbers were read before a
// language chosen before the start too: "4,500" typed on the English page
// is 4500, not 4.5 as French would read it, and the language is French
// once it is done.
func TestCarryOverReadsAsBeforeTheLanguageChosen(t *testing.T) {
	p := &Page{View: PathCalc, st: NewStore(NewMemoryStorage())}
	st := p.store()
	sc := st.Current().Scenario
	line := -1
	for i, c := range sc.Costs {
		if c.Amount != "" {
			line = i
			break
		}
	}
	if line < 0 {
		t.Fatal("the first visit's scenario has no cost with an amount")
	}
	path := fmt.Sprintf("costs[%d].amount", line)
	early = []typedEarly{{path: path, value: "4,500"}}
	earlyChoices = []earlyChoice{{"lang", "fr"}}
	p.carryChoices()
	p.carryOver()
	if got := st.Current().Scenario.Costs[line].Amount; got != "4500" {
		t.Errorf("%s = %q; want 4500, as the page it was typed on reads 4,500", path, got)
	}
	if st.Lang() != "fr" || st.Locale != roi.LocaleFor("fr") {
		t.Errorf("language %q, locale %+v; want French for what comes next", st.Lang(), st.Locale)
	}
}
