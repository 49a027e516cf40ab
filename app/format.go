package app

import (
	"strings"

	"github.com/socialroi/socialroi/roi"
)

// numberFormatter turns an exact decimal string into text for people. In the
// browser it is Intl.NumberFormat (every locale, no tables in the wasm);
// elsewhere a plain grouping fallback. Either writes a negative number with
// the minus sign (U+2212), in every language: Intl writes it in nb and sv
// but a hyphen-minus in en, fr, pl and tr, which in a range ("-€10 to -€5")
// reads as a dash and breaks from its number at the end of a line.
type numberFormatter interface {
	format(lang, value string, style formatStyle) string
}

type formatStyle struct {
	currency string // money when set
	places   int32
	percent  bool
	signed   bool
	maxOnly  bool // up to places decimals, not always places (counts)
}

// FormatValue shows a report figure the local way: money with its currency,
// percent with %, counts without needless decimals, "n/a" when undefined.
func FormatValue(lang string, v roi.Value, currency string) string {
	return formatValueOf(lang, v, v.String(), currency)
}

// formatValueOf is FormatValue with v's presented value s (v.String())
// already at hand.
func formatValueOf(lang string, v roi.Value, s, currency string) string {
	if !v.Defined() {
		return tr(lang, "n/a")
	}
	switch v.Unit() {
	case roi.UnitMoney:
		return formatter.format(lang, s, moneyStyle(currency))
	case roi.UnitPercent:
		return formatter.format(lang, s, percentStyle)
	case roi.UnitPoints:
		return formatter.format(lang, s, formatStyle{places: 2, signed: true}) + tr(lang, " pts")
	case roi.UnitRatio:
		return formatter.format(lang, s, formatStyle{places: 2}) + "×"
	default:
		return formatter.format(lang, s, formatStyle{places: 2, maxOnly: true})
	}
}

// warmFormats makes the formats of money and percent in lang ahead of their
// first use (the formatter keeps them).
func warmFormats(lang, currency string) {
	formatter.format(lang, "0", moneyStyle(currency))
	formatter.format(lang, "0", percentStyle)
}

// moneyStyle is how money in currency is shown: rounded to its minor units.
func moneyStyle(currency string) formatStyle {
	return formatStyle{currency: currency, places: roi.MinorUnits(currency)}
}

// percentStyle is how a percent figure is shown: two decimals.
var percentStyle = formatStyle{places: 2, percent: true}

// FormatMoney shows an exact money string in a currency.
func FormatMoney(lang, value, currency string) string {
	return formatter.format(lang, value, moneyStyle(currency))
}

// plainFormatter groups digits the way roi.LocaleFor says; it serves tests
// and the prerendered page, where there is no Intl.
type plainFormatter struct{}

func (plainFormatter) format(lang, value string, st formatStyle) string {
	// Round to the style's places as Intl.NumberFormat does (half away from
	// zero; always that many decimals unless maxOnly): FormatMoney is handed
	// exact amounts such as "1234.5" or "0.125".
	if d, err := roi.ParseDecimal(value); err == nil {
		d = d.Round(st.places)
		if st.maxOnly {
			value = roi.Canonical(d)
		} else {
			value = d.StringFixed(st.places)
		}
		if d.IsZero() {
			value = strings.TrimPrefix(value, "-")
		}
	}
	loc := roi.LocaleFor(lang)
	neg := strings.HasPrefix(value, "-")
	s := InputNumber(strings.TrimPrefix(value, "-"), loc)
	if loc.Group == ' ' {
		s = strings.ReplaceAll(s, " ", "\u00a0")
	}
	switch {
	case neg:
		s = minus + s
	case st.signed && value != "0" && strings.Trim(value, "0.") != "":
		s = "+" + s
	}
	if st.percent {
		return s + "%"
	}
	if st.currency != "" {
		return s + "\u00a0" + st.currency
	}
	return s
}

// minus is the minus sign, U+2212.
const minus = "\u2212"

// trueMinus writes a formatted number's hyphen-minus signs as the minus
// sign. A formatted number holds no other hyphen (currency codes and
// symbols have none).
func trueMinus(formatted string) string { return strings.ReplaceAll(formatted, "-", minus) }
