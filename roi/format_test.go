package roi

import (
	"bytes"
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestFormatGroup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0", "0"},
		{"12", "12"},
		{"123", "123"},
		{"1234", "1,234"},
		{"1234.50", "1,234.50"},
		{"-1234.5", "-1,234.5"},
		{"123456", "123,456"},
		{"1234567.891", "1,234,567.891"},
		{"-100", "-100"},
		{"-999999.99", "-999,999.99"},
		{"n/a", "n/a"},
	}
	for _, tt := range tests {
		if got := group(tt.in); got != tt.want {
			t.Errorf("group(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatWrapText(t *testing.T) {
	got := wrapText("one two three four five six", 12, "- ", "  ")
	want := []string{"- one two", "  three four", "  five six"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrapText = %q; want %q", got, want)
	}
	// A word longer than the width stays whole.
	got = wrapText("abcdefghijklmnop x", 5, "", "")
	want = []string{"abcdefghijklmnop", "x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrapText = %q; want %q", got, want)
	}
}

func TestFormatUniqueNames(t *testing.T) {
	in := []string{"a", "b", "a", "a#2", "a"}
	got := uniqueNames(len(in), func(i int) string { return in[i] })
	want := []string{"a", "b", "a#2", "a#2#2", "a#3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("uniqueNames(%q) = %q; want %q", in, got, want)
	}
}

func TestFormatValueCell(t *testing.T) {
	eur := calc{places: 2}
	jpy := calc{places: 0}
	tests := []struct {
		name   string
		v      Value
		cur    string
		signed bool
		want   string
	}{
		{"money", eur.money(fmtDec("1234.5")), "EUR", false, "1,234.50 EUR"},
		{"negative money", eur.money(fmtDec("-0.004")), "EUR", false, "0.00 EUR"},
		{"yen", jpy.money(fmtDec("150000.4")), "JPY", false, "150,000 JPY"},
		{"percent", percent(fmtDec("1234.5678")), "EUR", false, "1,234.57%"},
		{"ratio", ratio(fmtDec("3.125")), "EUR", false, "3.13"},
		{"count", count(fmtDec("1450000")), "EUR", false, "1,450,000"},
		{"signed points", points(fmtDec("2.5")), "EUR", true, "+2.50 points"},
		{"signed negative", points(fmtDec("-2.5")), "EUR", true, "-2.50 points"},
		{"signed zero", points(fmtDec("0.001")), "EUR", true, "0.00 points"},
		{"undefined", undefined(UnitPercent, "na.nocost"), "EUR", false, "n/a (no cost is entered, so there is nothing to divide by)"},
		{"undefined, no reason", undefined(UnitPercent, ""), "EUR", false, "n/a"},
	}
	for _, tt := range tests {
		c := valueCell(tt.v, tt.cur, tt.signed)
		if got := c.num + c.suffix; got != tt.want {
			t.Errorf("%s: valueCell = %q; want %q", tt.name, got, tt.want)
		}
	}
}

func formatReport(t *testing.T, s Scenario) Report {
	t.Helper()
	r, err := Calculate(s)
	if err != nil {
		t.Fatalf("Calculate: %v", err)
	}
	return r
}

func formatPreset(t *testing.T, name string) Report {
	t.Helper()
	s, ok := Preset(name)
	if !ok {
		t.Fatalf("no preset %q", name)
	}
	return formatReport(t, s)
}

// squash collapses runs of spaces, so that tests do not depend on column widths.
func squash(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

func TestWriteTextUndefinedAndEstimates(t *testing.T) {
	s := New("Nothing spent yet", "JPY")
	s.Revenue = []Revenue{{Label: "Orders", Amount: "150000"}}
	var b bytes.Buffer
	if err := WriteText(&b, formatReport(t, s)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Social media ROI: Nothing spent yet",
		"Currency: JPY",
		"Direct ROI (revenue against cost) n/a (no cost is entered, so there is nothing to divide by)",
		"Total ROI (revenue and estimates) n/a",
		"150,000 JPY",
		"ROAS (paid revenue / ad spend) n/a (no ad spend is entered)",
		"- No costs are entered: ROI cannot be computed without them.",
	} {
		if !strings.Contains(squash(out), want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"Funnel\n", "Goals\n", "Not in the figures", "\t", " \n"} {
		if strings.Contains(out, bad) {
			t.Errorf("text report has %q:\n%s", bad, out)
		}
	}
}

func TestWriteTextPreset(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, formatPreset(t, "ecommerce")); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Period: 1 January 2026 to 31 March 2026",
		"20,127.00 EUR",
		"CPM", "CPC", "per unit", "CAC",
		"n/a: the first stage has no previous stage.",
		// Facebook's own 2,600 plus 2,600 / 12,800 of the 7,327 shared = 1,488.30
		"1 facebook 2,600.00 EUR 1,488.30 EUR 7,300.00 EUR 78.56% -19.65%",
		"(no channel)",
		"revenue 31 March 2026 36,000.00 EUR 32,190.00 EUR 89.42% (not met)",
		"On the gross profit of booked sales you lost 5,641.50 EUR (ROI on gross",
		"profit -28.03%). Counting the estimated values too (actions, earned media,",
		"Gross profit on direct revenue does not cover the cost yet.",
		"The period is 3 whole months (0.25 of a year): yearly values are prorated to",
		"(not met)",
		"Not in the figures",
		"- word-of-mouth: customers tag the shop in unboxing videos",
	} {
		if !strings.Contains(squash(out), want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
}

func TestWriteCSVCoversEveryFigure(t *testing.T) {
	for _, name := range PresetNames {
		r := formatPreset(t, name)
		var b bytes.Buffer
		if err := WriteCSV(&b, r); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("%s: the CSV does not read back: %v", name, err)
		}
		if got := strings.Join(rows[0], ","); got != "section,metric,value,unit" {
			t.Fatalf("%s: header = %q", name, got)
		}
		units := map[string]bool{r.Currency: true, "%": true, "points": true, "ratio": true, "count": true, "text": true}
		seen := map[string]bool{}
		sections := map[string]bool{}
		figures := 0
		for _, row := range rows[1:] {
			sec, metric, val, unit := row[0], row[1], row[2], row[3]
			key := sec + "," + metric
			if seen[key] {
				t.Errorf("%s: %s appears twice", name, key)
			}
			seen[key] = true
			sections[sec] = true
			if !units[unit] {
				t.Errorf("%s: %s has unit %q", name, key, unit)
			}
			if unit != "text" {
				figures++
				if val == "n/a" || strings.Contains(val, ",") {
					t.Errorf("%s: %s = %q; want a plain number or empty", name, key, val)
				}
			}
			if unit == r.Currency && val != "" {
				_, frac, _ := strings.Cut(val, ".")
				if len(frac) != int(MinorUnits(r.Currency)) {
					t.Errorf("%s: %s = %q; want %d decimals", name, key, val, MinorUnits(r.Currency))
				}
			}
		}
		for _, sec := range []string{"report", "totals", "costBreakdown", "costLines", "roi", "roas", "actions", "funnel",
			"breakEven", "channels", "unallocated", "paid", "organic", "goals", "whatIf", "indirect"} {
			if !sections[sec] {
				t.Errorf("%s: no rows in section %s", name, sec)
			}
		}
		if want := countValues(reflect.ValueOf(r)); figures != want {
			t.Errorf("%s: the CSV has %d figures; the report has %d Values", name, figures, want)
		}
	}
}

// countValues counts the Values reachable in a report, so that a figure
// added to the report and forgotten in WriteCSV fails the test.
func countValues(v reflect.Value) int {
	if v.Type() == reflect.TypeOf(Value{}) {
		return 1
	}
	n := 0
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				n += countValues(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			n += countValues(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			n += countValues(v.Elem())
		}
	}
	return n
}

func TestWriteCSVUndefinedIsEmpty(t *testing.T) {
	s := New("No cost", "EUR")
	s.Costs = []Cost{}
	var b bytes.Buffer
	if err := WriteCSV(&b, formatReport(t, s)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"roi,direct,,%\n",
		"roas,roas,,ratio\n",
		"breakEven,conversions,,count\n",
		"totals,cost,0.00,EUR\n",
		"warnings,warn.nocost,No costs are entered: ROI cannot be computed without them.,text\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
}

func TestWriteCSVQuotesAndRepeats(t *testing.T) {
	s := New("Quotes, \"and\" commas", "EUR")
	s.Costs = []Cost{
		{Label: "Ads, round 1", Category: "ads", Amount: "10"},
		{Label: "Ads, round 1", Category: "ads", Amount: "20"},
		{Category: "tools", Amount: "5"},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, formatReport(t, s)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`report,name,"Quotes, ""and"" commas",text`,
		`costLines,"Ads, round 1.cost",10.00,EUR`,
		`costLines,"Ads, round 1#2.cost",20.00,EUR`,
		`costLines,costs[2].cost,5.00,EUR`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
}

type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestFormatWriteErrors(t *testing.T) {
	r := formatPreset(t, "b2b")
	if err := WriteText(failingWriter{}, r); !errors.Is(err, errWrite) {
		t.Errorf("WriteText error = %v; want %v", err, errWrite)
	}
	if err := WriteCSV(failingWriter{}, r); !errors.Is(err, errWrite) {
		t.Errorf("WriteCSV error = %v; want %v", err, errWrite)
	}
	if err := WriteCompareText(failingWriter{}, Compare(r, r)); !errors.Is(err, errWrite) {
		t.Errorf("WriteCompareText error = %v; want %v", err, errWrite)
	}
}

func TestWriteCompareText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCompareText(&b, Compare(formatPreset(t, "b2b"), formatPreset(t, "saas"))); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"A: B2B services: LinkedIn quarter (USD)",
		"B: SaaS: trial growth quarter (USD)",
		"Cost                                  32,400.00 USD  28,300.00 USD   -4,100.00 USD        -12.65%",
		"-40.35 points",
		"n/a (the first value is zero)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("comparison lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "different currencies") {
		t.Errorf("comparison of two USD scenarios mentions currencies:\n%s", out)
	}

	b.Reset()
	if err := WriteCompareText(&b, Compare(formatPreset(t, "ecommerce"), formatPreset(t, "local"))); err != nil {
		t.Fatal(err)
	}
	out = b.String()
	if !strings.Contains(out, "different currencies: money figures are shown but not") {
		t.Errorf("comparison of EUR and NOK does not say so:\n%s", out)
	}
	if strings.Count(out, "different currencies") != 1 {
		t.Errorf("the currency reason should be said once:\n%s", out)
	}
	for _, k := range CompareKeys {
		if CompareLabel(k) == k {
			t.Errorf("compare key %s has no label", k)
		}
		if !strings.Contains(out, CompareLabel(k)) {
			t.Errorf("comparison lacks %s:\n%s", CompareLabel(k), out)
		}
	}
}

func fmtDec(s string) decimal.Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// An "n/a" inside a table keeps the columns aligned: its reason is said once
// under the table, unless the row's last cell says it already.
func TestWriteTextReasonsUnderTables(t *testing.T) {
	s := New("Empty funnel", "EUR")
	s.Costs = []Cost{{Label: "Time", Category: "staff", Hours: "1", HourlyRate: "10"}}
	s.Funnel = &Funnel{Stages: []Stage{{Metric: "impressions", Count: "0"}, {Metric: "clicks", Rate: "5"}}}
	var b bytes.Buffer
	if err := WriteText(&b, formatReport(t, s)); err != nil {
		t.Fatal(err)
	}
	out := squash(b.String())
	for _, want := range []string{
		"impressions 0 n/a CPM n/a n/a (no ad spend is entered)",
		"clicks 0 5.00% CPC n/a n/a (no ad spend is entered)",
		"n/a: this stage has no count.",
		"n/a: the first stage has no previous stage.",
		"Conversion from first to last stage n/a (the previous stage has no count)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "n/a: this stage has no count."); n != 1 {
		t.Errorf("the reason is said %d times; want once:\n%s", n, out)
	}
	if strings.Contains(out, "n/a: no ad spend is entered.") {
		t.Errorf("a reason already in the row is repeated under the table:\n%s", out)
	}
}
