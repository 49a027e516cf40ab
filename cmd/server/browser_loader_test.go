//go:build browser

package main

import (
	"fmt"
	"path/filepath"
	"testing"
)

// While the wasm loads, go-app's loader is a small badge: the prerendered
// form is readable and its first field is what a tap on it reaches. The
// wasm request is held back (Fetch domain) until that is checked.
func TestLoaderIsABadge(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	for _, size := range [][2]int{{375, 740}, {1280, 900}} {
		t.Run(fmt.Sprintf("%dpx", size[0]), func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			release := p.holdWasm("/")
			p.viewport(size[0], size[1]) // the prerendered page, laid out anew
			p.waitVisible("#app-wasm-loader")

			type check struct {
				ID       string  `json:"id"`
				Hit      string  `json:"hit"` // the element at the field's centre
				Visible  bool    `json:"visible"`
				LoaderW  float64 `json:"loaderW"`
				LoaderH  float64 `json:"loaderH"`
				ViewW    float64 `json:"viewW"`
				ViewH    float64 `json:"viewH"`
				Covering bool    `json:"covering"` // the loader overlaps the field
			}
			c := eval[check](p, `(() => {
				const f = document.querySelector("main input[name], main select[name]");
				f.scrollIntoView({block: "center"});
				const r = f.getBoundingClientRect(), l = document.getElementById("app-wasm-loader").getBoundingClientRect();
				const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return {id: f.id, hit: at === f ? f.id : (at ? at.tagName + "#" + at.id + "." + at.className : "nothing"),
					visible: `+visibleJS+`(f), loaderW: l.width, loaderH: l.height, viewW: innerWidth, viewH: innerHeight,
					covering: !(l.right <= r.left || l.left >= r.right || l.bottom <= r.top || l.top >= r.bottom)};
			})()`)
			p.screenshot(filepath.Join(screensDir(t), fmt.Sprintf("loader-%d.png", size[0])))
			if !c.Visible || c.Hit != c.ID {
				t.Errorf("during the load the form's first field #%s: visible %v, the element at its centre %s; want it visible and on top", c.ID, c.Visible, c.Hit)
			}
			if c.Covering {
				t.Errorf("the loader overlaps the form's first field #%s", c.ID)
			}
			if c.LoaderW*c.LoaderH > c.ViewW*c.ViewH/10 {
				t.Errorf("the loader is %.0f×%.0f px on a %.0f×%.0f screen; want a badge (at most a tenth of it)", c.LoaderW, c.LoaderH, c.ViewW, c.ViewH)
			}
			// A tap on the field reaches it: it takes the focus.
			p.click("#" + c.ID)
			if focused := eval[string](p, `document.activeElement ? document.activeElement.id : ""`); focused != c.ID {
				t.Errorf("after a click on #%s the focus is on %q", c.ID, focused)
			}

			release()
			p.waitReady()
			if p.exists("#app-wasm-loader") && p.visible("#app-wasm-loader") {
				t.Errorf("the loader is still shown once the app started")
			}
		})
	}
}
