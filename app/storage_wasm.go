//go:build wasm

package app

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BrowserStorage is window.localStorage or window.sessionStorage (Name).
// These are thin adapters: the store (package store) holds every rule and
// is tested without a browser; only the calls that touch JavaScript live
// here, next to the shim below that go-app needs before it starts. Touching
// storage can throw (sandboxed iframe, privacy modes, storage off);
// syscall/js turns that into a panic, which every call recovers into an error.
type BrowserStorage struct{ Name string }

// NewBrowserStorage returns localStorage and sessionStorage, or an error
// when the page may not use them. Whether it may was found out once, before
// go-app started (storageBlocked): no second probe while the page starts.
func NewBrowserStorage() (local, session Storage, err error) {
	if storageBlocked {
		return nil, nil, ErrStorageUnavailable
	}
	return BrowserStorage{"localStorage"}, BrowserStorage{"sessionStorage"}, nil
}

func (b BrowserStorage) js() app.Value { return app.Window().Get(b.Name) }

// Get implements Storage.
func (b BrowserStorage) Get(key string) (v string, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, ok, err = "", false, ErrStorageUnavailable
		}
	}()
	x := b.js().Call("getItem", key)
	if x.IsNull() || x.IsUndefined() {
		return "", false, nil
	}
	return x.String(), true, nil
}

// Set implements Storage; a quota error is ErrStorageFull.
func (b BrowserStorage) Set(key, value string) (err error) {
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
	b.js().Call("setItem", key, value)
	return nil
}

// Remove implements Storage.
func (b BrowserStorage) Remove(key string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ErrStorageUnavailable
		}
	}()
	b.js().Call("removeItem", key)
	return nil
}

// Keys implements Storage.
func (b BrowserStorage) Keys() (keys []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			keys, err = nil, ErrStorageUnavailable
		}
	}()
	s := b.js()
	n := s.Get("length").Int()
	for i := 0; i < n; i++ {
		if k := s.Call("key", i); k.Type() == app.TypeString {
			keys = append(keys, k.String())
		}
	}
	return keys, nil
}

var storageListener app.Func // kept: the browser calls it for the page's life

// watchStorage calls changed with the key of every localStorage change
// another tab makes (the `storage` event; "" when it cleared storage).
func watchStorage(changed func(key string)) {
	if storageListener != nil {
		return
	}
	storageListener = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		if area := ev.Get("storageArea"); area.Truthy() && !area.Equal(app.Window().Get("localStorage")) {
			return nil
		}
		key := ""
		if k := ev.Get("key"); k.Type() == app.TypeString {
			key = k.String()
		}
		changed(key)
		return nil
	})
	app.Window().Call("addEventListener", "storage", storageListener)
}

var pageHideListener app.Func // kept: the browser calls it for the page's life

// watchPageHide calls flush when the page may go without another chance:
// pagehide (closed, reloaded, navigated away, put in the back/forward
// cache) and the page hidden (another tab, the phone's home screen: a
// mobile browser may kill a hidden page without pagehide). The listeners
// run synchronously in the event, so the writes are done when it ends.
func watchPageHide(flush func()) {
	if pageHideListener != nil {
		return
	}
	doc := app.Window().Get("document")
	pageHideListener = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Get("type").String() == "visibilitychange" && doc.Get("visibilityState").String() != "hidden" {
			return nil
		}
		flush()
		return nil
	})
	app.Window().Call("addEventListener", "pagehide", pageHideListener)
	doc.Call("addEventListener", "visibilitychange", pageHideListener)
}

var savingMarked bool

// markSaving sets data-saving="1" on the root element while edits wait to
// be written, and removes it once they are (app/save.go).
func markSaving(on bool) {
	if on == savingMarked {
		return
	}
	savingMarked = on
	root := app.Window().Get("document").Get("documentElement")
	if on {
		root.Call("setAttribute", "data-saving", "1")
	} else {
		root.Call("removeAttribute", "data-saving")
	}
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

// storageBlocked is set when touching localStorage throws. go-app reads
// localStorage itself when it starts (to drop expired states) and does not
// recover when that throws, which stops the whole app: in a sandboxed iframe
// without allow-same-origin, or where the browser blocks storage. So before
// go-app starts (Prestart), a throwing localStorage or sessionStorage is
// replaced by one in memory, and NewBrowserStorage still says the page
// cannot keep data.
var storageBlocked bool

// replaceBlockedStorage reports whether window[name] throws, and if so puts
// a Storage in memory in its place.
func replaceBlockedStorage(name string) (blocked bool) {
	defer func() {
		if recover() != nil {
			blocked = true
			installMemoryStorage(name)
		}
	}()
	// Reflect.get, not Get: syscall/js turns an exception thrown by a call
	// into a panic, but one thrown by a property's getter stops the program.
	win := app.Window()
	s := win.Get("Reflect").Call("get", win, name)
	if !s.Truthy() {
		installMemoryStorage(name)
		return true
	}
	s.Call("getItem", "socialroi.probe")
	return false
}

// installMemoryStorage defines window[name] as an object with the methods
// of Storage, keeping the items in Go memory for the page's lifetime.
func installMemoryStorage(name string) {
	defer func() { recover() }() // not configurable: nothing more to do
	win := app.Window()
	object := win.Get("Object")
	items := map[string]string{}
	str := func(args []app.Value, i int) string {
		if i >= len(args) {
			return "undefined"
		}
		return win.Call("String", args[i]).String()
	}
	keys := func() []string {
		ks := make([]string, 0, len(items))
		for k := range items {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	shim := object.New()
	shim.Set("getItem", app.FuncOf(func(this app.Value, args []app.Value) any {
		if v, ok := items[str(args, 0)]; ok {
			return v
		}
		return nil
	}))
	shim.Set("setItem", app.FuncOf(func(this app.Value, args []app.Value) any {
		items[str(args, 0)] = str(args, 1)
		return nil
	}))
	shim.Set("removeItem", app.FuncOf(func(this app.Value, args []app.Value) any {
		delete(items, str(args, 0))
		return nil
	}))
	shim.Set("clear", app.FuncOf(func(this app.Value, args []app.Value) any {
		clear(items)
		return nil
	}))
	shim.Set("key", app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Type() == app.TypeNumber {
			if i, ks := args[0].Int(), keys(); i >= 0 && i < len(ks) {
				return ks[i]
			}
		}
		return nil
	}))
	object.Call("defineProperty", shim, "length", map[string]any{
		"get": app.FuncOf(func(this app.Value, args []app.Value) any { return len(items) }),
	})
	object.Call("defineProperty", win, name, map[string]any{"value": shim, "configurable": true})
}
