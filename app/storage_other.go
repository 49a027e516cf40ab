//go:build !wasm

package app

// NewBrowserStorage outside a browser is memory: localStorage, then the
// tab's sessionStorage.
func NewBrowserStorage() (Storage, Storage, error) {
	return NewMemoryStorage(), NewMemoryStorage(), nil
}

// watchStorage outside a browser hears nothing.
func watchStorage(func(key string)) {}

// watchPageHide outside a browser: pages never go.
func watchPageHide(func()) {}

// markSaving outside a browser marks nothing.
func markSaving(bool) {}
