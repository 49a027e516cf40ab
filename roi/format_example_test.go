package roi_test

import (
	"os"

	"github.com/socialroi/socialroi/roi"
)

func ExampleWriteText() {
	s := roi.New("Bakery: March", "EUR")
	s.Costs = []roi.Cost{
		{Label: "Owner's time", Category: "staff", Hours: roi.N("10"), HourlyRate: roi.N("30")},
		{Label: "Instagram ads", Category: "ads", Amount: roi.N("200"), Channel: "instagram"},
	}
	s.Revenue = []roi.Revenue{{Label: "Orders", Amount: roi.N("1250.50"), Channel: "instagram", Paid: true}}
	r, err := roi.Calculate(s)
	if err != nil {
		panic(err)
	}
	roi.WriteText(os.Stdout, r)
	// Output:
	// Social media ROI: Bakery: March
	// Currency: EUR   Business model: custom
	// ========================================
	//
	// Headline
	// --------
	//   Direct ROI (revenue against cost)  150.10%
	//   Total ROI (estimate)               150.10%
	//   ROI on gross profit                   n/a (no gross margin is entered)
	//   ROAS (paid revenue / ad spend)       6.25
	//   Net result, direct                 750.50 EUR
	//   Net result, total (estimate)       750.50 EUR
	//
	// Totals
	// ------
	//   Cost                              500.00 EUR
	//     staff time (10 hours)           300.00 EUR
	//     ad spend                        200.00 EUR
	//   Direct revenue                  1,250.50 EUR
	//     from paid social              1,250.50 EUR
	//     from funnel conversions           0.00 EUR
	//   Action value (estimate)             0.00 EUR
	//     micro actions                     0.00 EUR
	//     macro actions                     0.00 EUR
	//   Earned media (estimate)             0.00 EUR
	//   Savings (estimate)                  0.00 EUR
	//   Customer lift (estimate)            0.00 EUR
	//   Estimated returns together          0.00 EUR
	//   Total return (estimate)         1,250.50 EUR
	//   Gross profit on direct revenue       n/a (no gross margin is entered)
	//
	// Cost by category
	// ----------------
	//   Category        Cost   Share
	//   staff     300.00 EUR  60.00%
	//   ads       200.00 EUR  40.00%
	//
	// Break-even
	// ----------
	//   Revenue needed (the total cost)   500.00 EUR
	//   Direct revenue still missing        0.00 EUR
	//   Conversions needed to break even     n/a (no funnel is entered)
	//   Direct revenue covers the cost: break-even is reached.
	//
	// Channels, best ROI first
	// ------------------------
	//   #  Channel             Cost        Return       ROI
	//   1  instagram     200.00 EUR  1,250.50 EUR   525.25%
	//      (no channel)  300.00 EUR      0.00 EUR  -100.00%
	//   Return is revenue plus action value. "(no channel)" also holds funnel
	//   revenue, earned media, savings and lift.
	//
	// Paid vs organic
	// ---------------
	//                  Cost       Revenue  Action value        Return       ROI
	//   Paid     200.00 EUR  1,250.50 EUR      0.00 EUR  1,250.50 EUR   525.25%
	//   Organic  300.00 EUR      0.00 EUR      0.00 EUR      0.00 EUR  -100.00%
	//
	// What if
	// -------
	//   Ten percent more on a cost line:
	//   Cost line      Extra cost     Direct ROI
	//   Owner's time   +30.00 EUR  -14.16 points
	//   Instagram ads  +20.00 EUR   -9.62 points
	//
	// Warnings
	// --------
	//   None.
}
