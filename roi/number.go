package roi

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Number is a decimal number as written in a scenario document: exact text,
// never a float. The empty Number means "not given". On input a bare JSON
// number is accepted as well as a string; on output it is always a string.
type Number string

// Limits on numbers: large enough for any real campaign, small enough that
// exact arithmetic stays cheap and nothing a visitor types can blow it up.
const (
	maxIntegerDigits  = 15 // below one quadrillion
	maxFractionDigits = 12
)

// N makes a Number from a literal; it is meant for presets and tests.
func N(s string) Number { return Number(s) }

// UnmarshalJSON accepts "12.5" and 12.5 alike.
func (n *Number) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return &json.UnmarshalTypeError{Value: "empty", Type: numberType}
	}
	switch b[0] {
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*n = Number(s)
		return nil
	case 'n': // null means not given
		*n = ""
		return nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		*n = Number(b)
		return nil
	}
	return &json.UnmarshalTypeError{Value: string(b), Type: numberType}
}

// IsZero reports whether the number was not given.
func (n Number) IsZero() bool { return strings.TrimSpace(string(n)) == "" }

// Decimal parses the number. An empty Number is zero.
func (n Number) Decimal() (decimal.Decimal, error) {
	if n.IsZero() {
		return decimal.Zero, nil
	}
	return ParseDecimal(string(n))
}

// NumberError says why a text is not an acceptable number. Code is one of the
// message codes (see messages.go) so that the UI can say it in any language.
type NumberError struct {
	Code string
	Text string
	// Currency is the scenario's, when Text is another currency's sign
	// (num.currency).
	Currency string
}

func (e *NumberError) Error() string {
	if e.Code == "num.currency" {
		return e.Message().String()
	}
	return Message{Code: e.Code, Args: []string{e.Text}}.String()
}

// Message is the error as a message: the text quoted, or for num.currency
// the scenario's currency and the sign typed.
func (e *NumberError) Message() Message {
	if e.Code == "num.currency" {
		return Message{Code: e.Code, Args: []string{e.Currency, e.Text}}
	}
	return Message{Code: e.Code, Args: []string{strconv.Quote(e.Text)}}
}

// ParseDecimal parses a canonical decimal: an optional minus sign, digits, an
// optional fraction after '.', and an optional exponent (JSON allows 1e3).
// Surrounding white space is ignored. Values must stay within the limits
// above: this is what keeps hostile input (1e999999999) from costing memory.
func ParseDecimal(s string) (decimal.Decimal, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return decimal.Zero, &NumberError{Code: "num.empty", Text: s}
	}
	if len(t) > 64 {
		return decimal.Zero, &NumberError{Code: "num.toolong", Text: clip(s)}
	}
	i := 0
	if t[0] == '-' {
		i++
	}
	intStart := i
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	intPart, fracPart := t[intStart:i], ""
	if i < len(t) && t[i] == '.' {
		i++
		fracStart := i
		for i < len(t) && isDigit(t[i]) {
			i++
		}
		fracPart = t[fracStart:i]
		if fracPart == "" {
			return decimal.Zero, &NumberError{Code: "num.invalid", Text: s}
		}
	}
	if intPart == "" && fracPart == "" {
		return decimal.Zero, &NumberError{Code: "num.invalid", Text: s}
	}
	plain := i == len(t) // no exponent: the limits can be read off the digits
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		exp := 0
		for i < len(t) && isDigit(t[i]) {
			i++
			exp++
		}
		if exp == 0 || exp > 3 {
			return decimal.Zero, &NumberError{Code: "num.invalid", Text: s}
		}
	}
	if i != len(t) {
		return decimal.Zero, &NumberError{Code: "num.invalid", Text: s}
	}
	if plain {
		// The same checks as checkRange, without big-number arithmetic:
		// leading zeros do not count as digits, trailing fraction zeros
		// do not count as decimals.
		if len(strings.TrimLeft(intPart, "0")) > maxIntegerDigits {
			return decimal.Zero, &NumberError{Code: "num.toolarge", Text: clip(s)}
		}
		if len(strings.TrimRight(fracPart, "0")) > maxFractionDigits {
			return decimal.Zero, &NumberError{Code: "num.precision", Text: clip(s)}
		}
	}
	if plain && len(intPart)+len(fracPart) <= 18 {
		// Fits an int64: read the digits directly, without the string
		// building of decimal.NewFromString. Same value.
		var v int64
		for _, part := range [2]string{intPart, fracPart} {
			for j := 0; j < len(part); j++ {
				v = v*10 + int64(part[j]-'0')
			}
		}
		if t[0] == '-' {
			v = -v
		}
		return decimal.New(v, -int32(len(fracPart))), nil
	}
	d, err := decimal.NewFromString(t)
	if err != nil {
		return decimal.Zero, &NumberError{Code: "num.invalid", Text: s}
	}
	if plain {
		return d, nil
	}
	return d, checkRange(d, s)
}

var maxMagnitude = decimal.New(1, maxIntegerDigits)

func checkRange(d decimal.Decimal, s string) error {
	if d.Abs().Cmp(maxMagnitude) >= 0 {
		return &NumberError{Code: "num.toolarge", Text: clip(s)}
	}
	if !d.IsZero() && d.Exponent() < -maxFractionDigits {
		// Trailing zeros do not count: 1.50000000000000 is fine.
		if d.Truncate(maxFractionDigits).Cmp(d) != 0 {
			return &NumberError{Code: "num.precision", Text: clip(s)}
		}
	}
	return nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Canonical writes d as the shortest exact decimal text ("1234.5", "0", "-3").
func Canonical(d decimal.Decimal) string {
	if d.IsZero() {
		return "0"
	}
	return d.String()
}

// Locale is how a language writes numbers: the decimal mark and the usual
// grouping mark. Only the six product languages are known; anything else
// reads numbers the English way.
type Locale struct {
	Decimal rune
	Group   rune
}

// LocaleFor returns the number conventions of a language tag ("fr", "nb-NO").
func LocaleFor(lang string) Locale {
	base := strings.ToLower(lang)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "nb", "no", "nn", "sv", "fr", "pl":
		return Locale{Decimal: ',', Group: ' '}
	case "tr", "de", "da", "nl", "es", "it", "pt":
		return Locale{Decimal: ',', Group: '.'}
	}
	return Locale{Decimal: '.', Group: ','}
}

// ParseInput reads a number the way a person types it in the given locale and
// returns its canonical form ("1234.56"). It accepts the locale's grouping
// ("1 234,56" in French, "1.234,56" in Turkish, "1,234.56" in English), text
// without grouping, a decimal point typed on a phone keypad that only offers
// '.', and a percent sign after the number or before it ("%12,5" in
// Turkish). Where a text could mean two numbers it is read the locale's way;
// it never guesses silently across both marks.
func ParseInput(text string, loc Locale) (string, error) {
	s := strings.TrimSpace(text)
	// One percent sign, after the number or, as Turkish writes it
	// ("%12,5", "-%12,5"), before it.
	pct := false
	if t, ok := strings.CutSuffix(s, "%"); ok {
		s, pct = strings.TrimSpace(t), true
	} else if t, ok := strings.CutPrefix(s, "%"); ok {
		s, pct = strings.TrimSpace(t), true
	}
	if s == "" {
		return "", &NumberError{Code: "num.empty", Text: text}
	}
	if utf8.RuneCountInString(s) > 48 {
		return "", &NumberError{Code: "num.toolong", Text: clip(text)}
	}
	neg := false
	if r, size := utf8.DecodeRuneInString(s); r == '-' || r == '\u2212' {
		neg = true
		s = strings.TrimSpace(s[size:])
		if t, ok := strings.CutPrefix(s, "%"); ok && !pct {
			s = strings.TrimSpace(t)
		}
	}
	// Split into runs of digits and the single marks between them.
	var runs []string
	var marks []rune
	cur := strings.Builder{}
	prevMark := true
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur.WriteRune(r)
			prevMark = false
		case r == '.' || r == ',' || r == '\'' || r == '\u2019' || unicode.IsSpace(r):
			if prevMark && !(len(runs) == 0 && cur.Len() == 0 && r == '.') && !(len(runs) == 0 && cur.Len() == 0 && r == loc.Decimal) {
				return "", &NumberError{Code: "num.invalid", Text: text}
			}
			if unicode.IsSpace(r) {
				r = ' '
			}
			if r == '\u2019' {
				r = '\''
			}
			runs = append(runs, cur.String())
			cur.Reset()
			marks = append(marks, r)
			prevMark = true
		default:
			return "", &NumberError{Code: "num.invalid", Text: text}
		}
	}
	if prevMark { // ends with a mark, or had no digits at all
		return "", &NumberError{Code: "num.invalid", Text: text}
	}
	runs = append(runs, cur.String())

	// Decide which mark, if any, is the decimal mark.
	decAt := -1
	last := len(marks) - 1
	if last >= 0 {
		m := marks[last]
		switch {
		case m == ' ' || m == '\'':
			// grouping only
		case countRune(marks, '.') > 0 && countRune(marks, ',') > 0:
			decAt = last // "1.234,56" or "1,234.56": the last one is decimal
		case countRune(marks, m) > 1:
			// "1,234,567": grouping
		case m == loc.Decimal:
			decAt = last
		case m == loc.Group && len(runs[last+1]) == 3 && isLeadingGroup(runs[0]):
			// "1,234" in English, "1.234" in Turkish: grouping. "0.500" and
			// "1234.567" cannot be grouped that way, so there the mark is
			// a decimal one (typed on a phone keypad).
		default:
			// A mark that is not this locale's grouping, or not followed by three
			// digits, can only be a decimal mark: "12.5" typed on a phone in French.
			decAt = last
		}
	}
	intRuns := runs
	frac := ""
	if decAt >= 0 {
		intRuns = runs[:decAt+1]
		frac = runs[decAt+1]
		if runs[decAt] == "" && decAt == 0 {
			intRuns = []string{"0"}
		}
	}
	// Every mark before the decimal one must be grouping: one kind, 3-digit groups.
	groupMarks := marks
	if decAt >= 0 {
		groupMarks = marks[:decAt]
		if decAt < len(marks)-1 {
			return "", &NumberError{Code: "num.invalid", Text: text}
		}
	}
	if len(groupMarks) > 0 {
		g := groupMarks[0]
		for _, m := range groupMarks {
			if m != g {
				return "", &NumberError{Code: "num.grouping", Text: text}
			}
		}
		if decAt >= 0 && g == marks[decAt] {
			return "", &NumberError{Code: "num.invalid", Text: text}
		}
		if !isLeadingGroup(intRuns[0]) {
			return "", &NumberError{Code: "num.grouping", Text: text}
		}
		for _, r := range intRuns[1:] {
			if len(r) != 3 {
				return "", &NumberError{Code: "num.grouping", Text: text}
			}
		}
	}
	out := strings.Join(intRuns, "")
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	d, err := decimal.NewFromString(out)
	if err != nil {
		return "", &NumberError{Code: "num.invalid", Text: text}
	}
	if err := checkRange(d, text); err != nil {
		return "", err
	}
	return Canonical(d), nil
}

// isLeadingGroup reports whether digits can be the first group of a grouped
// number: one to three digits, not starting with 0 ("0 500" is not 500).
func isLeadingGroup(digits string) bool {
	return len(digits) >= 1 && len(digits) <= 3 && digits[0] != '0'
}

func countRune(rs []rune, r rune) int {
	n := 0
	for _, x := range rs {
		if x == r {
			n++
		}
	}
	return n
}
