package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// runCLI runs the command line with the given standard input.
func runCLI(args []string, stdin string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func td(name string) string { return filepath.Join("testdata", name) }

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRun(t *testing.T) {
	good := readFile(t, td("good.json"))
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		out     []string // substrings of stdout
		err     []string // substrings of stderr
		outLine string   // the whole of stdout, when set
	}{
		// help and usage
		{name: "no arguments", args: nil, code: 2, err: []string{"Usage:", "roi report"}},
		{name: "help", args: []string{"help"}, code: 0, out: []string{"Usage:", "roi share [-base URL] FILE", "Exit status"}},
		{name: "-h", args: []string{"-h"}, code: 0, out: []string{"Usage:"}},
		{name: "--help", args: []string{"--help"}, code: 0, out: []string{"Usage:"}},
		{name: "help report", args: []string{"help", "report"}, code: 0, out: []string{"usage: roi report [-format text|json|csv] FILE", "-format string"}},
		{name: "help share", args: []string{"help", "share"}, code: 0, out: []string{"-base string", "http://localhost:8080/"}},
		{name: "help unknown", args: []string{"help", "frobnicate"}, code: 2, err: []string{`unknown command "frobnicate"`}},
		{name: "report -h", args: []string{"report", "-h"}, code: 0, out: []string{"usage: roi report", "Flags:"}},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, err: []string{`roi: unknown command "frobnicate"`, "Usage:"}},
		{name: "flag before command", args: []string{"-format", "json", "report"}, code: 2, err: []string{`unknown command "-format"`}},

		// report
		{name: "report text", args: []string{"report", td("good.json")}, code: 0,
			out: []string{"Social media ROI: Small test shop", "6,999.00 EUR", "Total ROI (revenue and estimates)", "n/a: the first stage has no previous stage."}},
		{name: "report json", args: []string{"report", "-format", "json", td("good.json")}, code: 0, out: []string{`"format": "social-roi-report"`, `  "currency": "EUR"`}},
		{name: "report csv", args: []string{"report", "-format=csv", td("good.json")}, code: 0, out: []string{"section,metric,value,unit\n", "totals,cost,6999.00,EUR\n"}},
		{name: "report flag after file", args: []string{"report", td("good.json"), "-format", "csv"}, code: 0, out: []string{"section,metric,value,unit\n"}},
		{name: "report format in capitals", args: []string{"report", "-format", "CSV", td("good.json")}, code: 0, out: []string{"section,metric,value,unit\n"}},
		{name: "report stdin", args: []string{"report", "-"}, stdin: good, code: 0, out: []string{"Small test shop"}},
		{name: "report after --", args: []string{"report", "-format", "csv", "--", td("good.json")}, code: 0, out: []string{"totals,cost,6999.00,EUR"}},
		{name: "report no file", args: []string{"report"}, code: 2, err: []string{"roi report: missing FILE", "usage: roi report"}},
		{name: "report two files", args: []string{"report", td("good.json"), td("good.json")}, code: 2, err: []string{"unexpected argument"}},
		{name: "report bad format", args: []string{"report", "-format", "xml", td("good.json")}, code: 2, err: []string{`unknown format "xml"`}},
		{name: "report unknown flag", args: []string{"report", "-colour", td("good.json")}, code: 2, err: []string{"flag provided but not defined: -colour", "usage: roi report"}},
		{name: "report flag without value", args: []string{"report", td("good.json"), "-format"}, code: 2, err: []string{"flag needs an argument"}},
		{name: "report missing file", args: []string{"report", td("missing.json")}, code: 1, err: []string{"testdata/missing.json: cannot read the file: no such file or directory"}},
		{name: "report directory", args: []string{"report", "testdata"}, code: 1, err: []string{"testdata: cannot read the file: is a directory"}},
		{name: "report bad number", args: []string{"report", td("bad-number.json")}, code: 1,
			err: []string{`testdata/bad-number.json: costs[2].hourlyRate: "12abc" is not a number`}},
		{name: "report negative hours", args: []string{"report", td("negative-hours.json")}, code: 1,
			err: []string{"testdata/negative-hours.json: costs[0].hours: cannot be negative"}},
		{name: "report wrong format", args: []string{"report", td("wrong-format.json")}, code: 1,
			err: []string{`testdata/wrong-format.json: format: format must be "social-roi", not "social-roi-report"`}},
		{name: "report version 3", args: []string{"report", td("version3.json")}, code: 1,
			err: []string{"testdata/version3.json: version: version 3 is not supported: this program reads versions 1 and 2"}},
		// A version-1 file opens; what its upgrade changed is said on stderr.
		{name: "report version 1", args: []string{"report", td("v1-good.json")}, code: 0,
			out: []string{"Social media ROI: Small test shop"},
			err: []string{"testdata/v1-good.json: version: warning: This scenario was saved in version 1 and is now read as version 2",
				"testdata/v1-good.json: lift: warning: Customer lift is a yearly value: it counted 100000.00 in full and now counts 25000.00 for the period (0.25 of a year).",
				"testdata/v1-good.json: grossMargin: warning: Break-even now needs the gross profit to cover the cost"}},
		{name: "report not JSON", args: []string{"report", td("not-json.txt")}, code: 1,
			err: []string{"testdata/not-json.txt: this is not valid JSON: invalid character 'S' looking for beginning of value (line 1, column 1)"}},
		{name: "report truncated", args: []string{"report", td("truncated.json")}, code: 1,
			err: []string{"testdata/truncated.json: this is not valid JSON: the document ends too early"}},
		{name: "report empty stdin", args: []string{"report", "-"}, stdin: "", code: 1, err: []string{"<stdin>: this is not valid JSON"}},
		{name: "report too large", args: []string{"report", "-"}, stdin: "{" + strings.Repeat(" ", roi.MaxDocumentBytes) + "}", code: 1,
			err: []string{"<stdin>: the document is larger than 1048576 bytes and was not read"}},
		{name: "report array", args: []string{"report", "-"}, stdin: "[1, 2]", code: 1, err: []string{"<stdin>: the document must be a JSON object"}},
		{name: "report every problem", args: []string{"report", td("many-problems.json")}, code: 1, err: []string{
			`testdata/many-problems.json: currency: "EURO" is not an ISO 4217 currency code`,
			`testdata/many-problems.json: costs[0].category: "advertising" is not one of: staff, ads`,
			"testdata/many-problems.json: costs[1].amount: cannot be negative",
			`testdata/many-problems.json: revenue[0].amount: "1,000" is not a number`,
			"testdata/many-problems.json: grossMargin: must be between 0 and 100",
		}},
		{name: "report unknown key", args: []string{"report", td("unknown-key.json")}, code: 0,
			out: []string{"Social media ROI: From a newer version"},
			err: []string{`testdata/unknown-key.json: colour: warning: unknown key "colour" was ignored`, `costs[0].team: warning: unknown key "team"`}},
		{name: "report no cost", args: []string{"report", td("no-cost.json")}, code: 0,
			out: []string{"n/a (no cost is entered, so there is nothing to divide by)", "150,000 JPY"}},

		// validate
		{name: "validate good", args: []string{"validate", td("good.json")}, code: 0,
			out: []string{"ok\n", "testdata/good.json: warning: 73.67% of the total return is estimated", "testdata/good.json: warning: Leads is valued at 3200.00 beside revenue of the same channel"}},
		{name: "validate unknown key", args: []string{"validate", td("unknown-key.json")}, code: 0,
			out: []string{"ok\n", `testdata/unknown-key.json: colour: warning: unknown key "colour" was ignored (it may come from a newer version)`}},
		{name: "validate stdin", args: []string{"validate", "-"}, stdin: good, code: 0, out: []string{"ok\n", "<stdin>: warning:"}},
		{name: "validate bad number", args: []string{"validate", td("bad-number.json")}, code: 1,
			err: []string{`testdata/bad-number.json: costs[2].hourlyRate: "12abc" is not a number`}},
		{name: "validate negative hours", args: []string{"validate", td("negative-hours.json")}, code: 1, err: []string{"costs[0].hours: cannot be negative"}},
		{name: "validate wrong format", args: []string{"validate", td("wrong-format.json")}, code: 1, err: []string{"format: format must be"}},
		{name: "validate version 3", args: []string{"validate", td("version3.json")}, code: 1, err: []string{"version: version 3 is not supported"}},
		{name: "validate not JSON", args: []string{"validate", td("not-json.txt")}, code: 1, err: []string{"this is not valid JSON"}},
		{name: "validate truncated", args: []string{"validate", td("truncated.json")}, code: 1, err: []string{"the document ends too early"}},
		{name: "validate missing file", args: []string{"validate", td("missing.json")}, code: 1, err: []string{"cannot read the file"}},
		{name: "validate no file", args: []string{"validate"}, code: 2, err: []string{"roi validate: missing FILE"}},
		{name: "validate has no flags", args: []string{"validate", "-format", "json", td("good.json")}, code: 2, err: []string{"flag provided but not defined: -format"}},

		// compare
		{name: "compare", args: []string{"compare", td("good.json"), td("unknown-key.json")}, code: 0,
			out: []string{"A: Small test shop (EUR)", "B: From a newer version (USD)", "different currencies"},
			err: []string{`unknown key "colour"`}},
		{name: "compare json", args: []string{"compare", "-format", "json", td("good.json"), "-"}, stdin: good, code: 0,
			out: []string{`"sameCurrency": true`, `"key": "roi.direct"`}},
		{name: "compare one file", args: []string{"compare", td("good.json")}, code: 2, err: []string{"missing the two files A and B"}},
		{name: "compare stdin twice", args: []string{"compare", "-", "-"}, code: 2, err: []string{"only one of A and B can be standard input"}},
		{name: "compare csv", args: []string{"compare", "-format", "csv", td("good.json"), td("good.json")}, code: 2, err: []string{`unknown format "csv"`}},
		{name: "compare both invalid", args: []string{"compare", td("bad-number.json"), td("version3.json")}, code: 1,
			err: []string{"testdata/bad-number.json: costs[2].hourlyRate", "testdata/version3.json: version"}},

		// share
		{name: "share", args: []string{"share", td("good.json")}, code: 0, out: []string{"http://localhost:8080/#s="}},
		{name: "share base", args: []string{"share", "-base", "https://roi.example.com/app#old", td("good.json")}, code: 0, out: []string{"https://roi.example.com/app#s="}},
		{name: "share bad base", args: []string{"share", "-base", "not a url", td("good.json")}, code: 2, err: []string{`-base "not a url" is not an absolute address`}},
		{name: "share invalid", args: []string{"share", td("negative-hours.json")}, code: 1, err: []string{"costs[0].hours: cannot be negative"}},
		{name: "share no file", args: []string{"share"}, code: 2, err: []string{"roi share: missing FILE"}},

		// presets, preset, schema
		{name: "presets", args: []string{"presets"}, code: 0, out: []string{"ecommerce  online shop", "b2b", "saas", "local", "(NOK)"}},
		{name: "presets extra", args: []string{"presets", "x"}, code: 2, err: []string{`unexpected argument "x"`}},
		{name: "preset", args: []string{"preset", "b2b"}, code: 0, out: []string{"{\n  \"format\": \"social-roi\",\n  \"version\": 2,", `"currency": "USD"`}},
		{name: "preset unknown", args: []string{"preset", "bakery"}, code: 2, err: []string{`unknown preset "bakery" (use one of: ecommerce, b2b, saas, local)`}},
		{name: "preset no name", args: []string{"preset"}, code: 2, err: []string{"roi preset: missing NAME"}},
		{name: "schema", args: []string{"schema"}, code: 0, out: []string{`"$schema"`}},
		{name: "schema extra", args: []string{"schema", "x"}, code: 2, err: []string{`unexpected argument "x"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(tt.args, tt.stdin)
			if code != tt.code {
				t.Errorf("run(%q) = %d; want %d\nstdout:\n%s\nstderr:\n%s", tt.args, code, tt.code, out, errOut)
			}
			for _, want := range tt.out {
				if !strings.Contains(out, want) {
					t.Errorf("run(%q) stdout lacks %q:\n%s", tt.args, want, out)
				}
			}
			for _, want := range tt.err {
				if !strings.Contains(errOut, want) {
					t.Errorf("run(%q) stderr lacks %q:\n%s", tt.args, want, errOut)
				}
			}
			switch {
			case code != 0 && errOut == "":
				t.Errorf("run(%q) = %d with nothing on stderr", tt.args, code)
			case code != 0 && tt.code != 0 && out != "":
				t.Errorf("run(%q) = %d and wrote to stdout:\n%s", tt.args, code, out)
			case code == 0 && len(tt.err) == 0 && errOut != "":
				t.Errorf("run(%q) = 0 and wrote to stderr:\n%s", tt.args, errOut)
			}
			if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine") {
				t.Errorf("run(%q) printed a stack trace:\n%s", tt.args, errOut)
			}
		})
	}
}

// TestValidateOutput checks the whole output of validate: "ok" first, then
// every warning, one a line.
func TestValidateOutput(t *testing.T) {
	args := []string{"validate", td("unknown-key.json")}
	code, out, errOut := runCLI(args, "")
	if code != 0 || errOut != "" {
		t.Fatalf("run(%q) = %d; want 0\n%s", args, code, errOut)
	}
	want := "ok\n" +
		"testdata/unknown-key.json: colour: warning: unknown key \"colour\" was ignored (it may come from a newer version)\n" +
		"testdata/unknown-key.json: costs[0].team: warning: unknown key \"team\" was ignored (it may come from a newer version)\n"
	if out != want {
		t.Errorf("run(%q) stdout =\n%s\nwant\n%s", args, out, want)
	}
}

// TestInvalidListsOnlyProblems checks that an invalid file gives one line
// per problem, each "FILE: path: message", and nothing else.
func TestInvalidListsOnlyProblems(t *testing.T) {
	args := []string{"report", td("many-problems.json")}
	code, _, errOut := runCLI(args, "")
	if code != 1 {
		t.Fatalf("run(%q) = %d; want 1", args, code)
	}
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(lines) != 5 {
		t.Errorf("run(%q) printed %d lines; want 5 problems:\n%s", args, len(lines), errOut)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "testdata/many-problems.json: ") || strings.Count(l, ": ") < 2 {
			t.Errorf("line %q is not FILE: path: message", l)
		}
	}
}

// TestPresetRoundTrip feeds every preset printed by "roi preset" back into
// the other commands: it must parse without a warning, report the same
// figures as the preset itself, and share to a link that opens the same
// scenario.
func TestPresetRoundTrip(t *testing.T) {
	for _, name := range roi.PresetNames {
		t.Run(name, func(t *testing.T) {
			code, doc, errOut := runCLI([]string{"preset", name}, "")
			if code != 0 {
				t.Fatalf("run(preset %s) = %d: %s", name, code, errOut)
			}
			s, warnings, err := roi.Parse([]byte(doc))
			if err != nil || len(warnings) > 0 {
				t.Fatalf("preset %s does not parse cleanly: %v %v", name, err, warnings)
			}
			want, _ := roi.Preset(name)
			if !reflect.DeepEqual(s, want) {
				t.Errorf("preset %s changed on the way through JSON", name)
			}

			code, got, errOut := runCLI([]string{"report", "-format", "json", "-"}, doc)
			if code != 0 {
				t.Fatalf("report: %d %s", code, errOut)
			}
			r, err := roi.Calculate(want)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := writeJSON(&b, r); err != nil {
				t.Fatal(err)
			}
			if got != b.String() {
				t.Errorf("the report of the printed preset differs from the preset's")
			}

			code, link, errOut := runCLI([]string{"share", "-"}, doc)
			if code != 0 {
				t.Fatalf("share: %d %s", code, errOut)
			}
			_, payload, ok := strings.Cut(strings.TrimSpace(link), "#s=")
			if !ok {
				t.Fatalf("share printed %q", link)
			}
			shared, err := roi.DecodeShare(payload)
			if err != nil {
				t.Fatalf("DecodeShare: %v", err)
			}
			if !reflect.DeepEqual(shared, want) {
				t.Errorf("the share link of preset %s opens a different scenario", name)
			}
		})
	}
}

func TestSchemaIsJSON(t *testing.T) {
	code, out, _ := runCLI([]string{"schema"}, "")
	if code != 0 || !strings.HasSuffix(out, "\n") {
		t.Fatalf("run(schema) = %d, output ends %q", code, out[max(0, len(out)-10):])
	}
	if !json.Valid([]byte(out)) {
		t.Errorf("roi schema does not print valid JSON")
	}
	if strings.TrimSpace(out) != strings.TrimSpace(string(roi.SchemaJSON)) {
		t.Errorf("roi schema differs from roi.SchemaJSON")
	}
}

func TestPresetsListsEveryPreset(t *testing.T) {
	_, out, _ := runCLI([]string{"presets"}, "")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(roi.PresetNames) {
		t.Fatalf("roi presets printed %d lines; want %d", len(lines), len(roi.PresetNames))
	}
	for i, name := range roi.PresetNames {
		if !strings.HasPrefix(lines[i], name+" ") {
			t.Errorf("line %d = %q; want preset %s", i, lines[i], name)
		}
		if presetDescriptions[name] == "" {
			t.Errorf("preset %s has no description", name)
		}
	}
}

// TestGolden compares the reports of every preset (and of the example in
// testdata/good.json) and two comparisons with the files in testdata/golden.
// Run "go test ./cmd/roi -update" to rewrite them after a deliberate change,
// and read the diff before committing it.
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"good": td("good.json")}
	names := append([]string{"good"}, roi.PresetNames...)
	for _, name := range roi.PresetNames {
		_, doc, _ := runCLI([]string{"preset", name}, "")
		files[name] = filepath.Join(dir, name+".json")
		if err := os.WriteFile(files[name], []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	type golden struct {
		file string
		args []string
	}
	var cases []golden
	for _, name := range names {
		for _, f := range []struct{ format, ext string }{{"text", "txt"}, {"json", "json"}, {"csv", "csv"}} {
			cases = append(cases, golden{name + "." + f.ext, []string{"report", "-format", f.format, files[name]}})
		}
	}
	cases = append(cases,
		golden{"compare-b2b-saas.txt", []string{"compare", files["b2b"], files["saas"]}},
		golden{"compare-b2b-saas.json", []string{"compare", "-format", "json", files["b2b"], files["saas"]}},
		golden{"compare-ecommerce-local.txt", []string{"compare", files["ecommerce"], files["local"]}},
	)
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			code, out, errOut := runCLI(c.args, "")
			if code != 0 {
				t.Fatalf("run(%q) = %d: %s", c.args, code, errOut)
			}
			if checkGolden(t, c.file, c.args, out) {
				checkShape(t, c.file, out)
			}
		})
	}
}

// checkShape checks what every golden of its kind must be, whatever the figures.
func checkShape(t *testing.T, file, out string) {
	t.Helper()
	switch filepath.Ext(file) {
	case ".json":
		if !json.Valid([]byte(out)) || !strings.HasSuffix(out, "}\n") || !strings.HasPrefix(out, "{\n  \"") {
			t.Errorf("%s is not indented JSON with a final newline", file)
		}
	case ".csv":
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if strings.Join(rows[0], ",") != "section,metric,value,unit" {
			t.Errorf("%s: header %q", file, rows[0])
		}
	case ".txt":
		for i, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, " ") || strings.Contains(l, "\t") {
				t.Errorf("%s line %d has trailing space or a tab: %q", file, i+1, l)
			}
		}
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + a + "\ngot:  " + b
		}
	}
	return ""
}

// checkGolden compares the output of run(args) with testdata/golden/file,
// or with -update writes it there; it reports whether it compared (a
// missing golden file fails the test).
func checkGolden(t *testing.T, file string, args []string, out string) bool {
	t.Helper()
	path := filepath.Join("testdata", "golden", file)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return false
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("run(%q) differs from %s (run go test -update after checking the change):\n%s", args, path, firstDiff(string(want), out))
	}
	return true
}
