//go:build !wasm

package app

// NewBrowserStorage outside a browser is memory.
func NewBrowserStorage() (Storage, error) { return NewMemoryStorage(), nil }
