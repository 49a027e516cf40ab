//go:build !wasm

package app

// currencyName is code's name in lang: the browser's (currency_wasm.go);
// the prerendered page shows codes until the app starts.
func currencyName(lang, code string) string { return "" }
