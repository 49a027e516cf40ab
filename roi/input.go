package roi

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// FieldKind says what a number field of a scenario holds, which decides the
// units a person may type with it ("€500", "25 %").
type FieldKind int

const (
	KindPlain   FieldKind = iota // a count, hours, months: a bare number
	KindMoney                    // an amount in the scenario's currency
	KindPercent                  // a percent: rates, shares, margins
	KindAny                      // a goal's target: money, a percent or a count
)

// moneyNames and percentNames are the JSON names of the scenario's money and
// percent numbers; a range's ends ("rateRange.low") are of their field's kind.
var (
	moneyNames = map[string]bool{
		"amount": true, "hourlyRate": true, "unitValue": true, "value": true, "valuePerConversion": true,
		"costPerClick": true, "unitCost": true, "engagedValue": true, "baselineValue": true, "arpa": true,
	}
	percentNames = map[string]bool{"grossMargin": true, "attribution": true, "rate": true, "churn": true}
)

// KindOf is the kind of the number at a scenario's JSON path
// ("costs[2].amount", "actions[0].valueFrom.rateRange.low").
func KindOf(path string) FieldKind {
	segs := strings.Split(path, ".")
	name := segs[len(segs)-1]
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	if (name == "low" || name == "high") && len(segs) > 1 {
		name = strings.TrimSuffix(segs[len(segs)-2], "Range")
	}
	switch {
	case strings.HasPrefix(path, "exchangeRates") || strings.Contains(path, "origin."):
		return KindPlain // not typed as money of this scenario
	case strings.HasPrefix(path, "goals[") && name == "target":
		return KindAny
	case moneyNames[name]:
		return KindMoney
	case percentNames[name]:
		return KindPercent
	}
	return KindPlain
}

// currencySymbols are the signs and local abbreviations people type with an
// amount, by ISO code (the code itself is always accepted). A sign several
// currencies share ("$", "kr") is accepted in each of them.
var currencySymbols = map[string][]string{
	"EUR": {"€"}, "USD": {"$", "US$"}, "GBP": {"£"}, "NOK": {"kr", "kr.", ",-"}, "SEK": {"kr", "kr.", ":-"},
	"DKK": {"kr", "kr.", ",-"}, "ISK": {"kr", "kr."}, "PLN": {"zł", "zl"}, "TRY": {"TL", "₺"},
	"CHF": {"Fr.", "fr.", "SFr."}, "JPY": {"¥", "円"}, "CNY": {"¥", "元"}, "INR": {"₹", "Rs", "Rs."},
	"CAD": {"$", "C$", "CA$"}, "AUD": {"$", "A$", "AU$"}, "NZD": {"$", "NZ$"}, "MXN": {"$", "MX$"},
	"BRL": {"R$"}, "KRW": {"₩"}, "RUB": {"₽"}, "UAH": {"₴", "грн"}, "ILS": {"₪"}, "CZK": {"Kč"},
	"HUF": {"Ft"}, "RON": {"lei"}, "ZAR": {"R"}, "SGD": {"$", "S$"}, "HKD": {"$", "HK$"},
	"VND": {"₫"}, "PHP": {"₱"}, "THB": {"฿"}, "NGN": {"₦"}, "KZT": {"₸"}, "GEL": {"₾"}, "AZN": {"₼"},
}

// currencyOf is the ISO code a typed unit names, if exactly one currency
// is meant by it, else "".
func currencyOf(unit string) string {
	if u := strings.ToUpper(unit); IsCurrency(u) {
		return u
	}
	found := ""
	for code, signs := range currencySymbols {
		for _, s := range signs {
			if strings.EqualFold(s, unit) {
				if found != "" {
					return "" // shared ("$", "kr")
				}
				found = code
			}
		}
	}
	return found
}

// isCurrencySign reports whether unit is a sign or an abbreviation of some
// currency (shared ones included).
func isCurrencySign(unit string) bool {
	if IsCurrency(strings.ToUpper(unit)) {
		return true
	}
	for _, signs := range currencySymbols {
		for _, s := range signs {
			if strings.EqualFold(s, unit) {
				return true
			}
		}
	}
	return false
}

// acceptsUnit reports whether unit names the currency code.
func acceptsUnit(code, unit string) bool {
	if strings.EqualFold(code, unit) {
		return true
	}
	for _, s := range currencySymbols[code] {
		if strings.EqualFold(s, unit) {
			return true
		}
	}
	return false
}

// InputOptions are what reading a typed number depends on: the language's
// way of writing numbers, the scenario's currency and the field's kind.
type InputOptions struct {
	Locale   Locale
	Currency string
	Kind     FieldKind
}

// Reading is how a typed number was read.
type Reading struct {
	// Value is the canonical number the text was read as ("1500").
	Value string
	// Other is the other way an ambiguous text reads ("1.5" for "1.500" in
	// French), "" when the text means one number only.
	Other string
	// Percent100 is set when a percent field got a rate between 0 and 1
	// ("0.15"): it then holds the value a hundred times larger ("15"),
	// which is probably what was meant.
	Percent100 string
}

// ReadInput reads a number the way a person types it into a field (see
// ParseInput), and more forgivingly:
//
//   - the scenario's currency before or after an amount, with or without a
//     space ("€500", "500 €", "kr 500", "500 zł", "500 TL", "EUR 500") and
//     the Scandinavian "500,-" are stripped; another currency's sign is
//     refused with num.currency, since the amount would be wrong;
//   - a single '.' (or ',' in English) followed by three digits, which is a
//     thousands group or a decimal mark typed on a phone ("1.500" in
//     French), is read as thousands; Other holds the decimal reading;
//   - a decimal mark typed last ("12," on the way to "12,5") is ignored;
//   - a percent field given a rate between 0 and 1 says so in Percent100.
func ReadInput(text string, o InputOptions) (Reading, error) {
	s := strings.TrimSpace(text)
	if utf8.RuneCountInString(s) > 64 {
		return Reading{}, &NumberError{Code: "num.toolong", Text: clip(text)}
	}
	neg := ""
	if r, size := utf8.DecodeRuneInString(s); r == '-' || r == '\u2212' {
		neg, s = "-", strings.TrimSpace(s[size:])
	}
	// ",-" (and Swedish ":-") after a whole amount: "500,-".
	var units []string
	for _, dash := range []string{",-", ",\u2013", ".-", ":-"} {
		if t, ok := strings.CutSuffix(s, dash); ok {
			s = strings.TrimSpace(t)
			units = append(units, ",-")
			break
		}
	}
	pre, rest := cutUnit(s, true)
	post, rest := cutUnit(rest, false)
	for _, u := range []string{pre, post} {
		if u != "" {
			units = append(units, u)
		}
	}
	s = rest
	for _, u := range units {
		if u == ",-" { // a whole amount in any currency that writes it so
			if o.Kind != KindMoney && o.Kind != KindAny {
				return Reading{}, &NumberError{Code: "num.invalid", Text: text}
			}
			continue
		}
		if !isCurrencySign(u) {
			return Reading{}, &NumberError{Code: "num.invalid", Text: text}
		}
		if !acceptsUnit(o.Currency, u) {
			if o.Kind == KindMoney || o.Kind == KindAny {
				return Reading{}, &NumberError{Code: "num.currency", Text: u, Currency: o.Currency}
			}
			return Reading{}, &NumberError{Code: "num.invalid", Text: text}
		}
		if o.Kind != KindMoney && o.Kind != KindAny {
			return Reading{}, &NumberError{Code: "num.invalid", Text: text}
		}
	}
	// A decimal mark with nothing after it yet ("12," on the way to "12,5")
	// is the whole number: the results do not jump while a person types.
	if t, ok := strings.CutSuffix(s, string(o.Locale.Decimal)); ok && t != "" && isDigit(t[len(t)-1]) {
		s = t
	} else if t, ok := strings.CutSuffix(s, "."); ok && t != "" && isDigit(t[len(t)-1]) {
		s = t
	}
	s = neg + s
	var r Reading
	if v, other, ok := ambiguousGroup(s, o.Locale); ok {
		r = Reading{Value: v, Other: other}
		if o.Kind == KindPercent { // "1.500 %" is 1.5 %: a percent in thousands is not one
			r = Reading{Value: other, Other: v}
		}
	} else {
		v, err := ParseInput(s, o.Locale)
		if err != nil {
			if ne, ok := err.(*NumberError); ok && ne.Code != "num.empty" {
				ne.Text = clip(text)
			}
			return Reading{}, err
		}
		r = Reading{Value: v}
	}
	if o.Kind == KindPercent {
		if d, err := ParseDecimal(r.Value); err == nil && d.Sign() > 0 && d.LessThan(decimal.New(1, 0)) {
			r.Percent100 = Canonical(d.Shift(2))
		}
	}
	return r, nil
}

// cutUnit cuts a unit (letters and currency signs, with the dots of "kr."
// and "Fr.") off the start (or the end) of s.
func cutUnit(s string, start bool) (unit, rest string) {
	isUnit := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.Is(unicode.Sc, r)
	}
	if start {
		i := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isUnit(r) && !(r == '.' && i > 0 && i+size < len(s) && !isDigit(s[i+size])) {
				break
			}
			i += size
		}
		return s[:i], strings.TrimSpace(s[i:])
	}
	j := len(s)
	if strings.HasSuffix(s, ".") { // "kr.", "Fr."
		if r, _ := utf8.DecodeLastRuneInString(s[:j-1]); unicode.IsLetter(r) {
			j--
		}
	}
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isUnit(r) {
			break
		}
		j -= size
	}
	return s[j:], strings.TrimSpace(s[:j])
}

// ambiguousGroup reads "1.500" (French, Norwegian, Swedish, Polish,
// Turkish) or "1,500" (English): one mark that is not the language's decimal
// mark, between one to three digits and exactly three. It is read as
// thousands (1500); other is the decimal reading (1.5).
func ambiguousGroup(s string, loc Locale) (value, other string, ok bool) {
	t := s
	neg := false
	if r, size := utf8.DecodeRuneInString(t); r == '-' || r == '\u2212' {
		neg, t = true, strings.TrimSpace(t[size:])
	}
	pct := false
	if u, cut := strings.CutSuffix(t, "%"); cut {
		t, pct = strings.TrimSpace(u), true
	} else if u, cut := strings.CutPrefix(t, "%"); cut {
		t, pct = strings.TrimSpace(u), true
	}
	if !pct && neg {
		if u, cut := strings.CutPrefix(t, "%"); cut {
			t = strings.TrimSpace(u)
		}
	}
	mark := byte('.')
	if loc.Decimal == '.' {
		mark = ','
	}
	head, tail, found := strings.Cut(t, string(mark))
	if !found || len(tail) != 3 || !isLeadingGroup(head) || !allDigits(head) || !allDigits(tail) {
		return "", "", false
	}
	sign := ""
	if neg {
		sign = "-"
	}
	whole, _ := decimal.NewFromString(sign + head + tail)
	frac, _ := decimal.NewFromString(sign + head + "." + tail)
	return Canonical(whole), Canonical(frac), true
}

// Times100 is a canonical number a hundred times larger ("0.15" → "15"):
// the exact fix for a rate typed as a fraction into a percent field.
func Times100(canon string) (string, error) {
	d, err := ParseDecimal(canon)
	if err != nil {
		return "", err
	}
	d = d.Shift(2)
	if err := checkRange(d, canon); err != nil {
		return "", err
	}
	return Canonical(d), nil
}
