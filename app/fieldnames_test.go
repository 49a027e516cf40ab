package app

import (
	"os"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func TestFieldName(t *testing.T) {
	for _, c := range []struct{ lang, path, want string }{
		{"en", "costs[2].hours", "Cost line 3, Hours"},
		{"fr", "costs[2].hours", "Poste de coût 3, " + tr("fr", "Hours")},
		{"en", "costs[0].paid", "Cost line 1, Spent on paid campaigns"},
		{"en", "revenue[1].paid", "Revenue line 2, From paid social"},
		{"en", "funnel.stages[1].rate", "Funnel stage 2, Rate (%)"},
		{"en", "actions[0].valueFrom.rateRange.low", "Action 1, Close rate (%), Low"},
		{"en", "name", "Scenario name"},
		{"pl", "lift.baselineValue", "Roczna wartość klienta niezaangażowanego"},
		{"en", "goals[3]", "Goal 4"},
		{"en", "somethingNew[1].x", "somethingNew[1].x"},
	} {
		if got := fieldName(c.lang, c.path); got != c.want {
			t.Errorf("fieldName(%s, %q) = %q; want %q", c.lang, c.path, got, c.want)
		}
	}
}

// The problems of a scenario with many mistakes name fields the way the
// form does, never by JSON path.
func TestProblemLinesNameFields(t *testing.T) {
	data, err := os.ReadFile("../cmd/roi/testdata/many-problems.json")
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := ImportScenario(data)
	if err != nil {
		probs = append(probs, roi.ProblemsOf(err)...)
	}
	if len(probs) == 0 {
		t.Fatal("no problems")
	}
	for _, lang := range roi.Languages {
		for _, l := range problemLines(lang, probs, 100) {
			if strings.Contains(l, "[") || strings.Contains(strings.SplitN(l, ":", 2)[0], ".") {
				t.Errorf("%s: %q shows a JSON path", lang, l)
			}
		}
	}
}
