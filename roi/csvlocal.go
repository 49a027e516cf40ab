package roi

import (
	"encoding/csv"
	"io"
	"strings"
)

// CSVStyle says how a spreadsheet in a language reads a CSV file: the
// field separator, the decimal mark and the words. WriteLocalCSV writes
// the rows of WriteCSV that way; WriteCSV stays the machine format (keys,
// "." decimals, ",") for tools and the CLI.
type CSVStyle struct {
	// Comma separates the fields: ';' where the decimal mark is a comma,
	// as spreadsheets in those languages expect, else ','.
	Comma rune
	// Decimal is the decimal mark of numbers.
	Decimal rune
	// Word says a key, a unit, an answer or a header of the machine CSV
	// ("section", "staffHours", "count", "yes") in the language; "" keeps
	// the word as it is (names the user gave, ids).
	Word func(string) string
	// Message says a warning in the language.
	Message func(Message) string
}

// CSVStyleFor is the usual style of lang's spreadsheets (Word and Message
// are left to the caller): ';' and ',' where the decimal mark is a comma.
func CSVStyleFor(lang string) CSVStyle {
	loc := LocaleFor(lang)
	st := CSVStyle{Comma: ',', Decimal: '.'}
	if loc.Decimal == ',' {
		st.Comma, st.Decimal = ';', ','
	}
	return st
}

// WriteLocalCSV writes r for a spreadsheet: UTF-8 with a byte order mark
// (so spreadsheets do not take it for the system's legacy encoding), the
// style's separator, headers and figure names in words, numbers with the
// style's decimal mark and no grouping, units in words. Every cell a
// spreadsheet could take for a formula is neutralised (SafeCSVCell); a
// number is written only when it is a plain decimal, which is never a
// formula.
func WriteLocalCSV(w io.Writer, r Report, st CSVStyle) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if st.Comma != 0 {
		cw.Comma = st.Comma
	}
	cw.UseCRLF = true // what spreadsheets write
	if st.Decimal == 0 {
		st.Decimal = '.'
	}
	e := csvEmitter{cur: r.Currency, local: &localCSV{w: cw, style: st}}
	return e.report(r)
}

type localCSV struct {
	w     *csv.Writer
	style CSVStyle
}

// word says a word of the machine CSV in the style's language.
func (l *localCSV) word(s string) string {
	if l.style.Word != nil {
		if t := l.style.Word(s); t != "" {
			return t
		}
	}
	return s
}

// name says a section's or metric's key in words: each segment of a dotted
// key ("link-clicks.media.cpc") that is a known word, and the user's names
// ("Instagram ads") as they are, joined by " · ".
func (l *localCSV) name(key string) string {
	var out []string
	var plain []string // segments not translated, rejoined with "."
	flush := func() {
		if len(plain) > 0 {
			out = append(out, strings.Join(plain, "."))
			plain = plain[:0]
		}
	}
	for _, seg := range strings.Split(key, ".") {
		t := ""
		if l.style.Word != nil {
			t = l.style.Word(seg)
		}
		if t == "" {
			plain = append(plain, seg)
			continue
		}
		flush()
		out = append(out, t)
	}
	flush()
	return strings.Join(out, " · ")
}

func (l *localCSV) row(section, metric, value, unit string, m *Message) error {
	switch {
	case section == "section" && metric == "metric":
		return l.w.Write([]string{l.word("section"), l.word("metric"), l.word("value"), l.word("unit")})
	case m != nil && l.style.Message != nil:
		value = l.style.Message(*m)
	case unit != "text" && isPlainDecimal(value):
		value = strings.Replace(value, ".", string(l.style.Decimal), 1)
		return l.w.Write([]string{SafeCSVCell(l.name(section)), SafeCSVCell(l.name(metric)), value, SafeCSVCell(l.unit(unit))})
	case unit == "text" && (value == "yes" || value == "no" || section == "headline" || section == "breakEven" || section == "whatIf" || section == "report" && (metric == "period.basis" || metric == "businessModel")):
		value = l.word(value) // answers and bases ("profit", "months")
	}
	return l.w.Write([]string{SafeCSVCell(l.name(section)), SafeCSVCell(l.name(metric)), SafeCSVCell(value), SafeCSVCell(l.unit(unit))})
}

// unit says a unit in words; a currency code stays as it is, text is blank.
func (l *localCSV) unit(u string) string {
	switch u {
	case "text":
		return ""
	case "%", "count", "points", "ratio":
		if l.style.Word != nil {
			if t := l.style.Word("unit." + u); t != "" {
				return t
			}
		}
	}
	return u
}
