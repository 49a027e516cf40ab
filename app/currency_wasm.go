//go:build wasm

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// currencyNames are the browser's names of currencies in a language
// (Intl.DisplayNames: "euro", "norsk krone"), read once per language.
var currencyNames = map[string]map[string]string{}

// currencyName is code's name in lang, "" when the browser has none.
func currencyName(lang, code string) (name string) {
	names, ok := currencyNames[lang]
	if !ok {
		names = map[string]string{}
		currencyNames[lang] = names
		defer func() {
			if recover() != nil {
				name = ""
			}
		}()
		dn := app.Window().Get("Intl").Get("DisplayNames").New([]any{lang}, map[string]any{"type": "currency", "fallback": "none"})
		names[""] = "" // the language is read, even if a lookup fails
		for _, c := range currencyCodes() {
			if v := dn.Call("of", c); v.Truthy() {
				names[c] = v.String()
			}
		}
	}
	return names[code]
}
