//go:build wasm

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// installURLRepair runs before go-app starts (Prestart): the address is
// made parseable (see repairURL), and again before go-app sees each later
// navigation (listeners registered first run first).
func installURLRepair() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	repairLocation()
	win := app.Window()
	fix := app.FuncOf(func(this app.Value, args []app.Value) any {
		repairLocation()
		return nil
	})
	win.Call("addEventListener", "popstate", fix, true)
	win.Call("addEventListener", "hashchange", fix, true)
	return true
}

func repairLocation() {
	defer func() { recover() }()
	win := app.Window()
	href := win.Get("location").Get("href").String()
	if fixed := repairURL(href); fixed != href {
		h := win.Get("history")
		h.Call("replaceState", h.Get("state"), "", fixed)
	}
}
