package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The page head in the visitor's language: each route's <title> and meta
// description, and the loading label. The prerendered pages are English
// (the server does not know the language); web/boot.js, written by
// cmd/site from these same rows (BootScript), sets <html lang>, the title,
// the description and the loading label from the saved choice or the
// browser's languages before the wasm arrives, and the app keeps them in
// step on every navigation and language change (setDocumentHead).

// routeHeads are each route's title and description, in English.
var routeHeads = map[string][2]string{
	PathCalc: {
		msg("Social ROI: the social media ROI calculator"),
		msg("Prove in money what your social media work returns: a social media ROI calculator for marketers, with costs, value per action, funnel, channels and break-even. Works offline."),
	},
	PathCompare: {
		msg("Compare scenarios · Social ROI"),
		msg("Compare two social media ROI scenarios side by side: cost, return, ROI and break-even."),
	},
	PathGuide: {
		msg("Guide to social media ROI · Social ROI"),
		msg("How to measure social media ROI step by step: costs, value per action, funnel, earned media and customer lift."),
	},
	PathReport: {
		msg("Report · Social ROI"),
		msg("A printable social media ROI report of your scenario, with its assumptions."),
	},
	PathEmbed: {
		msg("Social media ROI calculator"),
		msg("Prove in money what your social media work returns: a social media ROI calculator for marketers, with costs, value per action, funnel, channels and break-even. Works offline."),
	},
	PathGetEmbed: {
		msg("Put the calculator on your site · Social ROI"),
		msg("Put the social media ROI calculator on your blog or site: choose a preset, the language and the colours, and copy the code."),
	},
}

// loadingLabel is go-app's label while the wasm loads; {0} is the percent.
var loadingLabel = msg("Loading the calculator… {0}%")

// earlyPressNote answers a press on a button of the prerendered page before
// the app started, when the button cannot do anything yet (web/boot.js).
var earlyPressNote = msg("The calculator is still starting: buttons work in a moment.")

// RouteTitle is a route's <title> in lang.
func RouteTitle(lang, path string) string {
	h, ok := routeHeads[path]
	if !ok {
		h = routeHeads[PathCalc]
	}
	return tr(lang, h[0])
}

// RouteDescription is a route's meta description in lang.
func RouteDescription(lang, path string) string {
	h, ok := routeHeads[path]
	if !ok {
		h = routeHeads[PathCalc]
	}
	return tr(lang, h[1])
}

// LoadingLabel is go-app's loading label in lang, {progress} where the
// percent goes.
func LoadingLabel(lang string) string { return trf(lang, loadingLabel, "{progress}") }

// setDocumentHead sets the tab's title and the meta description of view in
// lang, in the browser.
func setDocumentHead(lang, view string) {
	if !app.IsClient {
		return
	}
	defer func() { recover() }()
	doc := app.Window().Get("document")
	doc.Set("title", RouteTitle(lang, view))
	if m := doc.Call("querySelector", `meta[name="description"]`); m.Truthy() {
		m.Call("setAttribute", "content", RouteDescription(lang, view))
	}
}
