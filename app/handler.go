//go:build !wasm

package app

import (
	"encoding/json"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
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
		Title:     RouteTitle("en", PathCalc),
		// The manifest's description too: kept neutral, the product's
		// name, as the manifest is one file for every language.
		Description: RouteDescription("en", PathCalc),
		Lang:        "en",
		Icon: app.Icon{
			Default:  IconDefault,
			Large:    IconLarge,
			Maskable: IconMaskable,
			SVG:      IconSVG,
		},
		Styles:             []string{StyleSheet, ChartStyles, EmbedStyles, PrintStyles},
		BackgroundColor:    BackgroundColor,
		ThemeColor:         ThemeColor,
		LoadingLabel:       LoadingLabel("en"),
		Scripts:            []string{BootScriptPath},
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
	return append(res, BootScriptPath, EmbedStartPath, WasmWorkerPath, IconSVG, IconDefault, IconLarge, IconMaskable, StyleSheet, ChartStyles, EmbedStyles, PrintStyles)
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

// BootScriptPath is the script that puts the page head in the visitor's
// language before the wasm arrives; cmd/site writes it with BootScript.
const BootScriptPath = "/web/boot.js"

// BootScript is web/boot.js: from the saved language (the store's
// settings), else the browser's languages, it sets <html lang>, the title
// and description of the route, and keeps go-app's loading label in that
// language as the progress changes. Its text comes from the catalog
// (routeHeads, loadingLabel), so it is translated and tested with the rest.
// It also holds readEarly's reader of the prerendered form (prestart.go),
// and starts the Go program in a task of its own once the wasm is
// instantiated (startApart).
func BootScript() string {
	type texts struct {
		Title map[string]string `json:"t"`
		Desc  map[string]string `json:"d"`
		Label string            `json:"l"`
		Wait  string            `json:"w"` // earlyPressNote
	}
	all := map[string]texts{}
	for _, lang := range roi.Languages {
		t := texts{Title: map[string]string{}, Desc: map[string]string{}, Label: trf(lang, loadingLabel, "{0}"), Wait: tr(lang, earlyPressNote)}
		for _, p := range RoutePaths {
			t.Title[p] = RouteTitle(lang, p)
			t.Desc[p] = RouteDescription(lang, p)
		}
		all[lang] = t
	}
	data, err := json.Marshal(all)
	if err != nil {
		panic(err)
	}
	return strings.Replace(bootJS, "TEXTS", string(data), 1)
}

const bootJS = `/* Social ROI: the page head in the visitor's language (generated by cmd/site from app/head.go). */
(function () {
  "use strict";
  var T = TEXTS;
  function supported(tag) {
    var b = String(tag || "").toLowerCase().replace(/^\s+|\s+$/g, "").split(/[-_]/)[0];
    if (b === "no" || b === "nn") { return "nb"; }
    return T[b] ? b : "";
  }
  var lang = "", theme = "";
  try {
    var meta = JSON.parse(window.localStorage.getItem("` + store.MetaKey + `") || "null");
    if (meta && meta.settings && meta.settings.lang) { lang = supported(meta.settings.lang); }
    if (meta && meta.settings) { theme = meta.settings.theme; }
  } catch (e) {}
  var path = window.location.pathname.replace(/\/+$/, "");
  var route = "/";
  for (var r in T.en.t) {
    if (r !== "/" && path.slice(-r.length) === r) { route = r; }
  }
  if (route === "/embed") {
    var m = /(?:^#|&)lang=([^&]*)/.exec(window.location.hash);
    lang = m ? supported(decodeURIComponent(m[1])) : "";
  }
  if (!lang) {
    var tags = (navigator.languages || []).concat([navigator.language]);
    for (var i = 0; i < tags.length && !lang; i++) { lang = supported(tags[i]); }
  }
  lang = lang || "en";
  var t = T[lang];
  document.documentElement.setAttribute("lang", lang);
  document.title = t.t[route];
  var d = document.querySelector('meta[name="description"]');
  if (d) { d.setAttribute("content", t.d[route]); }
  // The visitor's theme from the first paint on, as the app sets it
  // (app/theme.go applyTheme), and a theme chosen on the prerendered page
  // at once: not the system's colours until the app starts. The embed's
  // theme is its page's (embed-start.js), never the saved one.
  function useTheme(v) {
    if (v === "light" || v === "dark") { document.documentElement.setAttribute("data-theme", v); }
    else { document.documentElement.removeAttribute("data-theme"); }
  }
  if (route !== "/embed") {
    if (theme) { useTheme(theme); }
    document.addEventListener("change", function (e) {
      if (e.target && e.target.id === "theme" && !document.documentElement.hasAttribute("data-app-ready")) { useTheme(e.target.value); }
    }, true);
  }
  function relabel() {
    var el = document.getElementById("app-wasm-loader-label");
    if (!el) { return; }
    var n = /(\d+)/.exec(el.textContent || "");
    var want = t.l.replace("{0}", n ? n[1] : "0");
    if (el.textContent !== want) { el.textContent = want; }
  }
  // go-app's app.js starts the Go program in the task that finished
  // compiling and instantiating the wasm: started in a task of its own,
  // neither task is as long (app/stage.go).
  function startApart() {
    var Go = window.Go, run = Go && Go.prototype && Go.prototype.run;
    if (typeof run !== "function" || run.apart) { return; }
    var apart = function (instance) {
      var go = this;
      return new Promise(function (done) { setTimeout(done, 0); }).then(function () { return run.call(go, instance); });
    };
    apart.apart = true;
    Go.prototype.run = apart;
  }
  // The parts of the calculator are forms only to keep the browser's
  // autofill to one part at a time (app/parts.go partForm): none is ever
  // submitted, not by Enter in a field before the app started or after.
  document.addEventListener("submit", function (e) {
    if (e.target && e.target.classList && e.target.classList.contains("part")) { e.preventDefault(); }
  }, true);
  // The header's pickers show the language and the theme the page is in,
  // as served to this visitor, not the prerendered English and System:
  // what differs from these once the app starts was chosen here before
  // it started (app/prestart.go readEarlyChoices).
  function served(id, v) {
    var sel = document.getElementById(id);
    if (!sel || !v) { return; }
    for (var i = 0; i < sel.options.length; i++) { sel.options[i].defaultSelected = sel.options[i].value === v; }
  }
  var earlyPressShown = 6000; // ms
  // A press on a button of the prerendered page does nothing until the app
  // has drawn its own page (the buttons' handlers are the app's; go-app
  // replaces the prerendered page, the body's first element, when it
  // mounts): the press is answered next to the loading badge, in a live
  // region, so it is not met with silence. Once the prerendered page has
  // gone, a press is the app's (app/lazypress.go carries one on a part
  // still held), and this listener goes.
  function answerEarlyPress(page) {
    var note = null, hide = 0;
    function pressed(e) {
      if (!page.isConnected || document.documentElement.hasAttribute("data-app-ready")) { document.removeEventListener("click", pressed, true); return; }
      var b = e.target && e.target.closest ? e.target.closest("button") : null;
      if (!b || b.disabled || !page.contains(b)) { return; }
      if (!note) {
        note = document.createElement("p");
        note.id = "early-press";
        note.className = "early-press";
        note.setAttribute("role", "status");
        page.appendChild(note);
      }
      // Written in a frame after the live region is in the page, so that
      // screen readers announce it; emptied a while after the last press
      // (empty, it shows nothing: web/app.css), not to hide the top of a
      // phone's screen for the rest of a slow start.
      requestAnimationFrame(function () { note.textContent = t.w; });
      clearTimeout(hide);
      hide = setTimeout(function () { note.textContent = ""; }, earlyPressShown);
    }
    document.addEventListener("click", pressed, true);
  }
  function watch() {
    if (route !== "/embed") {
      served("lang", lang);
      if (theme === "light" || theme === "dark") { served("theme", theme); }
      if (document.body && document.body.firstElementChild) { answerEarlyPress(document.body.firstElementChild); }
    }
    startApart();
    relabel();
    var el = document.getElementById("app-wasm-loader-label");
    if (el && window.MutationObserver) {
      new MutationObserver(relabel).observe(el, { childList: true, characterData: true, subtree: true });
    }
  }
` + earlyJS + `  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
`
