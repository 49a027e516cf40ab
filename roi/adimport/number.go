package adimport

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/shopspring/decimal"

	"github.com/socialroi/socialroi/roi"
)

// Num is a figure read from a file: a value, or unknown. An empty cell,
// "--" or "-" is unknown, not zero; a sum is known when at least one of
// its cells was, and Partial when some were not.
type Num struct {
	Value   decimal.Decimal
	Known   bool
	Partial bool
}

// String is the exact decimal ("1234.5"), or "" when unknown.
func (n Num) String() string {
	if !n.Known {
		return ""
	}
	if n.Value.IsZero() {
		return "0"
	}
	return n.Value.String()
}

func (n *Num) add(v Num) {
	switch {
	case v.Known && n.Known:
		n.Value = n.Value.Add(v.Value)
		n.Partial = n.Partial || v.Partial
	case v.Known:
		partial := n.Partial
		*n = v
		n.Partial = n.Partial || partial
	case n.Known:
		n.Partial = true
	default:
		n.Partial = n.Partial || v.Partial
	}
}

func known(d decimal.Decimal) Num { return Num{Value: d, Known: true} }

// isUnknownCell reports whether a cell says "no value".
func isUnknownCell(s string) bool {
	switch strings.ToLower(s) {
	case "", "-", "--", "—", "–", "n/a", "na", "(not set)", " --":
		return true
	}
	return false
}

// maxNumberLen bounds the text of a number (a cell may be any length).
const maxNumberLen = 48

var errNumber = errors.New("not a number")

// numberMarks gives the marks of a number cell: which of '.' and ',' it
// uses and how, for the file-wide decision on the decimal mark.
type markVote int

const (
	voteNone  markVote = iota
	voteDot            // only "." can be the decimal mark here
	voteComma          // only "," can be
	voteAmbig          // one "." or "," followed by three digits: either
)

// cleanNumber strips what surrounds a number in a cell: spaces (also no-break
// and thin ones, used for grouping), a currency symbol or code before or
// after it ("$", "€", "EUR", "kr", "zł", "TL"), a percent sign, apostrophes
// used for grouping. It returns the digits and marks (groups kept apart by
// one space), the sign, and whether a percent sign was there.
func cleanNumber(s string) (body string, neg, pct bool, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxNumberLen*4 {
		return "", false, false, false
	}
	s = trimCurrency(s)
	b := make([]byte, 0, len(s))
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b = append(b, byte(r))
			digits++
		case r == '.' || r == ',':
			b = append(b, byte(r))
		case r == '-' || r == '\u2212':
			if digits > 0 || neg || pct {
				return "", false, false, false
			}
			neg = true
		case r == '%':
			if pct {
				return "", false, false, false
			}
			pct = true
		case unicode.IsSpace(r) || r == '\u00A0' || r == '\u202F' || r == '\u2009' || r == '\'' || r == '’':
			if digits > 0 {
				b = append(b, ' ')
			}
		default:
			return "", false, false, false
		}
	}
	if digits == 0 || len(b) > maxNumberLen {
		return "", false, false, false
	}
	body = strings.TrimSpace(string(b))
	for strings.Contains(body, "  ") {
		body = strings.ReplaceAll(body, "  ", " ")
	}
	return body, neg, pct, true
}

// trimCurrency takes a currency sign or code off either end of a cell.
func trimCurrency(s string) string {
	if s == "" || plainEnd(s[0]) && plainEnd(s[len(s)-1]) {
		return s // the usual case: nothing to take off
	}
	for range 2 {
		s = strings.TrimSpace(s)
		for _, sym := range []string{"$", "€", "£", "¥", "₺", "zł", "kr", "TL", "R$"} {
			s = strings.TrimPrefix(s, sym)
			s = strings.TrimSuffix(s, sym)
		}
		s = strings.TrimSpace(s)
		if len(s) > 3 && isUpper3(s[:3]) && (s[3] == ' ' || s[3] >= '0' && s[3] <= '9') {
			s = s[3:]
		}
		if n := len(s); n > 3 && isUpper3(s[n-3:]) && (s[n-4] == ' ' || s[n-4] >= '0' && s[n-4] <= '9') {
			s = s[:n-3]
		}
	}
	return strings.TrimSpace(s)
}

// plainEnd reports whether a number may start or end with byte c as it is.
func plainEnd(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '%' || c == '.' || c == ','
}

// vote says what a cleaned number tells about the decimal mark.
func vote(body string) markVote {
	body = strings.ReplaceAll(body, " ", "")
	dots, commas := strings.Count(body, "."), strings.Count(body, ",")
	switch {
	case dots > 0 && commas > 0:
		if strings.LastIndexByte(body, '.') > strings.LastIndexByte(body, ',') {
			return voteDot
		}
		return voteComma
	case dots > 1:
		return voteComma // "1.234.567": dots group
	case commas > 1:
		return voteDot
	case dots == 1 || commas == 1:
		i := strings.IndexAny(body, ".,")
		if len(body)-i-1 == 3 && i > 0 && i <= 3 && body[0] != '0' {
			return voteAmbig
		}
		if body[i] == '.' {
			return voteDot
		}
		return voteComma
	}
	return voteNone
}

// parseNumber reads a cleaned number cell with the file's decimal mark
// ('.' or ','). Groups of three digits may be separated by the other mark
// or by spaces.
func parseNumber(cell string, decimalMark byte) (decimal.Decimal, bool, error) {
	body, neg, pct, ok := cleanNumber(cell)
	if !ok {
		return decimal.Decimal{}, false, errNumber
	}
	group := byte(',')
	if decimalMark == ',' {
		group = '.'
	}
	intPart, frac := body, ""
	if i := strings.LastIndexByte(body, decimalMark); i >= 0 {
		intPart, frac = body[:i], body[i+1:]
		if frac == "" || strings.ContainsAny(frac, ".,") || strings.Contains(frac, " ") {
			return decimal.Decimal{}, false, errNumber
		}
	}
	// The integer part: digits, maybe grouped by one mark in groups of three.
	groups := strings.FieldsFunc(intPart, func(r rune) bool { return r == rune(group) || r == ' ' })
	if strings.ContainsRune(intPart, rune(decimalMark)) {
		return decimal.Decimal{}, false, errNumber
	}
	if len(groups) == 0 {
		if intPart != "" {
			return decimal.Decimal{}, false, errNumber
		}
		groups = []string{"0"}
	}
	if len(groups) > 1 {
		if len(groups[0]) > 3 {
			return decimal.Decimal{}, false, errNumber
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return decimal.Decimal{}, false, errNumber
			}
		}
	}
	text := strings.Join(groups, "")
	if frac != "" {
		text += "." + frac
	}
	if neg {
		text = "-" + text
	}
	// The engine's limits: 15 digits before the decimal mark, 12 after.
	d, err := roi.ParseDecimal(text)
	if err != nil {
		return decimal.Decimal{}, false, errNumber
	}
	return d, pct, nil
}

// Dates.

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// The date patterns, compiled on first use (not when the app starts).
var (
	reISO      = &lazyRegexp{expr: `^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$`}
	reCompact  = &lazyRegexp{expr: `^(\d{4})(\d{2})(\d{2})$`}
	reNumeric  = &lazyRegexp{expr: `^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})(?:[ T].*)?$`}
	reMonthDay = &lazyRegexp{expr: `^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$`}
	reDayMonth = &lazyRegexp{expr: `^(\d{1,2})\.? ([A-Za-z]{3,9})\.?,? (\d{4})$`}
	// reDateIn finds date-like texts inside a line of a preamble.
	reDateIn = &lazyRegexp{expr: `\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\b\d{8}\b|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Za-z]{3,9}\.?,? \d{4}`}
)

// lazyRegexp is a regexp compiled on its first use. (Not sync.OnceValue:
// the compiler copies its closures into every call site, a kilobyte each.)
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// dateOrder says how to read n/n/yyyy dates.
type dateOrder int

const (
	orderUnknown    dateOrder = iota
	orderDayFirst             // 31/03/2026, 31.03.2026
	orderMonthFirst           // 03/31/2026
)

// slashParts returns the two leading numbers of a n/n/yyyy date, if it is one.
func slashParts(s string) (a, b int, sep byte, ok bool) {
	m := reNumeric.get().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, 0, false
	}
	a, _ = strconv.Atoi(m[1])
	b, _ = strconv.Atoi(m[3])
	return a, b, m[2][0], true
}

// parseDate reads a date and returns it as YYYY-MM-DD.
func parseDate(s string, order dateOrder) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return "", false
	}
	var y, mo, d int
	if m := reISO.get().FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		d, _ = strconv.Atoi(m[3])
	} else if m := reCompact.get().FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		d, _ = strconv.Atoi(m[3])
	} else if m := reNumeric.get().FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		y, _ = strconv.Atoi(m[4])
		switch {
		case m[2] == ".":
			d, mo = a, b // dotted dates are day first everywhere
		case order == orderMonthFirst:
			mo, d = a, b
		default:
			d, mo = a, b
		}
	} else if m := reMonthDay.get().FindStringSubmatch(s); m != nil {
		mon, ok := monthNames[strings.ToLower(m[1])]
		if !ok {
			return "", false
		}
		mo = int(mon)
		d, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
	} else if m := reDayMonth.get().FindStringSubmatch(s); m != nil {
		mon, ok := monthNames[strings.ToLower(m[2])]
		if !ok {
			return "", false
		}
		mo = int(mon)
		d, _ = strconv.Atoi(m[1])
		y, _ = strconv.Atoi(m[3])
	} else {
		return "", false
	}
	if y < 2000 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31 April
	}
	return t.Format("2006-01-02"), true
}
