// Package testscenario holds scenarios the tests and benchmarks of several
// packages share.
package testscenario

import (
	"strconv"

	"github.com/socialroi/socialroi/roi"
)

// Large is the e-commerce preset with 200 more costs, revenue lines and
// actions: 600 lines in all, where the form and the results are largest
// (BenchmarkInputToResultLarge in cmd/server, BenchmarkTypingLarge in app).
func Large() roi.Scenario {
	sc, ok := roi.Preset("ecommerce")
	if !ok {
		panic("testscenario: no e-commerce preset")
	}
	channels := []string{"facebook", "instagram", "linkedin", "tiktok", ""}
	for i := range 200 {
		n := strconv.Itoa(i)
		ch := channels[i%len(channels)]
		sc.Costs = append(sc.Costs, roi.Cost{Label: "cost " + n, Category: "tools", Amount: roi.Number(strconv.Itoa(100 + i)), Channel: ch})
		sc.Revenue = append(sc.Revenue, roi.Revenue{Label: "revenue " + n, Amount: roi.Number(strconv.Itoa(300 + i)), Channel: ch, Paid: i%3 == 0})
		sc.Actions = append(sc.Actions, roi.Action{Label: "action " + n, Type: "micro", Count: roi.Number(strconv.Itoa(1000 + i)), UnitValue: "0.25", Channel: ch})
	}
	return sc
}
