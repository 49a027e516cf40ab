package roi_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// How people type numbers in each language: with their currency's sign or
// code before or after, "500,-", thousands with a dot where the decimal mark
// is a comma, a rate as a fraction. want is the value read ("" for an
// error, then code says which), other the second reading of an ambiguous
// text, pct the percent a rate below 1 probably meant.
func TestReadInput(t *testing.T) {
	const (
		money   = roi.KindMoney
		percent = roi.KindPercent
		plain   = roi.KindPlain
		goal    = roi.KindAny
	)
	cases := []struct {
		lang, cur string
		kind      roi.FieldKind
		in        string
		want      string
		other     string
		pct       string
		code      string
	}{
		// English (the currency signs of the example shop's EUR, USD, GBP)
		{"en", "EUR", money, "€500", "500", "", "", ""},
		{"en", "EUR", money, "500 €", "500", "", "", ""},
		{"en", "EUR", money, "EUR 500", "500", "", "", ""},
		{"en", "EUR", money, "500eur", "500", "", "", ""},
		{"en", "EUR", money, "-€25.50", "-25.5", "", "", ""},
		{"en", "USD", money, "$1,250.75", "1250.75", "", "", ""},
		{"en", "USD", money, "US$ 99", "99", "", "", ""},
		{"en", "GBP", money, "£1,500", "1500", "1.5", "", ""}, // one ',' then three digits: thousands, or 1.5
		{"en", "EUR", money, "1,500", "1500", "1.5", "", ""},
		{"en", "EUR", money, "1,500,000", "1500000", "", "", ""},
		{"en", "EUR", money, "1,500.25", "1500.25", "", "", ""},
		{"en", "EUR", money, "1.500", "1.5", "", "", ""}, // the English decimal mark
		{"en", "EUR", money, "1.5", "1.5", "", "", ""},
		{"en", "EUR", money, "1 500", "1500", "", "", ""},
		{"en", "EUR", money, "0,500", "0.5", "", "", ""}, // no group starts with 0
		{"en", "EUR", money, "$500", "", "", "", "num.currency"},
		{"en", "EUR", money, "500 USD", "", "", "", "num.currency"},
		{"en", "EUR", money, "500 kr", "", "", "", "num.currency"}, // a sign several currencies share
		{"en", "EUR", money, "500 apples", "", "", "", "num.invalid"},
		{"en", "EUR", money, "€", "", "", "", "num.empty"},
		{"en", "EUR", plain, "€500", "", "", "", "num.invalid"}, // hours are no amount
		{"en", "EUR", percent, "€15", "", "", "", "num.invalid"},
		{"en", "EUR", goal, "€5,000", "5000", "5", "", ""},
		{"en", "EUR", percent, "0.15", "0.15", "", "15", ""},
		{"en", "EUR", percent, "15 %", "15", "", "", ""},
		{"en", "EUR", percent, "1,500", "1.5", "1500", "", ""}, // a percent in thousands is not one
		{"en", "EUR", percent, "0", "0", "", "", ""},
		{"en", "EUR", percent, "1", "1", "", "", ""},
		{"en", "EUR", money, "0.15", "0.15", "", "", ""}, // only percent fields hint
		{"en", "EUR", money, "12.", "12", "", "", ""},    // on the way to 12.5
		{"en", "EUR", money, "12..", "", "", "", "num.invalid"},
		{"en", "EUR", money, ".", "", "", "", "num.invalid"},
		{"fr", "EUR", money, "12,", "12", "", "", ""},
		{"fr", "EUR", money, "1 500,", "1500", "", "", ""},
		// Norwegian Bokmål: NOK, "kr" before or after, "500,-"
		{"nb", "NOK", money, "500 kr", "500", "", "", ""},
		{"nb", "NOK", money, "kr 500", "500", "", "", ""},
		{"nb", "NOK", money, "kr. 500", "500", "", "", ""},
		{"nb", "NOK", money, "500,-", "500", "", "", ""},
		{"nb", "NOK", money, "kr 1 500,-", "1500", "", "", ""},
		{"nb", "NOK", money, "500 NOK", "500", "", "", ""},
		{"nb", "NOK", money, "1.500", "1500", "1.5", "", ""},
		{"nb", "NOK", money, "1.500.000", "1500000", "", "", ""},
		{"nb", "NOK", money, "1,5", "1.5", "", "", ""},
		{"nb", "NOK", money, "1,500", "1.5", "", "", ""}, // the Norwegian decimal mark
		{"nb", "NOK", money, "1 500", "1500", "", "", ""},
		{"nb", "NOK", money, "1.500,25", "1500.25", "", "", ""},
		{"nb", "NOK", money, "12.5", "12.5", "", "", ""}, // a phone keypad's '.'
		{"nb", "NOK", money, "€500", "", "", "", "num.currency"},
		{"nb", "NOK", plain, "500,-", "", "", "", "num.invalid"},
		{"nb", "NOK", percent, "0,15", "0.15", "", "15", ""},
		{"nb", "NOK", percent, "0,15 %", "0.15", "", "15", ""},
		// Swedish: SEK, "kr", "500:-"
		{"sv", "SEK", money, "500 kr", "500", "", "", ""},
		{"sv", "SEK", money, "500:-", "500", "", "", ""},
		{"sv", "SEK", money, "1.500 kr", "1500", "1.5", "", ""},
		{"sv", "SEK", money, "SEK 1 500", "1500", "", "", ""},
		{"sv", "SEK", money, "500 zł", "", "", "", "num.currency"},
		{"sv", "SEK", percent, "0,5", "0.5", "", "50", ""},
		// French: EUR, "€" after with a no-break space
		{"fr", "EUR", money, "500\u00a0€", "500", "", "", ""},
		{"fr", "EUR", money, "500€", "500", "", "", ""},
		{"fr", "EUR", money, "1.500", "1500", "1.5", "", ""},
		{"fr", "EUR", money, "1.500 €", "1500", "1.5", "", ""},
		{"fr", "EUR", money, "1\u202f500,50\u00a0€", "1500.5", "", "", ""},
		{"fr", "EUR", money, "1,5", "1.5", "", "", ""},
		{"fr", "EUR", money, "1,500", "1.5", "", "", ""},
		{"fr", "EUR", money, "1.500.000", "1500000", "", "", ""},
		{"fr", "EUR", money, "-1.500", "-1500", "-1.5", "", ""},
		{"fr", "EUR", money, "$500", "", "", "", "num.currency"},
		{"fr", "EUR", money, "12,5 $", "", "", "", "num.currency"},
		{"fr", "EUR", percent, "0,15\u00a0%", "0.15", "", "15", ""},
		{"fr", "EUR", percent, "15\u00a0%", "15", "", "", ""},
		// Polish: PLN, "zł" after
		{"pl", "PLN", money, "500 zł", "500", "", "", ""},
		{"pl", "PLN", money, "500zł", "500", "", "", ""},
		{"pl", "PLN", money, "500 PLN", "500", "", "", ""},
		{"pl", "PLN", money, "1.500 zł", "1500", "1.5", "", ""},
		{"pl", "PLN", money, "1 500,99 zł", "1500.99", "", "", ""},
		{"pl", "PLN", money, "500 €", "", "", "", "num.currency"},
		{"pl", "PLN", percent, "0,2", "0.2", "", "20", ""},
		// Turkish: TRY, "TL" or "₺", the percent sign before
		{"tr", "TRY", money, "500 TL", "500", "", "", ""},
		{"tr", "TRY", money, "₺500", "500", "", "", ""},
		{"tr", "TRY", money, "500 TRY", "500", "", "", ""},
		{"tr", "TRY", money, "1.500 TL", "1500", "1.5", "", ""},
		{"tr", "TRY", money, "1.500.000 TL", "1500000", "", "", ""},
		{"tr", "TRY", money, "1.234,56 ₺", "1234.56", "", "", ""},
		{"tr", "TRY", money, "1,5", "1.5", "", "", ""},
		{"tr", "TRY", money, "$500", "", "", "", "num.currency"},
		{"tr", "TRY", percent, "%0,15", "0.15", "", "15", ""},
		{"tr", "TRY", percent, "%15", "15", "", "", ""},
	}
	for _, tc := range cases {
		name := fmt.Sprintf("%s/%s/%q", tc.lang, tc.cur, tc.in)
		t.Run(name, func(t *testing.T) {
			got, err := roi.ReadInput(tc.in, roi.InputOptions{Locale: roi.LocaleFor(tc.lang), Currency: tc.cur, Kind: tc.kind})
			if tc.want == "" {
				var ne *roi.NumberError
				if !errors.As(err, &ne) || ne.Code != tc.code {
					t.Fatalf("ReadInput = %+v, %v; want error %s", got, err, tc.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadInput: %v; want %s", err, tc.want)
			}
			want := roi.Reading{Value: tc.want, Other: tc.other, Percent100: tc.pct}
			if got != want {
				t.Errorf("ReadInput = %+v; want %+v", got, want)
			}
		})
	}
}

// A sign of another currency is refused with a sentence that names both.
func ExampleReadInput() {
	_, err := roi.ReadInput("$500", roi.InputOptions{Locale: roi.LocaleFor("en"), Currency: "EUR", Kind: roi.KindMoney})
	fmt.Println(err)
	r, _ := roi.ReadInput("1.500 €", roi.InputOptions{Locale: roi.LocaleFor("fr"), Currency: "EUR", Kind: roi.KindMoney})
	fmt.Printf("%s, or %s\n", r.Value, r.Other)
	// Output:
	// this scenario is in EUR; enter the amount without $, or change the currency
	// 1500, or 1.5
}

func TestKindOf(t *testing.T) {
	cases := map[string]roi.FieldKind{
		"costs[2].amount":                      roi.KindMoney,
		"costs[0].hourlyRate":                  roi.KindMoney,
		"costs[0].hours":                       roi.KindPlain,
		"actions[1].valueFrom.rate":            roi.KindPercent,
		"actions[1].valueFrom.rateRange.low":   roi.KindPercent,
		"actions[1].valueFrom.value":           roi.KindMoney,
		"actions[1].valueFrom.valueRange.high": roi.KindMoney,
		"actions[1].count":                     roi.KindPlain,
		"funnel.stages[2].rate":                roi.KindPercent,
		"funnel.stages[2].count":               roi.KindPlain,
		"revenue[0].attribution":               roi.KindPercent,
		"grossMargin":                          roi.KindPercent,
		"subscription.churn":                   roi.KindPercent,
		"subscription.arpa":                    roi.KindMoney,
		"goals[0].target":                      roi.KindAny,
		"exchangeRates[0].rate":                roi.KindPlain,
		"costs[0].origin.amount":               roi.KindPlain,
		"period.months":                        roi.KindPlain,
	}
	for path, want := range cases {
		if got := roi.KindOf(path); got != want {
			t.Errorf("KindOf(%s) = %d; want %d", path, got, want)
		}
	}
}

func TestTimes100(t *testing.T) {
	for in, want := range map[string]string{"0.15": "15", "0.5": "50", "0.015": "1.5", "0.000000000001": "0.0000000001"} {
		if got, err := roi.Times100(in); err != nil || got != want {
			t.Errorf("Times100(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
	if _, err := roi.Times100("999999999999999"); err == nil {
		t.Errorf("Times100 of 15 digits: want an error (too large)")
	}
}

// ReadInput runs on every key typed into a number field.
func BenchmarkReadInput(b *testing.B) {
	o := roi.InputOptions{Locale: roi.LocaleFor("fr"), Currency: "EUR", Kind: roi.KindMoney}
	for _, text := range []string{"1 234,56", "1.500 €", "abc"} {
		b.Run(text, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				roi.ReadInput(text, o)
			}
		})
	}
}

func BenchmarkParseInput(b *testing.B) {
	for i := 0; i < b.N; i++ {
		roi.ParseInput("1 234,56", roi.LocaleFor("fr"))
	}
}
