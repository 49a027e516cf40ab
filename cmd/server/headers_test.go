package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// parseCSP splits a policy into its directives' source lists.
func parseCSP(t *testing.T, policy string) map[string][]string {
	t.Helper()
	d := map[string][]string{}
	for _, part := range strings.Split(policy, ";") {
		fields := strings.Fields(part)
		if len(fields) == 0 {
			continue
		}
		if _, dup := d[fields[0]]; dup {
			t.Errorf("CSP %q repeats %s", policy, fields[0])
		}
		d[fields[0]] = fields[1:]
	}
	return d
}

// TestSecurityHeaders: every response, whatever its status, carries the
// headers; frame-ancestors is open only under the embed prefix.
func TestSecurityHeaders(t *testing.T) {
	dir := fixture(t)
	tests := []struct {
		name, method, path string
		header             map[string]string // extra request headers
		opts               *siteOptions      // default options when nil
		code               int
		frameAncestors     string // want
		notFound           bool   // the 404 page's policy
	}{
		{name: "page", path: "/", code: 200, frameAncestors: "'none'"},
		{name: "route", path: "/compare", code: 200, frameAncestors: "'none'"},
		{name: "wasm", path: "/web/app.wasm", code: 200, frameAncestors: "'none'"},
		{name: "worker", path: "/app-worker.js", code: 200, frameAncestors: "'none'"},
		{name: "304", path: "/", header: map[string]string{"If-None-Match": "*"}, code: 304, frameAncestors: "'none'"},
		{name: "206", path: "/web/app.wasm", header: map[string]string{"Range": "bytes=0-1"}, code: 206, frameAncestors: "'none'"},
		{name: "416", path: "/web/app.wasm", header: map[string]string{"Range": "bytes=999-"}, code: 416, frameAncestors: "'none'"},
		{name: "redirect", path: "/sub", code: 301, frameAncestors: "'none'"},
		{name: "404", path: "/nope", code: 404, frameAncestors: "'none'", notFound: true},
		{name: "dotfile", path: "/.env", code: 404, frameAncestors: "'none'", notFound: true},
		{name: "400", path: "/%2e%2e/x", code: 400, frameAncestors: "'none'"},
		{name: "405", method: "POST", path: "/", code: 405, frameAncestors: "'none'"},
		{name: "healthz", path: "/healthz", code: 200, frameAncestors: "'none'"},

		// The embed pages may be framed by anyone by default.
		{name: "embed", path: "/embed", code: 200, frameAncestors: "*"},
		{name: "embed page file", path: "/embed.html", code: 200, frameAncestors: "*"},
		{name: "embed dir", path: "/embed/", code: 404, frameAncestors: "*", notFound: true},
		{name: "embed below", path: "/embed/roi", code: 404, frameAncestors: "*", notFound: true},
		{name: "embed 405", method: "POST", path: "/embed", code: 405, frameAncestors: "*"},
		{name: "not embed: longer name", path: "/embedded", code: 404, frameAncestors: "'none'", notFound: true},
		{name: "not embed: elsewhere", path: "/web/embed", code: 404, frameAncestors: "'none'", notFound: true},

		// -frame-ancestors and -embed-prefix.
		{name: "flag sources", path: "/embed", opts: &siteOptions{FrameAncestors: "https://blog.example.com https://*.example.org", EmbedPrefix: "/embed"},
			code: 200, frameAncestors: "'self' https://blog.example.com https://*.example.org"},
		{name: "flag with self", path: "/embed", opts: &siteOptions{FrameAncestors: "https://blog.example.com 'self'", EmbedPrefix: "/embed"},
			code: 200, frameAncestors: "https://blog.example.com 'self'"},
		{name: "flag self", path: "/embed", opts: &siteOptions{FrameAncestors: "'self'", EmbedPrefix: "/embed"}, code: 200, frameAncestors: "'self'"},
		{name: "flag none", path: "/embed", opts: &siteOptions{FrameAncestors: "'none'", EmbedPrefix: "/embed"}, code: 200, frameAncestors: "'none'"},
		{name: "other prefix", path: "/sub/", opts: &siteOptions{FrameAncestors: "*", EmbedPrefix: "/sub"}, code: 200, frameAncestors: "*"},
		{name: "other prefix, old path", path: "/embed", opts: &siteOptions{FrameAncestors: "*", EmbedPrefix: "/sub"}, code: 200, frameAncestors: "'none'"},
		{name: "no embed prefix", path: "/embed", opts: &siteOptions{FrameAncestors: "*"}, code: 200, frameAncestors: "'none'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := defaultSiteOptions()
			if tt.opts != nil {
				o = *tt.opts
			}
			h, err := newSiteHandler(dir, o)
			if err != nil {
				t.Fatal(err)
			}
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			r := httptest.NewRequest(method, "http://example.test"+tt.path, nil)
			for k, v := range tt.header {
				r.Header.Set(k, v)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			res := w.Result()
			if res.StatusCode != tt.code {
				t.Fatalf("%s %s = %d; want %d", method, tt.path, res.StatusCode, tt.code)
			}
			for k, want := range map[string]string{
				"X-Content-Type-Options":      "nosniff",
				"Referrer-Policy":             "strict-origin-when-cross-origin",
				"Cross-Origin-Opener-Policy":  "same-origin",
				"Access-Control-Allow-Origin": "*",
			} {
				if got := res.Header.Get(k); got != want {
					t.Errorf("%s %s: %s = %q; want %q", method, tt.path, k, got, want)
				}
			}
			pp := res.Header.Get("Permissions-Policy")
			for _, feature := range []string{"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} {
				if !strings.Contains(pp, feature) {
					t.Errorf("%s %s: Permissions-Policy %q lacks %s", method, tt.path, pp, feature)
				}
			}
			wantXFO := ""
			if tt.frameAncestors == "'none'" {
				wantXFO = "DENY"
			}
			if got := res.Header.Get("X-Frame-Options"); got != wantXFO {
				t.Errorf("%s %s: X-Frame-Options = %q; want %q", method, tt.path, got, wantXFO)
			}

			csp := parseCSP(t, res.Header.Get("Content-Security-Policy"))
			if got := strings.Join(csp["frame-ancestors"], " "); got != tt.frameAncestors {
				t.Errorf("%s %s: frame-ancestors %q; want %q", method, tt.path, got, tt.frameAncestors)
			}
			want := map[string][]string{
				"default-src":     {"'none'"},
				"script-src":      {"'self'", "'wasm-unsafe-eval'"},
				"style-src":       {"'self'"},
				"img-src":         {"'self'"},
				"connect-src":     {"'self'"},
				"manifest-src":    {"'self'"},
				"worker-src":      {"'self'"},
				"frame-src":       {"'self'"},
				"base-uri":        {"'none'"},
				"form-action":     {"'self'"},
				"frame-ancestors": csp["frame-ancestors"],
			}
			if tt.notFound {
				want = map[string][]string{
					"default-src":     {"'none'"},
					"style-src":       {cspHash([]byte(notFoundCSS))},
					"base-uri":        {"'none'"},
					"form-action":     {"'none'"},
					"frame-ancestors": csp["frame-ancestors"],
				}
			}
			if !reflect.DeepEqual(csp, want) {
				t.Errorf("%s %s: CSP %v; want %v", method, tt.path, csp, want)
			}
		})
	}
}

// TestCSPHashesInlineScripts: an inline script or style in any page is
// allowed by its sha256 hash (not by 'unsafe-inline'); scripts with src
// and pages in dot directories are not hashed.
func TestCSPHashesInlineScripts(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"index.html": "<!doctype html><html><head><script src=\"/app.js\"></script>" +
			"<script>alert('Hello, world.');</script><style>main{}</style></head><body>calc</body></html>",
		"other/page.html": "<html><SCRIPT type=\"module\">alert('Hello, world.');</SCRIPT></html>",
		".hidden/x.html":  "<html><script>alert(1)</script></html>",
		"index.html.gz":   "<script>not a page</script>",
	}
	for name, body := range pages {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := newSiteHandler(dir, defaultSiteOptions())
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	csp := parseCSP(t, w.Header().Get("Content-Security-Policy"))

	// The hashes as the CSP specification's examples and openssl compute them:
	// printf %s "alert('Hello, world.');" | openssl dgst -sha256 -binary | base64
	wantScript := []string{"'self'", "'wasm-unsafe-eval'", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"}
	wantStyle := []string{"'self'", "'sha256-YHx2MVWqMzRWnMbihKQsXBPElHRc92/5D9vT2EbduqI='"}
	if !slices.Equal(csp["script-src"], wantScript) {
		t.Errorf("script-src %q; want %q", csp["script-src"], wantScript)
	}
	if !slices.Equal(csp["style-src"], wantStyle) {
		t.Errorf("style-src %q; want %q", csp["style-src"], wantStyle)
	}
	for _, d := range []string{"script-src", "style-src"} {
		for _, s := range csp[d] {
			if s == "'unsafe-inline'" || s == "'unsafe-eval'" {
				t.Errorf("%s allows %s", d, s)
			}
		}
	}
}

func TestScanHTML(t *testing.T) {
	tests := []struct {
		name, html      string
		scripts, styles []string
		blocked         []string
	}{
		{name: "none", html: `<html><head><script defer src="/app.js"></script><link rel="stylesheet" href="/app.css"></head><body><p class="x">hi</p></body></html>`},
		{name: "inline script", html: `<script>go()</script>`, scripts: []string{"go()"}},
		{name: "upper case", html: `<SCRIPT>go()</SCRIPT >`, scripts: []string{"go()"}},
		{name: "src after other attrs", html: `<script type="module" src=/a.js></script>`},
		{name: "src with no value", html: `<script src></script>`},
		{name: "data-src is not src", html: `<script data-src="/a.js">go()</script>`, scripts: []string{"go()"}},
		{name: "quoted >", html: `<script data-x="a>b">go()</script>`, scripts: []string{"go()"}},
		{name: "text kept exactly", html: "<script>\n  let a = '<b>';\n</script>", scripts: []string{"\n  let a = '<b>';\n"}},
		{name: "empty", html: `<script></script>`, scripts: []string{""}},
		{name: "json data", html: `<script type="application/ld+json">{"a":1}</script>`, scripts: []string{`{"a":1}`}},
		{name: "style", html: `<style>main{color:red}</style>`, styles: []string{"main{color:red}"}},
		{name: "comment", html: `<!-- <script>old()</script> --><p>x</p>`},
		{name: "handler", html: `<button onclick="go()">go</button>`, blocked: []string{"<button onclick>"}},
		{name: "handler upper", html: `<body ONLOAD=go()>`, blocked: []string{"<body onload>"}},
		{name: "style attr", html: `<p style="color:red">x</p>`, blocked: []string{"<p style>"}},
		{name: "javascript url", html: `<a href=" JavaScript:go()">x</a>`, blocked: []string{"<a href=javascript:>"}},
		{name: "unterminated", html: `<script>go(`, scripts: []string{"go("}},
		{name: "stray <", html: `<p>1 < 2 <3</p>`},
	}
	for _, tt := range tests {
		scripts, styles, blocked := scanHTML([]byte(tt.html))
		var gotScripts, gotStyles []string
		for _, s := range scripts {
			gotScripts = append(gotScripts, string(s))
		}
		for _, s := range styles {
			gotStyles = append(gotStyles, string(s))
		}
		if !slices.Equal(gotScripts, tt.scripts) || !slices.Equal(gotStyles, tt.styles) || !slices.Equal(blocked, tt.blocked) {
			t.Errorf("%s: scanHTML(%q) = scripts %q, styles %q, blocked %q; want %q, %q, %q",
				tt.name, tt.html, gotScripts, gotStyles, blocked, tt.scripts, tt.styles, tt.blocked)
		}
	}
}

// TestBuiltSiteNeedsNoInline checks the site make build writes: go-app's
// pages have no inline script, style or handler, so the CSP needs no hash.
func TestBuiltSiteNeedsNoInline(t *testing.T) {
	dir := os.Getenv("SOCIALROI_DIST")
	if dir == "" {
		dir = filepath.Join("..", "..", "dist")
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Skipf("no built site in %s (make build)", dir)
	}
	h, err := newSiteHandler(dir, defaultSiteOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(h.inline.scriptHashes)+len(h.inline.styleHashes)+len(h.inline.blocked) != 0 {
		t.Errorf("the built site has inline code: scripts %q, styles %q, blocked %q",
			h.inline.scriptHashes, h.inline.styleHashes, h.inline.blocked)
	}
}

func TestValidFrameAncestors(t *testing.T) {
	for v, ok := range map[string]bool{
		"*":                         true,
		"'none'":                    true,
		"'self' https://a.example":  true,
		"https://*.example.com:443": true,
		"":                          false,
		"  ":                        false,
		"*; script-src *":           false,
		"a, b":                      false,
		"a\r\nX-Evil: 1":            false,
		"a\tb":                      false,
		"exämple.com":               false,
	} {
		if err := validFrameAncestors(v); (err == nil) != ok {
			t.Errorf("validFrameAncestors(%q) = %v; want ok %v", v, err, ok)
		}
	}
}

func TestIsEmbedPath(t *testing.T) {
	tests := []struct {
		path, prefix string
		want         bool
	}{
		{"/embed", "/embed", true},
		{"/embed/", "/embed", true},
		{"/embed/roi", "/embed", true},
		{"/embed.html", "/embed", true},
		{"/embedded", "/embed", false},
		{"/x/embed", "/embed", false},
		{"/", "/embed", false},
		{"/embed", "", false},
		{"/socialroi/embed", "/socialroi/embed", true},
		{"/widget/x", "/widget/", true},
		{"/widget", "/widget/", false},
	}
	for _, tt := range tests {
		if got := isEmbedPath(tt.path, tt.prefix); got != tt.want {
			t.Errorf("isEmbedPath(%q, %q) = %v; want %v", tt.path, tt.prefix, got, tt.want)
		}
	}
}

func TestNewSiteHandlerBadOptions(t *testing.T) {
	dir := fixture(t)
	for _, o := range []siteOptions{
		{FrameAncestors: "*", EmbedPrefix: "embed"},
		{FrameAncestors: "", EmbedPrefix: "/embed"},
		{FrameAncestors: "* ; sandbox", EmbedPrefix: "/embed"},
	} {
		if _, err := newSiteHandler(dir, o); err == nil {
			t.Errorf("newSiteHandler(%+v) = nil error; want an error", o)
		}
	}
}
