package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The app speaks English, Norwegian Bokmål, Swedish, French, Polish and
// Turkish. UI text is written in English in the code, wrapped in p.t (or
// p.tf, with {0} {1} places); catalog (i18n_catalog.go) holds the other
// languages, keyed by that English text. Text kept in a variable (labels, the guide) is marked
// with msg where it is written and translated where it is shown.
// i18n_test.go finds every such string in app/*.go and fails when one is
// missing from the catalog, or when user-visible text is not wrapped.
//
// Numbers are not in the catalog: Intl.NumberFormat formats them in the
// browser (format_wasm.go) and roi.ParseInput reads them the language's way.

// langNames are the languages of the picker, each in its own language.
var langNames = map[string]string{
	"en": "English", "nb": "Norsk bokmål", "sv": "Svenska", "fr": "Français", "pl": "Polski", "tr": "Türkçe",
}

// PreferredLanguage returns the first language of tags (navigator.languages,
// best first) the app speaks, or English.
func PreferredLanguage(tags []string) string {
	for _, t := range tags {
		if l := roi.SupportedLanguage(t); l != "" {
			return l
		}
	}
	return "en"
}

// column is a language's place in the catalog's rows, -1 for English.
func column(lang string) int {
	switch lang {
	case "nb":
		return 0
	case "sv":
		return 1
	case "fr":
		return 2
	case "pl":
		return 3
	case "tr":
		return 4
	case "en", "":
		return -1
	}
	if l := roi.SupportedLanguage(lang); l != "" && l != lang {
		return column(l)
	}
	return -1
}

// tr says English UI text s in lang; text not in the catalog stays English.
// A key may start with a context for translators, ended by \x04
// ("non-monetary\x04Return"), where one English word has two meanings that
// other languages say differently; English shows the text after it.
func tr(lang, s string) string {
	if i := column(lang); i >= 0 {
		if row, ok := catalogRow(s); ok && row[i] != "" {
			return row[i]
		}
	}
	if _, text, ok := strings.Cut(s, "\x04"); ok {
		return text
	}
	return s
}

// trf is tr with {0}, {1}... filled in from args.
func trf(lang, s string, args ...string) string {
	return roi.Render(tr(lang, s), roi.Message{Code: s, Args: args})
}

// trn is trf for a sentence with a count: s is written in plural forms
// ("one=in {1} category|other=in {1} categories", the English forms being
// the catalog key), and n, the count as an exact decimal ("3", "1.5"),
// picks the form by lang's CLDR category (roi.PluralForm).
func trn(lang, s, n string, args ...string) string {
	l := lang
	if column(lang) < 0 {
		l = "en"
	}
	return roi.Render(roi.PluralForm(l, tr(lang, s), n), roi.Message{Code: s, Args: args})
}

// msg marks English text that is translated later, where it is shown.
// It is a conversion, not a function: msg("…") stays a constant, so that a
// table of such texts (a map literal, a slice of structs) is static data in
// app.wasm; with a call, each of its entries was init code (47 KB of the
// package's code).
type msg = string

// t says UI text in the page's language.
func (p *Page) t(s string) string { return tr(p.lang(), s) }

// tf says UI text with {0}, {1}... places in the page's language.
func (p *Page) tf(s string, args ...string) string { return trf(p.lang(), s, args...) }

// tn says a sentence with a count n (see trn) in the page's language.
func (p *Page) tn(s, n string, args ...string) string { return trn(p.lang(), s, n, args...) }

// tui lays out UI text whose {0}, {1}... places are elements (figures with
// their data-value), so that each language orders them its own way.
func (p *Page) tui(s string, parts ...app.UI) []app.UI {
	tpl := p.t(s)
	var out []app.UI
	text := 0 // start of the text not yet laid out
	for i := 0; i+2 < len(tpl); i++ {
		if tpl[i] != '{' || tpl[i+2] != '}' || tpl[i+1] < '0' || tpl[i+1] > '9' {
			continue
		}
		if i > text {
			out = append(out, app.Text(tpl[text:i]))
		}
		if k := int(tpl[i+1] - '0'); k < len(parts) {
			out = append(out, parts[k])
		}
		i += 2
		text = i + 1
	}
	if text < len(tpl) {
		out = append(out, app.Text(tpl[text:]))
	}
	return out
}

// tmap translates the values of a label map (its keys are ids).
func (p *Page) tmap(labels map[string]string) map[string]string {
	out := make(map[string]string, len(labels))
	for k, v := range labels {
		out[k] = p.t(v)
	}
	return out
}

// say renders a message of the engine in the page's language.
func (p *Page) say(m roi.Message) string { return m.In(p.lang()) }

// warning renders a warning of the report with its amounts in the page's
// language and the report's currency (the engine gives exact decimals).
func (p *Page) warning(m roi.Message, currency string) string {
	lang := p.lang()
	args := append([]string(nil), m.Args...)
	for i := range args {
		if _, err := roi.ParseDecimal(args[i]); err != nil {
			continue
		}
		switch m.ArgUnit(i) {
		case roi.UnitMoney:
			args[i] = FormatMoney(lang, args[i], currency)
		case roi.UnitPercent, roi.UnitCount:
			args[i] = formatter.format(lang, args[i], formatStyle{places: 4, maxOnly: true})
		}
	}
	return roi.Render(m.Template(lang), roi.Message{Code: m.Code, Args: args})
}

// browserLanguages are the visitor's languages, best first.
func browserLanguages() []string {
	nav := app.Window().Get("navigator")
	if !nav.Truthy() {
		return nil
	}
	var out []string
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			out = append(out, ls.Index(i).String())
		}
	}
	if l := nav.Get("language"); l.Truthy() {
		out = append(out, l.String())
	}
	return out
}

// longDate writes a day the way lang does ("2 April 2026", "2. april 2026",
// "2 kwietnia 2026"): in the browser with Intl.DateTimeFormat (no month
// names in the wasm), elsewhere in English. The day is t's own (its
// location), as t.Format("2006-01-02") gives it.
func longDate(lang string, t time.Time) (out string) {
	y, m, d := t.Date()
	day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	out = day.Format("2 January 2006")
	if !app.IsClient {
		return out
	}
	defer func() {
		if recover() != nil {
			out = day.Format("2 January 2006")
		}
	}()
	memo := lang + " " + out
	if s, ok := longDates[memo]; ok {
		return s
	}
	f, ok := dateFormats[lang]
	if !ok { // a new Intl.DateTimeFormat costs about a millisecond: one per language
		tag := lang
		if tag == "en" {
			tag = "en-GB" // day, month, year, as in the rest of the app
		}
		opts := map[string]any{"day": "numeric", "month": "long", "year": "numeric", "timeZone": "UTC"}
		f = app.Window().Get("Intl").Get("DateTimeFormat").New(tag, opts)
		dateFormats[lang] = f
	}
	out = f.Call("format", app.Window().Get("Date").New(float64(day.UnixMilli()))).String()
	longDates[memo] = out
	return out
}

// longDates are the dates longDate wrote, by language and date, and
// dateFormats its Intl.DateTimeFormat per language: the UI goroutine alone
// uses them.
var (
	longDates   = map[string]string{}
	dateFormats = map[string]app.Value{}
)

// isoDate writes a date the scenario holds as YYYY-MM-DD the way lang does
// (longDate); text that is not such a date is left as it is.
func isoDate(lang, s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return longDate(lang, t)
}

// setDocumentLang sets <html lang>, for screen readers, hyphenation and
// the browser's own controls.
func setDocumentLang(lang string) {
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "lang", lang)
	}
}
