package store

import (
	"encoding/json"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// richScenario has a line of each list with every optional block a field
// can write through (origins, ranges, a derived value), so that a write
// into a shared block would show.
func richScenario(t *testing.T) roi.Scenario {
	t.Helper()
	sc, ok := roi.Preset("ecommerce")
	if !ok {
		t.Fatal("no e-commerce preset")
	}
	sc = sc.Clone()
	yes := true
	sc.Costs[0].Origin = &roi.Origin{Platform: "meta", Key: "k", Amount: "10"}
	sc.Revenue[0].Attribution = "50"
	sc.Revenue[0].AttributionRange = &roi.Range{Low: "10", High: "90"}
	sc.Revenue[0].Origin = &roi.Origin{Platform: "ga4", Key: "k"}
	sc.Actions[0].UnitValueRange = &roi.Range{Low: "0", High: "200"}
	sc.Actions[0].InRevenue = &yes
	sc.Actions = append(sc.Actions, roi.Action{Label: "derived", Type: "macro", Count: "5",
		ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "10", Value: "100", RateRange: &roi.Range{Low: "5"}, ValueRange: &roi.Range{High: "200"}}})
	if probs := roi.Validate(sc); len(probs) > 0 {
		t.Fatalf("the rich scenario is not valid: %v", probs)
	}
	return sc
}

func scenarioJSON(t *testing.T, sc roi.Scenario) string {
	t.Helper()
	b, err := json.Marshal(sc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestEditCopy: setting a field in editCopy's copy gives the scenario a
// whole clone would, and leaves the scenario it was copied from as it was,
// for lines' fields (a list of its own, the line cloned) as for others.
func TestEditCopy(t *testing.T) {
	sc := richScenario(t)
	last := len(sc.Actions) - 1
	tests := []struct{ path, value string }{
		{"costs[0].amount", "12.5"},
		{"costs[1].label", "new label"},
		{"costs[0].paid", "true"},
		{"revenue[0].amount", "999"},
		{"revenue[0].attributionRange.low", "20"},
		{"revenue[1].attributionRange.high", "80"}, // a block made on the write
		{"actions[0].unitValueRange.high", "3"},
		{"actions[0].count", "7"},
		{"actions[" + itoa(last) + "].valueFrom.rate", "15"},
		{"actions[" + itoa(last) + "].valueFrom.rateRange.high", "25"},
		{"actions[" + itoa(last) + "].valueFrom.valueRange.low", "50"},
		{"actions[1].valueFrom.value", "4"}, // a block made on the write
		{"funnel.stages[0].count", "100"},   // not a line of costs, revenue or actions: a whole clone
		{"name", "renamed"},
		{"costs[99].amount", "1"}, // no such line: a whole clone, and no write
	}
	for _, tt := range tests {
		f, ok := PathField(tt.path)
		if !ok {
			t.Fatalf("PathField(%q): no such field", tt.path)
		}
		before := scenarioJSON(t, sc)
		want := sc.Clone()
		f.Set(&want, tt.value)
		got := editCopy(sc, tt.path)
		f.Set(&got, tt.value)
		if g, w := scenarioJSON(t, got), scenarioJSON(t, want); g != w {
			t.Errorf("editCopy then Set(%q, %q) = %s; want %s", tt.path, tt.value, g, w)
		}
		if after := scenarioJSON(t, sc); after != before {
			t.Errorf("editCopy then Set(%q, %q) changed the scenario copied:\n%s\nwas\n%s", tt.path, tt.value, after, before)
		}
	}
}

// TestEditLeavesEarlierScenario: a scenario taken from the store before an
// edit (as the app's keys and an undo hold one) is the same after it, for
// a valid number, invalid text and a line's block made on the write.
func TestEditLeavesEarlierScenario(t *testing.T) {
	for _, tt := range []struct{ path, text string }{
		{"costs[2].amount", "1234"},
		{"costs[2].amount", "12x"},
		{"revenue[0].attributionRange.low", "15"},
		{"actions[0].count", ""},
	} {
		st := New(NewMemoryStorage(), nil)
		st.Add(richScenario(t))
		earlier := st.Current().Scenario
		before := scenarioJSON(t, earlier)
		f, _ := PathField(tt.path)
		st.Edit(f, tt.text)
		if after := scenarioJSON(t, earlier); after != before {
			t.Errorf("Edit(%q, %q) changed the scenario of before the edit", tt.path, tt.text)
		}
		if got := scenarioJSON(t, st.Current().Scenario); got == before && tt.text != "12x" {
			t.Errorf("Edit(%q, %q) changed nothing", tt.path, tt.text)
		}
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }
