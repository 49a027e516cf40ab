package store

import "github.com/socialroi/socialroi/roi"

// AddLine adds a new line at the end of list ("costs", "revenue",
// "actions", "funnel.stages", "savings", "indirect", "goals") and returns
// its index, or -1 when the list is unknown or the scenario cannot take it.
// What a new line starts as is decided here, once: a cost is staff time,
// since costs start with staff time (hours × rate); an action is a micro
// action; a funnel stage is the stage after the last one.
func (st *Store) AddLine(list string) int {
	n := -1
	ok := st.Change("", func(s *roi.Scenario) {
		switch list {
		case "costs":
			s.Costs = append(s.Costs, roi.Cost{Category: "staff"})
			n = len(s.Costs) - 1
		case "revenue":
			s.Revenue = append(s.Revenue, roi.Revenue{})
			n = len(s.Revenue) - 1
		case "actions":
			s.Actions = append(s.Actions, roi.Action{Type: "micro"})
			n = len(s.Actions) - 1
		case "savings":
			s.Savings = append(s.Savings, roi.Saving{})
			n = len(s.Savings) - 1
		case "indirect":
			s.Indirect = append(s.Indirect, roi.Indirect{Kind: "reputation"})
			n = len(s.Indirect) - 1
		case "goals":
			s.Goals = append(s.Goals, roi.Goal{Metric: "revenue", Target: "0"})
			n = len(s.Goals) - 1
		case "funnel.stages":
			if s.Funnel == nil {
				s.Funnel = &roi.Funnel{Stages: []roi.Stage{}}
			}
			next := "awareness"
			if k := len(s.Funnel.Stages); k > 0 && k < len(roi.FunnelStages) {
				next = roi.FunnelStages[k]
			} else if k > 0 {
				next = ""
			}
			s.Funnel.Stages = append(s.Funnel.Stages, roi.Stage{Stage: next, Metric: "people", Count: "0"})
			n = len(s.Funnel.Stages) - 1
		}
	})
	if !ok {
		return -1
	}
	return n
}
