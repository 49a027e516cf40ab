//go:build browser

package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
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

// The tests' Chromium runs with testFlags, which only spare this machine's
// CPU; the benchmarks' runs without them, as a visitor's browser does.
// Each is asked for the command line it runs with: an option that
// chromedp's own defaults override (two --enable-features) fails here.
func TestChromiumFlags(t *testing.T) {
	commandLine := func(tb testing.TB) []string {
		ctx := sharedBrowser(tb)
		res, err := cdp.Call(ctx, chromedp.FromContext(ctx).Browser, browser.GetBrowserCommandLine, cdp.Empty{})
		if err != nil {
			tb.Fatal(err)
		}
		return res.Arguments
	}
	tests := commandLine(t)
	t.Cleanup(sharedBench.close) // a test run has no other use for it
	var bench []string
	testing.Benchmark(func(b *testing.B) {
		if bench == nil {
			bench = commandLine(b)
		}
	})
	if bench == nil {
		t.Fatal("the benchmark's Chromium did not answer")
	}
	has := func(args []string, s string) bool {
		return slices.ContainsFunc(args, func(a string) bool { return strings.Contains(a, s) })
	}
	const ring = "PartitionAllocLargeEmptySlotSpanRing"
	if !has(tests, ring) {
		t.Errorf("the tests' Chromium runs without %s: %q", ring, tests)
	}
	if has(bench, ring) {
		t.Errorf("a benchmark's Chromium runs with %s: %q", ring, bench)
	}
	// Both keep chromedp's features.
	for name, args := range map[string][]string{"tests'": tests, "benchmarks'": bench} {
		if !has(args, "--enable-features=NetworkService,NetworkServiceInProcess") {
			t.Errorf("the %s Chromium runs without chromedp's features: %q", name, args)
		}
	}
}
