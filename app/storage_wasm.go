//go:build wasm

package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BrowserStorage is window.localStorage. Touching it can throw (sandboxed
// iframe, privacy modes, storage off); syscall/js turns that into a panic,
// which every call here recovers into an error.
type BrowserStorage struct{}

// NewBrowserStorage returns localStorage, or an error when the page may not use it.
func NewBrowserStorage() (s Storage, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, ErrStorageUnavailable
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil, ErrStorageUnavailable
	}
	ls.Call("getItem", "socialroi.probe")
	return BrowserStorage{}, nil
}

// Get implements Storage.
func (BrowserStorage) Get(key string) (v string, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, ok, err = "", false, ErrStorageUnavailable
		}
	}()
	x := app.Window().Get("localStorage").Call("getItem", key)
	if x.IsNull() || x.IsUndefined() {
		return "", false, nil
	}
	return x.String(), true, nil
}

// Set implements Storage; a quota error is ErrStorageFull.
func (BrowserStorage) Set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := strings.ToLower(errorText(r))
			if strings.Contains(msg, "quota") {
				err = ErrStorageFull
			} else {
				err = ErrStorageUnavailable
			}
		}
	}()
	app.Window().Get("localStorage").Call("setItem", key, value)
	return nil
}

func errorText(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return ""
}
