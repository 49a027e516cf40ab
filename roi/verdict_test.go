package roi_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// The verdict says the report's answer in words: lost, gained or broke even,
// on booked sales (on gross profit when a margin is known), then counting
// the estimates, with the range their low and high ends give. Each line's
// tone is the sign of the result it states.
func TestVerdictOf(t *testing.T) {
	leads := func(s *roi.Scenario) { // 10 leads x 20% close x 1,000 = 2,000 of estimated value
		s.Actions = []roi.Action{{Label: "Leads", Type: "macro", Count: "10", InRevenue: new(bool),
			ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "20", Value: "1000"}}}
	}
	tests := []struct {
		name  string
		edit  func(s *roi.Scenario)
		lines []string // code tone args
	}{
		{"no cost entered", func(s *roi.Scenario) { s.Revenue = []roi.Revenue{revenue("500", "", false)} },
			[]string{"verdict.nocost none []"}},
		{"loss", func(s *roi.Scenario) {
			// 2,477.50 revenue against 3,155.00 cost: 677.50 lost, ROI -677.50 / 3,155 = -21.47%.
			s.Costs = []roi.Cost{staff("Time", "40", "50"), costLine("ads", "1155", "")}
			s.Revenue = []roi.Revenue{revenue("2477.50", "", false)}
		}, []string{"verdict.loss loss [677.50 -21.47]"}},
		{"gain", func(s *roi.Scenario) {
			// 1,500 against 1,000: 500 gained, ROI 50%.
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("1500", "", false)}
		}, []string{"verdict.gain gain [500.00 50.00]"}},
		{"break-even exactly", func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("1000", "", false)}
		}, []string{"verdict.even even [0.00 0.00]"}},
		{"direct loss, total gain", func(s *roi.Scenario) {
			// Direct 500 - 1,000 = -500 (-50%); total 500 + 2,000 - 1,000 = 1,500 (150%).
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("500", "", false)}
			leads(s)
		}, []string{"verdict.loss loss [500.00 -50.00]", "verdict.total.gain gain [1500.00 150.00]"}},
		{"margin known: profit first", func(s *roi.Scenario) {
			// Gross profit 3,000 x 40% = 1,200 against 1,000: 200 gained, 20%;
			// total 1,200 + 2,000 x 40% = 2,000: 1,000 gained, 100%.
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("3000", "", false)}
			s.GrossMargin = "40"
			leads(s)
		}, []string{"verdict.profit.gain gain [200.00 20.00]", "verdict.total.gain gain [1000.00 100.00]"}},
		{"margin known: a loss on profit that is a gain on revenue", func(s *roi.Scenario) {
			// Revenue 1,500 is a 50% gain, but its gross profit 750 loses 250 (-25%).
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("1500", "", false)}
			s.GrossMargin = "50"
		}, []string{"verdict.profit.loss loss [250.00 -25.00]"}},
		{"estimates with ranges", func(s *roi.Scenario) {
			// Close rate 10 to 30% (likely 20%): value 1,000 to 3,000, total net
			// 500 + value - 1,000 = 500 to 2,500 (50% to 250%).
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("500", "", false)}
			leads(s)
			s.Actions[0].ValueFrom.RateRange = &roi.Range{Low: "10", High: "30"}
		}, []string{"verdict.loss loss [500.00 -50.00]", "verdict.total.gain gain [1500.00 150.00]", "verdict.range gain [500.00 2500.00 50.00 250.00]"}},
		{"a range across break-even", func(s *roi.Scenario) {
			// Direct revenue credited 50 to 100% (likely 80%) of 1,000: net -500 to 0.
			s.Costs = []roi.Cost{costLine("tools", "1000", "")}
			s.Revenue = []roi.Revenue{{Label: "r", Amount: "1000", Attribution: "80", AttributionRange: &roi.Range{Low: "50", High: "100"}}}
		}, []string{"verdict.loss loss [200.00 -20.00]", "verdict.range none [-500.00 0.00 -50.00 0.00]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range roi.VerdictOf(calculate(t, scenario(tt.edit))) {
				got = append(got, fmt.Sprintf("%s %s %v", l.Message.Code, l.Tone, l.Message.Args))
			}
			if strings.Join(got, "\n") != strings.Join(tt.lines, "\n") {
				t.Errorf("VerdictOf =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.lines, "\n"))
			}
		})
	}
}

// The verdict's figures are the report's: the amount is the net result's
// size, the ROI the headline's, on every preset.
func TestVerdictFiguresAreTheReports(t *testing.T) {
	for _, name := range roi.PresetNames {
		s, _ := roi.Preset(name)
		r := calculate(t, s)
		lines := roi.VerdictOf(r)
		first := lines[0].Message
		net := r.Headline.Net.Likely.Rounded().Abs().StringFixed(2)
		if first.Args[0] != net || first.Args[1] != r.Headline.Direct.Likely.String() {
			t.Errorf("%s: verdict %v; report net %s, ROI %s", name, first.Args, net, r.Headline.Direct.Likely)
		}
		for _, l := range lines {
			for i := range l.Message.Args {
				if l.Message.ArgUnit(i) == 0 {
					t.Errorf("%s: %s argument %d has no unit", name, l.Message.Code, i)
				}
			}
		}
	}
}

// A loss on booked sales with a gain once the value of leads is counted,
// as the CLI says it.
func ExampleVerdict() {
	s := roi.New("Leads quarter", "EUR")
	s.Costs = []roi.Cost{{Label: "Time", Category: "staff", Hours: "50", HourlyRate: "50"}}
	s.Revenue = []roi.Revenue{{Label: "Deals", Amount: "1822.50"}}
	s.Actions = []roi.Action{{Label: "Open leads", Type: "macro", Count: "10", InRevenue: new(bool),
		ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "18", RateRange: &roi.Range{Low: "15.8", High: "19.8"}, Value: "1000"}}}
	r, err := roi.Calculate(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(roi.Verdict(r, r.Currency))
	// Output:
	// On booked sales you lost 677.50 EUR (ROI -27.10%). Counting the estimated values too (actions, earned media, savings, lift), you gained 1,122.50 EUR (total ROI 44.90%, an estimate). Estimate: from 902.50 EUR to 1,302.50 EUR (ROI 36.10% to 52.10%), with the estimates at their low and high ends.
}

// The same verdict in French: the engine gives each sentence's code and
// exact arguments; the app formats the amounts the reader's way.
func ExampleVerdictOf() {
	s := roi.New("Boutique", "EUR")
	s.Costs = []roi.Cost{{Label: "Pub", Category: "ads", Amount: "1000"}}
	s.Revenue = []roi.Revenue{{Label: "Ventes", Amount: "3000"}}
	s.GrossMargin = "40"
	r, err := roi.Calculate(s)
	if err != nil {
		panic(err)
	}
	for _, l := range roi.VerdictOf(r) {
		// French keeps a no-break space before %; shown here as a space.
		fmt.Println(l.Tone+":", strings.ReplaceAll(l.Message.In("fr"), "\u00a0", " "))
	}
	// Output:
	// gain: Sur la marge brute des ventes enregistrées, vous avez gagné 200.00 (ROI sur la marge brute 20.00 %).
}
