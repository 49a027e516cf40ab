//go:build browser

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// The browsers the tests and the benchmarks start have no omnibox popup:
// headless Chromium loads it as two WebUI pages in renderers of their own
// for every new window, some 1.7 s of this machine's CPU taken from the
// page under test each time (internal/headless). A Chromium that renames
// the features fails this test, rather than slowing every other one.
func TestWindowHasNoOmniboxPopup(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	for _, c := range []struct {
		name string
		page func() *browserPage
	}{
		{"a tab of the shared Chromium", func() *browserPage { return newBrowserPage(t, srv.URL) }},
		{"a browser context of the shared Chromium", func() *browserPage { return newContextPage(t, srv.URL) }},
		{"a Chromium of its own", func() *browserPage { return newProfilePage(t, srv.URL, chromedp.WindowSize(375, 740)) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := c.page()
			// A page loaded in the window: by then the window has loaded
			// its popup, where the features are on.
			p.do("loading the guide", chromedp.Navigate(p.base+"/guide"))
			p.waitJS("the guide loaded", `document.readyState === "complete"`, `document.readyState`)
			tab := chromedp.FromContext(p.ctx)
			res, err := cdp.Call(p.ctx, tab.Browser, target.GetTargets, target.GetTargetsParams{})
			if err != nil {
				t.Fatal(err)
			}
			var pages, ui []string
			for _, ti := range res.TargetInfos {
				switch {
				case ti.Type == "browser_ui" || strings.HasPrefix(ti.URL, "chrome://omnibox"):
					ui = append(ui, ti.Type+" "+ti.URL)
				case ti.TargetID == tab.Target.TargetID:
					pages = append(pages, ti.URL)
				}
			}
			if len(pages) != 1 || !strings.HasSuffix(pages[0], "/guide") {
				t.Errorf("the test's tab is at %q; want the guide", pages)
			}
			if len(ui) > 0 {
				t.Errorf("the browser runs WebUI pages beside the page under test: %q; want none (internal/headless.DisabledFeatures)", ui)
			}
		})
	}
}
