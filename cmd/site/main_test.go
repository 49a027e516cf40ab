package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/socialroi/socialroi/app"
)

var (
	testBG = color.NRGBA{0x0f, 0x76, 0x6e, 0xff}
	testFG = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

func TestIcons(t *testing.T) {
	for _, ic := range iconFiles {
		b, err := encodeIcon(ic, testBG, testFG)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: decoding: %v", ic.name, err)
		}
		if got := img.Bounds().Size(); got != (image.Point{ic.size, ic.size}) {
			t.Errorf("%s size = %v; want %dx%d", ic.name, got, ic.size, ic.size)
		}
		var fg, other int
		for y := 0; y < ic.size; y++ {
			for x := 0; x < ic.size; x++ {
				switch c := color.NRGBAModel.Convert(img.At(x, y)); c {
				case testFG:
					fg++
				case testBG:
				default:
					other++
				}
			}
		}
		// Full bleed and opaque: a maskable icon must have no transparency.
		if other != 0 {
			t.Errorf("%s has %d pixels neither background nor mark", ic.name, other)
		}
		if share := float64(fg) / float64(ic.size*ic.size); share < 0.05 || share > 0.5 {
			t.Errorf("%s: mark covers %.2f of the icon; want a clear mark", ic.name, share)
		}
	}
}

// TestMaskableSafeZone checks the mark stays inside the central circle of
// 80% diameter that platforms may crop a maskable icon to.
func TestMaskableSafeZone(t *testing.T) {
	for _, size := range []int{48, 192, 512} {
		img := drawIcon(size, true, testBG, testFG)
		c := float64(size) / 2
		r := maskableSafeZone * float64(size) / 2
		for y := 0; y < size; y++ {
			for x := 0; x < size; x++ {
				if img.NRGBAAt(x, y) != testFG {
					continue
				}
				// The pixel's farthest corner from the centre.
				dx := math.Max(math.Abs(float64(x)-c), math.Abs(float64(x+1)-c))
				dy := math.Max(math.Abs(float64(y)-c), math.Abs(float64(y+1)-c))
				if d := math.Hypot(dx, dy); d > r {
					t.Fatalf("size %d: mark pixel (%d,%d) is %.1f from the centre, outside the safe zone %.1f", size, x, y, d, r)
				}
			}
		}
	}
}

func TestParseHex(t *testing.T) {
	c, err := parseHex(app.ThemeColor)
	if err != nil || c.A != 0xff {
		t.Errorf("parseHex(%q) = %v, %v", app.ThemeColor, c, err)
	}
	for _, bad := range []string{"", "0f766e", "#0f766", "#zzzzzz"} {
		if _, err := parseHex(bad); err == nil {
			t.Errorf("parseHex(%q) = nil error; want an error", bad)
		}
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCopyAssets(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	writeFiles(t, src, map[string]string{
		"app.css":          "main{}",
		"icon.svg":         "<svg/>",
		"app.wasm":         "\x00asm",
		"embed.js":         "x()",
		"sub/more.txt":     "more",
		"app.wasm.br":      "stale",
		"app.css.gz":       "stale",
		".hidden":          "no",
		".git/config":      "no",
		"icon-192.png":     "drawn by site, not copied",
		"sub/icon-192.png": "a nested file of that name is copied",
	})
	if err := copyAssets(src, dst); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"app.css":          "main{}",
		"icon.svg":         "<svg/>",
		"app.wasm":         "\x00asm",
		"embed.js":         "x()",
		"sub/more.txt":     "more",
		"sub/icon-192.png": "a nested file of that name is copied",
	}
	for name, body := range want {
		got, err := os.ReadFile(filepath.Join(dst, filepath.FromSlash(name)))
		if err != nil || string(got) != body {
			t.Errorf("copied %s = %q, %v; want %q", name, got, err, body)
		}
	}
	for _, name := range []string{"app.wasm.br", "app.css.gz", ".hidden", ".git", "icon-192.png"} {
		if _, err := os.Stat(filepath.Join(dst, name)); err == nil {
			t.Errorf("%s was copied; want it skipped", name)
		}
	}
}

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("social media ROI = (revenue - cost) / cost\n", 500)
	writeFiles(t, dir, map[string]string{
		"index.html":           big,
		"app.js":               big + "js",
		"web/app.wasm":         "\x00asm" + big,
		"web/app.css":          big + "css",
		"web/icon.svg":         big + "svg",
		"manifest.webmanifest": big + "{}",
		"web/icon-192.png":     big, // already compressed formats are left alone
		"tiny.js":              "x", // compression would not make it smaller
		"gone.html.br":         "stale sibling of a file that is gone",
		"tiny.js.gz":           "stale",
	})
	written, err := precompress(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(written) != 12 {
		t.Errorf("precompress wrote %d files; want 12: %v", len(written), written)
	}
	for _, name := range []string{"index.html", "app.js", "web/app.wasm", "web/app.css", "web/icon.svg", "manifest.webmanifest"} {
		orig, _ := os.ReadFile(filepath.Join(dir, name))
		for ext, open := range map[string]func(io.Reader) (io.Reader, error){
			".gz": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
			".br": func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		} {
			c, err := os.ReadFile(filepath.Join(dir, name+ext))
			if err != nil {
				t.Errorf("%s%s: %v", name, ext, err)
				continue
			}
			if len(c) >= len(orig) {
				t.Errorf("%s%s is %d bytes, not smaller than %d", name, ext, len(c), len(orig))
			}
			r, err := open(bytes.NewReader(c))
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(got, orig) {
				t.Errorf("%s%s does not decompress to the original (%v)", name, ext, err)
			}
		}
	}
	for _, name := range []string{"web/icon-192.png.gz", "web/icon-192.png.br", "tiny.js.gz", "tiny.js.br"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s exists; want none", name)
		}
	}
}

func TestFileFor(t *testing.T) {
	tests := []struct {
		url, prefix, want string
		err               bool
	}{
		{url: "/", want: "index.html"},
		{url: "/compare", want: "compare.html"},
		{url: "/web/app.wasm", want: "web/app.wasm"},
		{url: "/manifest.webmanifest", want: "manifest.webmanifest"},
		{url: "/socialroi/", prefix: "/socialroi", want: "index.html"},
		{url: "/socialroi/guide", prefix: "/socialroi", want: "guide.html"},
		{url: "/socialroi/web/icon.svg", prefix: "/socialroi", want: "web/icon.svg"},
		{url: "/socialroi", prefix: "/socialroi", err: true},
		{url: "/guide", prefix: "/socialroi", err: true},
		{url: "https://raw.githubusercontent.com/icon.png", err: true},
		{url: "//cdn.example/x.js", err: true},
		{url: "web/app.css", err: true},
	}
	for _, tt := range tests {
		got, err := fileFor(tt.url, tt.prefix)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("fileFor(%q, %q) = %q, %v; want %q, error %v", tt.url, tt.prefix, got, err, tt.want, tt.err)
		}
	}
}

func TestCleanPrefix(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"", "", false},
		{"/", "", false},
		{"socialroi", "/socialroi", false},
		{"/socialroi/", "/socialroi", false},
		{"/a/b", "/a/b", false},
		{"/a/../b", "", true},
		{"/a//b", "", true},
		{"/a?x", "", true},
	}
	for _, tt := range tests {
		got, err := cleanPrefix(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("cleanPrefix(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestResetOut(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"precious.txt": "keep"})
	if err := resetOut(dir); err == nil {
		t.Error("resetOut(dir with other files) = nil; want a refusal")
	}
	if _, err := os.Stat(filepath.Join(dir, "precious.txt")); err != nil {
		t.Errorf("resetOut removed a file it refused: %v", err)
	}

	site := t.TempDir()
	writeFiles(t, site, map[string]string{"app-worker.js": "", "old.html": "", "web/app.wasm.br": ""})
	if err := resetOut(site); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(site); len(entries) != 0 {
		t.Errorf("resetOut left %d entries", len(entries))
	}
}

// sourceAssets writes a web/ directory as `make wasm` and the repo leave it.
func sourceAssets(t *testing.T) string {
	web := t.TempDir()
	writeFiles(t, web, map[string]string{
		"app.wasm":   "\x00asm" + strings.Repeat("wasm", 1000),
		"app.css":    "main{color:#0f766e}",
		"print.css":  ".report{}",
		"charts.css": ".chart{}",
		"embed.css":  ".embed{}",
		"embed.js":   "(function(){})();",
		"icon.svg":   "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
	})
	return web
}

func TestBuildMissingWasm(t *testing.T) {
	web := sourceAssets(t)
	os.Remove(filepath.Join(web, "app.wasm"))
	_, err := build(config{out: filepath.Join(t.TempDir(), "dist"), web: web, version: "v1"})
	if err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("build without app.wasm = %v; want an error telling to run make wasm", err)
	}
}

func TestBuild(t *testing.T) {
	tests := []struct {
		prefix string // as given to -prefix
		root   string // URL of the root page
	}{
		{"", "/"},
		{"/socialroi/", "/socialroi/"},
	}
	for _, tt := range tests {
		t.Run("prefix="+tt.prefix, func(t *testing.T) {
			web := sourceAssets(t)
			out := filepath.Join(t.TempDir(), "dist")
			if _, err := build(config{out: out, web: web, version: "v1.2.3", prefix: tt.prefix}); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{
				"index.html", "compare.html", "guide.html",
				"app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest",
				"web/app.wasm", "web/app.css", "web/icon.svg",
				"web/icon-192.png", "web/icon-512.png", "web/icon-maskable.png",
				"web/app.wasm.br", "web/app.wasm.gz", "index.html.br", "app-worker.js.gz",
			} {
				if _, err := os.Stat(filepath.Join(out, name)); err != nil {
					t.Errorf("dist lacks %s", name)
				}
			}

			read := func(name string) string {
				b, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			appJS := read("app.js")
			if !strings.Contains(appJS, `goappWasmContentLength = "4004"`) {
				t.Error("app.js does not carry the wasm's uncompressed size")
			}
			// The service worker registers once the app is ready, and only then.
			if strings.Contains(appJS, workerStart) || !strings.Contains(appJS, workerOnReady) {
				t.Error("app.js registers the service worker as the page starts, not once the app is ready")
			}
			// The wasm compiles in a worker: app.js asks it for the module,
			// and the worker's script is there and pre-cached.
			if !strings.Contains(appJS, `socialroiInstantiate("`+p0(tt.prefix)+`/web/app.wasm", showProgress`) || !strings.Contains(appJS, app.WasmApartJS) ||
				goappInstantiate.MatchString(appJS) {
				t.Error("app.js does not compile the wasm in a worker")
			}
			if js := read("web/wasm-compile.js"); js != app.WasmWorkerScript() {
				t.Error("web/wasm-compile.js is not the worker's script")
			}
			worker := read("app-worker.js")
			if !strings.Contains(worker, `"`+p0(tt.prefix)+`/web/wasm-compile.js"`) {
				t.Error("app-worker.js does not pre-cache web/wasm-compile.js")
			}
			if !strings.Contains(worker, `"app-" + "v1.2.3"`) {
				t.Error("app-worker.js cache is not named after the version")
			}
			p := strings.TrimSuffix(tt.root, "/")
			for _, u := range []string{tt.root, p + "/compare", p + "/guide", p + "/web/app.wasm", p + "/web/icon.svg"} {
				if !strings.Contains(worker, `"`+u+`"`) {
					t.Errorf("app-worker.js does not pre-cache %s", u)
				}
			}
			var mf struct {
				StartURL string `json:"start_url"`
				Icons    []struct{ Src string }
			}
			if err := json.Unmarshal([]byte(read("manifest.webmanifest")), &mf); err != nil {
				t.Fatal(err)
			}
			if mf.StartURL != tt.root {
				t.Errorf("manifest start_url = %q; want %q", mf.StartURL, tt.root)
			}
			// The embed starts on demand: no app.js in its page, the start
			// script (pre-cached, so /embed works offline) at the end of the
			// body, pointing at app.js and the wasm under the prefix.
			embed := read("embed.html")
			if regexp.MustCompile(`<script[^>]*src="` + p + `/app\.js"`).MatchString(embed) {
				t.Error("embed.html loads app.js at once")
			}
			start := `<script src="` + p + `/web/embed-start.js" data-app="` + p + `/app.js" data-wasm="` + p + `/web/app.wasm"></script>`
			if i, j := strings.Index(embed, start), loaderTag.FindStringIndex(embed); i < 0 || j == nil || j[0] < i || i < strings.Index(embed, `id="embed-root"`) {
				t.Errorf("embed.html has no start script %s before go-app's loader", start)
			}
			if js := read("web/embed-start.js"); !strings.Contains(js, `"quick"`) || !strings.Contains(worker, `"`+p+`/web/embed-start.js"`) {
				t.Error("web/embed-start.js is missing or not pre-cached")
			}
			index := read("compare.html")
			for _, ref := range []string{p + "/manifest.webmanifest", p + "/app.js", p + "/web/app.css", p + "/web/icon.svg"} {
				if !strings.Contains(index, `"`+ref+`"`) {
					t.Errorf("compare.html does not refer to %s", ref)
				}
			}
		})
	}
}

// The manifest is one file for every language: its description is the
// product's name, not the English meta description.
func TestNeutralManifest(t *testing.T) {
	p := filepath.Join(t.TempDir(), "manifest.webmanifest")
	if err := os.WriteFile(p, []byte(`{"name":"Social ROI","description":"Prove in money what your social media work returns","icons":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := neutralManifest(p); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	var mf map[string]any
	if err := json.Unmarshal(b, &mf); err != nil || mf["description"] != "Social ROI" || mf["name"] != "Social ROI" {
		t.Errorf("manifest %s (%v)", b, err)
	}
}

// lazyEmbed finds go-app's tags whatever the order of their attributes.
func TestLazyEmbed(t *testing.T) {
	tests := []struct{ head, loader string }{
		{`<script defer src="/p/app.js"></script>`, `<aside id="app-wasm-loader" class="goapp-app-info">`},
		{`<script src="/p/app.js" defer></script>`, `<aside class="goapp-app-info" id="app-wasm-loader">`},
	}
	for _, tt := range tests {
		page := filepath.Join(t.TempDir(), "embed.html")
		in := `<html><head>` + tt.head + "\n" + `<script src="/p/web/boot.js"></script></head><body><div id="embed-root"></div>` + tt.loader + `</aside></body></html>`
		writeFiles(t, filepath.Dir(page), map[string]string{"embed.html": in})
		if err := lazyEmbed(page, "/p"); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(page)
		want := `<html><head><script src="/p/web/boot.js"></script></head><body><div id="embed-root"></div>` +
			`<script src="/p/web/embed-start.js" data-app="/p/app.js" data-wasm="/p/web/app.wasm"></script>` + "\n    " + tt.loader + `</aside></body></html>`
		if string(b) != want {
			t.Errorf("lazyEmbed(%s) =\n%s\nwant\n%s", in, b, want)
		}
	}
	// A page without go-app's tags is an error, not a page that never starts.
	page := filepath.Join(t.TempDir(), "embed.html")
	writeFiles(t, filepath.Dir(page), map[string]string{"embed.html": "<html></html>"})
	if err := lazyEmbed(page, ""); err == nil {
		t.Error("lazyEmbed of a page without app.js: no error")
	}
}

// deferWorker replaces go-app's registration at the start, once, and fails
// on an app.js where it is not found once.
func TestDeferWorker(t *testing.T) {
	tests := []patchCase{
		{"let r;\n\ngoappInitServiceWorker();\ngoappWatchForUpdate();\n",
			"let r;\n" + workerOnReady + "goappWatchForUpdate();\n"},
		{"let r;\ngoappWatchForUpdate();\n", ""},
		{"\ngoappInitServiceWorker();\n\ngoappInitServiceWorker();\n", ""},
		// Within a function, not the page's own start: not the line.
		{"function f() {\n  goappInitServiceWorker();\n}\n", ""},
	}
	checkPatch(t, "deferWorker", deferWorker, tests)
}

// p0 is a -prefix as the built site's URLs start with it ("" at the root).
func p0(prefix string) string { return strings.TrimSuffix(prefix, "/") }

// compileApart replaces go-app's fetch and compile of the wasm, whatever
// its prefix and line breaks, once, and fails where it is not found once.
func TestCompileApart(t *testing.T) {
	call := func(url string) string {
		return "    const wasm = await instantiateStreaming(\n      fetchWithProgress(\"" + url + "\", showProgress),\n      go.importObject\n    );\n"
	}
	tests := []patchCase{
		{call("/web/app.wasm"), "    const wasm = await socialroiInstantiate(\"/web/app.wasm\", showProgress, go.importObject, instantiateStreaming, fetchWithProgress);\n" + app.WasmApartJS},
		{call("/p/web/app.wasm"), "    const wasm = await socialroiInstantiate(\"/p/web/app.wasm\", showProgress, go.importObject, instantiateStreaming, fetchWithProgress);\n" + app.WasmApartJS},
		{"const wasm = await instantiateStreaming(fetchWithProgress(\"/web/app.wasm\", showProgress), go.importObject);\n",
			"const wasm = await socialroiInstantiate(\"/web/app.wasm\", showProgress, go.importObject, instantiateStreaming, fetchWithProgress);\n" + app.WasmApartJS},
		{"const wasm = await WebAssembly.instantiate(buf, go.importObject);\n", ""},
		{call("/web/app.wasm") + call("/web/app.wasm"), ""},
	}
	checkPatch(t, "compileApart", compileApart, tests)
}

// patchCase is an app.js before a change of cmd/site's, and after it ("" if
// the change must fail).
type patchCase struct{ in, want string }

// checkPatch runs the change named name on each case's app.js: the file is
// what the case wants, or the change fails and leaves the file as it was.
func checkPatch(t *testing.T, name string, patch func(path string) error, tests []patchCase) {
	t.Helper()
	for _, tt := range tests {
		p := filepath.Join(t.TempDir(), "app.js")
		writeFiles(t, filepath.Dir(p), map[string]string{"app.js": tt.in})
		err := patch(p)
		b, _ := os.ReadFile(p)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("%s(%q): no error", name, tt.in)
		case tt.want == "" && string(b) != tt.in:
			t.Errorf("%s(%q) failed but changed the file to %q", name, tt.in, b)
		case tt.want != "" && (err != nil || string(b) != tt.want):
			t.Errorf("%s(%q) = %q, %v; want %q", name, tt.in, b, err, tt.want)
		}
	}
}
