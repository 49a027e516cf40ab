package main

import (
	"slices"
	"testing"
)

// TestBudgetLines: each of issue 12's speed budgets is said for the routes
// audited, with its figure from the median run and whether it is met; a
// figure Lighthouse did not give is "?" and not met; a route not audited
// says nothing.
func TestBudgetLines(t *testing.T) {
	score := func(v float64) *float64 { return &v }
	rep := func(perf *float64, audits map[string]auditResult) *report {
		r := &report{Audits: audits, Categories: map[string]category{}}
		if perf != nil {
			r.Categories["performance"] = category{Score: perf}
		}
		return r
	}
	metrics := func(tbt, cls float64) map[string]auditResult {
		return map[string]auditResult{
			"total-blocking-time":     {ID: "total-blocking-time", NumericValue: score(tbt)},
			"cumulative-layout-shift": {ID: "cumulative-layout-shift", NumericValue: score(cls)},
		}
	}
	tests := []struct {
		name    string
		results []result
		want    []string
	}{
		{"missed on /, met on /embed", []result{
			{route: "/", report: rep(score(0.78), metrics(970.4, 0.0012))},
			{route: "/guide", report: rep(score(0.86), metrics(570, 0))},
			{route: "/embed", report: rep(score(1), metrics(10, 0))},
		}, []string{
			"/ performance ≥ 85: 78 ✗",
			"/ TBT ≤ 600 ms: 970 ms ✗",
			"/ CLS ≤ 0.02: 0.001 ✓",
			"/embed performance ≥ 95: 100 ✓",
		}},
		{"at the limits", []result{
			{route: "/", report: rep(score(0.85), metrics(600, 0.02))},
			{route: "/embed", report: rep(score(0.94), metrics(0, 0))},
		}, []string{
			"/ performance ≥ 85: 85 ✓",
			"/ TBT ≤ 600 ms: 600 ms ✓",
			"/ CLS ≤ 0.02: 0.020 ✓",
			"/embed performance ≥ 95: 94 ✗",
		}},
		{"figures missing", []result{
			{route: "/", report: rep(nil, nil)},
		}, []string{
			"/ performance ≥ 85: ? ✗",
			"/ TBT ≤ 600 ms: ? ✗",
			"/ CLS ≤ 0.02: ? ✗",
		}},
		{"no route with a budget", []result{
			{route: "/compare", report: rep(score(0.9), metrics(100, 0))},
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := budgetLines(tc.results); !slices.Equal(got, tc.want) {
				t.Errorf("budgetLines:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
