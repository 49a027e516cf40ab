package app

import (
	"fmt"
	"testing"
)

// A step of the staged mount takes about stepBudget: after a fast step the
// next mounts more stages, after a slow one a single stage, and never more
// than there are.
func TestStepAfter(t *testing.T) {
	for _, c := range []struct {
		n    int
		took float64
		want int
	}{
		{1, stepBudget, 1},
		{1, 2 * stepBudget, 1},                 // slow: one at a time
		{1, stepBudget / 2, 2},                 // twice as fast: two
		{2, stepBudget / 2, 4},                 // two in half the budget: four
		{1, stepBudget / 100, len(calcStages)}, // capped
		{3, 0, len(calcStages)},                // no time measured: the rest at once
	} {
		t.Run(fmt.Sprintf("%d in %v ms", c.n, c.took), func(t *testing.T) {
			if got := stepAfter(c.n, c.took); got != c.want {
				t.Errorf("stepAfter(%d, %v) = %d; want %d", c.n, c.took, got, c.want)
			}
		})
	}
}
