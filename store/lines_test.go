package store

import (
	"reflect"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// A new line starts as the form's text says lines come: a cost is staff
// time (hours × rate), an action a micro action, a funnel stage the stage
// after the last; the line is saved, and an unknown list adds nothing.
func TestAddLine(t *testing.T) {
	cases := []struct {
		list string
		last func(s roi.Scenario) any
		want any
	}{
		{"costs", func(s roi.Scenario) any { return s.Costs[len(s.Costs)-1] }, roi.Cost{Category: "staff"}},
		{"revenue", func(s roi.Scenario) any { return s.Revenue[len(s.Revenue)-1] }, roi.Revenue{}},
		{"actions", func(s roi.Scenario) any { return s.Actions[len(s.Actions)-1] }, roi.Action{Type: "micro"}},
		{"savings", func(s roi.Scenario) any { return s.Savings[len(s.Savings)-1] }, roi.Saving{}},
		{"indirect", func(s roi.Scenario) any { return s.Indirect[len(s.Indirect)-1] }, roi.Indirect{Kind: "reputation"}},
		{"goals", func(s roi.Scenario) any { return s.Goals[len(s.Goals)-1] }, roi.Goal{Metric: "revenue", Target: "0"}},
	}
	for _, tc := range cases {
		st, ms := mFresh(t)
		n := st.AddLine(tc.list)
		sc := st.Current().Scenario
		if got := tc.last(sc); n < 0 || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("AddLine(%q) = %d, last line %+v; want %+v", tc.list, n, got, tc.want)
		}
		if got := tc.last(New(ms, nil).Current().Scenario); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("AddLine(%q): the new line was not saved (read back %+v)", tc.list, got)
		}
	}

	st, _ := mFresh(t)
	before := st.Current().Scenario.Clone()
	if n := st.AddLine("nonsense"); n != -1 {
		t.Errorf(`AddLine("nonsense") = %d; want -1`, n)
	}
	if !reflect.DeepEqual(st.Current().Scenario, before) {
		t.Error(`AddLine("nonsense") changed the scenario`)
	}
}

// Funnel stages follow awareness → interest → evaluation → purchase; a
// scenario without a funnel gets one.
func TestAddLineFunnel(t *testing.T) {
	st, _ := mFresh(t)
	st.Change("", func(s *roi.Scenario) { s.Funnel = nil })
	var got []string
	for range len(roi.FunnelStages) + 1 {
		n := st.AddLine("funnel.stages")
		got = append(got, st.Current().Scenario.Funnel.Stages[n].Stage)
	}
	want := append(append([]string{}, roi.FunnelStages...), "")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stages added = %q; want %q", got, want)
	}
}
