//go:build !wasm

package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Brand colours: the manifest, the theme-color meta and the generated icons
// (cmd/site) all use them.
const (
	ThemeColor      = "#0f766e"
	BackgroundColor = "#ffffff"
)

// Our own icons and styles, served from web/. Nothing comes from another
// origin: go-app's defaults point the icons at GitHub, which breaks offline.
const (
	IconDefault  = "/web/icon-192.png"
	IconLarge    = "/web/icon-512.png"
	IconMaskable = "/web/icon-maskable.png"
	IconSVG      = "/web/icon.svg"
	StyleSheet   = "/web/app.css"
	PrintStyles  = "/web/print.css" // the print view (report.go); all but its .report rules are @media print
	ChartStyles  = "/web/charts.css"
	EmbedStyles  = "/web/embed.css" // themes, the blog embed and its builder
)

// NewHandler returns the go-app handler that describes the app: its pages,
// manifest, service worker and what the worker pre-caches. cmd/site writes
// the static site with it; it never runs in the browser.
//
// version is the build's version (git describe): the service worker's cache
// is named after it, so the same version never looks like an update.
func NewHandler(version string) *app.Handler {
	return &app.Handler{
		Name:      "Social ROI",
		ShortName: "Social ROI",
		Title:     "Social ROI: the social media ROI calculator",
		Description: "Prove in money what your social media work returns: " +
			"a social media ROI calculator for marketers, with costs, value per action, " +
			"funnel, channels and break-even. Works offline.",
		Lang: "en",
		Icon: app.Icon{
			Default:  IconDefault,
			Large:    IconLarge,
			Maskable: IconMaskable,
			SVG:      IconSVG,
		},
		Styles:             []string{StyleSheet, ChartStyles, EmbedStyles, PrintStyles},
		BackgroundColor:    BackgroundColor,
		ThemeColor:         ThemeColor,
		LoadingLabel:       "Loading the calculator… {progress}%",
		Version:            version,
		CacheableResources: cacheableResources(),
	}
}

// cacheableResources lists what the service worker pre-caches besides what
// go-app adds itself ("/", app.js, app.css, wasm_exec.js, the manifest,
// web/app.wasm, the PNG icons and Styles). Its worker matches exact URLs, so
// every route's page must be listed, or that page is not available offline.
// go-app keys the list by URL, so repeating an entry it adds is harmless.
func cacheableResources() []string {
	var res []string
	for _, p := range RoutePaths {
		if p != "/" {
			res = append(res, p)
		}
	}
	return append(res, IconSVG, IconDefault, IconLarge, IconMaskable, StyleSheet, ChartStyles, EmbedStyles, PrintStyles)
}

// PrefixResources resolves every page and resource under a path prefix,
// such as "/socialroi" for a GitHub Pages project site. Set it as the
// handler's Resources before generating the static site.
//
// Unlike go-app's PrefixedLocation, the root resolves to "/socialroi/" with
// its trailing slash: that is the URL static hosts serve index.html at
// ("/socialroi" is redirected there), so it is the one the service worker
// must pre-cache and the manifest must start at. And relative references
// ("#main") are left alone, where PrefixedLocation turns them into links to
// the root page.
func PrefixResources(prefix string) app.ResourceResolver {
	return prefixResolver("/" + strings.Trim(prefix, "/"))
}

type prefixResolver string

func (p prefixResolver) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return strings.TrimSuffix(string(p), "/") + "/"
	case strings.HasPrefix(location, "//"), strings.Contains(location, "://"):
		return location // another origin: left alone
	case strings.HasPrefix(location, "/"):
		return strings.TrimSuffix(string(p), "/") + location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return strings.TrimSuffix(string(p), "/") + "/" + location
	}
	return location // relative ("#main", "compare", "mailto:..."): left alone
}
