//go:build browser

package main

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Phone-grade results (issue 10 point 3): figures that never break,
// tables as cards, a compact summary bar that never covers the field being
// typed into, new lines in focus, undo for a removed line, a currency
// search in the visitor's language.

// wrapsJS lists, under the CSS selectors given, each figure (.v) whose text
// takes more than one line, and each word of a table cell, header or
// figure label that is broken across lines (a break after a hyphen or a
// slash is a break between words). Ranges measure the text itself: a
// range over text on one line has all its boxes on that line.
const wrapsJS = `((scopes) => {
	const out = [];
	const oneLine = rects => {
		const r = [...rects].filter(x => x.width > 0 && x.height > 0);
		return r.length < 2 || r.every(x => Math.abs(x.top - r[0].top) < Math.min(x.height, r[0].height) / 2);
	};
	const shown = e => e.getClientRects().length > 0;
	const sel = suffix => scopes.map(s => s + " " + suffix).join(",");
	for (const e of document.querySelectorAll(sel(".v"))) {
		if (!shown(e)) continue;
		const rg = document.createRange();
		rg.selectNodeContents(e);
		if (!oneLine(rg.getClientRects())) out.push("figure " + JSON.stringify(e.textContent));
	}
	for (const e of document.querySelectorAll(sel("th") + "," + sel("td") + "," + sel("dt") + "," + sel("dd") + "," + sel(".summary-line"))) {
		if (!shown(e)) continue;
		const w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
		for (let n; (n = w.nextNode());) {
			const re = /[^ \t\n\-\/\u2010\u2013\u2014]+[\-\/\u2010\u2013\u2014]?/g;
			for (let m; (m = re.exec(n.data));) {
				const rg = document.createRange();
				rg.setStart(n, m.index);
				rg.setEnd(n, m.index + m[0].length);
				if (!oneLine(rg.getClientRects())) out.push("word " + JSON.stringify(m[0]) + " in <" + e.tagName.toLowerCase() + ">");
			}
		}
	}
	return [...new Set(out)].slice(0, 12);
})`

// wraps runs wrapsJS over the page's main content.
func (p *browserPage) wraps() []string {
	p.tb.Helper()
	return eval[[]string](p, wrapsJS+`(["main", "#summary"])`)
}

// setLang picks the language in the header's picker (kept in the settings
// for the next pages) and waits for the page to be in it.
func (p *browserPage) setLang(lang string) {
	p.tb.Helper()
	p.choose("lang", lang)
	p.waitJS("<html lang="+lang+">", `document.documentElement.lang === `+jsq(lang),
		`({lang: document.documentElement.lang, picked: document.getElementById("lang").value, url: location.href, saved: localStorage.getItem("socialroi.v2")})`)
}

// media emulates a CSS media type ("print", or "" for the screen).
func (p *browserPage) media(m string) {
	p.tb.Helper()
	p.do("media "+m, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
		return err
	}))
}

// TestPhoneFiguresOneLine: on every route, at 375 and 1280 px and in
// print, in English, French, Norwegian and Turkish, no figure takes two
// lines and no word of a table or figure label is cut ("1,4/50,/000",
// "€25,/734./60", "0.0/0 pts", "Co/unt", "Awaren/ess" were). The app's
// routes are reached by its own links, as a visitor moves between them
// (goTo), the embed by a page load of its own.
func TestPhoneFiguresOneLine(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	oneLine := func(lang, route string) {
		t.Helper()
		p.waitLang(lang)
		for _, w := range []int{375, 1280} {
			p.viewport(w, 900)
			if bad := p.wraps(); len(bad) > 0 {
				t.Errorf("%s %s at %d px: %q", lang, route, w, bad)
			}
		}
	}
	for _, lang := range []string{"en", "fr", "nb", "tr"} {
		p.open("/")
		p.setLang(lang)
		oneLine(lang, "/")
		p.goTo("/report")
		oneLine(lang, "/report")
		// The printed report: an A4 page's width inside its margins.
		p.viewport(700, 1000)
		p.media("print")
		if bad := p.wraps(); len(bad) > 0 {
			t.Errorf("%s /report printed: %q", lang, bad)
		}
		// Its tables keep their columns: every header sits over its cells,
		// and lines up on the same side as they do.
		if off := eval[[]string](p, `[...document.querySelectorAll(".report table")].flatMap(tb => {
			const head = tb.tHead ? [...tb.tHead.rows[0].cells] : [];
			return [...tb.tBodies].flatMap(b => [...b.rows]).flatMap(r => [...r.cells].map((c, i) => {
				const h = head[i]; if (!h) return "";
				const a = h.getBoundingClientRect(), b = c.getBoundingClientRect();
				const side = e => { const t = getComputedStyle(e).textAlign; return t === "start" ? "left" : t === "end" ? "right" : t };
				return Math.abs(a.left - b.left) > 1 || Math.abs(a.right - b.right) > 1 || side(h) !== side(c)
					? (tb.caption ? tb.caption.textContent : "table") + ": " + h.textContent + " (" + side(h) + ") over " + c.textContent + " (" + side(c) + ")" : "";
			})).filter(Boolean);
		}).slice(0, 5)`); len(off) > 0 {
			t.Errorf("%s /report printed: columns out of line: %q", lang, off)
		}
		p.media("")
		for _, route := range []string{"/compare", "/guide"} {
			p.goTo(route)
			oneLine(lang, route)
		}
		// The embed takes its language from its #fragment, not the settings.
		p.open("/embed#lang=" + lang)
		oneLine(lang, "/embed")
	}
}

// TestPhoneTablesAsCards: below 600 px every results table is one card
// per row, each cell labelled with its column; nothing scrolls sideways,
// not the page and not a table inside it. From 600 px they are tables.
func TestPhoneTablesAsCards(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	eval[bool](p, `(() => { document.getElementById("duplicate").click(); return true })()`) // two scenarios to compare
	p.waitSaved("a second scenario", `d.scenarios.length === 2`)
	for _, route := range []string{"/", "/compare", "/report"} {
		p.open(route)
		p.viewport(375, 800)
		n := eval[int](p, `document.querySelectorAll("main table.cards").length`)
		if n == 0 {
			t.Errorf("%s: no results table (table.cards)", route)
			continue
		}
		notCards := eval[[]string](p, `[...document.querySelectorAll("main table.cards td")].filter(td => getComputedStyle(td).display === "table-cell" || !td.dataset.label)
			.slice(0, 5).map(td => td.closest("table").id + " " + td.textContent)`)
		if len(notCards) > 0 {
			t.Errorf("%s at 375 px: cells not in cards, or without a label: %q", route, notCards)
		}
		heads := eval[int](p, `[...document.querySelectorAll("main table.cards thead")].filter(h => h.getBoundingClientRect().height > 1).length`)
		if heads > 0 {
			t.Errorf("%s at 375 px: %d table headers still shown over the cards", route, heads)
		}
		if wide := p.sideways("body"); len(wide) > 0 {
			t.Errorf("%s at 375 px: the page scrolls sideways: %q", route, wide)
		}
		scrolling := eval[[]string](p, `[...document.querySelectorAll("main .scroll, main table")].filter(e => e.scrollWidth > e.clientWidth + 1)
			.map(e => { const right = e.getBoundingClientRect().right;
				const wide = [...e.querySelectorAll("*")].filter(c => c.getBoundingClientRect().right > right + 1).slice(0, 3).map(c => c.tagName + "." + c.className + " " + JSON.stringify(c.textContent.slice(0, 40)));
				return (e.id || e.className || e.tagName) + " " + e.scrollWidth + ">" + e.clientWidth + " " + wide.join(" | ") })`)
		if len(scrolling) > 0 {
			t.Errorf("%s at 375 px: tables scroll sideways: %q", route, scrolling)
		}
		// At 1280 px a table with 600 px or more is a table; the results
		// column beside the form is narrower, and keeps the cards.
		p.viewport(1280, 900)
		if rows := eval[[]string](p, `[...document.querySelectorAll("main table.cards td")].filter(td => {
				const room = td.closest(".results, main").clientWidth, table = getComputedStyle(td).display === "table-cell";
				return room >= 600 ? !table : table }).slice(0, 5).map(td => td.closest("table").id + " " + td.textContent)`); len(rows) > 0 {
			t.Errorf("%s at 1280 px: cells laid out for the wrong width: %q", route, rows)
		}
		if route != "/" && eval[int](p, `[...document.querySelectorAll("main table.cards td")].filter(td => getComputedStyle(td).display === "table-cell").length`) == 0 {
			t.Errorf("%s at 1280 px: no table is laid out as a table", route)
		}
		if scrolling := eval[[]string](p, `[...document.querySelectorAll("main .scroll")].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.parentElement.id + " " + e.scrollWidth + ">" + e.clientWidth)`); len(scrolling) > 0 {
			t.Errorf("%s at 1280 px: tables scroll sideways: %q", route, scrolling)
		}
	}
}

// box is an element's box on screen.
type box struct{ Top, Bottom, Left, Right, Height float64 }

func (p *browserPage) rect(expr string) box {
	p.tb.Helper()
	return eval[box](p, `(() => { const r = (`+expr+`).getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height} })()`)
}

// TestPhoneSummaryBar: on a phone the bar is one line (≤ 56 px) with the
// headline ROI and the net result; a button (aria-expanded) opens the
// rest, by tap and by keyboard; its figures are in the DOM either way.
func TestPhoneSummaryBar(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	r := mustCalculate(t, mustPreset(t, "ecommerce"))
	p.open("/")
	p.viewport(375, 740)
	for _, lang := range []string{"en", "nb", "tr"} {
		p.setLang(lang)
		p.waitFigure(summarySel(summaryKeys(r)[0]), r.Figure(summaryKeys(r)[0]).String())
		if h := p.rect(byID("summary")).Height; h > 56 {
			t.Errorf("%s: the collapsed bar is %.0f px tall; want ≤ 56", lang, h)
		}
		if got := eval[string](p, byID("summary-toggle")+`.getAttribute("aria-expanded")`); got != "false" {
			t.Errorf("%s: aria-expanded = %q collapsed", lang, got)
		}
		for _, k := range summaryKeys(r) {
			if !p.exists(`#summary [data-figure="` + k + `"]`) {
				t.Errorf("%s: collapsed, #summary has no [data-figure=%q]", lang, k)
			}
		}
		line := eval[string](p, byID("summary-toggle")+`.textContent`)
		roiShown := eval[string](p, `document.querySelector('#summary [data-figure="`+summaryKeys(r)[0]+`"] .v').textContent`)
		if !strings.Contains(line, roiShown) {
			t.Errorf("%s: the bar reads %q; want the headline ROI %q in it", lang, line, roiShown)
		}
	}
	p.click("#summary-toggle")
	p.waitJS("the bar open", byID("summary-toggle")+`.getAttribute("aria-expanded") === "true"`, byID("summary")+`.outerHTML.slice(0, 300)`)
	p.waitVisible(`#summary [data-figure="totals.cost"]`)
	// Enter on the focused button closes it again.
	eval[bool](p, byID("summary-toggle")+`.focus() || true`)
	p.do("Enter", chromedp.KeyEvent("\r"))
	p.waitJS("the bar closed by Enter", byID("summary-toggle")+`.getAttribute("aria-expanded") === "false"`, "")
	if h := p.rect(byID("summary")).Height; h > 56 {
		t.Errorf("closed again, the bar is %.0f px tall", h)
	}
	// From 960 px the summary is a card with every figure and no button.
	p.viewport(1280, 900)
	if p.visible("#summary-toggle") || !p.visible(`#summary [data-figure="totals.cost"]`) {
		t.Error("at 1280 px the summary should show every figure, without the phone's button")
	}
}

// coveredJS says how the element is hidden: above the window's top, or
// under the summary bar (or below the visible area), "" when in sight.
const coveredJS = `(e => {
	const r = e.getBoundingClientRect(), bar = document.getElementById("summary").getBoundingClientRect();
	const vv = window.visualViewport, top = vv ? vv.offsetTop : 0, bottom = Math.min(vv ? vv.offsetTop + vv.height : innerHeight, bar.top);
	if (r.top < top - 0.5) return "above the top (" + Math.round(r.top) + ")";
	if (r.bottom > bottom + 0.5) return "bottom " + Math.round(r.bottom) + " under the bar or keyboard at " + Math.round(bottom);
	return "";
})`

// TestPhoneFocusAboveBar: with a 375×400 window, a field focused while it
// lies under the bar is moved above it; when the keyboard opens (the
// visual viewport shrinks) the focused field moves above it too.
func TestPhoneFocusAboveBar(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.viewport(375, 400)
	fields := []string{"name", "costs[0].hours", "costs[2].amount", "revenue[0].amount", "actions[0].count", "grossMargin"}
	for _, name := range fields {
		sel := `document.querySelector('[name="` + name + `"]')`
		p.waitJS(name, sel+` !== null`, "")
		// Put the field just under the bar's top edge, where the browser
		// thinks it is in sight, then focus it.
		eval[bool](p, `(() => { const e = `+sel+`; e.closest("details") && (e.closest("details").open = true);
			const bar = document.getElementById("summary").getBoundingClientRect();
			scrollBy(0, e.getBoundingClientRect().top - bar.top - 8); e.focus(); return true })()`)
		p.waitJS(name+" above the bar", coveredJS+`(`+sel+`) === ""`, coveredJS+`(`+sel+`)`)
	}
	// The keyboard opens: the window is 400 px, the visual viewport 230.
	sel := `document.querySelector('[name="revenue[0].amount"]')`
	eval[bool](p, `(() => { const e = `+sel+`; e.focus(); e.scrollIntoView({block: "end"}); return true })()`)
	p.viewport(375, 230)
	p.waitJS("the field above the keyboard", coveredJS+`(`+sel+`) === ""`, coveredJS+`(`+sel+`)`)
}

// TestPhoneAddLineFocus: "Add cost" adds a staff-time line, puts the focus
// in its first field and shows it above the bar; the same for revenue.
func TestPhoneAddLineFocus(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.viewport(375, 740)
	for _, tc := range []struct{ button, list string }{{"#add-cost", "costs"}, {"#add-revenue", "revenue"}} {
		n := eval[int](p, `document.querySelectorAll('[data-line^="`+tc.list+`["]').length`)
		p.click(tc.button)
		line := `[data-line="` + tc.list + `[` + strconv.Itoa(n) + `]"]`
		p.waitJS("focus in the new line "+line, `(() => { const e = document.activeElement; return !!e && !!e.closest(`+jsq(line)+`) && e === document.querySelector(`+jsq(line+" input, "+line+" select")+`) })()`,
			`document.activeElement && document.activeElement.outerHTML.slice(0, 200)`)
		p.waitJS("the new field in sight", coveredJS+`(document.activeElement) === ""`, coveredJS+`(document.activeElement)`)
	}
	if got := p.value("f-costs-" + strconv.Itoa(len(p.currentScenario().Costs)-1) + "-category"); got != "staff" {
		t.Errorf("a new cost line's category = %q; want staff", got)
	}
}

// TestPhoneRemoveUndo: every line's Remove button can be undone: the
// scenario comes back as it was, and the Undo button has the focus, in
// sight at the top of the screen.
func TestPhoneRemoveUndo(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.viewport(375, 740)
	lists := eval[[]string](p, `[...new Set([...document.querySelectorAll("[data-line]")].map(e => e.dataset.line.replace(/\[\d+\]$/, "")))]`)
	if len(lists) < 4 {
		t.Fatalf("lines on the page: %q; want costs, revenue, actions, funnel stages at least", lists)
	}
	for _, list := range lists {
		before := p.currentScenario()
		n := eval[int](p, `document.querySelectorAll('[data-line^="`+list+`["]').length`)
		p.click(`[data-line="` + list + `[0]"] .remove`)
		p.waitJS(list+" one line less", `document.querySelectorAll('[data-line^="`+list+`["]').length === `+strconv.Itoa(n-1), "")
		p.waitJS("the Undo button focused", `document.activeElement === document.getElementById("undo")`, `document.activeElement && document.activeElement.outerHTML.slice(0, 120)`)
		if r := p.rect(byID("undo")); r.Top < 0 || r.Bottom > 740 {
			t.Errorf("%s: the Undo button is out of sight (%+v)", list, r)
		}
		p.click("#undo")
		p.waitJS(list+" back", `document.querySelectorAll('[data-line^="`+list+`["]').length === `+strconv.Itoa(n), "")
		if after := p.currentScenario(); !reflect.DeepEqual(after, before) {
			t.Errorf("%s: after undo the scenario differs:\n%+v\nwant\n%+v", list, after, before)
		}
	}
}

// TestPhoneCurrencySearch: the currency list has the browser's names in
// the page's language, and the search narrows it by name; the value stays
// the ISO code.
func TestPhoneCurrencySearch(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	// The browser's names (Intl.DisplayNames): word is in the name in
	// that language and not in English.
	cases := []struct{ lang, search, code, word string }{
		{"en", "euro", "EUR", "euro"},
		{"nb", "krone", "NOK", "norsk"},
		{"fr", "euro", "EUR", "euro"},
		{"tr", "kron", "SEK", "isveç"},
	}
	for _, tc := range cases {
		p.setLang(tc.lang)
		p.typeInto("currency-search", tc.search)
		lower := `.toLocaleLowerCase(` + jsq(tc.lang) + `)`
		// The list is narrowed by the last key typed: wait for it to hold
		// the code and nothing that does not match (a check made once the
		// code shows could read a list narrowed by "eu", the keys before).
		cur := p.currentScenario().Currency
		stray := `[...` + byID("f-currency") + `.options].filter(o => o.value !== ` + jsq(cur) + ` && !o.textContent` + lower + `.includes(` + jsq(tc.search) + `)).map(o => o.textContent)`
		p.waitJS(tc.lang+": "+tc.code+" — …"+tc.word+"… among the options and nothing else that does not match "+tc.search,
			`[...`+byID("f-currency")+`.options].some(o => o.value === `+jsq(tc.code)+` && o.textContent.startsWith(`+jsq(tc.code+" — ")+`) && o.textContent`+lower+`.includes(`+jsq(tc.word)+`)) && `+stray+`.length === 0`,
			`({options: [...`+byID("f-currency")+`.options].map(o => o.textContent), stray: `+stray+`})`)
		p.choose("f-currency", tc.code)
		p.waitSaved("currency "+tc.code, `d.scenarios.some(e => e.id === d.current && e.scenario.currency === `+jsq(tc.code)+`)`)
		p.typeInto("currency-search", "")
	}
}

// TestPhoneSelectsNotCut: no select on the calculator cuts the text of
// its chosen option, at 375 and 1280 px, in every language. The scenario
// list is left out: it shows names, the visitor's own text of any length
// (the example's follows the language: "Boutique en ligne : trimestre de
// printemps" is wider than a phone's select), and the phone's picker shows
// each whole when opened.
func TestPhoneSelectsNotCut(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	for _, lang := range []string{"en", "nb", "sv", "fr", "pl", "tr"} {
		p.setLang(lang)
		for _, w := range []int{375, 1280} {
			p.viewport(w, 900)
			cut := eval[[]string](p, `(() => { const c = document.createElement("canvas").getContext("2d");
				return [...document.querySelectorAll("main select")].filter(s => s.id !== "scenario" && s.getClientRects().length > 0 && s.selectedIndex >= 0).map(s => {
					const cs = getComputedStyle(s); c.font = cs.font;
					const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
					const text = s.options[s.selectedIndex].text, need = c.measureText(text).width;
					return need > room ? s.id + " " + JSON.stringify(text) + " " + Math.round(need) + ">" + Math.round(room) : "";
				}).filter(Boolean).slice(0, 8) })()`)
			if len(cut) > 0 {
				t.Errorf("%s at %d px: selects cut their text: %q", lang, w, cut)
			}
		}
	}
}

// TestPhoneScreens writes the results at 375 and 1280 px, in English and
// Norwegian, with the bar closed and open, to .cache/screens.
func TestPhoneScreens(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	out := screensDir(t)
	for _, lang := range []string{"en", "nb"} {
		p.setLang(lang)
		for _, w := range []int{375, 1280} {
			p.viewport(w, 900)
			name := func(what string) string { return filepath.Join(out, fmt.Sprintf("phone-%s-%d-%s.png", lang, w, what)) }
			eval[bool](p, `(() => { scrollTo(0, 0); return true })()`)
			p.screenshot(name("top"))
			for _, sec := range []string{"headline-card", "funnel-results", "channels", "whatif"} {
				eval[bool](p, `(() => { document.getElementById(`+jsq(sec)+`).scrollIntoView(); return true })()`)
				p.screenshot(name(sec))
			}
			if w < 960 {
				p.click("#summary-toggle")
				p.waitJS("open", byID("summary-toggle")+`.getAttribute("aria-expanded") === "true"`, "")
				p.screenshot(name("bar-open"))
				p.click("#summary-toggle")
				p.waitJS("closed", byID("summary-toggle")+`.getAttribute("aria-expanded") === "false"`, "")
			}
		}
	}
	for _, route := range []string{"guide", "compare", "report"} {
		p.open("/" + route)
		p.viewport(375, 900)
		eval[bool](p, `(() => { const t = document.querySelector("main table"); t && t.scrollIntoView(); return true })()`)
		p.screenshot(filepath.Join(out, "phone-nb-375-"+route+".png"))
	}
}
