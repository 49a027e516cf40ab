// Command site writes the static site to a directory (dist/ by default):
// the pages of every route, go-app's app.js, app-worker.js and manifest, the
// assets of web/ (app.wasm from `make wasm`, app.css, charts.css, icon.svg),
// the PNG icons it draws, and .gz and .br siblings of every compressible file.
//
//	site -out dist -version "$(git describe --always --dirty)" [-prefix /socialroi]
//
// The result is deployable as is to any static host. With -prefix, every
// URL in it starts with that path, for hosts that serve the site below the
// domain's root, such as a GitHub Pages project site.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/app"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.out, "out", "dist", "directory to write the site to (replaced)")
	flag.StringVar(&cfg.version, "version", "dev", "app version; the service worker updates when it changes")
	flag.StringVar(&cfg.prefix, "prefix", "", `path the site is served under, e.g. "/socialroi" for GitHub Pages (default: the root)`)
	flag.StringVar(&cfg.web, "web", "web", "source assets directory (app.wasm, app.css, icon.svg)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("site: ")

	sum, err := build(cfg)
	if err != nil {
		log.Fatal(err)
	}
	log.Print(sum)
}

type config struct {
	out, web, version, prefix string
}

// required are the source assets the pages and the service worker refer
// to: one missing is a 404 in the pre-cache list, which leaves no offline
// cache at all.
var required = []string{"app.wasm", "app.css", "charts.css", "embed.css", "embed.js", "icon.svg"}

// build writes the site and returns a one-line summary.
func build(cfg config) (string, error) {
	for _, name := range required {
		p := filepath.Join(cfg.web, name)
		fi, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist) && name == "app.wasm":
			return "", fmt.Errorf("%s is missing: build it first with `make wasm`", p)
		case err != nil:
			return "", fmt.Errorf("source asset: %w", err)
		case !fi.Mode().IsRegular() || fi.Size() == 0:
			return "", fmt.Errorf("source asset %s is empty or not a file", p)
		}
	}
	wasm, err := os.Stat(filepath.Join(cfg.web, "app.wasm"))
	if err != nil {
		return "", err
	}
	prefix, err := cleanPrefix(cfg.prefix)
	if err != nil {
		return "", err
	}
	if err := resetOut(cfg.out); err != nil {
		return "", err
	}

	app.Routes()
	h := app.NewHandler(cfg.version)
	// The wasm is usually served compressed, so Content-Length is not its
	// size: give the loader the real one, or its progress passes 100%.
	h.WasmContentLength = strconv.FormatInt(wasm.Size(), 10)
	if prefix != "" {
		h.Resources = app.PrefixResources(prefix)
	}
	if err := goapp.GenerateStaticWebsite(cfg.out, h); err != nil {
		return "", fmt.Errorf("generating pages: %w", err)
	}

	webOut := filepath.Join(cfg.out, "web")
	if err := copyAssets(cfg.web, webOut); err != nil {
		return "", err
	}
	// The page head in the visitor's language before the wasm arrives.
	if err := os.WriteFile(filepath.Join(webOut, strings.TrimPrefix(app.BootScriptPath, "/web/")), []byte(app.BootScript()), 0o644); err != nil {
		return "", err
	}
	// The embed starts on the reader's first touch (app/embedstart.go).
	if err := os.WriteFile(filepath.Join(webOut, strings.TrimPrefix(app.EmbedStartPath, "/web/")), []byte(app.EmbedStartScript()), 0o644); err != nil {
		return "", err
	}
	if err := lazyEmbed(filepath.Join(cfg.out, "embed.html"), prefix); err != nil {
		return "", err
	}
	if err := neutralManifest(filepath.Join(cfg.out, "manifest.webmanifest")); err != nil {
		return "", err
	}
	// The service worker installs once the app is ready (deferWorker).
	if err := deferWorker(filepath.Join(cfg.out, "app.js")); err != nil {
		return "", err
	}
	// The wasm compiles in a worker (app/wasmapart.go).
	if err := os.WriteFile(filepath.Join(webOut, strings.TrimPrefix(app.WasmWorkerPath, "/web/")), []byte(app.WasmWorkerScript()), 0o644); err != nil {
		return "", err
	}
	if err := compileApart(filepath.Join(cfg.out, "app.js")); err != nil {
		return "", err
	}
	if err := writeIcons(webOut); err != nil {
		return "", err
	}
	if err := check(cfg.out, prefix); err != nil {
		return "", err
	}
	written, err := precompress(cfg.out)
	if err != nil {
		return "", err
	}

	sum := fmt.Sprintf("wrote %s (version %s", cfg.out, cfg.version)
	if prefix != "" {
		sum += ", under " + prefix + "/"
	}
	sum += fmt.Sprintf("): %d pages, app.wasm %d bytes", len(app.RoutePaths), wasm.Size())
	for _, ext := range []string{".gz", ".br"} {
		if fi, err := os.Stat(filepath.Join(webOut, "app.wasm"+ext)); err == nil {
			sum += fmt.Sprintf(", %s %d", ext, fi.Size())
		}
	}
	return sum + fmt.Sprintf(", %d precompressed files", len(written)), nil
}

// cleanPrefix turns "socialroi", "/socialroi/" into "/socialroi"; the root
// is "".
func cleanPrefix(p string) (string, error) {
	p = strings.Trim(p, "/")
	if p == "" {
		return "", nil
	}
	if p != path.Clean(p) || strings.ContainsAny(p, "?#\\ ") || strings.Contains(p, "..") {
		return "", fmt.Errorf("bad -prefix %q: want a clean path such as /socialroi", p)
	}
	return "/" + p, nil
}

// resetOut empties the output directory, so files of an earlier build (a
// removed page, a stale .br) cannot linger. It refuses a directory that
// holds anything but a generated site.
func resetOut(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(out, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(out, "app-worker.js")); err != nil {
			return fmt.Errorf("%s is not empty and holds no generated site: refusing to replace it", out)
		}
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// copyAssets copies the source assets under src to dst, but not the icons
// this program draws, dot files, or stale compressed siblings.
func copyAssets(src, dst string) error {
	generated := map[string]bool{}
	for _, ic := range iconFiles {
		generated[ic.name] = true
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		name := d.Name()
		if rel != "." && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case !d.Type().IsRegular(), isCompressedSibling(name), rel == name && generated[name]:
			return nil
		}
		return copyFile(p, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying %s: %w", src, err)
	}
	return out.Close()
}

// writeIcons draws the PNG icons into dir.
func writeIcons(dir string) error {
	bg, err := parseHex(app.ThemeColor)
	if err != nil {
		return err
	}
	fg, _ := parseHex("#ffffff")
	for _, ic := range iconFiles {
		b, err := encodeIcon(ic, bg, fg)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, ic.name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

var workerCacheList = regexp.MustCompile(`(?m)^const resourcesToCache = (\[.*\]);$`)

// check verifies the site works offline: every URL the service worker
// pre-caches is a file of the site (one 404 and the worker caches nothing),
// every route has its page, and the manifest's icons are ours.
func check(out, prefix string) error {
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		return err
	}
	m := workerCacheList.FindSubmatch(worker)
	if m == nil {
		return errors.New("app-worker.js: no resourcesToCache list found (go-app changed?)")
	}
	var urls []string
	if err := json.Unmarshal(m[1], &urls); err != nil {
		return fmt.Errorf("app-worker.js: resourcesToCache: %w", err)
	}
	cached := map[string]bool{}
	for _, u := range urls {
		name, err := fileFor(u, prefix)
		if err != nil {
			return fmt.Errorf("service worker pre-cache list: %w", err)
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			return fmt.Errorf("service worker pre-caches %s, but %s is missing: the app would not work offline", u, name)
		}
		cached[u] = true
	}
	for _, route := range app.RoutePaths {
		u := strings.TrimSuffix(prefix, "/") + route
		if route == "/" {
			u = prefix + "/"
		}
		if !cached[u] {
			return fmt.Errorf("service worker does not pre-cache the page %s", u)
		}
	}

	manifest, err := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if err != nil {
		return err
	}
	var mf struct {
		Icons []struct{ Src string }
	}
	if err := json.Unmarshal(manifest, &mf); err != nil {
		return fmt.Errorf("manifest.webmanifest: %w", err)
	}
	for _, ic := range mf.Icons {
		name, err := fileFor(ic.Src, prefix)
		if err != nil {
			return fmt.Errorf("manifest icon: %w", err)
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			return fmt.Errorf("manifest icon %s is missing", ic.Src)
		}
	}
	return nil
}

// fileFor maps a URL of the site to its file, the way static hosts do:
// "/" is index.html and "/compare" is compare.html.
func fileFor(u, prefix string) (string, error) {
	if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
		return "", fmt.Errorf("%s is not a path of this site", u)
	}
	p, ok := strings.CutPrefix(u, prefix+"/")
	if !ok {
		return "", fmt.Errorf("%s is outside the site's prefix %s/", u, prefix)
	}
	switch {
	case p == "":
		return "index.html", nil
	case path.Ext(p) == "":
		return p + ".html", nil
	}
	return p, nil
}

// go-app writes a tag's attributes in no fixed order.
var (
	appScriptTag = regexp.MustCompile(`<script\b[^>]*\bsrc="([^"]*/app\.js)"[^>]*></script>\s*`)
	loaderTag    = regexp.MustCompile(`<aside\b[^>]*\bid="app-wasm-loader"`)
)

// lazyEmbed makes the embed page start on demand: go-app's app.js (which
// registers the service worker and starts the wasm) leaves the head, and
// the start script, which loads it on the reader's first touch, goes at
// the end of the body, after the prerendered modes it chooses from and
// before the first paint.
func lazyEmbed(page, prefix string) error {
	b, err := os.ReadFile(page)
	if err != nil {
		return err
	}
	m := appScriptTag.FindSubmatch(b)
	if m == nil || len(appScriptTag.FindAll(b, -1)) != 1 {
		return fmt.Errorf("%s: go-app's app.js script tag not found once (go-app changed?)", page)
	}
	if len(loaderTag.FindAll(b, -1)) != 1 {
		return fmt.Errorf("%s: go-app's loader not found once (go-app changed?)", page)
	}
	start := fmt.Sprintf(`<script src="%s%s" data-app="%s" data-wasm="%s/web/app.wasm"></script>`+"\n    ",
		prefix, app.EmbedStartPath, m[1], prefix)
	b = appScriptTag.ReplaceAll(b, nil)
	at := loaderTag.FindIndex(b)[0]
	b = slices.Concat(b[:at], []byte(start), b[at:])
	return os.WriteFile(page, b, 0o644)
}

// workerStart is the line of go-app's app.js that registers the service
// worker, as the page starts.
const workerStart = "\ngoappInitServiceWorker();\n"

// workerOnReady registers it once the app is ready instead: when <html>
// has data-app-ready (app/stage.go, app/embedpage.go), or 10 s after the
// page's load where the app never gets ready (no wasm), so that a page
// whose wasm fails still works offline next time.
const workerOnReady = `
(function () {
  var started = false;
  function start() {
    if (!started) { started = true; goappInitServiceWorker(); }
  }
  var root = document.documentElement;
  if (root.hasAttribute("data-app-ready")) { start(); return; }
  new MutationObserver(function (_, o) {
    if (root.hasAttribute("data-app-ready")) { o.disconnect(); start(); }
  }).observe(root, { attributes: true, attributeFilter: ["data-app-ready"] });
  function later() { setTimeout(start, 10000); }
  if (document.readyState === "complete") { later(); } else { window.addEventListener("load", later); }
})();
`

// deferWorker has go-app's app.js register the service worker once the
// app is ready, not as the page starts (workerOnReady).
//
// Why: on a first visit, the worker's install asks for every file of the
// site again (answered from the browser's HTTP cache, or with a 304) and
// writes each into its cache, the 13.6 MB of app.wasm included, while the
// page compiles that wasm and starts Go: on two cores it competes with the
// start for the CPU. Measured with BenchmarkColdLoad (4 loads, side by
// side, in 5 rounds): ready 2.89-2.95 s before, 2.60-2.72 s after.
// A repeat visit is served by the worker already installed, whenever
// register is called; only the check for a new version comes later, after
// the start instead of during it.
func deferWorker(path string) error {
	return patchOnce(path, "service worker registration", regexp.MustCompile(regexp.QuoteMeta(workerStart)),
		func([][]byte) []byte { return []byte(workerOnReady) }, "")
}

// goappInstantiate is go-app's fetch and compile of the wasm in app.js,
// with the wasm's URL (prefixed where the site is).
var goappInstantiate = regexp.MustCompile(`instantiateStreaming\(\s*fetchWithProgress\(("[^"]*/web/app\.wasm"), showProgress\),\s*go\.importObject\s*\)`)

// compileApart has go-app's app.js compile the wasm in a worker
// (app/wasmapart.go): its call to instantiateStreaming becomes one to
// socialroiInstantiate, which app.WasmApartJS adds at its end.
func compileApart(path string) error {
	return patchOnce(path, "instantiateStreaming of the wasm", goappInstantiate,
		func(m [][]byte) []byte { return fmt.Appendf(nil, app.WasmApartCall, m[1]) }, app.WasmApartJS)
}

// patchOnce changes what re finds in the file at path (with is given the
// match and its groups) and adds tail at its end. Unless re matches once,
// it fails and leaves the file as it is: go-app's generated code changed.
func patchOnce(path, what string, re *regexp.Regexp, with func(match [][]byte) []byte, tail string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	found := re.FindAllSubmatchIndex(b, -1)
	if len(found) != 1 {
		return fmt.Errorf("%s: go-app's %s found %d times, want once (go-app changed?)", path, what, len(found))
	}
	at := found[0]
	groups := make([][]byte, len(at)/2)
	for i := range groups {
		if at[2*i] >= 0 {
			groups[i] = b[at[2*i]:at[2*i+1]]
		}
	}
	out := slices.Concat(b[:at[0]], with(groups), b[at[1]:], []byte(tail))
	return os.WriteFile(path, out, 0o644)
}

// neutralManifest makes the manifest's description the product's name: the
// manifest is one file for every language, and go-app fills it with the
// English meta description.
func neutralManifest(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var mf map[string]any
	if err := json.Unmarshal(b, &mf); err != nil {
		return fmt.Errorf("manifest.webmanifest: %w", err)
	}
	mf["description"] = "Social ROI"
	out, err := json.MarshalIndent(mf, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}
