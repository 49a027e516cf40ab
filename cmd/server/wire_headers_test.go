package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// securityHeaderNames are the headers the README says our responses carry.
var securityHeaderNames = []string{
	"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
	"Cross-Origin-Opener-Policy", "Access-Control-Allow-Origin",
}

// TestHeaderClaimsOnTheWire checks the README's claim as a client sees it,
// raw on the wire: every response the handler writes carries the security
// headers (X-Frame-Options outside the embed pages), errors and redirects
// included; the responses net/http writes itself, before any handler runs,
// to a request it cannot parse or refuses carry none of them, are at most a
// short plain text, and close the connection.
func TestHeaderClaimsOnTheWire(t *testing.T) {
	dir := fixture(t)
	cfg := testConfig(dir)
	cfg.MaxHeaderBytes = 1 << 10
	s := startSite(t, cfg)
	gone := filepath.Join(t.TempDir(), "site")
	if err := os.Symlink(dir, gone); err != nil {
		t.Fatal(err)
	}
	missing := startSite(t, testConfig(gone))
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}

	get := func(target string, extra ...string) string {
		return "GET " + target + " HTTP/1.1\r\nHost: example.test\r\n" + strings.Join(extra, "") + "Connection: close\r\n\r\n"
	}
	tests := []struct {
		name, addr, request string
		code                int
		ours                bool // written by our handler: the headers
	}{
		{"page", s.Addr, get("/"), 200, true},
		{"wasm br", s.Addr, get("/web/app.wasm", "Accept-Encoding: br\r\n"), 200, true},
		{"304", s.Addr, get("/", "If-None-Match: *\r\n"), 304, true},
		{"206", s.Addr, get("/web/app.wasm", "Range: bytes=0-1\r\n"), 206, true},
		{"416 from ServeContent", s.Addr, get("/web/app.wasm", "Range: bytes=999-\r\n"), 416, true},
		{"301", s.Addr, get("/sub"), 301, true},
		{"404", s.Addr, get("/nope"), 404, true},
		{"400 bad path", s.Addr, get("/%2e%2e/x"), 400, true},
		{"405", s.Addr, "DELETE / HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n", 405, true},
		{"405 OPTIONS *", s.Addr, "OPTIONS * HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n", 405, true},
		{"healthz", s.Addr, get("/healthz"), 200, true},
		{"healthz, site missing", missing.Addr, get("/healthz"), 503, true},
		{"file, site missing", missing.Addr, get("/"), 503, true},

		// net/http answers these itself: the handler never sees them.
		{"malformed request line", s.Addr, "GET /\r\n\r\n", 400, false},
		{"no Host header", s.Addr, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400, false},
		{"bad header line", s.Addr, "GET / HTTP/1.1\r\nHost: example.test\r\nno colon\r\n\r\n", 400, false},
		{"headers too large", s.Addr, get("/", "X-Big: "+strings.Repeat("a", 64<<10)+"\r\n"), 431, false},
		{"unknown Expect", s.Addr, get("/", "Expect: teapot\r\n"), 417, false},
		{"HTTP/2 without TLS", s.Addr, "GET / HTTP/2.0\r\nHost: example.test\r\n\r\n", 505, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := rawRequest(t, tt.addr, tt.request)
			if res.StatusCode != tt.code {
				t.Fatalf("status %d; want %d (body %.80q)", res.StatusCode, tt.code, body)
			}
			for _, h := range securityHeaderNames {
				if got := res.Header.Get(h) != ""; got != tt.ours {
					t.Errorf("%s present: %v; want %v (%v)", h, got, tt.ours, res.Header)
				}
			}
			if tt.ours {
				if res.Header.Get("X-Frame-Options") != "DENY" {
					t.Errorf("X-Frame-Options = %q; want DENY", res.Header.Get("X-Frame-Options"))
				}
				return
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" && ct != "" {
				t.Errorf("net/http's own %d: Content-Type %q; want text/plain or none", tt.code, ct)
			}
			if !res.Close {
				t.Errorf("net/http's own %d keeps the connection open", tt.code)
			}
			if len(body) > 100 || strings.Contains(body, "<") {
				t.Errorf("net/http's own %d: body %q; want a short plain text", tt.code, body)
			}
		})
	}
}
