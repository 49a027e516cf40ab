package app

import (
	"fmt"
	"slices"
	"testing"
)

// A step of the staged mount takes about stepBudget at the pace of the step
// before: as many stages as fit, at least one, never more than are left.
func TestStepAfter(t *testing.T) {
	for next := 1; next <= len(calcStages); next++ {
		for _, pace := range []float64{stepBudget / 100, stepBudget / 8, stepBudget / 3, stepBudget, 3 * stepBudget} { // ms per weight
			t.Run(fmt.Sprintf("from %d at %v ms", next, pace), func(t *testing.T) {
				n := stepAfter(next, 2, 2*pace)
				if n < 1 || next+n-1 > len(calcStages) {
					t.Fatalf("stepAfter = %d: stages %d to %d of %d", n, next, next+n-1, len(calcStages))
				}
				took := 0.0 // what the step should take at that pace
				for i := next; i < next+n; i++ {
					took += stageWeight(i) * pace
				}
				if n > 1 && took > stepBudget {
					t.Errorf("stepAfter = %d: %v ms at that pace; want at most %v", n, took, float64(stepBudget))
				}
				if last := next + n; last <= len(calcStages) && took+stageWeight(last)*pace <= stepBudget {
					t.Errorf("stepAfter = %d: stage %d would fit too (%v ms)", n, last, took+stageWeight(last)*pace)
				}
			})
		}
	}
	// No time measured: the rest at once.
	if got := stepAfter(1, shellWeight, 0); got != len(calcStages) {
		t.Errorf("stepAfter(1, %v, 0) = %d; want all %d stages", float64(shellWeight), got, len(calcStages))
	}
	// Slow: the results alone, however fast the form's parts went.
	results := 1 + slices.IndexFunc(calcStages, func(s []string) bool { return slices.Contains(s, "results") })
	if got := stepAfter(results, 1, stepBudget/stageWeight(results)); got != 1 {
		t.Errorf("stepAfter at the results, at the pace that fills a step with them = %d; want 1", got)
	}
}

// Every unit of the page is in one stage, once.
func TestCalcStagesHoldEveryUnit(t *testing.T) {
	var got []string
	for _, s := range calcStages {
		got = append(got, s...)
	}
	want := allUnits()
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("the stages mount %v; want each of %v once", got, want)
	}
}

// allUnits are every unit a staged start holds, sorted.
func allUnits() []string {
	u := append([]string{"toolbar", "start", "summary", "results", "charts"}, formParts...)
	slices.Sort(u)
	return u
}

// A lazy start mounts every unit: the first screen at once, the rest in the
// idle time's order (and the staging ends once those are mounted).
func TestLazyOrderHoldsEveryUnit(t *testing.T) {
	got := append(slices.Clone(lazyFirst), lazyOrder...)
	slices.Sort(got)
	if want := allUnits(); !slices.Equal(got, want) {
		t.Errorf("the lazy start mounts %v; want each of %v once", got, want)
	}
}
