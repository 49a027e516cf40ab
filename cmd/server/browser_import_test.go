//go:build browser

package main

// The import of ad-platform and analytics exports in the calculator: files
// picked in #ad-files are read on the device, the mapping step shows what
// was recognised, a column's meaning is corrected, and "Apply to this
// scenario" gives the scenario roi/adimport.Apply gives, as one undoable
// change.

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/roi/adimport"
)

var importFiles = []string{"meta-en.csv", "ga4-en.csv"}

func importTestdata(tb testing.TB, name string) string {
	tb.Helper()
	path, err := filepath.Abs(filepath.Join("..", "..", "roi", "adimport", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return path
}

// startImport opens the calculator on a new blank scenario (in euros, the
// Meta file's currency) and picks the Meta and GA4 exports; it returns the
// scenario before the import and the files' order on the page.
func startImport(t *testing.T, p *browserPage) (roi.Scenario, []string) {
	t.Helper()
	p.open("/")
	p.choose("new-from", "blank")
	p.click("#create")
	p.waitSaved("the blank scenario saved", `d.scenarios.length === 2`)
	before := p.currentScenario()
	if before.Currency != "EUR" {
		t.Fatalf("the blank scenario is in %q; the test wants EUR", before.Currency)
	}
	paths := make([]string, len(importFiles))
	for i, n := range importFiles {
		paths[i] = importTestdata(t, n)
	}
	eval[bool](p, `(() => { document.getElementById("ad-files").scrollIntoView({block: "center"}); return true })()`)
	p.do("picking the Meta and GA4 exports in #ad-files", chromedp.SetUploadFiles(chromedp.CSS("#ad-files"), paths))
	p.waitJS("both files in the mapping", `document.querySelectorAll("#ad-mapping [data-file]").length === 2`,
		`[...document.querySelectorAll("[data-file]")].map(e => e.dataset.file)`)
	order := eval[[]string](p, `[...document.querySelectorAll("#ad-mapping [data-file]")].map(e => e.dataset.file)`)
	return before, order
}

// readImport reads the files as the page did, in its order.
func readImport(t *testing.T, order []string) []*adimport.File {
	t.Helper()
	var files []*adimport.File
	for _, n := range order {
		data, err := os.ReadFile(importTestdata(t, n))
		if err != nil {
			t.Fatal(err)
		}
		f, err := adimport.Read(n, data)
		if err != nil {
			t.Fatalf("adimport.Read(%s): %v", n, err)
		}
		files = append(files, f)
	}
	return files
}

func fileSel(name string) string { return `#ad-mapping [data-file="` + name + `"]` }

// TestImportAdExports: a Meta Ads export and a GA4 export picked on the
// calculator; the conversion value column is set to "not read" in the
// mapping (the totals drop it), the attribution share is typed; applying gives the
// scenario adimport.Apply gives in Go with the same corrections, its
// figures are the engine's, and Undo brings the scenario back.
func TestImportAdExports(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	before, order := startImport(t, p)
	files := readImport(t, order)
	var meta *adimport.File
	for _, f := range files {
		if f.Platform == adimport.Meta {
			meta = f
		}
	}
	if meta == nil {
		t.Fatalf("no Meta file among %v", order)
	}

	// What was recognised, as adimport says.
	metaI := -1
	for i, n := range order {
		if n == meta.Name {
			metaI = i
		}
	}
	sel := fileSel(meta.Name)
	for key, want := range map[string]string{"spend": meta.Totals.Spend.String(), "clicks": meta.Totals.Clicks.String(), "leads": meta.Totals.Leads.String()} {
		got := p.figureValue(sel + ` [data-adtotal="` + key + `"]`)
		if got != want {
			t.Errorf("%s total %s data-value = %q; want %q (adimport.Read)", meta.Name, key, got, want)
		}
	}

	// Correct a column: the purchases' conversion value is not read (say,
	// the shop's own revenue is entered instead).
	col := -1
	for j, c := range meta.Columns {
		if c.Header == "Purchases conversion value" {
			col = j
		}
	}
	if col < 0 {
		t.Fatalf("%s has no Purchases conversion value column", meta.Name)
	}
	if err := meta.SetField(meta.Columns[col].Index, adimport.FieldNone); err != nil {
		t.Fatal(err)
	}
	p.choose("adcol-"+strconv.Itoa(metaI)+"-"+strconv.Itoa(col), "none")
	p.waitJS("the conversion value total gone", `document.querySelector(`+jsq(sel+` [data-adtotal="conversionValue"]`)+`) === null`,
		`document.querySelector(`+jsq(sel)+`).innerText`)
	if meta.Totals.ConversionValue.Known {
		t.Fatalf("adimport still reads the conversion value after SetField")
	}

	p.typeInto("ad-attribution", "60")
	choices := adimport.Choices{Attribution: "60"}
	want, sum := adimport.Apply(before, files, choices)
	if !sum.OK() {
		t.Fatalf("adimport.Apply problems: %v", sum.Problems)
	}
	t.Logf("Apply warnings: %v", sum.Warnings)
	warnings := reachText(p, "#ad-warnings")
	t.Logf("#ad-warnings says %q", warnings)

	p.click("#ad-apply")
	p.waitSaved("the import applied", `d.scenarios.some(e => e.id === d.current && (e.scenario.costs || []).some(c => c.origin))`)
	got := p.currentScenario()
	if mustJSON(t, got) != mustJSON(t, want) {
		t.Errorf("the scenario after the import is\n %s\nwant adimport.Apply's\n %s", mustJSON(t, got), mustJSON(t, want))
	}
	n := p.checkFigures(mustCalculate(t, want))
	t.Logf("after the import %d figures equal the engine's", n)
	if got.Funnel == nil || len(got.Funnel.Stages) == 0 {
		t.Errorf("the import gave no funnel stages")
	}
	for _, r := range got.Revenue {
		if r.Origin != nil && r.Origin.Platform == string(adimport.Meta) {
			t.Errorf("a Meta revenue line came in although its column was set to not read: %+v", r)
		}
	}

	// Undo: the scenario as it was.
	p.click("#undo")
	p.waitSaved("the import undone", `d.scenarios.some(e => e.id === d.current && !(e.scenario.costs || []).some(c => c.origin))`)
	if g := p.currentScenario(); mustJSON(t, g) != mustJSON(t, before) {
		t.Errorf("after undo the scenario is\n %s\nwant\n %s", mustJSON(t, g), mustJSON(t, before))
	}
	p.checkFigures(mustCalculate(t, before))
}

// TestImportRefusesLargeAndWorkbooks: a file over adimport.MaxFileBytes is
// refused before it is read, a workbook gets adimport's message, and
// nothing is stored.
func TestImportRefusesLargeAndWorkbooks(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	dir := t.TempDir()
	big := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(big, make([]byte, adimport.MaxFileBytes+1), 0o644); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(book, []byte("PK\x03\x04\x14\x00\x06\x00[Content_Types].xml xl/workbook.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := p.storageDump()
	p.do("picking a large file and a workbook", chromedp.SetUploadFiles(chromedp.CSS("#ad-files"), []string{big, book}))
	p.waitJS("both refused", `document.querySelectorAll("#ad-refused li").length === 2`, `document.getElementById("ad-import").innerText`)
	text := reachText(p, "#ad-refused")
	t.Logf("#ad-refused says %q", text)
	wantXLSX := adimport.Message{Code: "import.file.xlsx"}.String()
	for _, w := range []string{"big.csv", "not read", "report.xlsx", wantXLSX} {
		if !strings.Contains(text, w) {
			t.Errorf("#ad-refused = %q; want it to say %q", text, w)
		}
	}
	if p.exists("#ad-mapping") {
		t.Error("a mapping step opened for refused files")
	}
	if got := p.storageDump(); got != before {
		t.Errorf("refused files changed localStorage")
	}
}

// TestImportScreens: the mapping step at 375 and 1280 px, in English and
// French, into .cache/screens (for people to look at); no sideways scroll.
func TestImportScreens(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	startImport(t, p)
	out := screensDir(t)
	for _, lang := range []string{"en", "fr"} {
		p.choose("lang", lang)
		p.waitJS("the page in "+lang, `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
		for _, w := range []int{375, 1280} {
			p.viewport(w, 2600)
			eval[bool](p, `(() => { document.querySelectorAll("#ad-mapping details").forEach(d => d.open = true); document.getElementById("ad-import").scrollIntoView(); return true })()`)
			shot := func(suffix string) (string, int) {
				name := filepath.Join(out, "import-"+lang+"-"+strconv.Itoa(w)+suffix+".png")
				return name, p.screenshot(name)
			}
			name, size := shot("")
			eval[bool](p, `(() => { document.querySelector("#ad-mapping .adcampaigns").scrollIntoView(); return true })()`)
			shot("-campaigns")
			if wide := p.sideways("#ad-import"); len(wide) > 0 {
				t.Errorf("%s at %d px: the page scrolls sideways: %q", lang, w, wide)
			}
			t.Logf("%s: %d bytes", name, size)
		}
	}
}

// TestImportByDrop: the same two exports dropped on the calculator (a real
// drop event carrying the files) open the mapping step, and applying them
// as they were recognised gives adimport.Apply's scenario.
func TestImportByDrop(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.choose("new-from", "blank")
	p.click("#create")
	p.waitSaved("the blank scenario saved", `d.scenarios.length === 2`)
	before := p.currentScenario()
	type file struct{ Name, Text string }
	var dropped []file
	for _, n := range importFiles {
		data, err := os.ReadFile(importTestdata(t, n))
		if err != nil {
			t.Fatal(err)
		}
		dropped = append(dropped, file{n, string(data)})
	}
	eval[bool](p, `((files) => {
		const dt = new DataTransfer();
		for (const f of files) dt.items.add(new File([f.Text], f.Name, {type: "text/csv"}));
		document.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		document.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true })(`+mustJSON(t, dropped)+`)`)
	p.waitJS("both dropped files in the mapping", `document.querySelectorAll("#ad-mapping [data-file]").length === 2`,
		`[...document.querySelectorAll("[data-file]")].map(e => e.dataset.file)`)
	order := eval[[]string](p, `[...document.querySelectorAll("#ad-mapping [data-file]")].map(e => e.dataset.file)`)
	want, sum := adimport.Apply(before, readImport(t, order), adimport.Choices{})
	if !sum.OK() {
		t.Fatalf("adimport.Apply problems: %v", sum.Problems)
	}
	p.click("#ad-apply")
	p.waitSaved("the dropped import applied", `d.scenarios.some(e => e.id === d.current && (e.scenario.costs || []).some(c => c.origin))`)
	if got := p.currentScenario(); mustJSON(t, got) != mustJSON(t, want) {
		t.Errorf("the scenario after the dropped import is\n %s\nwant adimport.Apply's\n %s", mustJSON(t, got), mustJSON(t, want))
	}
	p.checkFigures(mustCalculate(t, want))
}
