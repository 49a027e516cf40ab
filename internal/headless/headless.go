// Package headless holds what the browser tests, the browser benchmarks and
// cmd/audit start headless Chromium with, beyond their own flags.
package headless

// DisabledFeatures is the value of Chromium's --disable-features for a
// headless run: chromedp's own (Translate, BlinkGenPropertyTrees), and the
// omnibox's popup as a WebUI page.
//
// Headless Chromium (156 here) is the whole browser without a screen: each
// new window loads its omnibox's popup, chrome://omnibox-popup.top-chrome/
// and its AI-mode variant, into renderers of their own. On this 2-core
// machine those two pages cost about 1.7 s of CPU for every window (each
// test page and each benchmark page opens one, and each cold load starts a
// Chromium), and they run while the page under test loads, taking the CPU
// from it. No
// visitor's page shares a window's first seconds with that: the popup is
// browser chrome, loaded once per window, and nothing in the page depends
// on it. Without them a test's page load went from 4.0-4.5 s to 3.1-3.2 s,
// and BenchmarkColdLoad's ready from 3.1-3.2 s to 1.9-2.3 s; Lighthouse's
// scores did not move (69-70 with and without). TestWindowHasNoOmniboxPopup
// (cmd/server) fails if a Chromium renames the features.
const DisabledFeatures = "Translate,BlinkGenPropertyTrees,WebUIOmniboxPopup,WebUIOmniboxAimPopup"
