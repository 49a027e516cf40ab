//go:build !wasm

package app

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// handlerGet serves h over HTTP and returns path's body; it fails the test
// on any status but 200.
func handlerGet(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d; want 200", path, res.StatusCode)
	}
	return string(b)
}

// foreignRef finds references to another origin: "https://host", "//host".
var foreignRef = regexp.MustCompile(`(?i)(?:^|[^/])((?:https?:)?//[a-z0-9][a-z0-9.-]*)`)

// Namespace names look like URLs but are never fetched.
var notFetched = map[string]bool{"http://www.w3.org": true}

func handlerServer(t *testing.T, h *app.Handler) *httptest.Server {
	t.Helper()
	Routes()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

var workerList = regexp.MustCompile(`const resourcesToCache = (\[.*\]);`)

func workerCacheList(t *testing.T, worker string) []string {
	t.Helper()
	m := workerList.FindStringSubmatch(worker)
	if m == nil {
		t.Fatal("app-worker.js has no resourcesToCache list")
	}
	var urls []string
	if err := json.Unmarshal([]byte(m[1]), &urls); err != nil {
		t.Fatal(err)
	}
	return urls
}

func TestHandlerNoForeignOrigins(t *testing.T) {
	srv := handlerServer(t, NewHandler("v1.0.0"))
	paths := []string{"/manifest.webmanifest", "/app-worker.js", "/app.js"}
	paths = append(paths, RoutePaths...)
	for _, p := range paths {
		body := handlerGet(t, srv, p)
		for _, m := range foreignRef.FindAllStringSubmatch(body, -1) {
			if !notFetched[strings.ToLower(m[1])] {
				t.Errorf("GET %s refers to another origin: %s", p, m[1])
			}
		}
	}
}

func TestHandlerManifest(t *testing.T) {
	srv := handlerServer(t, NewHandler("v1.0.0"))
	var mf struct {
		StartURL   string `json:"start_url"`
		ThemeColor string `json:"theme_color"`
		Icons      []struct {
			Src, Type, Purpose, Sizes string
		}
	}
	if err := json.Unmarshal([]byte(handlerGet(t, srv, "/manifest.webmanifest")), &mf); err != nil {
		t.Fatal(err)
	}
	if mf.StartURL != "/" || mf.ThemeColor != ThemeColor {
		t.Errorf("manifest start_url %q theme_color %q; want / and %s", mf.StartURL, mf.ThemeColor, ThemeColor)
	}
	want := map[string]string{ // src: sizes
		IconDefault:  "192x192",
		IconLarge:    "512x512",
		IconMaskable: "512x512",
		IconSVG:      "any",
	}
	got := map[string]string{}
	for _, ic := range mf.Icons {
		got[ic.Src] = ic.Sizes
		if ic.Src == IconMaskable && ic.Purpose != "maskable" {
			t.Errorf("manifest icon %s purpose %q; want maskable", ic.Src, ic.Purpose)
		}
	}
	for src, sizes := range want {
		if got[src] != sizes {
			t.Errorf("manifest icon %s sizes %q; want %q (icons %v)", src, got[src], sizes, mf.Icons)
		}
	}
	if len(got) != len(want) {
		t.Errorf("manifest icons %v; want only ours %v", got, want)
	}
}

func TestHandlerPages(t *testing.T) {
	srv := handlerServer(t, NewHandler("v1.0.0"))
	for _, p := range RoutePaths {
		page := handlerGet(t, srv, p)
		if !strings.Contains(page, `<html lang="en">`) {
			t.Errorf("page %s is not in English", p)
		}
		for _, want := range [][]string{
			{"link", `rel="icon"`, `href="` + IconSVG + `"`},
			{"link", `rel="apple-touch-icon"`, `href="` + IconMaskable + `"`},
			{"link", `rel="manifest"`, `href="/manifest.webmanifest"`},
			{"link", `rel="stylesheet"`, `href="` + StyleSheet + `"`},
			{"meta", `name="theme-color"`, `content="` + ThemeColor + `"`},
			{"img", `id="app-wasm-loader-icon"`, `src="` + IconDefault + `"`},
		} {
			if !hasTag(page, want[0], want[1:]...) {
				t.Errorf("page %s lacks <%s %s>", p, want[0], strings.Join(want[1:], " "))
			}
		}
		if strings.Contains(page, "raw.githubusercontent.com") {
			t.Errorf("page %s uses go-app's default icons", p)
		}
	}
}

// hasTag reports whether page has a <name> tag with all the attributes,
// in any order (go-app writes them in map order).
func hasTag(page, name string, attrs ...string) bool {
	for _, tag := range regexp.MustCompile(`<`+name+`\b[^>]*>`).FindAllString(page, -1) {
		all := true
		for _, a := range attrs {
			all = all && strings.Contains(tag, " "+a)
		}
		if all {
			return true
		}
	}
	return false
}

func TestHandlerWorkerCachesEveryRoute(t *testing.T) {
	srv := handlerServer(t, NewHandler("v1.0.0"))
	worker := handlerGet(t, srv, "/app-worker.js")
	urls := workerCacheList(t, worker)

	seen := map[string]bool{}
	for _, u := range urls {
		if seen[u] {
			t.Errorf("pre-cache list has %s twice", u)
		}
		seen[u] = true
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			t.Errorf("pre-cache list has %s, not a path of this site", u)
		}
	}
	want := append([]string{
		"/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.wasm",
		IconDefault, IconLarge, IconMaskable, IconSVG, StyleSheet,
	}, RoutePaths...)
	for _, u := range want {
		if !seen[u] {
			t.Errorf("pre-cache list lacks %s: %v", u, urls)
		}
	}
	// The worker answers from the cache with an exact match on the request.
	if !strings.Contains(worker, "caches.match(request)") {
		t.Error("app-worker.js no longer serves requests from caches.match: check how routes are matched offline")
	}
}

func TestHandlerVersion(t *testing.T) {
	srv := handlerServer(t, NewHandler("v1.2.3-4-gabcdef"))
	if worker := handlerGet(t, srv, "/app-worker.js"); !strings.Contains(worker, `const cacheName = "app-" + "v1.2.3-4-gabcdef";`) {
		t.Error("app-worker.js cache is not named after the version")
	}
	if js := handlerGet(t, srv, "/app.js"); !strings.Contains(js, `"GOAPP_VERSION":"v1.2.3-4-gabcdef"`) {
		t.Error("app.js does not carry the version")
	}
}

func TestHandlerPrefix(t *testing.T) {
	h := NewHandler("v1")
	h.Resources = PrefixResources("/socialroi/")
	srv := handlerServer(t, h)

	urls := workerCacheList(t, handlerGet(t, srv, "/app-worker.js"))
	for _, want := range []string{"/socialroi/", "/socialroi/compare", "/socialroi/guide", "/socialroi/web/app.wasm", "/socialroi" + IconSVG} {
		if !slices.Contains(urls, want) {
			t.Errorf("pre-cache list lacks %s: %v", want, urls)
		}
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, "/socialroi/") {
			t.Errorf("pre-cache list has %s, outside the prefix", u)
		}
	}
	page := handlerGet(t, srv, "/compare")
	for _, want := range [][]string{
		{"link", `rel="manifest"`, `href="/socialroi/manifest.webmanifest"`},
		{"link", `rel="icon"`, `href="/socialroi/web/icon.svg"`},
		{"script", `src="/socialroi/app.js"`},
	} {
		if !hasTag(page, want[0], want[1:]...) {
			t.Errorf("prefixed page lacks <%s %s>", want[0], strings.Join(want[1:], " "))
		}
	}
}

func TestPrefixResources(t *testing.T) {
	tests := []struct{ prefix, in, want string }{
		{"/socialroi", "/", "/socialroi/"},
		{"/socialroi", "", "/socialroi/"},
		{"socialroi/", "/compare", "/socialroi/compare"},
		{"/socialroi", "/web/app.wasm", "/socialroi/web/app.wasm"},
		{"/socialroi", "web/app.css", "/socialroi/web/app.css"},
		{"/socialroi", "/web", "/socialroi/web"},
		{"/socialroi", "#main", "#main"},
		{"/socialroi", "compare", "compare"},
		{"/socialroi", "https://example.com/x.png", "https://example.com/x.png"},
		{"/socialroi", "//cdn.example/x.js", "//cdn.example/x.js"},
		{"/a/b", "/guide", "/a/b/guide"},
		{"/", "/guide", "/guide"},
		{"", "/", "/"},
	}
	for _, tt := range tests {
		if got := PrefixResources(tt.prefix).Resolve(tt.in); got != tt.want {
			t.Errorf("PrefixResources(%q).Resolve(%q) = %q; want %q", tt.prefix, tt.in, got, tt.want)
		}
	}
}
