package adimport_test

import (
	"fmt"
	"strings"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/roi/adimport"
)

// A Google Ads report as it is downloaded: a title, the date range, the
// header, days, "--" for no data, and total rows.
const googleAds = "Campaign report\n" +
	"1 March 2026 - 31 March 2026\n" +
	"Day,Campaign,Currency code,Cost,Impr.,Clicks,Avg. CPC,Conversions,Conv. value\n" +
	"2026-03-01,YouTube – Launch,EUR,120.40,\"15,200\",310,0.39,4.00,380.00\n" +
	"2026-03-02,YouTube – Launch,EUR,--,--,--,--,--,--\n" +
	"2026-03-03,YouTube – Launch,EUR,\"1,001.50\",\"120,400\",\"2,310\",0.43,11.50,\"1,092.50\"\n" +
	"Total: Account,,EUR,\"1,121.90\",\"135,600\",\"2,620\",0.43,15.50,\"1,472.50\"\n"

func ExampleRead() {
	f, err := adimport.Read("report.csv", []byte(googleAds))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Platform, f.Language, f.Currency, f.Period.Start, f.Period.End)
	var cols []string
	for _, c := range f.Columns {
		cols = append(cols, c.Header+"="+string(c.Field))
	}
	fmt.Println(strings.Join(cols, " "))
	c := f.Campaigns[0]
	cpc, _ := c.CPC()
	fmt.Println(c.Name, c.Channel, "spend", c.Spend, "partial", c.Spend.Partial, "clicks", c.Clicks, "CPC", cpc.StringFixed(2), "days", len(c.Days))
	for _, s := range f.Skipped {
		fmt.Printf("line %d: %s\n", s.Line, s)
	}
	// Output:
	// google-ads en EUR 2026-03-01 2026-03-31
	// Day=day Campaign=campaign Currency code=currency Cost=spend Impr.=impressions Clicks=clicks Avg. CPC=ratio Conversions=conversions Conv. value=conversion-value
	// YouTube – Launch youtube spend 1121.9 partial true clicks 2620 CPC 0.43 days 3
	// line 7: a total row: totals are recomputed from the rows
}

func ExampleApply() {
	f, err := adimport.Read("report.csv", []byte(googleAds))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := roi.New("Launch", "NOK")
	out, sum := adimport.Apply(s, []*adimport.File{f}, adimport.Choices{
		Attribution: "60",
		Rates:       []roi.ExchangeRate{{Currency: "EUR", Rate: "11.5", Date: "2026-03-31"}},
	})
	c := out.Costs[0]
	fmt.Println(c.Label, c.Amount, out.Currency, "from", c.Origin.Amount, c.Origin.Currency)
	r := out.Revenue[0]
	fmt.Println(r.Label, r.Amount, "source", r.Source, "attribution", r.Attribution)
	for _, st := range out.Funnel.Stages {
		fmt.Println(st.Stage, st.Metric, st.Count)
	}
	for _, w := range sum.Warnings {
		fmt.Println("warning:", w)
	}
	// Output:
	// Google Ads: youtube 12901.85 NOK from 1121.9 EUR
	// Google Ads: youtube conversion value 16933.75 source platform attribution 60
	// awareness impressions 135600
	// interest clicks 2620
	// purchase conversions 15.5
	// warning: report.csv: amounts in EUR were converted at 11.5 NOK per EUR (rate of 2026-03-31)
	// warning: the scenario's period was set to 2026-03-01 – 2026-03-31, from report.csv
}
