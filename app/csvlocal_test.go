package app

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// The spreadsheet export of the e-commerce preset in French and Turkish,
// against golden files (go test ./app -run TestLocalCSVGolden -update), read
// back by a CSV reader with the language's separator: every number has the
// decimal comma and reads as the engine's figure.
func TestLocalCSVGolden(t *testing.T) {
	for _, lang := range []string{"fr", "tr"} {
		sc, _ := LocalPreset(lang, "ecommerce")
		sc.Costs[0].Label = "=HYPERLINK(\"http://x\",\"y\")" // a formula in a label
		r, err := roi.Calculate(sc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ExportLocalCSV(lang, r)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "report-"+lang+".csv")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./app -run TestLocalCSVGolden -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run with -update if intended)", lang, path)
		}
		if !bytes.HasPrefix(got, []byte("\ufeff")) {
			t.Errorf("%s: no byte order mark", lang)
		}
		cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\ufeff"))))
		cr.Comma = ';'
		rows, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("%s: reading back with ';': %v", lang, err)
		}
		if want := []string{tr(lang, "csv\x04Section"), tr(lang, "csv\x04Figure"), tr(lang, "csv\x04Value"), tr(lang, "csv\x04Unit")}; strings.Join(rows[0], "|") != strings.Join(want, "|") {
			t.Errorf("%s header %q; want %q", lang, rows[0], want)
		}
		var cost, formula bool
		for _, row := range rows[1:] {
			if len(row) != 4 {
				t.Fatalf("%s: row %q has %d cells", lang, row, len(row))
			}
			if strings.HasPrefix(row[1], "=") || strings.HasPrefix(row[2], "=") {
				t.Errorf("%s: formula not neutralised: %q", lang, row)
			}
			if strings.HasPrefix(row[1], "'=HYPERLINK") {
				formula = true
			}
			if row[0] == tr(lang, "csv\x04Totals") && row[1] == tr(lang, "csv\x04Cost") {
				cost = true
				want := strings.Replace(r.Totals.Cost.String(), ".", ",", 1)
				if row[2] != want || row[3] != sc.Currency {
					t.Errorf("%s total cost %q %q; want %q %s", lang, row[2], row[3], want, sc.Currency)
				}
			}
			if row[3] == sc.Currency && row[2] != "" && strings.Contains(row[2], ".") {
				t.Errorf("%s: %q has a decimal point", lang, row)
			}
		}
		if !cost || !formula {
			t.Errorf("%s: total cost row %v, neutralised label %v", lang, cost, formula)
		}
	}
}

// English keeps ',' and '.'; every key of every preset's report has words.
func TestLocalCSVWords(t *testing.T) {
	for _, name := range roi.PresetNames {
		sc, _ := roi.Preset(name)
		r, err := roi.Calculate(sc)
		if err != nil {
			t.Fatal(err)
		}
		var machine bytes.Buffer
		if err := roi.WriteCSV(&machine, r); err != nil {
			t.Fatal(err)
		}
		rows, _ := csv.NewReader(&machine).ReadAll()
		user := map[string]bool{}
		for _, s := range presetStrings(sc) {
			user[s] = true
		}
		for _, st := range sc.Funnel.Stages {
			user[st.Metric] = true
		}
		for _, row := range rows[1:] {
			if csvWord("fr", row[0]) == "" {
				t.Errorf("%s: section %q has no words", name, row[0])
			}
			for _, seg := range strings.Split(row[1], ".") {
				if csvWord("fr", seg) == "" && !user[seg] && !isDigits(seg) && !roi.IsChannelID(seg) && !strings.HasPrefix(row[0], "warn") {
					t.Errorf("%s: %s.%s: %q has no words", name, row[0], row[1], seg)
				}
			}
		}
		en, err := ExportLocalCSV("en", r)
		if err != nil {
			t.Fatal(err)
		}
		if recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(en, []byte("\ufeff")))).ReadAll(); err != nil || recs[0][0] != "Section" {
			t.Errorf("English spreadsheet CSV: %v %q", err, recs[0])
		}
	}
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
