package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The currency picker: a select whose options read "EUR — euro" in the
// visitor's language (the browser's Intl.DisplayNames), with a search box
// above it that narrows the list by code or name. The value stays the ISO
// code.

func currencyCodes() []string { return roi.Currencies() }

// currencyLabel is "EUR — euro", or the code alone when no name is known.
func currencyLabel(lang, code string) string {
	if n := currencyName(lang, code); n != "" {
		return code + " — " + n
	}
	return code
}

// currencyOptions are the currencies whose code or name holds filter
// (ignoring case), in the code's order; current is always one of them.
func currencyOptions(lang, filter, current string) [][2]string {
	f := strings.ToLower(strings.TrimSpace(filter))
	var out [][2]string
	for _, c := range currencyCodes() {
		label := currencyLabel(lang, c)
		if c == current || f == "" || strings.Contains(strings.ToLower(label), f) {
			out = append(out, [2]string{c, label})
		}
	}
	return out
}

func (p *Page) currencyPicker(current string) app.UI {
	lang := p.lang()
	options := currencyOptions(lang, p.currencyFilter, current)
	found := len(options)
	if p.currencyFilter != "" && !strings.Contains(strings.ToLower(currencyLabel(lang, current)), strings.ToLower(strings.TrimSpace(p.currencyFilter))) {
		found-- // the current one is there only to stay chosen
	}
	return app.Div().Class("currency-pick").Body(
		app.Div().Class("field").Body(
			app.Label().For("currency-search").Text(p.t("Find a currency")),
			app.Input().Type("text").ID("currency-search").Attr("enterkeyhint", "search").Value(p.currencyFilter).
				Attr("autocomplete", "off").Aria("controls", fieldID("currency")).Aria("describedby", "currency-found").
				OnInput(func(ctx app.Context, e app.Event) { p.currencyFilter = ctx.JSSrc().Get("value").String() }),
			app.Small().Class("hint").ID("currency-found").Aria("live", "polite").Text(p.currencyFound(found)),
		),
		p.choice("currency", p.t("Currency"), current, options),
	)
}

// currencyFound says how many currencies the search found.
func (p *Page) currencyFound(n int) string {
	switch {
	case strings.TrimSpace(p.currencyFilter) == "":
		return p.t("Type a code or a name, such as euro.")
	case n == 0:
		return p.tf("No currency matches “{0}”.", p.currencyFilter)
	}
	return p.tn("one={0} currency matches: pick it below.|other={0} currencies match: pick one below.", strconv.Itoa(n), strconv.Itoa(n))
}
