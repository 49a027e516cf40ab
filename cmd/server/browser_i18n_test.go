//go:build browser

// Browser tests of the six languages: the header's language select changes
// the text, <html lang> and how numbers are shown (the browser's Intl), the
// choice is kept, the default comes from navigator.languages, and numbers
// are typed the language's way.

package main

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/app"
	"github.com/socialroi/socialroi/roi"
)

// costsHeading is the title of the calculator's costs section.
const costsHeading = `#sec-costs summary h2`

// i18nCostsTitle is that title in each language (app/i18n_catalog.go).
var i18nCostsTitle = map[string]string{
	"en": "Costs", "nb": "Kostnader", "sv": "Kostnader", "fr": "Coûts", "pl": "Koszty", "tr": "Maliyetler",
}

// i18nLanguages are the languages to switch to, in an order where every
// step changes the costs title.
var i18nLanguages = []string{"fr", "nb", "pl", "sv", "tr", "en"}

// text returns the trimmed text of the first element matching sel.
func (p *browserPage) text(sel string) string {
	p.tb.Helper()
	return eval[string](p, `(() => { const e = document.querySelector(`+jsq(sel)+`); return e ? e.textContent.trim() : `+jsq("(no "+sel+")")+` })()`)
}

// waitText waits until the first element matching sel has this text.
func (p *browserPage) waitText(sel, want string) {
	p.tb.Helper()
	p.waitJS(sel+" = "+want,
		`(() => { const e = document.querySelector(`+jsq(sel)+`); return e !== null && e.textContent.trim() === `+jsq(want)+` })()`,
		`(() => { const e = document.querySelector(`+jsq(sel)+`); return e ? e.textContent.trim() : "no element" })()`)
}

// waitLang waits until <html lang> is lang.
func (p *browserPage) waitLang(lang string) {
	p.tb.Helper()
	p.waitJS("<html lang="+lang+">", `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
}

var decimalsRE = regexp.MustCompile(`([.,])[0-9]{2}\D*$`)

// notDigitsRE is what is not part of a number as a language writes it.
var notDigitsRE = regexp.MustCompile(`[^0-9\s\x{00a0}\x{202f}.,-]`)

// checkMoney checks that shown is value, written the way of lang: its
// decimal mark, its grouping, and the currency, and that it reads back as
// the engine's value.
func checkMoney(t *testing.T, lang, shown, value string) {
	t.Helper()
	loc := roi.LocaleFor(lang)
	m := decimalsRE.FindStringSubmatch(shown)
	if m == nil || []rune(m[1])[0] != loc.Decimal {
		t.Errorf("%s: %q does not end in %q and two decimals", lang, shown, loc.Decimal)
		return
	}
	digits := notDigitsRE.ReplaceAllString(shown, "") // the currency: €, kr, zł, ₺, EUR…
	got, err := roi.ParseInput(strings.TrimSpace(digits), loc)
	want, _ := roi.ParseDecimal(value)
	if err != nil || got != roi.Canonical(want.Round(2)) {
		t.Errorf("%s: %q reads %q (%v); want %s", lang, shown, got, err, value)
	}
	if want.Abs().IntPart() >= 10000 {
		group := map[rune]string{' ': "\u00a0\u202f ", '.': ".", ',': ","}[loc.Group]
		if !strings.ContainsAny(shown, group) {
			t.Errorf("%s: %q has no digit grouping (%q)", lang, shown, group)
		}
	}
}

// TestI18nSwitchLanguage: choosing each language in the header changes a
// heading, <html lang>, the field labels and how the summary's cost is
// written; the choice is kept and survives a reload.
func TestI18nSwitchLanguage(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	base := mustPreset(t, "ecommerce")
	cost := mustCalculate(t, base).Figure("totals.cost").String()
	costText := summarySel("totals.cost") + " .v"
	p.waitFigure(summarySel("totals.cost"), cost)

	// Headless Chromium speaks English: the app starts in English.
	p.waitLang("en")
	p.waitText(costsHeading, i18nCostsTitle["en"])
	checkMoney(t, "en", p.text(costText), cost)
	if got := p.value("lang"); got != "en" {
		t.Errorf("#lang = %q; want en", got)
	}
	if l := eval[string](p, `document.querySelector('label[for="lang"]').textContent.trim()`); l == "" {
		t.Error("the language select has no label")
	}

	// The example nobody touched follows the language: its names (and the
	// currency presets are shown in for that language).
	p.choose("lang", "nb")
	p.waitLang("nb")
	nbExample, _ := app.LocalPreset("nb", "ecommerce")
	p.waitValue("f-name", nbExample.Name)
	p.waitFigure(summarySel("totals.cost"), mustCalculate(t, nbExample).Figure("totals.cost").String())
	p.choose("lang", "en")
	p.waitLang("en")
	p.waitValue("f-name", base.Name)
	p.waitFigure(summarySel("totals.cost"), cost)

	// The visitor's own scenario keeps its figures in every language, only
	// written the language's way.
	p.typeInto("f-name", "Mine")
	p.waitSaved("the name typed", `d.scenarios.some(e => e.id === d.current && e.scenario.name === "Mine")`)
	labels := map[string]string{}
	for _, lang := range i18nLanguages {
		p.choose("lang", lang)
		p.waitLang(lang)
		p.waitText(costsHeading, i18nCostsTitle[lang])
		checkMoney(t, lang, p.text(costText), cost)
		if got := eval[string](p, `document.querySelector(".shell").getAttribute("lang")`); got != lang {
			t.Errorf("%s: .shell lang = %q", lang, got)
		}
		label := eval[string](p, `document.querySelector('label[for="f-name"]').textContent.trim()`)
		for other, l := range labels {
			if l == label {
				t.Errorf("%s: the name field's label %q is the same as in %s", lang, label, other)
			}
		}
		labels[lang] = label
		p.waitSaved("settings.lang = "+lang, `d.settings && d.settings.lang === `+jsq(lang))
	}
	t.Logf("the name field's label: %q", labels)

	// The choice is kept.
	p.choose("lang", "fr")
	p.waitSaved("settings.lang = fr", `d.settings && d.settings.lang === "fr"`)
	p.reload()
	p.waitLang("fr")
	p.waitText(costsHeading, i18nCostsTitle["fr"])
	frCost := p.text(costText)
	checkMoney(t, "fr", frCost, cost)
	if !strings.Contains(frCost, ",") {
		t.Errorf("fr cost %q has no decimal comma", frCost)
	}
	if got := p.value("lang"); got != "fr" {
		t.Errorf("after reload #lang = %q; want fr", got)
	}
	// The other pages speak it too.
	for _, pg := range []struct{ route, sel, want string }{
		{"/guide", "main h2", "Ce qu’il faut suivre à chaque étape"},
		{"/compare", "main h1", "Comparer deux scénarios"},
	} {
		p.clickJS("nav link to "+pg.route, `[...document.querySelectorAll("header nav a")].find(a => new URL(a.href).pathname === `+jsq(pg.route)+`)`)
		p.waitJS("location "+pg.route, `location.pathname === `+jsq(pg.route), `location.href`)
		p.waitText(pg.sel, pg.want)
	}
	for _, m := range p.consoleErrors() {
		t.Errorf("console %s (%s:%d)", m, m.URL, m.Line+1)
	}
}

// TestI18nTypeLocalNumbers: in French "1 234,56" typed into a cost is
// 1234.56 in the stored scenario, and in Turkish "1.234,56" is too.
func TestI18nTypeLocalNumbers(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	base := mustPreset(t, "ecommerce")

	for _, tc := range []struct{ lang, typed, amount string }{
		{"fr", "1 234,56", "1234.56"},
		{"tr", "1.234,56", "1234.56"},
		{"fr", "12,5", "12.5"},
		{"tr", "7.000", "7000"},
	} {
		p.choose("lang", tc.lang)
		p.waitLang(tc.lang)
		p.typeInto(adsAmount, tc.typed)
		p.waitSaved(fmt.Sprintf("%s: amount %s saved", tc.lang, tc.amount),
			`d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === `+jsq(tc.amount)+`)`)
		stored := p.currentScenario()
		if got := string(stored.Costs[2].Amount); got != tc.amount {
			t.Errorf("%s: typed %q, stored %q; want %q", tc.lang, tc.typed, got, tc.amount)
		}
		edited := withAmount(base, 2, tc.amount)
		p.waitFigure(summarySel("totals.cost"), mustCalculate(t, edited).Figure("totals.cost").String())
		if p.exists("#" + adsAmount + "-err") {
			t.Errorf("%s: %q shows an error: %s", tc.lang, tc.typed, p.text("#"+adsAmount+"-err"))
		}
		if got := p.value(adsAmount); got != tc.typed {
			t.Errorf("%s: the field holds %q while typing; want %q", tc.lang, got, tc.typed)
		}
	}

	// Text that is not a number is kept, with the reason in French.
	p.choose("lang", "fr")
	p.waitLang("fr")
	p.typeInto(adsAmount, "12abc")
	errSel := "#" + adsAmount + "-err"
	p.waitVisible(errSel)
	if msg := p.text(errSel); !strings.Contains(msg, "n’est pas un nombre") {
		t.Errorf("error in French = %q; want it to say n’est pas un nombre", msg)
	}
}

// TestI18nBrowserLanguage: without a choice the app speaks the first of the
// browser's languages it knows, and does not store it as a choice.
func TestI18nBrowserLanguage(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.onNewDocument(`Object.defineProperty(navigator, "languages", {get: () => ["de-DE", "pl-PL", "en-US"]});
		Object.defineProperty(navigator, "language", {get: () => "de-DE"});
		document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
			window.__pickerAtParse = document.getElementById("lang").value;
			window.__readyAtParse = document.documentElement.hasAttribute("data-app-ready");
		}));`)
	p.open("/")

	p.waitLang("pl")
	// The prerendered page's picker showed the language the page is in
	// (web/boot.js), before the start.
	if got := eval[[]any](p, `[window.__pickerAtParse, window.__readyAtParse]`); len(got) != 2 || got[0] != "pl" || got[1] != false {
		t.Errorf("the language picker once the page was parsed, and the app ready then: %v; want pl, before the start", got)
	}
	p.waitText(costsHeading, i18nCostsTitle["pl"])
	if got := p.value("lang"); got != "pl" {
		t.Errorf("#lang = %q; want pl", got)
	}
	first, _ := app.LocalPreset("pl", "ecommerce") // in Polish and in złoty
	cost := mustCalculate(t, first).Figure("totals.cost").String()
	checkMoney(t, "pl", p.text(summarySel("totals.cost")+" .v"), cost)
	p.typeInto(adsAmount, "4 321,5")
	p.waitSaved("amount 4321.5 saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "4321.5")`)
	if eval[bool](p, `(() => { const d = JSON.parse(localStorage.getItem(`+jsq(storageKey)+`)); return !!(d.settings && d.settings.lang) })()`) {
		t.Error("the browser's language was stored as the visitor's choice")
	}
}

// i18nTags are a browser language of each of the app's languages, with a
// region, as navigator.language says it.
var i18nTags = map[string]string{"en": "en-GB", "nb": "nb-NO", "sv": "sv-SE", "fr": "fr-FR", "pl": "pl-PL", "tr": "tr-TR"}

// i18nThreeMonths is "3 months" in each language (pl: the few form).
var i18nThreeMonths = map[string]string{"en": "3 months", "nb": "3 måneder", "sv": "3 månader", "fr": "3\u00a0mois", "pl": "3 miesiące", "tr": "3 ay"}

// i18nJanuary is how each language writes January in a date ("1 stycznia").
var i18nJanuary = map[string]string{"en": "January", "nb": "januar", "sv": "januari", "fr": "janvier", "pl": "stycznia", "tr": "Ocak"}

// Every route, opened by a visitor whose browser speaks one of the six
// languages, is in that language before the wasm arrives (web/boot.js:
// <html lang>, the tab's title, the loading label) and after (the title on
// navigation), starts with the preset in that language (its name and line
// labels), shows money and dates that language's way, and Intl.PluralRules
// agrees with CLDR's rules as golang.org/x/text has them.
func TestI18nRoutesInBrowserLanguage(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	for _, lang := range roi.Languages {
		t.Run(lang, func(t *testing.T) {
			tag := i18nTags[lang]
			p := newBrowserPage(t, srv.URL)
			p.onNewDocument(`Object.defineProperty(navigator, "languages", {get: () => [` + jsq(tag) + `]});
				Object.defineProperty(navigator, "language", {get: () => ` + jsq(tag) + `});
				document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
					const l = document.getElementById("app-wasm-loader-label");
					window.__boot = {lang: document.documentElement.lang, title: document.title,
						label: l ? l.textContent : "", ready: document.documentElement.getAttribute("data-app-ready") || ""};
				}, 0));`)
			wantLabel, _, _ := strings.Cut(app.LoadingLabel(lang), "{progress}")
			for _, route := range app.RoutePaths {
				if route == app.PathEmbed { // it starts on the reader's first key or touch (embedstart.go)
					p.do("navigating to "+route, chromedp.Navigate(p.base+route))
					eval[bool](p, `(document.dispatchEvent(new KeyboardEvent("keydown")), true)`)
					p.waitReady()
				} else {
					p.open(route)
				}
				boot := eval[map[string]string](p, `window.__boot || {}`)
				if boot["ready"] == "" {
					if boot["lang"] != lang || boot["title"] != app.RouteTitle(lang, route) {
						t.Errorf("%s before the wasm: <html lang=%q>, title %q; want %q, %q", route, boot["lang"], boot["title"], lang, app.RouteTitle(lang, route))
					}
					if !strings.HasPrefix(boot["label"], strings.TrimSpace(wantLabel)) {
						t.Errorf("%s before the wasm: loading label %q; want %q…", route, boot["label"], wantLabel)
					}
				}
				p.waitLang(lang)
				p.waitJS(route+" title in "+lang, `document.title === `+jsq(app.RouteTitle(lang, route)), `document.title`)
				if got := eval[string](p, `document.querySelector('meta[name="description"]').content`); got != app.RouteDescription(lang, route) {
					t.Errorf("%s description %q; want %q", route, got, app.RouteDescription(lang, route))
				}
			}

			// The first scenario is the e-commerce preset in the language.
			p.open("/")
			want, _ := app.LocalPreset(lang, "ecommerce")
			if got := p.value("f-name"); got != want.Name {
				t.Errorf("first scenario %q; want %q", got, want.Name)
			}
			if got := p.value("f-costs-2-label"); got != want.Costs[2].Label {
				t.Errorf("third cost line %q; want %q", got, want.Costs[2].Label)
			}
			if got := p.value("f-currency"); got != want.Currency {
				t.Errorf("currency %s; want %s", got, want.Currency)
			}
			cost := mustCalculate(t, want).Figure("totals.cost").String()
			checkMoney(t, lang, p.text(summarySel("totals.cost")+" .v"), cost)
			// A counted sentence in the wasm: the plural form Intl.PluralRules picks.
			if note := p.text("#period-note"); !strings.Contains(note, i18nThreeMonths[lang]) {
				t.Errorf("period note %q; want %q", note, i18nThreeMonths[lang])
			}

			// The report's period is a date in the language, not ISO.
			p.open("/report")
			meta := p.text(".report-head .meta")
			if strings.Contains(meta, "2026-01-01") || !strings.Contains(meta, i18nJanuary[lang]) {
				t.Errorf("report period %q; want January as %q", meta, i18nJanuary[lang])
			}

			// Intl.PluralRules, which the wasm asks, is CLDR as x/text has it.
			for _, n := range []string{"0", "1", "2", "3", "5", "12", "22", "1.5", "101", "112"} {
				v := 0
				if _, f, ok := strings.Cut(n, "."); ok {
					v = len(f)
				}
				got := eval[string](p, fmt.Sprintf(`new Intl.PluralRules(%s, {minimumFractionDigits: %d}).select(%s)`, jsq(lang), v, n))
				if want := roi.PluralCategory(lang, n); got != want {
					t.Errorf("Intl.PluralRules(%s).select(%s) = %s; x/text says %s", lang, n, got, want)
				}
			}
		})
	}
}
