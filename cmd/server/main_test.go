package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixture writes a small site like the one cmd/site generates.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":               "<html>calc</html>",
		"index.html.br":            "BR index",
		"index.html.gz":            "GZ index",
		"compare.html":             "<html>compare</html>",
		"guide.html":               "<html>guide</html>",
		"app.js":                   "console.log('app')",
		"app.js.gz":                "GZ app.js",
		"app-worker.js":            "self.x = 1",
		"app.css":                  "body{}",
		"manifest.webmanifest":     `{"name":"Social ROI"}`,
		"manifest.webmanifest.br":  "BR manifest",
		"web/app.wasm":             "\x00asm raw",
		"web/app.wasm.br":          "BR wasm",
		"web/app.wasm.gz":          "GZ wasm",
		"web/app.css":              "main{}",
		"web/icon.svg":             "<svg/>",
		"web/icon-192.png":         "\x89PNG",
		"web/sub/deep.txt":         "deep",
		"sub/index.html":           "<html>sub</html>",
		"embed.html":               "<html>embed</html>",
		".env":                     "secret env",
		".git/config":              "secret git",
		"web/.hidden.js":           "secret hidden",
		".well-known/security.txt": "secret well-known",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A secret next to the site, which no request may reach, not even
	// through a symbolic link inside the site.
	secret := filepath.Join(filepath.Dir(dir), "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "web", "escape.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Dir(dir), filepath.Join(dir, "up")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestServe(t *testing.T) {
	h, err := newHandler(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, method, path, acceptEncoding, rangeHeader string

		code         int
		contentType  string // checked when non-empty
		encoding     string // want Content-Encoding
		vary         bool   // want Vary: Accept-Encoding
		body         string // checked when non-empty
		cacheControl string // checked when non-empty
		location     string // want Location
	}{
		{name: "root page", path: "/", code: 200, contentType: "text/html; charset=utf-8", body: "<html>calc</html>", vary: true, cacheControl: "no-cache"},
		{name: "index by name", path: "/index.html", code: 200, contentType: "text/html; charset=utf-8", body: "<html>calc</html>", vary: true},
		{name: "route compare", path: "/compare", code: 200, contentType: "text/html; charset=utf-8", body: "<html>compare</html>", cacheControl: "no-cache"},
		{name: "route guide", path: "/guide", code: 200, contentType: "text/html; charset=utf-8", body: "<html>guide</html>"},
		{name: "page file", path: "/compare.html", code: 200, body: "<html>compare</html>"},
		{name: "route with query", path: "/compare?x=1", code: 200, body: "<html>compare</html>"},
		{name: "wasm", path: "/web/app.wasm", code: 200, contentType: "application/wasm", body: "\x00asm raw", vary: true, cacheControl: "no-cache"},
		{name: "manifest", path: "/manifest.webmanifest", code: 200, contentType: "application/manifest+json", body: `{"name":"Social ROI"}`, vary: true},
		{name: "worker", path: "/app-worker.js", code: 200, contentType: "text/javascript; charset=utf-8", cacheControl: "no-cache"},
		{name: "css", path: "/web/app.css", code: 200, contentType: "text/css; charset=utf-8", cacheControl: "no-cache"},
		{name: "svg", path: "/web/icon.svg", code: 200, contentType: "image/svg+xml", cacheControl: "public, max-age=3600"},
		{name: "png", path: "/web/icon-192.png", code: 200, contentType: "image/png", cacheControl: "public, max-age=3600"},
		{name: "nested", path: "/web/sub/deep.txt", code: 200, body: "deep"},

		// Precompressed negotiation.
		{name: "wasm br", path: "/web/app.wasm", acceptEncoding: "gzip, deflate, br", code: 200, contentType: "application/wasm", encoding: "br", vary: true, body: "BR wasm"},
		{name: "wasm gzip only", path: "/web/app.wasm", acceptEncoding: "gzip", code: 200, contentType: "application/wasm", encoding: "gzip", vary: true, body: "GZ wasm"},
		{name: "wasm br refused", path: "/web/app.wasm", acceptEncoding: "br;q=0, gzip;q=0.5", code: 200, encoding: "gzip", vary: true, body: "GZ wasm"},
		{name: "wasm identity", path: "/web/app.wasm", acceptEncoding: "identity", code: 200, vary: true, body: "\x00asm raw"},
		{name: "wasm star", path: "/web/app.wasm", acceptEncoding: "*", code: 200, encoding: "br", vary: true, body: "BR wasm"},
		{name: "wasm star but br", path: "/web/app.wasm", acceptEncoding: "*, br;q=0", code: 200, encoding: "gzip", vary: true, body: "GZ wasm"},
		{name: "page br", path: "/", acceptEncoding: "br", code: 200, contentType: "text/html; charset=utf-8", encoding: "br", vary: true, body: "BR index"},
		{name: "manifest br", path: "/manifest.webmanifest", acceptEncoding: "br, gzip", code: 200, contentType: "application/manifest+json", encoding: "br", vary: true, body: "BR manifest"},
		{name: "only gz exists", path: "/app.js", acceptEncoding: "br, gzip", code: 200, contentType: "text/javascript; charset=utf-8", encoding: "gzip", vary: true, body: "GZ app.js"},
		{name: "no sibling", path: "/compare", acceptEncoding: "br, gzip", code: 200, body: "<html>compare</html>"},
		{name: "range on br", path: "/web/app.wasm", acceptEncoding: "br", rangeHeader: "bytes=0-1", code: 206, contentType: "application/wasm", encoding: "br", vary: true, body: "BR"},
		{name: "head", method: http.MethodHead, path: "/web/app.wasm", acceptEncoding: "br", code: 200, encoding: "br", vary: true, contentType: "application/wasm"},

		// Not found: never the index.
		{name: "missing file", path: "/nope.js", code: 404},
		{name: "missing route", path: "/nope", code: 404},
		{name: "missing nested", path: "/web/nope.png", code: 404},
		{name: "trailing slash route", path: "/compare/", code: 404},

		// A site under a prefix, as GitHub Pages serves it.
		{name: "dir index", path: "/sub/", code: 200, contentType: "text/html; charset=utf-8", body: "<html>sub</html>"},
		{name: "dir index by name", path: "/sub/index.html", code: 200, body: "<html>sub</html>"},
		{name: "dir redirect", path: "/sub?x=1", code: 301, location: "/sub/?x=1"},

		// No directory listings.
		{name: "dir", path: "/web", code: 404},
		{name: "dir slash", path: "/web/", code: 404},
		{name: "subdir slash", path: "/web/sub/", code: 404},

		// Dotfiles are never served, not even under another name.
		{name: "dotfile", path: "/.env", code: 404},
		{name: "dot dir", path: "/.git/config", code: 404},
		{name: "dot dir slash", path: "/.git/", code: 404},
		{name: "nested dotfile", path: "/web/.hidden.js", code: 404},
		{name: "well-known", path: "/.well-known/security.txt", code: 404},
		{name: "encoded dotfile", path: "/%2eenv", code: 404},

		// Path traversal, in every spelling; what gets decoded is never
		// decoded again.
		{name: "dotdot", path: "/../secret.txt", code: 400},
		{name: "dotdot nested", path: "/web/../../secret.txt", code: 400},
		{name: "dot", path: "/./index.html", code: 400},
		{name: "encoded dotdot", path: "/%2e%2e/secret.txt", code: 400},
		{name: "encoded dotdot upper", path: "/%2E%2E/secret.txt", code: 400},
		{name: "half encoded dotdot", path: "/.%2e/secret.txt", code: 400},
		{name: "encoded slash dotdot", path: "/web%2f..%2f..%2fsecret.txt", code: 400},
		{name: "encoded slash", path: "/web%2fapp.wasm", code: 400},
		{name: "encoded slash upper", path: "/web%2Fapp.wasm", code: 400},
		{name: "backslash", path: "/..%5csecret.txt", code: 400},
		{name: "encoded backslash alone", path: "/web%5capp.wasm", code: 400},
		{name: "nul", path: "/index.html%00.png", code: 400},
		{name: "control char", path: "/index%0a.html", code: 400},
		{name: "double encoded dotdot", path: "/%252e%252e/secret.txt", code: 404},
		{name: "double encoded slash", path: "/web%252f..%252f..%252fsecret.txt", code: 404},
		{name: "double slash", path: "//secret.txt", code: 404},
		{name: "symlink out", path: "/web/escape.txt", code: 404},
		{name: "symlinked dir out", path: "/up/secret.txt", code: 404},
		{name: "dotdot past root", path: "/web/../../../../../../etc/passwd", code: 400},

		{name: "post", method: http.MethodPost, path: "/", code: 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			r := httptest.NewRequest(method, "http://example.test"+tt.path, nil)
			if tt.acceptEncoding != "" {
				r.Header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			if tt.rangeHeader != "" {
				r.Header.Set("Range", tt.rangeHeader)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			res := w.Result()
			body, _ := io.ReadAll(res.Body)

			if res.StatusCode != tt.code {
				t.Fatalf("%s %s = %d; want %d (body %q)", method, tt.path, res.StatusCode, tt.code, body)
			}
			if strings.Contains(string(body), "secret") {
				t.Errorf("%s %s leaked a file outside the site: %q", method, tt.path, body)
			}
			if got := res.Header.Get("Location"); got != tt.location {
				t.Errorf("%s Location = %q; want %q", tt.path, got, tt.location)
			}
			if tt.code >= 300 {
				if strings.Contains(string(body), "<html>") {
					t.Errorf("%s %s served a page for an error: %q", method, tt.path, body)
				}
				return
			}
			if tt.contentType != "" {
				if got := res.Header.Get("Content-Type"); got != tt.contentType {
					t.Errorf("%s Content-Type = %q; want %q", tt.path, got, tt.contentType)
				}
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("%s (Accept-Encoding %q) Content-Encoding = %q; want %q", tt.path, tt.acceptEncoding, got, tt.encoding)
			}
			if got := res.Header.Get("Vary") == "Accept-Encoding"; got != tt.vary {
				t.Errorf("%s Vary = %q; want Accept-Encoding: %v", tt.path, res.Header.Get("Vary"), tt.vary)
			}
			if cl := res.Header.Get("Content-Length"); tt.encoding != "" && cl != fmt.Sprint(len(body)) && method == http.MethodGet {
				t.Errorf("%s (%s) Content-Length = %q; want %d", tt.path, tt.encoding, cl, len(body))
			}
			if tt.body != "" && string(body) != tt.body {
				t.Errorf("%s body = %q; want %q", tt.path, body, tt.body)
			}
			if tt.cacheControl != "" {
				if got := res.Header.Get("Cache-Control"); got != tt.cacheControl {
					t.Errorf("%s Cache-Control = %q; want %q", tt.path, got, tt.cacheControl)
				}
			}
		})
	}
}

// TestServeOverHTTP goes through a real server, where the URL is not
// pre-cleaned by httptest.NewRequest.
func TestServeOverHTTP(t *testing.T) {
	h, err := newHandler(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	for _, p := range []string{"/../secret.txt", "/web/../../secret.txt", "/%2e%2e/secret.txt"} {
		req, err := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = p // sent as is
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode == 200 || strings.Contains(string(body), "secret") {
			t.Errorf("GET %s = %d %q; want refused", p, res.StatusCode, body)
		}
	}

	// Go's client decompresses gzip transparently only when it asked itself;
	// ask explicitly to see the raw negotiation.
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/web/app.wasm", nil)
	req.Header.Set("Accept-Encoding", "br")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.Header.Get("Content-Encoding") != "br" || string(body) != "BR wasm" ||
		res.Header.Get("Content-Length") != fmt.Sprint(len("BR wasm")) {
		t.Errorf("br wasm = %v %q; want br, %q", res.Header, body, "BR wasm")
	}
}

func TestNewHandlerMissingDir(t *testing.T) {
	if _, err := newHandler(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("newHandler(missing dir) = nil error; want an error")
	}
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	if _, err := newHandler(f); err == nil {
		t.Error("newHandler(file) = nil error; want an error")
	}
}

func TestAcceptedEncodings(t *testing.T) {
	tests := []struct {
		header   string
		br, gzip bool
	}{
		{"", false, false},
		{"identity", false, false},
		{"gzip", false, true},
		{"x-gzip", false, true},
		{"BR", true, false},
		{"gzip, deflate, br, zstd", true, true},
		{"br;q=0", false, false},
		{"br; q=0.0, gzip ; q=1", false, true},
		{"*", true, true},
		{"*;q=0", false, false},
		{"*, gzip;q=0", true, false},
	}
	for _, tt := range tests {
		got := acceptedEncodings(tt.header)
		if got["br"] != tt.br || got["gzip"] != tt.gzip {
			t.Errorf("acceptedEncodings(%q) = br %v gzip %v; want br %v gzip %v", tt.header, got["br"], got["gzip"], tt.br, tt.gzip)
		}
	}
}

func TestListenURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"[::]:8080", "http://localhost:8080/"},
		{"0.0.0.0:8080", "http://localhost:8080/"},
		{"127.0.0.1:9000", "http://127.0.0.1:9000/"},
	}
	for _, tt := range tests {
		if got := listenURL(fakeAddr(tt.addr)); got != tt.want {
			t.Errorf("listenURL(%s) = %q; want %q", tt.addr, got, tt.want)
		}
	}
}

type fakeAddr string

func (a fakeAddr) Network() string { return "tcp" }
func (a fakeAddr) String() string  { return string(a) }

// TestRunShutdown starts the server as main does, fetches a page, cancels
// the context and expects run to return cleanly and the port to be closed.
func TestRunShutdown(t *testing.T) {
	cfg := testConfig(fixture(t))
	cfg.Addr = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, cfg, slog.New(slog.NewJSONHandler(logs, nil))) }()

	var url string
	for deadline := time.Now().Add(5 * time.Second); url == ""; {
		for _, rec := range logs.records(t) {
			if rec["msg"] == "serving" {
				url, _ = rec["url"].(string)
			}
		}
		select {
		case err := <-done:
			t.Fatalf("run returned early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("run did not log its URL: %s", logs)
		}
		time.Sleep(10 * time.Millisecond)
	}

	res, err := http.Get(url + "compare")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || string(body) != "<html>compare</html>" {
		t.Fatalf("GET /compare = %d %q", res.StatusCode, body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run after cancel = %v; want nil", err)
		}
	case <-time.After(cfg.ShutdownTimeout + 5*time.Second):
		t.Fatal("run did not return after cancel")
	}
	http.DefaultClient.CloseIdleConnections()
	if _, err := http.Get(url); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestRunBadDir(t *testing.T) {
	cfg := testConfig(filepath.Join(t.TempDir(), "nope"))
	cfg.Addr = "127.0.0.1:0"
	if err := run(context.Background(), cfg, slog.New(slog.DiscardHandler)); err == nil {
		t.Error("run(missing dir) = nil; want an error")
	}
}
