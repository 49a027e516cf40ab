//go:build browser

// Hostile input in the browser: huge and negative numbers, very long text,
// markup in names and labels, an oversized and a garbage import, and share
// links of random bytes. Throughout, the app stays up (it still computes
// what is typed), throws no uncaught exception, opens no dialog, injects
// no element, and says what is wrong next to what is wrong. Run with
//
//	make build && SOCIALROI_DIST=$PWD/dist CHROMIUM=/usr/bin/chromium \
//	    go test -tags browser -run Hostile -count=1 ./cmd/server/

package main

import (
	"bytes"
	"compress/flate"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/roi"
)

// Markup that must show as text. Each one would run alert(1) if it reached
// the DOM as HTML.
const (
	scriptTag = `<script>alert(1)</script>`
	imgTag    = `<img src=x onerror=alert(1)>`
	svgBreak  = `"><svg onload=alert(1)>`
)

// hostilePage is a browser page that records what must never happen: an
// uncaught exception and a JavaScript dialog (which it dismisses, so the
// page goes on).
type hostilePage struct {
	*browserPage
	t *testing.T

	lives int // alive calls so far
	seen  int // console messages looked at so far

	mu         sync.Mutex
	exceptions []string
	dialogs    []string
}

func newHostilePage(t *testing.T) *hostilePage {
	t.Helper()
	srv := startBrowserServer(t, browserDist(t))
	h := &hostilePage{browserPage: newBrowserPage(t, srv.URL), t: t}
	// Events subscribes before it returns: nothing is missed from here on.
	exceptions := chromedp.Events(h.ctx, runtime.ExceptionThrown)
	dialogs := chromedp.Events(h.ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			d := ev.ExceptionDetails
			text := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				text += " " + d.Exception.Description
			}
			h.mu.Lock()
			h.exceptions = append(h.exceptions, fmt.Sprintf("%s (%s:%d)", text, d.URL, d.LineNumber+1))
			h.mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			h.mu.Lock()
			h.dialogs = append(h.dialogs, fmt.Sprintf("%s %q on %s", ev.Type, ev.Message, ev.URL))
			h.mu.Unlock()
			// A dialog blocks the page until answered.
			chromedp.Call(h.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return h
}

// injectedJS lists elements that only injected markup would make: a script
// that calls alert, an img from the payloads, any element with an inline
// event handler attribute (go-app adds its listeners in JavaScript, never
// as attributes).
const injectedJS = `(() => {
	const out = [];
	for (const s of document.querySelectorAll("script")) if (s.textContent.includes("alert")) out.push(s.outerHTML.slice(0, 120));
	for (const i of document.querySelectorAll('img[src="x"], svg svg[onload]')) out.push(i.outerHTML.slice(0, 120));
	for (const e of document.querySelectorAll("*")) {
		const on = [...e.attributes].filter(a => a.name.toLowerCase().startsWith("on"));
		if (on.length) out.push(e.tagName.toLowerCase() + " " + on.map(a => a.name + "=" + a.value).join(" "));
	}
	return out })()`

// safe checks that the page is up and nothing hostile got through: the app
// is mounted, the summary has its direct ROI, no exception, no dialog, no
// injected element, no Go panic in the console.
func (h *hostilePage) safe(when string) {
	h.t.Helper()
	// The app may still be mounting its later stages (app/stage.go): it
	// must get there.
	if err := h.pollJS(`document.documentElement.getAttribute("data-app-ready") === "1"`, browserWait); err != nil {
		got := eval[string](h.browserPage, `String(document.documentElement.getAttribute("data-app-ready"))`)
		h.t.Errorf("%s: html[data-app-ready] = %q; want \"1\" (%v)", when, got, err)
	}
	if eval[string](h.browserPage, `location.pathname`) == "/" {
		if v := h.figureValue(summarySel("roi.direct")); v == "" || v == "(missing)" || v == "null" {
			h.t.Errorf("%s: the summary's roi.direct has data-value %q; want a figure", when, v)
		}
	}
	if inj := eval[[]string](h.browserPage, injectedJS); len(inj) > 0 {
		h.t.Errorf("%s: markup from the input became elements: %q", when, inj)
	}
	h.mu.Lock()
	exceptions, dialogs := h.exceptions, h.dialogs
	h.exceptions, h.dialogs = nil, nil
	h.mu.Unlock()
	for _, e := range exceptions {
		h.t.Errorf("%s: uncaught exception: %s", when, e)
	}
	for _, d := range dialogs {
		h.t.Errorf("%s: a JavaScript dialog opened: %s", when, d)
	}
	if exited, lines := h.goFailure(); exited || len(lines) > 0 {
		h.t.Errorf("%s: the Go program failed:\n%s", when, strings.Join(lines, "\n"))
	}
}

// alive checks that the app still computes: a new amount typed into the
// tools line (costs[5], which the hostile steps leave alone) is saved and
// the summary shows the engine's figures for the saved scenario.
func (h *hostilePage) alive(when string) {
	h.t.Helper()
	h.safe(when)
	h.lives++
	v := strconv.Itoa(300 + h.lives)
	h.typeInto("f-costs-5-amount", v)
	h.waitSaved(when+": costs[5].amount "+v+" saved (the app still handles input)",
		`d.scenarios.some(e => e.id === d.current && e.scenario.costs[5].amount === `+jsq(v)+`)`)
	h.settled(h.currentScenario())
	h.safe(when + ", then typing " + v)
}

// settled waits until every summary figure is the engine's for sc (the
// screen is drawn after the data is saved, and one figure such as an ROI
// of -100.00 can be right before the others are), then checks every
// figure on the page.
func (h *hostilePage) settled(sc roi.Scenario) {
	h.t.Helper()
	r := mustCalculate(h.t, sc)
	for _, k := range summaryKeys(r) {
		h.waitFigure(summarySel(k), r.Figure(k).String())
	}
	h.checkFigures(r)
}

// waitUp waits until the JavaScript expression is truthy while the Go
// program runs. It reports false, with the Go panic from the console, as
// soon as the program has exited, or when the wait times out.
func (h *hostilePage) waitUp(what, expr string) bool {
	h.t.Helper()
	deadline := time.Now().Add(browserWait)
	for {
		if h.pollJS(expr, 250*time.Millisecond) == nil {
			return true
		}
		exited, lines := h.goFailure()
		if exited || time.Now().After(deadline) {
			h.mu.Lock()
			h.exceptions = nil // the exit's own "Go program has already exited", told here
			h.mu.Unlock()
			state := "timed out after " + browserWait.String()
			if exited {
				state = "the Go program exited"
			}
			h.t.Errorf("waiting for %s at %s: %s; the console says:\n%s",
				what, eval[string](h.browserPage, `location.href`), state, strings.Join(lines, "\n"))
			return false
		}
	}
}

// goFailure reads the console messages that came since the last call and
// returns the lines of a Go panic or exit among them; exited tells whether
// the Go program has stopped.
func (h *hostilePage) goFailure() (exited bool, lines []string) {
	msgs := h.consoleMessages()
	inPanic := false // the Go runtime prints a panic line by line
	for _, m := range msgs[min(h.seen, len(msgs)):] {
		s := strings.TrimRight(m.String(), " ")
		if strings.Contains(s, "panic: ") || strings.Contains(s, "fatal error: ") {
			inPanic = true
		}
		if strings.Contains(s, "exit code") || strings.Contains(s, "Go program has already exited") {
			exited, inPanic = true, false
			lines = append(lines, s)
		}
		if inPanic && strings.TrimSpace(strings.TrimPrefix(s, "log:")) != "" {
			lines = append(lines, s)
		}
	}
	h.seen = len(msgs)
	return exited, lines
}

// waitDraft waits until the app has handled every key of text typed into
// the field: its draft holds all of it.
func (h *hostilePage) waitDraft(when, id, text string) {
	h.t.Helper()
	path := fieldPath(id)
	h.waitSaved(when+": the draft of "+path+" saved", `d.scenarios.some(e => e.id === d.current && e.drafts &&
		e.drafts[`+jsq(path)+`] && e.drafts[`+jsq(path)+`].text === `+jsq(text)+`)`)
}

// fieldPath is the JSON path of a field id: f-costs-2-amount is
// costs[2].amount.
func fieldPath(id string) string {
	var b strings.Builder
	for i, part := range strings.Split(strings.TrimPrefix(id, "f-"), "-") {
		if _, err := strconv.Atoi(part); err == nil {
			b.WriteString("[" + part + "]")
			continue
		}
		if i > 0 {
			b.WriteString(".")
		}
		b.WriteString(part)
	}
	return b.String()
}

// insertText replaces the field's text in one input event, as a paste does:
// typing 10,000 characters key by key would take minutes.
func (h *hostilePage) insertText(id, text string) {
	h.t.Helper()
	h.waitJS("#"+id, byID(id)+" !== null", "")
	eval[bool](h.browserPage, `(() => { const e = `+byID(id)+`; e.scrollIntoView({block: "center"}); e.focus(); e.select(); return true })()`)
	ctx := h.ctx
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		h.t.Fatalf("inserting %d characters into #%s: %v", len(text), id, err)
	}
}

// fieldError waits until the field is marked invalid and its message is
// shown, and returns the message.
func (h *hostilePage) fieldError(when, id string) string {
	h.t.Helper()
	errID := id + "-err"
	h.waitJS(when+`: #`+id+` aria-invalid="true" and #`+errID+` shown`,
		`(() => { const e = `+byID(id)+`, m = `+byID(errID)+`;
			return !!e && e.getAttribute("aria-invalid") === "true" && `+visibleJS+`(m) && m.textContent.trim() !== "" })()`,
		`(() => { const e = `+byID(id)+`, m = `+byID(errID)+`;
			return {ariaInvalid: e && e.getAttribute("aria-invalid"), value: e && e.value.slice(0, 80), message: m && m.textContent.trim()} })()`)
	return eval[string](h.browserPage, byID(errID)+`.textContent.trim()`)
}

// TestHostileNumbers: huge, out-of-range and negative numbers are refused
// field by field with a message, the result keeps the last valid value,
// and the largest numbers the engine takes are computed exactly.
func TestHostileNumbers(t *testing.T) {
	h := newHostilePage(t)
	h.open("/")
	base := mustPreset(t, "ecommerce")
	h.waitFigure(summarySel("roi.direct"), mustCalculate(t, base).Figure("roi.direct").String())
	h.safe("first load")

	longNumber := strings.Repeat("9", 10_000)
	bad := []struct {
		id, text string
		paste    bool
	}{
		{adsAmount, "1e30", false},
		{"f-costs-3-amount", "999999999999999999999", false},
		{"f-costs-4-amount", "1e400", false},
		{"f-costs-6-amount", "-1800", false},
		{"f-costs-0-hours", "-160", false},
		{"f-costs-0-hourlyRate", "-1e30", false},
		{"f-revenue-0-amount", "999999999999999999999", false},
		{"f-revenue-1-amount", longNumber, true},
		{"f-costs-7-amount", "NaN", false},
		{"f-revenue-2-amount", "Infinity", false},
	}
	msgs := map[string]string{}
	for _, b := range bad {
		what := fmt.Sprintf("%q in #%s", clipText(b.text), b.id)
		if b.paste {
			h.insertText(b.id, b.text)
		} else {
			h.typeInto(b.id, b.text)
		}
		h.waitDraft("after "+what, b.id, b.text)
		msgs[b.id] = h.fieldError("after "+what, b.id)
		t.Logf("%s: %q", what, msgs[b.id])
		h.safe("after " + what)
	}
	// Every message is still there together, and the text as typed is kept.
	for _, b := range bad {
		if got := eval[string](h.browserPage, `(() => { const m = `+byID(b.id+"-err")+`; return m ? m.textContent.trim() : "" })()`); got == "" {
			t.Errorf("after all the bad numbers #%s-err is gone (it said %q)", b.id, msgs[b.id])
		}
		if got := h.value(b.id); got != b.text {
			t.Errorf("#%s holds %q; want the text as typed, %q", b.id, clipText(got), clipText(b.text))
		}
	}
	// The screen agrees with the engine on what was saved (the last valid
	// values), and nothing invalid was saved.
	stored := h.currentScenario()
	if probs := roi.Validate(stored); len(probs) > 0 {
		t.Errorf("the saved scenario is invalid: %v", probs)
	}
	h.settled(stored)

	// The largest numbers the engine takes (15 digits) are computed exactly:
	// a cost of about 10^30, and a revenue as large.
	for _, f := range []string{"f-costs-1-hours", "f-costs-1-hourlyRate", "f-revenue-3-amount"} {
		h.typeInto(f, "999999999999999")
	}
	h.waitSaved("the 15-digit numbers saved", `d.scenarios.some(e => e.id === d.current &&
		e.scenario.costs[1].hours === "999999999999999" && e.scenario.costs[1].hourlyRate === "999999999999999" &&
		e.scenario.revenue[3].amount === "999999999999999")`)
	huge := h.currentScenario()
	h.settled(huge)
	t.Logf("with a cost of about 1e30 the summary says ROI %s, cost %s", h.figureValue(summarySel("roi.direct")), h.figureValue(summarySel("totals.cost")))
	h.alive("after the huge numbers")

	// A reload keeps every draft and its message.
	h.reload()
	for _, b := range bad {
		h.fieldError("after a reload", b.id)
	}
	h.alive("after a reload")
}

// TestHostileText: markup in the scenario name, labels and a channel shows
// as text wherever it is rendered (form, scenario list, line titles,
// results, charts, compare, report); 10,000 characters are refused with a
// message.
func TestHostileText(t *testing.T) {
	h := newHostilePage(t)
	h.open("/")
	h.waitFigure(summarySel("roi.direct"), mustCalculate(t, mustPreset(t, "ecommerce")).Figure("roi.direct").String())
	h.safe("first load")

	// 10,000 characters: too long for a name or a label.
	long := strings.Repeat("A very long name. ", 556)[:10_000]
	h.insertText("f-name", long)
	h.waitDraft("after 10,000 characters in #f-name", "f-name", long)
	t.Logf("10,000 characters in #f-name: %q", h.fieldError("after 10,000 characters in #f-name", "f-name"))
	h.insertText("f-costs-2-label", long)
	h.waitDraft("after 10,000 characters in #f-costs-2-label", "f-costs-2-label", long)
	t.Logf("10,000 characters in #f-costs-2-label: %q", h.fieldError("after 10,000 characters in #f-costs-2-label", "f-costs-2-label"))
	h.safe("after 10,000 characters")
	if got := len([]rune(h.value("f-name"))); got != 10_000 {
		t.Errorf("#f-name holds %d characters; want the 10,000 pasted, kept as typed", got)
	}

	// Markup, typed key by key.
	texts := map[string]string{
		"f-name":            scriptTag,
		"f-costs-2-label":   imgTag,
		"f-costs-3-label":   scriptTag,
		"f-costs-4-label":   svgBreak,
		"f-revenue-0-label": imgTag,
		"f-actions-0-label": scriptTag + imgTag,
	}
	for _, id := range []string{"f-name", "f-costs-2-label", "f-costs-3-label", "f-costs-4-label", "f-revenue-0-label", "f-actions-0-label"} {
		h.typeInto(id, texts[id])
		h.safe(fmt.Sprintf("after typing %q into #%s", texts[id], id))
	}
	h.waitSaved("the markup saved as the name and labels", `d.scenarios.some(e => e.id === d.current &&
		e.scenario.name === `+jsq(scriptTag)+` && e.scenario.costs[2].label === `+jsq(imgTag)+` &&
		e.scenario.costs[4].label === `+jsq(svgBreak)+` && e.scenario.actions[0].label === `+jsq(scriptTag+imgTag)+`)`)
	// A channel is an id: markup there is refused, and the message quotes it.
	h.typeInto("f-costs-2-channel", scriptTag)
	h.waitDraft("after markup in #f-costs-2-channel", "f-costs-2-channel", scriptTag)
	msg := h.fieldError("after markup in #f-costs-2-channel", "f-costs-2-channel")
	t.Logf("markup in #f-costs-2-channel: %q", msg)
	h.safe("after markup in a channel")

	checkText := func(where string) {
		t.Helper()
		type shown struct {
			Option  []string `json:"option"`
			Titles  []string `json:"titles"`
			Body    bool     `json:"body"`
			Scripts int      `json:"scripts"`
		}
		s := eval[shown](h.browserPage, `(() => ({
			option: [...document.querySelectorAll("#scenario option")].map(o => o.textContent.trim()),
			titles: [...document.querySelectorAll(".line-head h3")].map(e => e.textContent.trim()),
			body: document.body.textContent.includes(`+jsq(scriptTag)+`) &&
				(location.pathname === "/compare" || document.body.textContent.includes(`+jsq(imgTag)+`)),
			scripts: document.querySelectorAll("body script").length }))()`)
		if where == "/" {
			if !contains(s.Option, scriptTag) {
				t.Errorf("%s: #scenario options %q; want the name %q as text", where, s.Option, scriptTag)
			}
			for _, want := range []string{imgTag, scriptTag, svgBreak} {
				if !contains(s.Titles, want) {
					t.Errorf("%s: cost line titles %q; want %q as text", where, s.Titles, want)
				}
			}
		}
		if !s.Body {
			t.Errorf("%s: the page's text does not show the markup as typed", where)
		}
		h.safe("on " + where)
	}
	checkText("/")
	h.settled(h.currentScenario())
	h.alive("after markup in the name and labels")

	h.reload()
	checkText("/")
	for _, route := range []string{"/compare", "/report"} {
		h.open(route)
		if route == "/compare" {
			h.waitVisible("#compare-a")
		}
		checkText(route)
	}
	h.open("/")
	h.alive("after visiting every page")
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// TestHostileImport: a 5 MB file is refused before it is read, garbage is
// refused with what is wrong, a scenario full of markup imports as text;
// nothing saved is lost.
func TestHostileImport(t *testing.T) {
	h := newHostilePage(t)
	h.open("/")
	h.click("#duplicate") // two saved scenarios, one edited
	h.typeInto(adsAmount, "5000")
	h.waitSaved("two scenarios, the copy edited", `d.scenarios.length === 2 && d.scenarios.some(e => e.scenario.costs[2].amount === "5000")`)
	before := h.savedScenarios()
	h.safe("before the imports")

	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	upload := func(path string) {
		t.Helper()
		eval[bool](h.browserPage, `(() => { document.getElementById("import-file").scrollIntoView({block: "center"}); return true })()`)
		h.do("setting #import-file to "+filepath.Base(path), chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
	}
	statusJS := `(() => { const e = document.getElementById("file-status"); return e ? e.textContent.trim() : "" })()`

	// 5 MB: a real scenario with 40,000 cost lines.
	big := mustPreset(t, "ecommerce")
	for len(big.Costs) < 40_000 {
		big.Costs = append(big.Costs, big.Costs[len(big.Costs)%8])
	}
	bigJSON, err := json.Marshal(big)
	if err != nil {
		t.Fatal(err)
	}
	if len(bigJSON) < 5<<20 {
		bigJSON = append(bigJSON, bytes.Repeat([]byte(" "), 5<<20-len(bigJSON))...)
	}
	upload(write("five-megabytes.json", bigJSON))
	h.waitJS("#file-status about five-megabytes.json", statusJS+`.includes("five-megabytes.json") && !`+statusJS+`.startsWith("Reading")`, statusJS)
	refusal := eval[string](h.browserPage, statusJS)
	t.Logf("a %d-byte file: #file-status says %q", len(bigJSON), refusal)
	if role := eval[string](h.browserPage, `String(document.getElementById("file-status").getAttribute("role"))`); role != "alert" {
		t.Errorf("#file-status role = %q after refusing the 5 MB file; want \"alert\"", role)
	}
	if h.exists("#undo-import") {
		t.Errorf("an #undo-import button after refusing the 5 MB file: was it imported?")
	}
	h.checkUnchanged("after the 5 MB file", before)
	h.safe("after the 5 MB file")

	// 200 KB of random bytes.
	junk := make([]byte, 200<<10)
	rand.Read(junk)
	upload(write("random-bytes.json", junk))
	h.waitJS("#file-status about random-bytes.json", statusJS+`.includes("random-bytes.json") && !`+statusJS+`.startsWith("Reading")`, statusJS)
	h.waitVisible("#import-notice")
	t.Logf("random bytes: #file-status says %q; #import-notice says %q", eval[string](h.browserPage, statusJS),
		eval[string](h.browserPage, `document.getElementById("import-notice").textContent.trim()`))
	h.checkUnchanged("after the random bytes", before)
	h.safe("after the random bytes")

	// A valid scenario whose name and labels are markup: imported, as text.
	marked := mustPreset(t, "b2b")
	marked.Name = scriptTag
	marked.Costs[0].Label = imgTag
	marked.Revenue[0].Label = svgBreak
	markedJSON, err := json.Marshal(marked)
	if err != nil {
		t.Fatal(err)
	}
	upload(write("markup.json", markedJSON))
	h.waitSaved("the markup scenario imported", `d.scenarios.length === 3 && d.scenarios.some(e => e.scenario.name === `+jsq(scriptTag)+`)`)
	h.waitValue("f-name", scriptTag)
	if !eval[bool](h.browserPage, `[...document.querySelectorAll(".line-head h3")].some(e => e.textContent.trim() === `+jsq(imgTag)+`)`) {
		t.Errorf("the imported cost label %q is not shown as a line title", imgTag)
	}
	h.settled(marked)
	h.safe("after importing markup")
	// The scenarios that were there are as they were.
	now := h.savedScenarios()
	for id, sc := range before {
		if now[id] != sc {
			t.Errorf("after the import, saved scenario %s changed: %s", id, firstDiff(now[id], sc))
		}
	}
	h.alive("after the imports")
}

// savedScenarios maps the saved scenarios' ids to their JSON.
func (h *hostilePage) savedScenarios() map[string]string {
	h.t.Helper()
	out := map[string]string{}
	for _, e := range h.saved().Scenarios {
		out[e.ID] = string(e.Scenario)
	}
	return out
}

// checkUnchanged checks that the saved scenarios are exactly these.
func (h *hostilePage) checkUnchanged(when string, before map[string]string) {
	h.t.Helper()
	now := h.savedScenarios()
	if len(now) != len(before) {
		h.t.Errorf("%s: %d saved scenarios; want the %d there were", when, len(now), len(before))
	}
	for id, sc := range before {
		if now[id] != sc {
			h.t.Errorf("%s: saved scenario %s changed: %s", when, id, firstDiff(now[id], sc))
		}
	}
}

// TestHostileShareLink: share links of random bytes, opened in a fresh
// page and on the open calculator, show #share-notice and keep what is
// saved.
func TestHostileShareLink(t *testing.T) {
	h := newHostilePage(t)
	h.open("/")
	h.click("#duplicate")
	h.typeInto(adsAmount, "5000")
	h.waitSaved("two scenarios, the copy edited", `d.scenarios.length === 2 && d.scenarios.some(e => e.scenario.costs[2].amount === "5000")`)
	random := func(n int) []byte {
		b := make([]byte, n)
		rand.Read(b)
		return b
	}
	deflated := func(data []byte) []byte {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, flate.BestSpeed)
		w.Write(data)
		w.Close()
		return b.Bytes()
	}
	b64 := base64.RawURLEncoding.EncodeToString
	links := []struct {
		name, payload string
		fresh         bool // opened in a fresh page, not on the open calculator
	}{
		{"random bytes", b64(random(600)), true},
		{"random bytes, deflated", b64(deflated(random(600))), false},
		{"a deflated bomb (32 MB of zeros)", b64(deflated(make([]byte, 32<<20))), true},
		{"random bytes past the size limit", b64(random(60 << 10)), false},
		{"not base64", "!!!*not~base64*!!!", true},
		{"nothing", "", false},
		// The last two are not percent-encoded properly, as a link cut
		// short or typed by hand can be ("%" then no two hex digits).
		{"bad percent escapes", "%%%" + scriptTag, true},
		{"bad percent escapes, on the open calculator", "%%%" + scriptTag, false},
	}
	for _, l := range links {
		when := fmt.Sprintf("share link of %s (%d characters)", l.name, len(l.payload))
		before, current := h.savedScenarios(), h.saved().Current
		if l.fresh {
			// A fresh page: the link as a visitor opens it.
			h.open("/guide")
			h.do("opening the "+when, chromedp.Navigate(h.base+"/#s="+l.payload))
		} else {
			// The calculator is open: the address changes, the page stays.
			eval[bool](h.browserPage, `(() => { location.hash = "s=" + `+jsq(l.payload)+`; return true })()`)
		}
		if !h.waitUp("#share-notice after the "+when, visibleJS+`(document.getElementById("share-notice"))`) {
			// The app is gone: start it again, without the link, for the
			// links that follow.
			h.open("/")
			h.checkUnchanged(when+", once the app is started again", before)
			continue
		}
		t.Logf("%s: #share-notice says %q", when, eval[string](h.browserPage, `document.getElementById("share-notice").textContent.trim()`))
		if hash := eval[string](h.browserPage, `location.hash`); strings.Contains(hash, "s=") {
			t.Errorf("%s: the address still holds the link (%q): a reload would open it again", when, clipText(hash))
		}
		h.checkUnchanged(when, before)
		if got := h.saved().Current; got != current {
			t.Errorf("%s: the current scenario is %q; want %q as before", when, got, current)
		}
		h.safe(when)
		h.click("#share-notice-dismiss")
		h.alive("after the " + when)
	}
	h.alive("after every share link")
}

// firstDiff shows where got first differs from want.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-40)
	return fmt.Sprintf("at byte %d: got …%s…, want …%s…", i, got[from:min(len(got), i+40)], want[from:min(len(want), i+40)])
}

// clipText shortens long text for messages.
func clipText(s string) string {
	if len(s) > 60 {
		return fmt.Sprintf("%s… (%d characters)", s[:40], len(s))
	}
	return s
}
