package roi_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func TestParseInput(t *testing.T) {
	const (
		nbsp   = "\u00a0" // no-break space
		narrow = "\u202f" // narrow no-break space, French typography
	)
	cases := []struct {
		lang, in string
		want     string // canonical result, or "" for an error
		code     string // NumberError code when want is ""
	}{
		// English: ',' groups, '.' is decimal
		{"en", "1,234.56", "1234.56", ""},
		{"en", "1234.56", "1234.56", ""},
		{"en", "1,234", "1234", ""},
		{"en", "1,234,567", "1234567", ""},
		{"en", "1,234,567.5", "1234567.5", ""},
		{"en", "  42  ", "42", ""},
		{"en", ".5", "0.5", ""},
		{"en", "12.50", "12.5", ""},
		{"en", "0", "0", ""},
		{"en", "-0", "0", ""},
		{"en", "-12.5", "-12.5", ""},
		{"en", "\u221212.5", "-12.5", ""}, // the typographic minus sign
		{"en", "1 234.56", "1234.56", ""}, // a space groups in any language
		{"en", "1'234.56", "1234.56", ""}, // Swiss-style apostrophe
		{"en-GB", "1,234", "1234", ""},
		// not three digits after the only mark: it can only be a decimal mark
		{"en", "1,5", "1.5", ""},
		// a leading 0 group is no grouping: "0,001" is a decimal
		{"en", "0,001", "0.001", ""},
		// French, Norwegian, Swedish, Polish: space groups, ',' is decimal
		{"fr", "1 234,56", "1234.56", ""},
		{"fr", "1" + nbsp + "234,56", "1234.56", ""},
		{"fr", "1" + narrow + "234,56", "1234.56", ""},
		{"fr", "1" + narrow + "234" + narrow + "567,8", "1234567.8", ""},
		{"fr", "1234,56", "1234.56", ""},
		{"fr", ",5", "0.5", ""},
		{"fr", "12.5", "12.5", ""}, // phone keypad with only '.'
		{"fr", "1,234.56", "1234.56", ""},
		{"fr", "1.234,56", "1234.56", ""},
		{"nb", "1 234,56", "1234.56", ""},
		{"nb-NO", "1" + nbsp + "234,56", "1234.56", ""},
		{"no", "12,5", "12.5", ""},
		{"sv", "1 234,56", "1234.56", ""},
		{"sv-SE", "1" + narrow + "234,56", "1234.56", ""},
		{"pl", "1 234,56", "1234.56", ""},
		{"pl", "1234,5", "1234.5", ""},
		// Turkish (and German): '.' groups, ',' is decimal
		{"tr", "1.234,56", "1234.56", ""},
		{"tr", "1.234", "1234", ""},
		{"tr", "1.234.567", "1234567", ""},
		{"tr", "12,5", "12.5", ""},
		{"tr", "12.5", "12.5", ""},         // phone keypad: not a 3-digit group
		{"tr", "0.500", "0.5", ""},         // phone keypad: "0" cannot start a group
		{"tr", "1234.567", "1234.567", ""}, // phone keypad: "1234" cannot be a group
		{"tr-TR", "1 234,56", "1234.56", ""},
		{"de", "1.234,56", "1234.56", ""},
		// a trailing percent sign
		{"en", "12.5%", "12.5", ""},
		{"en", "12.5 %", "12.5", ""},
		{"fr", "3,3 %", "3.3", ""},
		{"fr", "3,3" + nbsp + "%", "3.3", ""},
		{"tr", "%12,5", "12.5", ""}, // Turkish writes the sign first
		{"tr", "% 12,5", "12.5", ""},
		{"tr", "-%12,5", "-12.5", ""},
		{"tr", "%1.234,5", "1234.5", ""},
		{"en", "%5%", "", "num.invalid"},
		{"en", "%%5", "", "num.invalid"},
		{"tr", "-%", "", "num.invalid"},
		// both grouping forms, where unambiguous
		{"nb", "1.234.567,5", "1234567.5", ""},
		{"sv", "1,234.56", "1234.56", ""},
		{"pl", "1 234 567,891", "1234567.891", ""},
		{"tr", "1" + nbsp + "234,56", "1234.56", ""},
		{"en", "1 234,56", "1234.56", ""},
		{"en", "1.234,5", "1234.5", ""},
		{"nb", "\u22121 234,5", "-1234.5", ""},
		{"fr", "1" + narrow + "234" + nbsp + "%", "1234", ""},
		// precision and size
		{"en", "0.000000000001", "0.000000000001", ""},
		{"en", "1.500000000000000", "1.5", ""},
		{"en", "999,999,999,999,999", "999999999999999", ""},
		{"en", "1,000,000,000,000,000", "", "num.toolarge"},
		{"en", "0.0000000000001", "", "num.precision"},
		{"en", strings.Repeat("1", 49), "", "num.toolong"},
		// bad grouping
		{"en", "1,23,4", "", "num.grouping"},
		{"en", "12,34,567", "", "num.grouping"},
		{"en", "1,234.567,8", "", "num.grouping"},
		{"en", "1,234.5.6", "", "num.grouping"},
		{"fr", "1 23", "", "num.grouping"},
		{"fr", "12 345 67,8", "", "num.grouping"},
		{"fr", "0 500", "", "num.grouping"},
		{"tr", "0.500.000", "", "num.grouping"},
		{"tr", ".500", "0.5", ""},
		{"en", "1.234,5.6", "", "num.grouping"},
		// garbage
		{"en", "", "", "num.empty"},
		{"en", "   ", "", "num.empty"},
		{"en", "%", "", "num.empty"},
		{"en", "abc", "", "num.invalid"},
		{"en", "12abc", "", "num.invalid"},
		{"en", "1e3", "", "num.invalid"},
		{"en", "+5", "", "num.invalid"},
		{"en", "--5", "", "num.invalid"},
		{"en", "-", "", "num.invalid"},
		{"en", "1.", "", "num.invalid"},
		{"en", "1..2", "", "num.invalid"},
		{"en", "1  234", "", "num.invalid"},
		{"en", ",5", "", "num.invalid"},
		{"en", "5%%", "", "num.invalid"},
		{"en", "€5", "", "num.invalid"},
		{"en", "５", "", "num.invalid"}, // full-width digit
		{"en", "NaN", "", "num.invalid"},
		{"en", "Infinity", "", "num.invalid"},
	}
	for _, tc := range cases {
		got, err := roi.ParseInput(tc.in, roi.LocaleFor(tc.lang))
		if tc.want != "" {
			if err != nil || got != tc.want {
				t.Errorf("ParseInput(%q, %s) = %q, %v; want %q", tc.in, tc.lang, got, err, tc.want)
			}
			continue
		}
		var ne *roi.NumberError
		if !errors.As(err, &ne) {
			t.Errorf("ParseInput(%q, %s) = %q, %v; want a %s error", tc.in, tc.lang, got, err, tc.code)
			continue
		}
		if ne.Code != tc.code || got != "" {
			t.Errorf("ParseInput(%q, %s) error %s (%q), want %s", tc.in, tc.lang, ne.Code, got, tc.code)
		}
	}
}

func TestParseInputErrorText(t *testing.T) {
	_, err := roi.ParseInput("1,23,4", roi.LocaleFor("en"))
	if err == nil || err.Error() != "1,23,4 has digit groups in the wrong places" {
		t.Errorf("error = %v", err)
	}
	long := strings.Repeat("9", 60)
	_, err = roi.ParseInput(long, roi.LocaleFor("en"))
	if err == nil || !strings.HasSuffix(err.Error(), "… is too long to be a number") {
		t.Errorf("long input error = %v", err)
	}
}

func TestLocaleFor(t *testing.T) {
	cases := map[string]roi.Locale{
		"en": {Decimal: '.', Group: ','}, "en-US": {Decimal: '.', Group: ','}, "": {Decimal: '.', Group: ','},
		"fr": {Decimal: ',', Group: ' '}, "fr-CA": {Decimal: ',', Group: ' '}, "nb_NO": {Decimal: ',', Group: ' '},
		"SV": {Decimal: ',', Group: ' '}, "pl": {Decimal: ',', Group: ' '},
		"tr": {Decimal: ',', Group: '.'}, "de-DE": {Decimal: ',', Group: '.'},
		"ja": {Decimal: '.', Group: ','},
	}
	for lang, want := range cases {
		if got := roi.LocaleFor(lang); got != want {
			t.Errorf("LocaleFor(%q) = %q, want %q", lang, got, want)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	cases := []struct {
		in   string
		want string // canonical, or "" for an error
		code string
	}{
		{"1234.56", "1234.56", ""},
		{"0", "0", ""},
		{"-0", "0", ""},
		{"-12.5", "-12.5", ""},
		{" 7 ", "7", ""},
		{"007", "7", ""},
		{".5", "0.5", ""},
		{"1.50", "1.5", ""},
		{"1e3", "1000", ""},
		{"1E+3", "1000", ""},
		{"2.5e-2", "0.025", ""},
		{"999999999999999", "999999999999999", ""},
		{"999999999999999.999999999999", "999999999999999.999999999999", ""},
		{"1e-12", "0.000000000001", ""},
		{"1.0000000000000000", "1", ""}, // trailing zeros are not precision
		{"0e999", "0", ""},
		{"1000000000000000", "", "num.toolarge"},
		{"-1000000000000000", "", "num.toolarge"},
		{"1e15", "", "num.toolarge"},
		{"1e30", "", "num.toolarge"},
		{"1e999", "", "num.toolarge"},
		{"1e-13", "", "num.precision"},
		{"1e-999", "", "num.precision"},
		{"0.1234567890123", "", "num.precision"},
		{"1e1000", "", "num.invalid"}, // exponents have at most 3 digits
		{"1e", "", "num.invalid"},
		{"1e+", "", "num.invalid"},
		{"e5", "", "num.invalid"},
		{"1.", "", "num.invalid"},
		{".", "", "num.invalid"},
		{"-", "", "num.invalid"},
		{"+1", "", "num.invalid"},
		{"1,5", "", "num.invalid"},
		{"1 000", "", "num.invalid"},
		{"0x10", "", "num.invalid"},
		{"NaN", "", "num.invalid"},
		{"Inf", "", "num.invalid"},
		{"12abc", "", "num.invalid"},
		{"", "", "num.empty"},
		{"  ", "", "num.empty"},
		{"1" + strings.Repeat("0", 64), "", "num.toolong"},
	}
	for _, tc := range cases {
		d, err := roi.ParseDecimal(tc.in)
		if tc.want != "" {
			if err != nil || roi.Canonical(d) != tc.want {
				t.Errorf("ParseDecimal(%q) = %s, %v; want %s", tc.in, d, err, tc.want)
			}
			continue
		}
		var ne *roi.NumberError
		if !errors.As(err, &ne) || ne.Code != tc.code {
			t.Errorf("ParseDecimal(%q) = %s, %v; want %s", tc.in, d, err, tc.code)
		}
	}
}

func TestNumberJSON(t *testing.T) {
	var v struct {
		A, B, C, D roi.Number
	}
	if err := json.Unmarshal([]byte(`{"A":"12.50","B":12.50,"C":null,"D":-1e3}`), &v); err != nil {
		t.Fatal(err)
	}
	// Bare numbers keep their exact text; null is "not given".
	if v.A != "12.50" || v.B != "12.50" || v.C != "" || v.D != "-1e3" {
		t.Errorf("decoded %+v", v)
	}
	if !v.C.IsZero() || v.A.IsZero() || !roi.N("  ").IsZero() {
		t.Error("IsZero: only an empty number is not given")
	}
	// Output is always a string.
	b, _ := json.Marshal(v)
	if string(b) != `{"A":"12.50","B":"12.50","C":"","D":"-1e3"}` {
		t.Errorf("encoded %s", b)
	}
	for _, bad := range []string{`true`, `{}`, `[]`} {
		var n roi.Number
		if err := json.Unmarshal([]byte(bad), &n); err == nil {
			t.Errorf("Number accepted %s", bad)
		}
	}
	if d, err := roi.N("").Decimal(); err != nil || !d.IsZero() {
		t.Errorf("empty Number = %s, %v; want 0", d, err)
	}
}
