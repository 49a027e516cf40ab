package app

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

const nbsp = "\u00a0"

// formatReports returns the report of a small scenario whose figures are easy
// to check by hand, and that of a worse copy (for changes and points):
// cost 1000 (ads), revenue 1234.5 (paid; 750 in the copy), a funnel
// 1234567 -> 10% -> 2.5%.
func formatReports(t *testing.T, currency string) (roi.Report, roi.Report) {
	t.Helper()
	s := roi.New("format", currency)
	s.Costs = []roi.Cost{{Label: "ads", Category: "ads", Amount: "1000"}}
	s.Revenue = []roi.Revenue{{Label: "orders", Amount: "1234.5", Paid: true}}
	s.Funnel = &roi.Funnel{Stages: []roi.Stage{
		{Metric: "impressions", Count: "1234567"},
		{Metric: "clicks", Rate: "10"},
		{Metric: "buys", Rate: "2.5"},
	}}
	a, err := roi.Calculate(s)
	if err != nil {
		t.Fatal(err)
	}
	worse := s.Clone()
	worse.Revenue[0].Amount = "750"
	b, err := roi.Calculate(worse)
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

func compareRow(t *testing.T, c roi.Comparison, key string) roi.CompareRow {
	t.Helper()
	for _, r := range c.Rows {
		if r.Key == key {
			return r
		}
	}
	t.Fatalf("no comparison row %q", key)
	return roi.CompareRow{}
}

func TestFormatValue(t *testing.T) {
	eur, worse := formatReports(t, "EUR")
	jpy, _ := formatReports(t, "JPY")
	kwd, _ := formatReports(t, "KWD")
	cmp := roi.Compare(eur, worse)
	direct := compareRow(t, cmp, "roi.direct").Change
	up := compareRow(t, roi.Compare(worse, eur), "roi.direct").Change
	same := compareRow(t, roi.Compare(eur, eur), "roi.direct").Change

	cases := []struct {
		name     string
		lang     string
		v        roi.Value
		currency string
		want     string
	}{
		// money: the currency's minor units, the code after a no-break space
		{"money en", "en", eur.Totals.Cost, "EUR", "1,000.00" + nbsp + "EUR"},
		{"money en fraction", "en", eur.Totals.DirectRevenue, "EUR", "1,234.50" + nbsp + "EUR"},
		{"money fr", "fr", eur.Totals.DirectRevenue, "EUR", "1" + nbsp + "234,50" + nbsp + "EUR"},
		{"money nb", "nb-NO", eur.Totals.Cost, "NOK", "1" + nbsp + "000,00" + nbsp + "NOK"},
		{"money de", "de", eur.Totals.DirectRevenue, "EUR", "1.234,50" + nbsp + "EUR"},
		{"money unknown lang reads English", "xx", eur.Totals.Cost, "EUR", "1,000.00" + nbsp + "EUR"},
		{"money no decimals", "en", jpy.Totals.DirectRevenue, "JPY", "1,235" + nbsp + "JPY"},
		{"money three decimals", "en", kwd.Totals.DirectRevenue, "KWD", "1,234.500" + nbsp + "KWD"},
		{"money small", "en", eur.Totals.NetDirect, "EUR", "234.50" + nbsp + "EUR"},
		{"money negative", "en", compareRow(t, cmp, "totals.directRevenue").Change, "EUR", minus + "484.50" + nbsp + "EUR"},
		{"money zero", "en", compareRow(t, cmp, "totals.cost").Change, "EUR", "0.00" + nbsp + "EUR"},

		// percent: two decimals and %
		{"percent en", "en", eur.ROI.Direct, "EUR", "23.45%"},
		{"percent fr", "fr", eur.ROI.Direct, "EUR", "23,45%"},
		{"percent negative", "en", compareRow(t, cmp, "totals.directRevenue").ChangePercent, "EUR", minus + "39.25%"},
		{"percent large", "en", compareRow(t, cmp, "roi.direct").ChangePercent, "EUR", minus + "206.61%"},

		// ratio: two decimals and ×
		{"ratio en", "en", eur.ROAS, "EUR", "1.23×"},
		{"ratio fr", "fr", eur.ROAS, "EUR", "1,23×"},
		{"ratio negative", "en", compareRow(t, cmp, "roas").Change, "EUR", minus + "0.48×"},

		// points: signed, two decimals, " pts"
		{"points down", "en", direct, "EUR", minus + "48.45 pts"},
		{"points up", "en", up, "EUR", "+48.45 pts"},
		{"points zero has no sign", "en", same, "EUR", "0.00 pts"},
		{"points fr", "fr", up, "EUR", "+48,45" + nbsp + "pts"},
		{"points tr", "tr", up, "EUR", "+48,45 puan"},
		{"points nb", "nb", direct, "EUR", minus + "48,45 p.p."},

		// counts: grouped, no needless decimals
		{"count whole", "en", eur.Funnel[0].Count, "EUR", "1,234,567"},
		{"count fr", "fr", eur.Funnel[0].Count, "EUR", "1" + nbsp + "234" + nbsp + "567"},
		{"count one decimal", "en", eur.Funnel[1].Count, "EUR", "123,456.7"},
		{"count two decimals", "en", eur.Funnel[2].Count, "EUR", "3,086.42"},
		{"count de", "de", eur.Funnel[2].Count, "EUR", "3.086,42"},

		// undefined, whatever the unit
		{"n/a percent", "en", eur.ROI.Profit, "EUR", "n/a"},
		{"n/a percent fr", "fr", eur.ROI.Profit, "EUR", "n." + nbsp + "d."},
		{"n/a percent pl", "pl", eur.ROI.Profit, "EUR", "b.d."},
		{"n/a percent sv-SE", "sv-SE", eur.ROI.Profit, "EUR", "ej beräkningsbar"},
		{"n/a money", "en", compareRow(t, cmp, "totals.staffCost").ChangePercent, "EUR", "n/a"},
		{"n/a rate", "en", eur.Funnel[0].RateFromPrevious, "EUR", "n/a"},
		{"n/a zero value", "en", roi.Value{}, "EUR", "n/a"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatValue(tc.lang, tc.v, tc.currency); got != tc.want {
				t.Errorf("FormatValue(%q, %s %s, %q) = %q; want %q", tc.lang, tc.v.Unit(), tc.v, tc.currency, got, tc.want)
			}
		})
	}
}

func TestFormatMoney(t *testing.T) {
	cases := []struct {
		lang, value, currency, want string
	}{
		{"en", "1234.5", "EUR", "1,234.50" + nbsp + "EUR"},
		{"en", "1234", "USD", "1,234.00" + nbsp + "USD"},
		{"en", "0", "EUR", "0.00" + nbsp + "EUR"},
		{"en", "999", "EUR", "999.00" + nbsp + "EUR"},
		{"en", "1234567.891", "EUR", "1,234,567.89" + nbsp + "EUR"},
		{"en", "0.125", "EUR", "0.13" + nbsp + "EUR"},          // half away from zero
		{"en", "-0.125", "EUR", minus + "0.13" + nbsp + "EUR"}, // half away from zero
		{"en", "-0.001", "EUR", "0.00" + nbsp + "EUR"},         // no negative zero
		{"en", "1234.5", "JPY", "1,235" + nbsp + "JPY"},
		{"en", "0.1235", "KWD", "0.124" + nbsp + "KWD"},
		{"fr", "-1234567.891", "EUR", minus + "1" + nbsp + "234" + nbsp + "567,89" + nbsp + "EUR"},
		{"nb", "1000", "NOK", "1" + nbsp + "000,00" + nbsp + "NOK"},
		{"sv-SE", "1000", "SEK", "1" + nbsp + "000,00" + nbsp + "SEK"},
		{"de-DE", "1234.5", "EUR", "1.234,50" + nbsp + "EUR"},
		{"tr", "1234.5", "TRY", "1.234,50" + nbsp + "TRY"},
		{"", "1234.5", "EUR", "1,234.50" + nbsp + "EUR"},
	}
	for _, tc := range cases {
		if got := FormatMoney(tc.lang, tc.value, tc.currency); got != tc.want {
			t.Errorf("FormatMoney(%q, %q, %q) = %q; want %q", tc.lang, tc.value, tc.currency, got, tc.want)
		}
	}
}

// The plain formatter on its own: every style, including the ones
// FormatValue only reaches with particular units.
func TestPlainFormatter(t *testing.T) {
	cases := []struct {
		name, lang, value string
		style             formatStyle
		want              string
	}{
		{"fixed places", "en", "1234.5", formatStyle{places: 2}, "1,234.50"},
		{"max places", "en", "1234.50", formatStyle{places: 2, maxOnly: true}, "1,234.5"},
		{"max places whole", "en", "1234.00", formatStyle{places: 2, maxOnly: true}, "1,234"},
		{"max places rounds", "en", "0.005", formatStyle{places: 2, maxOnly: true}, "0.01"},
		{"signed positive", "en", "3", formatStyle{places: 2, signed: true}, "+3.00"},
		{"signed negative", "en", "-3", formatStyle{places: 2, signed: true}, minus + "3.00"},
		{"signed zero", "en", "0", formatStyle{places: 2, signed: true}, "0.00"},
		{"signed rounds to zero", "en", "0.001", formatStyle{places: 2, signed: true}, "0.00"},
		{"percent", "en", "12.5", formatStyle{places: 2, percent: true}, "12.50%"},
		{"percent fr", "fr", "-12.5", formatStyle{places: 2, percent: true}, minus + "12,50%"},
		{"currency", "pl", "1234567", formatStyle{currency: "PLN", places: 2}, "1" + nbsp + "234" + nbsp + "567,00" + nbsp + "PLN"},
		{"no places", "en", "1234567.5", formatStyle{places: 0}, "1,234,568"},
		{"not a number is shown as given", "en", "abc", formatStyle{places: 2}, "abc"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := (plainFormatter{}).format(tc.lang, tc.value, tc.style); got != tc.want {
				t.Errorf("format(%q, %q, %+v) = %q; want %q", tc.lang, tc.value, tc.style, got, tc.want)
			}
		})
	}
}

// Every figure of every preset's report, shown in English, reads back as the
// engine's own presented value: formatting adds grouping and a unit, never
// changes the number.
func TestFormatValueMatchesEngine(t *testing.T) {
	for _, name := range roi.PresetNames {
		s, _ := roi.Preset(name)
		r, err := roi.Calculate(s)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		eachValue(reflect.ValueOf(r), "report", func(path string, v roi.Value) {
			n++
			got := FormatValue("en", v, r.Currency)
			if !v.Defined() {
				if got != "n/a" {
					t.Errorf("%s %s: %q; want n/a", name, path, got)
				}
				return
			}
			plain := strings.ReplaceAll(strings.ReplaceAll(got, ",", ""), minus, "-") // the sign is U+2212
			switch v.Unit() {
			case roi.UnitMoney:
				plain = strings.TrimSuffix(plain, nbsp+r.Currency)
			case roi.UnitPercent:
				plain = strings.TrimSuffix(plain, "%")
			case roi.UnitRatio:
				plain = strings.TrimSuffix(plain, "×")
			case roi.UnitPoints:
				plain = strings.TrimPrefix(strings.TrimSuffix(plain, " pts"), "+")
			}
			if plain != v.String() {
				t.Errorf("%s %s (%s): FormatValue = %q, reads %q; engine says %q", name, path, v.Unit(), got, plain, v.String())
			}
		})
		if n < 50 {
			t.Errorf("%s: only %d figures found in the report", name, n)
		}
	}
}

var valueType = reflect.TypeOf(roi.Value{})

// eachValue calls f with every roi.Value inside x.
func eachValue(x reflect.Value, path string, f func(string, roi.Value)) {
	if x.Type() == valueType {
		f(path, x.Interface().(roi.Value))
		return
	}
	switch x.Kind() {
	case reflect.Pointer:
		if !x.IsNil() {
			eachValue(x.Elem(), path, f)
		}
	case reflect.Struct:
		for i := 0; i < x.NumField(); i++ {
			if x.Type().Field(i).IsExported() {
				eachValue(x.Field(i), path+"."+x.Type().Field(i).Name, f)
			}
		}
	case reflect.Slice:
		for i := 0; i < x.Len(); i++ {
			eachValue(x.Index(i), path+"["+strconv.Itoa(i)+"]", f)
		}
	}
}
