package roi_test

import (
	"os"

	"github.com/socialroi/socialroi/roi"
)

func ExampleWriteText() {
	s := roi.New("Bakery: March", "EUR")
	s.Period = &roi.Period{Start: "2026-03-01", End: "2026-03-31"}
	s.Costs = []roi.Cost{
		{Label: "Owner's time", Category: "staff", Hours: roi.N("10"), HourlyRate: roi.N("30")},
		{Label: "Instagram ads", Category: "ads", Amount: roi.N("200"), Channel: "instagram"},
	}
	s.Revenue = []roi.Revenue{{Label: "Orders", Amount: roi.N("1250.50"), Channel: "instagram", Paid: true}}
	s.GrossMargin = roi.N("60")
	r, err := roi.Calculate(s)
	if err != nil {
		panic(err)
	}
	roi.WriteText(os.Stdout, r)
	// Output:
	// Social media ROI: Bakery: March
	// Currency: EUR   Period: 1 March 2026 to 31 March 2026   Business model: custom
	// ========================================
	// The period is 1 whole month (0.0833 of a year): yearly values are prorated to
	// it.
	//
	// Headline
	// --------
	//   On the gross profit of booked sales you gained 250.30 EUR (ROI on gross
	//   profit 50.06%).
	//
	//   ROI on gross profit                 50.06%
	//   Total ROI on gross profit           50.06%
	//   Direct ROI (revenue against cost)  150.10%
	//   Total ROI (revenue and estimates)  150.10%
	//   ROAS (paid revenue / ad spend)       6.25
	//   Net result on gross profit         250.30 EUR
	//   Net result, direct                 750.50 EUR
	//   Net result, total (estimate)       750.50 EUR
	//
	// Totals
	// ------
	//   Cost                                         500.00 EUR
	//     staff time (10 hours)                      300.00 EUR
	//     ad spend                                   200.00 EUR
	//     paid work (ads and lines marked paid)      200.00 EUR
	//   Revenue entered                            1,250.50 EUR
	//   Direct revenue (credited to social)        1,250.50 EUR
	//     from paid social                         1,250.50 EUR
	//     from funnel conversions                      0.00 EUR
	//   Action value counted (estimate)                0.00 EUR
	//     micro actions                                0.00 EUR
	//     macro actions                                0.00 EUR
	//     shown but not added (counted elsewhere)      0.00 EUR
	//   Earned media (estimate)                        0.00 EUR
	//   Savings (estimate)                             0.00 EUR
	//   Customer lift for the period (estimate)        0.00 EUR
	//     per year                                     0.00 EUR
	//   Estimated returns together                     0.00 EUR
	//   Total return (estimate)                    1,250.50 EUR
	//   Gross profit on direct revenue               750.30 EUR
	//   Total return on gross profit (estimate)      750.30 EUR
	//
	// Cost by category
	// ----------------
	//   Category        Cost   Share
	//   staff     300.00 EUR  60.00%
	//   ads       200.00 EUR  40.00%
	//
	// Revenue and the share credited to social
	// ----------------------------------------
	//   Revenue line        Amount  Credited       Counted
	//   Orders        1,250.50 EUR   100.00%  1,250.50 EUR
	//
	// Break-even
	// ----------
	//   Revenue needed (its gross profit covers the cost)  833.33 EUR
	//   Direct revenue still missing                         0.00 EUR
	//   Conversions needed (profit per conversion)            n/a (no funnel is entered)
	//   Gross profit on direct revenue covers the cost: break-even is reached.
	//
	// Channels, best ROI first
	// ------------------------
	//   #  Channel         Own cost  Shared cost        Return      ROI  ROI on profit  Cost per result
	//   1  instagram     200.00 EUR   300.00 EUR  1,250.50 EUR  150.10%         50.06%              n/a (no macro actions are entered for this channel)
	//      (no channel)  300.00 EUR  -300.00 EUR      0.00 EUR     n/a            n/a               n/a (these costs are shared out to the channels)
	//   Each channel carries its share of the costs without a channel, by its share
	//   of the channel costs. Return is attributed revenue plus the action value
	//   added. "(no channel)" also holds funnel revenue, earned media, savings and
	//   lift. A result is a macro action of the channel.
	//
	// Paid vs organic
	// ---------------
	//                  Cost       Revenue  Action value        Return       ROI  ROI on profit
	//   Paid     200.00 EUR  1,250.50 EUR      0.00 EUR  1,250.50 EUR   525.25%        275.15%
	//   Organic  300.00 EUR      0.00 EUR      0.00 EUR      0.00 EUR  -100.00%       -100.00%
	//   Paid cost is the ad spend plus the staff time and content marked as spent on
	//   ads. Organic return also holds earned media, savings and lift.
	//
	// What if: which small change pays most
	// -------------------------------------
	//   Each funnel stage 10% better (a 20% rate becomes 22%; later stages keep
	//   their rates) and each cost line 10% cheaper, ranked by what they add:
	//   Change                 Now       After  Gross profit  Total ROI on profit  Break-even rate
	//   cost of Owner's time        -30.00 EUR    +30.00 EUR         +9.58 points
	//   cost of Instagram ads       -20.00 EUR    +20.00 EUR         +6.25 points
	//
	// Warnings
	// --------
	//   None.
}
