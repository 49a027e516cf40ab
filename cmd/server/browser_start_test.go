//go:build browser

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/socialroi/socialroi/app"
	"github.com/socialroi/socialroi/roi"
)

// The guided start (app/start.go): a newcomer gets from an empty page to
// their own first ROI through the few inputs at the top, by keyboard on a
// desktop and by touch on a phone, in languages that type numbers their
// own way. The answer shown is the report's figure for the scenario saved
// in localStorage.
func TestStartNewcomer(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	modes := []struct {
		w, h  int
		touch bool
	}{{375, 740, true}, {1280, 900, false}}
	for _, lang := range []string{"fr", "nb", "tr"} {
		for _, m := range modes {
			how := "keyboard"
			if m.touch {
				how = "touch"
			}
			t.Run(fmt.Sprintf("%s-%d-%s", lang, m.w, how), func(t *testing.T) {
				p := newBrowserPage(t, srv.URL) // a fresh profile: a first visit
				p.open("/")
				p.viewport(m.w, m.h)
				p.choose("lang", lang)
				p.waitJS("the page in "+lang, `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
				// The language picker closes and lets the focus go, as a
				// phone's picker does (with a select still focused, Chromium's
				// touch emulation sent the next tap to another element).
				eval[bool](p, `(document.activeElement.blur(), true)`)

				// The example is marked as one, with the way to one's own numbers.
				p.waitVisible("#start-example")
				example := p.currentScenario()
				if badge := eval[string](p, `document.querySelector("#start-example .badge").textContent`); badge == "" || !strings.Contains(badge, example.Name) {
					t.Errorf("example badge %q does not name the example %q", badge, example.Name)
				}
				if m.touch {
					p.tap("#start-own")
				} else {
					focusJS(p, "start-own")
					p.do("press Enter", chromedp.KeyEvent(kb.Enter))
				}
				p.waitJS("the example notice gone", `!document.getElementById("start-example")`, `document.getElementById("start-example").outerHTML`)
				p.waitJS("the focus on the first guided input", `document.activeElement && document.activeElement.id === "start-revenue"`, `document.activeElement && document.activeElement.id`)
				blank := p.currentScenario()
				if blank.Currency != app.DefaultCurrency(lang) || len(blank.Costs)+len(blank.Revenue) != 0 {
					t.Errorf("own numbers start from %s with %d costs, %d revenue lines; want a blank scenario in %s", blank.Currency, len(blank.Costs), len(blank.Revenue), app.DefaultCurrency(lang))
				}

				// The few inputs that matter, typed as people type them here.
				entries := []struct{ id, text string }{
					{"start-revenue", "5000"},
					{"start-hours", "7,5"}, // per week, the start's default
					{"start-rate", "40"},
					{"start-ads", "300"},
					{"start-tools", "49,9"},
				}
				for i, e := range entries {
					switch {
					case m.touch:
						p.tap("#" + e.id)
					case i > 0:
						// Tab from the last field to the next input, over the
						// controls between (the action toggle, the unit).
						for n := 0; n < 4 && eval[string](p, `document.activeElement.id`) != e.id; n++ {
							p.do("press Tab", chromedp.KeyEvent(kb.Tab))
						}
					}
					if got := eval[string](p, `document.activeElement.id`); got != e.id {
						t.Fatalf("the focus is on %q; want #%s", got, e.id)
					}
					if m.touch {
						p.softKeys(e.text)
					} else {
						p.do("typing "+e.text, chromedp.KeyEvent(e.text))
					}
					if got := eval[string](p, byID(e.id)+".value"); got != e.text {
						t.Errorf("#%s shows %q after typing %q", e.id, got, e.text)
					}
				}
				defer func() {
					if t.Failed() {
						t.Logf("the start shows %v", eval[[]string](p, `[...document.querySelectorAll("#start input")].map(e => e.id + "=" + e.value)`))
						t.Logf("the saved costs: %v", eval[any](p, `(() => { const d = `+savedDocJS+`; return d.scenarios.find(e => e.id === d.current).scenario.costs })()`))
					}
				}()
				hours, _, err := roi.PeriodHours(nil, "7.5", roi.PerWeek)
				if err != nil {
					t.Fatal(err)
				}
				p.waitSaved("the guided figures saved", `(() => { const s = d.scenarios.find(e => e.id === d.current).scenario;
					return s.costs.length === 3 && s.costs.some(c => c.category === "tools" && c.amount === "49.9") && s.revenue.length === 1 })()`)
				sc := p.currentScenario()
				staff := sc.Costs[0]
				if staff.Category != "staff" || staff.Hours != hours || staff.HourlyRate != "40" {
					t.Errorf("staff line = %+v; want %s hours (7.5 a week over the assumed year) at 40", staff, hours)
				}
				if sc.Revenue[0].Amount != "5000" || sc.Costs[1].Category != "ads" || sc.Costs[1].Amount != "300" {
					t.Errorf("revenue %+v, costs %+v; want 5000 revenue and 300 ads", sc.Revenue, sc.Costs)
				}
				r := mustCalculate(t, sc)
				want := map[string]string{"roi": r.Headline.Direct.Likely.String(), "net": r.Totals.NetDirect.String()}
				for key, v := range want {
					sel := `#start-answer [data-start="` + key + `"]`
					p.waitJS(sel+" = "+v, `(() => { const e = document.querySelector(`+jsq(sel)+`); return !!e && e.dataset.value === `+jsq(v)+` })()`,
						`[...document.querySelectorAll("#start-answer [data-start]")].map(e => e.dataset.start + "=" + e.dataset.value)`)
				}
				if got := p.figureValue(summarySel("roi.direct")); got != want["roi"] {
					t.Errorf("the summary says ROI %s, the start %s", got, want["roi"])
				}
				if txt := eval[string](p, `document.querySelector('#start-answer [data-start="roi"] .v').textContent`); txt == "" {
					t.Error("the answer's ROI shows no text")
				}
				// The full calculator below holds the same numbers.
				if got, want := p.value("f-costs-0-hours"), eval[string](p, `document.getElementById("start-hours").value`); got == want {
					t.Errorf("the form's hours show %q, the start's per-week text: want the period's hours", got)
				}
				if got := p.value("f-revenue-0-amount"); got != "5000" && got != "5 000" && got != "5\u00a0000" && got != "5.000" {
					t.Errorf("the form's revenue shows %q; want 5000", got)
				}
			})
		}
	}
}

// On a 375×740 phone the first screen holds the heading and the first
// guided input, above the fixed summary bar; the screenshots of the start
// go to .cache/screens for people to look at.
func TestStartFirstScreen(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	out := screensDir(t)
	for _, lang := range []string{"en", "fr"} {
		p.choose("lang", lang)
		p.waitJS("the page in "+lang, `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
		for _, v := range [][2]int{{375, 740}, {1280, 900}} {
			p.viewport(v[0], v[1])
			eval[bool](p, `(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return true })()`)
			if v[0] == 375 {
				for _, sel := range []string{"#start h1", "#start-revenue"} {
					rect := eval[[]float64](p, `(() => { const r = document.querySelector(`+jsq(sel)+`).getBoundingClientRect();
						const bar = document.getElementById("summary").getBoundingClientRect();
						return [r.top, r.bottom, Math.min(innerHeight, bar.top)] })()`)
					if rect[0] < 0 || rect[1] > rect[2] {
						t.Errorf("%s at 375×740: %s spans %.0f–%.0f px; want it within the first screen (0–%.0f px, above the summary bar)", lang, sel, rect[0], rect[1], rect[2])
					}
				}
				// The header is two rows: the brand's icon and the nav (links
				// still 44 px targets), then the pickers (32 px, their labels
				// small above them) and Install, shown here since headless
				// Chromium offers installation. Measured 96.6 px in every
				// language with the Install button (it was 198 px in en and
				// 246 px in fr, where the nav and each picker took a row).
				const headerMax = 100
				if h := eval[float64](p, `document.querySelector("header.top").getBoundingClientRect().height`); h > headerMax {
					t.Errorf("%s at 375×740: the header is %.1f px tall; want at most %d px", lang, h, headerMax)
				}
				// Every nav link whole on screen, and each picker's label shown.
				if out := eval[[]string](p, `[...document.querySelectorAll("header nav a")].filter(a => { const r = a.getBoundingClientRect();
						return r.left < 0 || r.right > innerWidth || r.bottom > document.querySelector("header .prefs").getBoundingClientRect().top + 1 })
					.map(a => a.textContent)`); len(out) > 0 {
					t.Errorf("%s at 375 px: nav links not whole on the first row: %q", lang, out)
				}
				for _, id := range []string{"lang", "theme"} {
					if !p.visible(`label[for="` + id + `"]`) {
						t.Errorf("%s at 375 px: the label of #%s is not shown", lang, id)
					}
				}
				if menu := eval[float64](p, `document.getElementById("files-menu").getBoundingClientRect().top`); menu < eval[float64](p, `document.getElementById("start-answer").getBoundingClientRect().top`) {
					t.Errorf("%s: scenario management comes before the answer", lang)
				}
			}
			if wide := p.sideways("body"); len(wide) > 0 {
				t.Errorf("%s at %d px: the page scrolls sideways: %q", lang, v[0], wide)
			}
			p.screenshot(filepath.Join(out, "start-"+lang+"-"+strconv.Itoa(v[0])+".png"))
		}
		p.viewport(1280, 900)
		p.openMenuOf(byID("create"))
		p.waitVisible("#create")
		eval[bool](p, `(() => { document.getElementById("files-menu").scrollIntoView(); return true })()`)
		p.screenshot(filepath.Join(out, "start-"+lang+"-menu-1280.png"))
		eval[bool](p, `(() => { document.getElementById("files-menu").open = false; return true })()`) // closed for the next language
	}
	// "Add detail" leads into the full calculator: its first field has the focus.
	p.click("#add-detail")
	p.waitJS("the focus on the scenario name", `document.activeElement && document.activeElement.id === "f-name"`, `document.activeElement && document.activeElement.id`)
}

// tap touches the element's middle, as a finger does (the viewport must
// emulate touch: a width under 600 px, see viewport). It aims once the
// layout has settled (two frames alike), and aims again if a late change
// moved the element away from the finger (a field takes the focus).
func (p *browserPage) tap(sel string) {
	p.tb.Helper()
	p.waitJS(sel+" visible", `(() => { const e = document.querySelector(`+jsq(sel)+`); return e !== null && e.getClientRects().length > 0 })()`, "")
	field := eval[bool](p, `document.querySelector(`+jsq(sel)+`).tagName === "INPUT"`)
	for try := 0; try < 3; try++ {
		xy := eval[[]float64](p, `(async () => { const e = document.querySelector(`+jsq(sel)+`); e.scrollIntoView({block: "center"});
			const frame = () => new Promise(r => requestAnimationFrame(() => r()));
			let last = "";
			for (let i = 0; i < 20; i++) { await frame(); const r = e.getBoundingClientRect(); const now = r.left + "," + r.top; if (now === last) break; last = now }
			const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2] })()`)
		for _, ev := range []input.DispatchTouchEventParams{
			{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: xy[0], Y: xy[1]}}},
			{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}},
		} {
			if _, err := chromedp.Call(p.ctx, input.DispatchTouchEvent, ev); err != nil {
				p.tb.Fatalf("tapping %s: %v", sel, err)
			}
		}
		// The tap is over when the page has drawn what it set off (the
		// field left fires change; the app draws the next frames).
		focused := eval[bool](p, `(async () => { const frame = () => new Promise(r => requestAnimationFrame(() => r()));
			for (let i = 0; i < 3; i++) await frame();
			return document.activeElement === document.querySelector(`+jsq(sel)+`) })()`)
		if field && !focused {
			continue // the finger landed elsewhere: the field moved
		}
		return
	}
}

// softKeys types text as a phone's on-screen keyboard does: each
// character committed as text (Input.insertText), not as key presses.
func (p *browserPage) softKeys(text string) {
	p.tb.Helper()
	for _, r := range text {
		if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: string(r)}); err != nil {
			p.tb.Fatalf("typing %q: %v", text, err)
		}
	}
}

// focusJS puts the keyboard focus on the element with this id.
func focusJS(p *browserPage, id string) {
	p.tb.Helper()
	eval[bool](p, `(() => { const e = `+byID(id)+`; e.scrollIntoView({block: "center"}); e.focus(); return document.activeElement === e })()`)
}

// The import is a button-like label over a hidden file input, in the
// Scenarios and files menu; a refused file after a good one leaves no
// "Undo import" (or "Imported …" banner) next to "nothing was changed".
func TestStartImportNotices(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	shown := func(sel string) bool {
		return eval[bool](p, `document.querySelector(`+jsq(sel)+`).checkVisibility({contentVisibilityAuto: true}) && `+visibleJS+`(document.querySelector(`+jsq(sel)+`))`)
	}
	if shown("#import-file") || shown("label[for=import-file]") {
		t.Error("the import shows on the first screen; want it in the closed menu")
	}
	p.openMenuOf(byID("import-file"))
	p.waitVisible("label[for=import-file].button")
	if shown("#import-file") {
		t.Error("the native file input shows; want it visually hidden under its label")
	}
	// Keyboard: the hidden input takes the focus, and its label shows it.
	focusJS(p, "share-to") // the last control before the import: what a share link opens
	p.do("press Tab", chromedp.KeyEvent(kb.Tab))
	if id := eval[string](p, `document.activeElement.id`); id != "import-file" {
		t.Errorf("Tab from the share choice goes to %q; want the import", id)
	}
	if !eval[bool](p, `(() => { const s = getComputedStyle(document.querySelector("label[for=import-file]")); return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 })()`) {
		t.Error("the import's label shows no focus when its input has it")
	}

	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.json"), filepath.Join(dir, "bad.json")
	data, err := json.Marshal(mustPreset(t, "b2b"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"format":"social-roi","version":2,"costs":"none"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	upload := func(path string) {
		t.Helper()
		p.do("setting #import-file to "+filepath.Base(path), chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
	}
	upload(good)
	p.waitVisible("#undo-import")
	upload(bad)
	// The refusal itself: "Reading “bad.json”…" comes first, while the
	// good file's import can still be undone.
	p.waitJS("the refusal said", `document.getElementById("file-status").textContent.includes("“bad.json” was not imported")`, `document.getElementById("file-status").textContent`)
	for _, sel := range []string{"#undo-import", "#undo"} {
		if p.exists(sel) {
			t.Errorf("%s stays next to %q", sel, eval[string](p, `document.getElementById("file-status").textContent`))
		}
	}
	if n := len(p.saved().Scenarios); n != 2 {
		t.Errorf("%d scenarios after a good and a refused file; want 2", n)
	}
}
