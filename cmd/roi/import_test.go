package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// export is a sample export of the importer's test data.
func export(name string) string {
	return filepath.Join("..", "..", "roi", "adimport", "testdata", name)
}

func TestImportRun(t *testing.T) {
	_, metaGA4, _ := runCLI([]string{"import", export("meta-en.csv"), export("ga4-en.csv")}, "")
	into := filepath.Join(t.TempDir(), "into.json")
	if err := os.WriteFile(into, []byte(metaGA4), 0o644); err != nil {
		t.Fatal(err)
	}
	meta := readFile(t, export("meta-en.csv"))
	tests := []struct {
		name string
		args []string
		in   string
		code int
		out  []string
		err  []string
	}{
		{name: "help", args: []string{"help", "import"}, code: 0, out: []string{"usage: roi import [-into FILE]", "-rate value", "-group string"}},
		{name: "in the usage", args: []string{"help"}, code: 0, out: []string{"roi import [-into FILE]"}},
		{name: "no export", args: []string{"import"}, code: 2, err: []string{"roi import: missing EXPORT"}},
		{name: "meta", args: []string{"import", export("meta-en.csv")}, code: 0,
			out: []string{`"version": 2`, `"currency": "EUR"`, `"amount": "1250.5"`, `"key": "meta|2026-03-01..2026-03-31|channel:instagram"`},
			err: []string{"meta-en.csv: Meta (en headers, utf-8, comma-separated), 2026-03-01 – 2026-03-31, EUR, 3 campaigns",
				"meta-en.csv:2: skipped: has figures but no campaign name (a summary row)"}},
		{name: "stdin", args: []string{"import", "-"}, in: meta, code: 0, out: []string{`"name": "Imported from <stdin>"`}, err: []string{"<stdin>: Meta"}},
		{name: "per campaign", args: []string{"import", "-group", "campaign", export("meta-en.csv")}, code: 0,
			out: []string{`"label": "Meta: Newsletter leads"`, "campaign:Spring sale – Facebook"}},
		{name: "bad grouping", args: []string{"import", "-group", "ad", export("meta-en.csv")}, code: 2, err: []string{`unknown grouping "ad"`}},
		{name: "attribution", args: []string{"import", "-attribution", "40", export("meta-en.csv")}, code: 0, out: []string{`"attribution": "40"`}},
		{name: "bad attribution", args: []string{"import", "-attribution", "140", export("meta-en.csv")}, code: 1,
			err: []string{"roi import: the attribution share \"140\" must be a percent between 0 and 100"}},
		{name: "a rate", args: []string{"import", "-currency", "EUR", "-rate", "NOK=0.0856@2026-03-31", export("meta-nb.csv")}, code: 0,
			out: []string{`"amount": "1056.7748"`, `"currency": "NOK"`, `"amount": "12345.5"`, `"date": "2026-03-31"`},
			err: []string{"converted at 0.0856 EUR per NOK (rate of 2026-03-31)"}},
		{name: "no rate", args: []string{"import", "-into", into, export("meta-nb.csv")}, code: 1,
			err: []string{"roi import: meta-nb.csv is in NOK and the scenario in EUR: give an exchange rate (1 NOK in EUR) to import it"}},
		{name: "bad rate", args: []string{"import", "-rate", "NOK:0.1", export("meta-nb.csv")}, code: 2, err: []string{`-rate "NOK:0.1" is not CUR=RATE[@DATE]`}},
		{name: "bad rate currency", args: []string{"import", "-rate", "NOKK=0.1", export("meta-nb.csv")}, code: 2, err: []string{`"NOKK" is not an ISO 4217 currency code`}},
		{name: "bad rate date", args: []string{"import", "-rate", "NOK=0.1@31.03.2026", export("meta-nb.csv")}, code: 2, err: []string{`"31.03.2026" is not a date`}},
		{name: "bad currency", args: []string{"import", "-currency", "EURO", export("meta-en.csv")}, code: 2, err: []string{`-currency "EURO" is not`}},
		{name: "no currency", args: []string{"import", export("ga4-en.csv")}, code: 2, err: []string{"no export says its currency"}},
		{name: "GA4 with a currency", args: []string{"import", "-currency", "EUR", export("ga4-en.csv")}, code: 0, out: []string{`"source": "analytics"`, `"metric": "sessions"`}},
		{name: "into replaces", args: []string{"import", "-into", into, export("meta-en.csv"), export("ga4-en.csv")}, code: 0,
			out: []string{`"name": "Imported from meta-en.csv, ga4-en.csv"`}, err: []string{"12 lines from an earlier import of the same platform and period were replaced"}},
		{name: "into invalid", args: []string{"import", "-into", td("negative-hours.json"), export("meta-en.csv")}, code: 1, err: []string{"negative-hours.json: costs[0].hours"}},
		{name: "a row not read", args: []string{"import", td("import-bad-row.csv")}, code: 0, err: []string{`testdata/import-bad-row.csv:3: skipped: Cost: "ten" is not a number`}},
		{name: "missing export", args: []string{"import", td("missing.csv")}, code: 1, err: []string{"testdata/missing.csv: cannot read the file: no such file or directory"}},
		{name: "xlsx", args: []string{"import", td("import.xlsx")}, code: 1, err: []string{"testdata/import.xlsx: this is an Excel workbook: export the report as CSV"}},
		{name: "not an export", args: []string{"import", td("good.json")}, code: 1, err: []string{"testdata/good.json: no header row with known column names"}},
		{name: "stdin twice", args: []string{"import", "-", "-"}, in: meta, code: 1, err: []string{"standard input can be read only once"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(tt.args, tt.in)
			if code != tt.code {
				t.Errorf("run(%q) = %d; want %d\nstdout:\n%s\nstderr:\n%s", tt.args, code, tt.code, out, errOut)
			}
			for _, w := range tt.out {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.err {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if code != 0 && out != "" && tt.args[0] != "help" {
				t.Errorf("run(%q) = %d and wrote to stdout:\n%s", tt.args, code, out)
			}
			if code == 0 && tt.args[0] == "import" {
				if _, _, err := roi.Parse([]byte(out)); err != nil {
					t.Errorf("the scenario does not parse: %v", err)
				}
			}
		})
	}
}

// TestImportGolden keeps the scenarios roi import makes from a Meta and a
// GA4 export, and from a Google Ads UTF-16 export, in testdata/golden.
// "go test ./cmd/roi -run TestImportGolden -update" rewrites them.
func TestImportGolden(t *testing.T) {
	cases := []struct {
		file string
		args []string
	}{
		{"import-meta-ga4.json", []string{"import", "-attribution", "50", export("meta-en.csv"), export("ga4-en.csv")}},
		{"import-google-ads-utf16.json", []string{"import", export("google-ads-en-utf16le.csv")}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			code, out, errOut := runCLI(c.args, "")
			if code != 0 {
				t.Fatalf("run(%q) = %d: %s", c.args, code, errOut)
			}
			checkGolden(t, c.file, c.args, out)
		})
	}
}
