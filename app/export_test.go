package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// Export JSON then Import gives the same scenario, for every preset.
func TestExportImportRoundTrip(t *testing.T) {
	for _, name := range roi.PresetNames {
		sc, _ := roi.Preset(name)
		sc.Tracking = &roi.Tracking{BaseURL: "shop.example/x?a=1&b=<2>", Term: "shoes"}
		data, err := ExportJSON(sc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasSuffix(data, []byte("}\n")) || !bytes.Contains(data, []byte("\n  \"format\": \"social-roi\"")) || !bytes.Contains(data, []byte("b=<2>")) {
			t.Errorf("%s: export is not indented JSON with readable text:\n%.200s", name, data)
		}
		got, warnings, err := ImportScenario(data)
		if err != nil || len(warnings) > 0 {
			t.Fatalf("%s: import: %v, warnings %v", name, err, warnings)
		}
		if shJSON(t, got) != shJSON(t, sc) {
			t.Errorf("%s: import of the export differs:\n%s\nwant\n%s", name, shJSON(t, got), shJSON(t, sc))
		}
	}
}

// Export CSV is the same file as `roi report -format csv`: the CLI's golden
// files.
func TestExportCSVIsTheCLIs(t *testing.T) {
	for _, name := range roi.PresetNames {
		want, err := os.ReadFile(filepath.Join("..", "cmd", "roi", "testdata", "golden", name+".csv"))
		if err != nil {
			t.Skipf("no golden file: %v", err)
		}
		sc, _ := roi.Preset(name)
		r, err := roi.Calculate(sc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ExportCSV(r)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: Export CSV differs from roi report -format csv", name)
		}
	}
}

func TestExportName(t *testing.T) {
	cases := []struct{ name, suffix, ext, want string }{
		{"Spring launch", "", "json", "spring-launch.json"},
		{"Online shop: spring quarter", "-report", "csv", "online-shop-spring-quarter-report.csv"},
		{"", "", "json", "scenario.json"},
		{"../../etc/passwd", "", "json", "etc-passwd.json"},
		{"Kampanja på vår", "", "json", "kampanja-på-vår.json"},
	}
	for _, tc := range cases {
		if got := exportName(tc.name, tc.suffix, tc.ext); got != tc.want {
			t.Errorf("exportName(%q) = %q; want %q", tc.name, got, tc.want)
		}
	}
}

// Every bad file is refused with the field at fault named, path first.
func TestImportErrorsNameTheField(t *testing.T) {
	doc := func(body string) string {
		return `{"format":"social-roi","version":1,"currency":"EUR","revenue":[],"actions":[],` + body + `}`
	}
	cases := []struct {
		name string
		data string
		want []string
	}{
		{"not JSON", "hello", []string{"not valid JSON"}},
		{"truncated", `{"format":"social-roi","version":1,"costs":[`, []string{"not valid JSON"}},
		{"syntax error with its place", "{\n\"format\": \"social-roi\",\n\"version\": 1,,\n}", []string{"line 3"}},
		{"a list", `[1,2]`, []string{"must be a JSON object"}},
		{"no format", `{"version":1}`, []string{"format: format is missing"}},
		{"another format", `{"format":"xlsx","version":1}`, []string{`format: format must be "social-roi"`}},
		{"version 3", `{"format":"social-roi","version":3}`, []string{"version: version 3 is not supported"}},
		{"negative hours", doc(`"costs":[{"label":"Manager","category":"staff","hours":"-10","hourlyRate":"40"}]`), []string{"Cost line 1, Hours: cannot be negative"}},
		{"bad number", doc(`"costs":[{"label":"Ads","category":"ads","amount":"12abc"}]`), []string{`Cost line 1, Amount: "12abc" is not a number`}},
		{"wrong type", doc(`"costs":[{"label":"Ads","category":"ads","amount":true}]`), []string{"Cost line 1, Amount: must be a number"}},
		{"bad category", doc(`"costs":[{"label":"Ads","category":"billboards","amount":"1"}]`), []string{`Cost line 1, Category: "billboards" is not one of`}},
		{"bad currency", `{"format":"social-roi","version":1,"currency":"EURO","costs":[],"revenue":[],"actions":[]}`, []string{"Currency: "}},
		{"several problems", doc(`"costs":[{"label":"A","category":"ads","amount":"-1"},{"label":"B","category":"staff","hours":"x","hourlyRate":"1"}],"grossMargin":"140"`),
			[]string{"Cost line 1, Amount: cannot be negative", "Cost line 2, Hours:", "Gross margin (%): must be between 0 and 100"}},
		{"funnel rate", doc(`"costs":[],"funnel":{"stages":[{"metric":"views","rate":"10"}]}`), []string{"Funnel stage 1, Rate (%)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, ms := shStore(t)
			before := shStored(t, ms)
			ids := shIDs(st.Entries())
			p := &Page{View: PathCalc, st: st}
			p.importData("bad.json", []byte(tc.data))

			_, _, err := ImportScenario([]byte(tc.data))
			if err == nil {
				t.Fatal("no error")
			}
			text := strings.Join(p.tools.importProblems, "\n")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("problems:\n%s\nwant them to say %q", text, w)
				}
			}
			if !p.tools.fileAlert || !strings.Contains(p.tools.fileStatus, "nothing was changed") {
				t.Errorf("status %q (alert %v); want an alert that nothing changed", p.tools.fileStatus, p.tools.fileAlert)
			}
			if strings.Join(shIDs(st.Entries()), ",") != strings.Join(ids, ",") || shStored(t, ms) != before {
				t.Error("a failed import changed the scenarios")
			}
			html := renderWith(t, st, p)
			if e, ok := byID(html, "import-notice"); !ok || e.attrs["role"] != "alert" {
				t.Errorf("no #import-notice alert: %v", e)
			}
		})
	}
}

// A file over 1 MiB is refused before it is read; one at the limit is read.
func TestImportTooLarge(t *testing.T) {
	if !ImportTooLarge(MaxImportBytes+1) || ImportTooLarge(MaxImportBytes) || MaxImportBytes != 1<<20 {
		t.Errorf("ImportTooLarge: the limit is not 1 MiB")
	}
	big := append([]byte(`{"format":"social-roi","version":1,"name":"`), bytes.Repeat([]byte("a"), MaxImportBytes)...)
	big = append(big, `"}`...)
	_, _, err := ImportScenario(big)
	if ps := roi.ProblemsOf(err); len(ps) != 1 || ps[0].Code != "doc.toolarge" {
		t.Errorf("oversized data: %v; want doc.toolarge", err)
	}
}

// Unknown keys do not stop an import; they are listed as ignored.
func TestImportWarnings(t *testing.T) {
	st, _ := shStore(t)
	p := &Page{View: PathCalc, st: st}
	data := "\xef\xbb\xbf" + `{"format":"social-roi","version":1,"name":"From a newer app","currency":"EUR","costs":[{"label":"A","category":"ads","amount":"10","colour":"red"}],"revenue":[],"actions":[],"extra":1}`
	p.importData("new.json", []byte(data))
	if p.tools.fileAlert || len(p.tools.importProblems) > 0 {
		t.Fatalf("import failed: %q %v", p.tools.fileStatus, p.tools.importProblems)
	}
	w := strings.Join(p.tools.importWarnings, "\n")
	if !strings.Contains(w, `Cost line 1, colour: unknown key "colour" was ignored`) || !strings.Contains(w, "extra:") {
		t.Errorf("warnings = %q; want both unknown keys, with their fields", w)
	}
	html := renderWith(t, st, p)
	if e, ok := byID(html, "import-warnings"); !ok || e.attrs["role"] != "status" {
		t.Error("warnings not shown")
	}
}

// An import is added as a new scenario; nothing is replaced, and Undo
// import takes it back without undoing edits made elsewhere since.
func TestImportAddsAndUndo(t *testing.T) {
	st, ms := shStore(t)
	prev := st.Current().ID
	prevJSON := shJSON(t, st.Current().Scenario)
	other := st.Entries()[1].ID
	sc, _ := roi.Preset("b2b")
	data, _ := ExportJSON(sc)

	p := &Page{View: PathCalc, st: st}
	p.importData("b2b.json", data)
	id := st.Current().ID
	if id == prev || len(st.Entries()) != 3 || shJSON(t, st.Current().Scenario) != shJSON(t, sc) {
		t.Fatalf("import did not add the scenario as a new current one")
	}
	if shJSON(t, st.Entry(prev).Scenario) != prevJSON {
		t.Error("the scenario current before the import changed")
	}
	if !strings.Contains(shStored(t, ms), id) {
		t.Error("the imported scenario is not kept")
	}
	html := renderWith(t, st, p)
	if e, ok := byID(html, "undo-import"); !ok || e.tag != "button" {
		t.Fatal("no Undo import button")
	}
	if e, ok := byID(html, "file-status"); !ok || e.attrs["role"] != "status" {
		t.Errorf("no status region: %v", e)
	}

	// An edit to another scenario after the import survives its undo.
	st.Select(other)
	st.Edit(textField("name", func(s *roi.Scenario, _ bool) *string { return &s.Name }), "Renamed after the import")
	st.Select(id)
	st.Undo()
	if st.Entry(id) != nil || len(st.Entries()) != 2 {
		t.Error("Undo import did not remove the imported scenario")
	}
	if st.Current().ID != prev {
		t.Errorf("current after Undo import = %s; want %s", st.Current().ID, prev)
	}
	if st.Entry(other).Scenario.Name != "Renamed after the import" {
		t.Error("Undo import undid an edit made elsewhere")
	}
	if strings.Contains(shStored(t, ms), id) {
		t.Error("the imported scenario is still stored after Undo import")
	}
}

func TestCalcHasExportImport(t *testing.T) {
	st, _ := shStore(t)
	html := render(t, st, PathCalc)
	for _, id := range []string{"export-json", "export-csv", "share"} {
		if e, ok := byID(html, id); !ok || e.tag != "button" || e.attrs["type"] != "button" {
			t.Errorf("#%s is not a <button type=button>: %v", id, e)
		}
	}
	in, ok := byID(html, "import-file")
	if !ok || in.attrs["type"] != "file" || !strings.Contains(in.attrs["accept"], ".json") {
		t.Errorf("import input = %v; want a file input taking .json", in)
	}
	if !strings.Contains(html, `for="import-file"`) {
		t.Error("the import input has no label")
	}
	if a, ok := byID(html, "print-report"); !ok || a.attrs["href"] != PathReport {
		t.Errorf("no link to the print view: %v", a)
	}
}
