//go:build !wasm

package app

// Prestart outside a browser has no page to ready.
func Prestart() {}
