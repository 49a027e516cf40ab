package roi_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/socialroi/socialroi/roi"
)

// The seed corpora live in testdata/fuzz/<FuzzName>/: the presets, the
// examples of the tests and hostile inputs (a deflate bomb, truncated
// base64, huge exponents, deep nesting, invalid UTF-8). `make fuzz` runs
// each fuzzer for a minute; `go test` runs the seeds.

// marshalPlain encodes like json.Marshal without escaping <, > and &, so a
// re-encoded document is never much larger than what was read.
func marshalPlain(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// The bounds of Calculate's work on any accepted scenario: each list (costs,
// revenue and actions at most MaxListLength long, savings and goals
// MaxShortList)
// is gone through a few times (sums for the likely, low and high estimates,
// channels, levers); the funnel's MaxFunnelStages stages each get a lever
// and 3 curve points. Funnel counts are a count (15 + 12 digits) times
// rates (15 + 12 digits each, as percent: 2 more places).
const (
	maxCalculateSteps = 30 * roi.MaxListLength
	maxFunnelDigits   = 27 + (roi.MaxFunnelStages-1)*(27+2)
)

func TestLargestScenarioWorkIsBounded(t *testing.T) {
	s := largestScenario()
	steps, digits, err := roi.CalculateWork(s)
	if err != nil {
		t.Fatal(err)
	}
	if steps > maxCalculateSteps || digits > maxFunnelDigits {
		t.Errorf("the largest valid scenario takes %d steps and %d digits; bounds %d and %d", steps, digits, maxCalculateSteps, maxFunnelDigits)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"format":"social-roi","version":1,"currency":"EUR"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := roi.Parse(data)
		if err != nil {
			var inv *roi.InvalidError
			if !errors.As(err, &inv) || len(inv.Problems) == 0 {
				t.Fatalf("Parse error %T %v is not an *InvalidError with problems", err, err)
			}
			return
		}
		// What parses, calculates, and the report encodes.
		r, err := roi.Calculate(s)
		if err != nil {
			t.Fatalf("a parsed scenario does not calculate: %v", err)
		}
		// Its work is bounded, whatever the input: steps (lines, stages,
		// levers, curve points, each range) and the digits of funnel counts.
		if steps, digits, _ := roi.CalculateWork(s); steps > maxCalculateSteps || digits > maxFunnelDigits {
			t.Fatalf("Calculate took %d steps (at most %d) and reached %d digits (at most %d)", steps, maxCalculateSteps, digits, maxFunnelDigits)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("report does not encode: %v", err)
		}
		// Written out and read again, it is the same scenario, with no warning.
		again, err := marshalPlain(s)
		if err != nil {
			t.Fatal(err)
		}
		if len(again) > roi.MaxDocumentBytes {
			return // bare numbers became strings and crossed the limit
		}
		s2, warns, err := roi.Parse(again)
		if err != nil || len(warns) > 0 {
			t.Fatalf("re-parse: %v %v\n%s", warns, err, again)
		}
		if !reflect.DeepEqual(s, s2) {
			t.Fatalf("re-parse differs:\n%+v\n%+v", s, s2)
		}
	})
}

func FuzzDecodeShare(f *testing.F) {
	s, _ := roi.Preset("ecommerce")
	f.Add(roi.EncodeShare(s))
	f.Fuzz(func(t *testing.T, text string) {
		s, err := roi.DecodeShare(text)
		if err != nil {
			if len(roi.ProblemsOf(err)) == 0 {
				t.Fatal("an error without problems")
			}
			return
		}
		if p := roi.Validate(s); len(p) > 0 {
			t.Fatalf("DecodeShare returned an invalid scenario: %v", p)
		}
		again := roi.EncodeShare(s)
		if len(again) > roi.MaxShareLength {
			return
		}
		s2, err := roi.DecodeShare(again)
		if err != nil {
			t.Fatalf("re-encoded link does not open: %v", err)
		}
		if !reflect.DeepEqual(s, s2) {
			t.Fatalf("share round trip differs:\n%+v\n%+v", s, s2)
		}
	})
}

var fuzzLangs = []string{"en", "fr", "nb", "sv", "pl", "tr", "de", "en-US", "fr-CA"}

// canonicalRE is the shape of every canonical number: no leading zeros, no
// trailing fraction zeros, no "-0".
var canonicalRE = regexp.MustCompile(`^(0|-?[1-9][0-9]*|-?0\.[0-9]*[1-9]|-?[1-9][0-9]*\.[0-9]*[1-9])$`)

func FuzzParseInput(f *testing.F) {
	f.Add("1 234,56", uint8(1))
	// The product languages' own ways (fuzzLangs: en fr nb sv pl tr ...).
	f.Add("1,234.56", uint8(0))
	f.Add("1\u202f234,56", uint8(1))
	f.Add("1\u00a0234\u00a0567,8", uint8(2))
	f.Add("-1 234,5 %", uint8(3))
	f.Add("1.234.567,891", uint8(4))
	f.Add("1.234,56", uint8(5))
	f.Add("%12,5", uint8(5))
	f.Add("-%1.234", uint8(5))
	f.Add("0.500", uint8(5))
	f.Add("1,234", uint8(6))
	f.Fuzz(func(t *testing.T, text string, langIndex uint8) {
		lang := fuzzLangs[int(langIndex)%len(fuzzLangs)]
		loc := roi.LocaleFor(lang)
		out, err := roi.ParseInput(text, loc)
		if err != nil {
			var ne *roi.NumberError
			if !errors.As(err, &ne) || out != "" {
				t.Fatalf("ParseInput(%q, %s) = %q, %v: want a *NumberError", text, lang, out, err)
			}
			return
		}
		if !canonicalRE.MatchString(out) {
			t.Fatalf("ParseInput(%q, %s) = %q: not canonical", text, lang, out)
		}
		// The canonical text is a valid document number of the same value.
		d, err := roi.ParseDecimal(out)
		if err != nil || roi.Canonical(d) != out {
			t.Fatalf("ParseDecimal(%q) = %s, %v", out, d, err)
		}
		// Written plainly the local way (no grouping, the locale's decimal
		// mark), it reads back as itself.
		plain := strings.Replace(out, ".", string(loc.Decimal), 1)
		if back, err := roi.ParseInput(plain, loc); err != nil || back != out {
			t.Fatalf("ParseInput(%q, %s) = %q, %v; want %q (from %q)", plain, lang, back, err, out, text)
		}
		// What the store reads (ReadInput) takes every number ParseInput
		// takes, as the same number or, for an ambiguous "1.500", with
		// ParseInput's reading as the other one.
		if utf8.RuneCountInString(strings.TrimSpace(text)) <= 64 {
			r, err := roi.ReadInput(text, roi.InputOptions{Locale: loc})
			if err != nil || (r.Value != out && r.Other != out) {
				t.Fatalf("ReadInput(%q, %s) = %+v, %v; ParseInput reads %q", text, lang, r, err, out)
			}
		}
	})
}

var fuzzCurrencies = []string{"EUR", "USD", "NOK", "SEK", "PLN", "TRY", "GBP", "JPY"}

// FuzzReadInput: whatever is typed, ReadInput returns canonical numbers or a
// *NumberError; an ambiguous text has two different readings, and each
// written plainly the local way reads back as itself; a hint is a hundred
// times the value. With the scenario's currency sign added, a money field
// reads the same value.
func FuzzReadInput(f *testing.F) {
	f.Add("€500", uint8(0), uint8(0), uint8(1))
	f.Add("1.500", uint8(1), uint8(0), uint8(1))
	f.Add("500 kr", uint8(2), uint8(2), uint8(1))
	f.Add("500,-", uint8(2), uint8(2), uint8(1))
	f.Add("kr. 1 500,50", uint8(3), uint8(3), uint8(1))
	f.Add("500 zł", uint8(4), uint8(4), uint8(1))
	f.Add("1.500 TL", uint8(5), uint8(5), uint8(1))
	f.Add("%0,15", uint8(5), uint8(5), uint8(2))
	f.Add("$1,500", uint8(0), uint8(1), uint8(1))
	f.Add("-1.500 %", uint8(1), uint8(0), uint8(2))
	f.Fuzz(func(t *testing.T, text string, langIndex, curIndex, kind uint8) {
		lang := fuzzLangs[int(langIndex)%len(fuzzLangs)]
		o := roi.InputOptions{Locale: roi.LocaleFor(lang), Currency: fuzzCurrencies[int(curIndex)%len(fuzzCurrencies)], Kind: roi.FieldKind(kind % 4)}
		r, err := roi.ReadInput(text, o)
		if err != nil {
			var ne *roi.NumberError
			if !errors.As(err, &ne) || r != (roi.Reading{}) || ne.Message().In(lang) == "" {
				t.Fatalf("ReadInput(%q, %+v) = %+v, %v: want a *NumberError", text, o, r, err)
			}
			return
		}
		for _, v := range []string{r.Value, r.Other, r.Percent100} {
			if v == "" {
				continue
			}
			if !canonicalRE.MatchString(v) {
				t.Fatalf("ReadInput(%q, %+v) = %+v: %q not canonical", text, o, r, v)
			}
			if _, err := roi.ParseDecimal(v); err != nil {
				t.Fatalf("ReadInput(%q, %+v) = %+v: %q: %v", text, o, r, v, err)
			}
		}
		if r.Other == r.Value {
			t.Fatalf("ReadInput(%q, %+v) = %+v: two readings alike", text, o, r)
		}
		for _, v := range []string{r.Value, r.Other} {
			if v == "" {
				continue
			}
			plain := strings.Replace(v, ".", string(o.Locale.Decimal), 1)
			if back, err := roi.ReadInput(plain, roi.InputOptions{Locale: o.Locale, Currency: o.Currency}); err != nil || back.Value != v {
				t.Fatalf("ReadInput(%q) = %+v, %v; want %q (a reading of %q)", plain, back, err, v, text)
			}
		}
		if r.Percent100 != "" {
			if got, err := roi.Times100(r.Value); err != nil || got != r.Percent100 {
				t.Fatalf("Times100(%s) = %s, %v; want the hint %s", r.Value, got, err, r.Percent100)
			}
		}
		if o.Kind == roi.KindMoney && !strings.ContainsAny(text, "€$") {
			with, err := roi.ReadInput(o.Currency+" "+text, o)
			if err == nil && with.Value != r.Value {
				t.Fatalf("ReadInput(%q) = %+v; without the code %+v", o.Currency+" "+text, with, r)
			}
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	f.Add("1234.56")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := roi.ParseDecimal(text)
		if err != nil {
			var ne *roi.NumberError
			if !errors.As(err, &ne) {
				t.Fatalf("ParseDecimal(%q): %v is not a *NumberError", text, err)
			}
			return
		}
		c := roi.Canonical(d)
		if !canonicalRE.MatchString(c) {
			t.Fatalf("Canonical(%q) = %q", text, c)
		}
		// Within the limits: under 10^15, at most 12 decimals.
		whole, frac, _ := strings.Cut(strings.TrimPrefix(c, "-"), ".")
		if len(whole) > 15 || len(frac) > 12 {
			t.Fatalf("ParseDecimal(%q) = %s: beyond the limits", text, c)
		}
		d2, err := roi.ParseDecimal(c)
		if err != nil || !d2.Equal(d) {
			t.Fatalf("canonical %q re-parses to %s, %v", c, d2, err)
		}
		// A person typing the canonical text in English gets the same number.
		if in, err := roi.ParseInput(c, roi.LocaleFor("en")); err != nil || in != c {
			t.Fatalf("ParseInput(%q, en) = %q, %v", c, in, err)
		}
	})
}
