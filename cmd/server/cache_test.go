package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func serveGet(t *testing.T, h http.Handler, path string, header map[string]string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, "http://example.test"+path, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

var etagRE = regexp.MustCompile(`^"[0-9a-f]{32}(-br|-gz)?"$`)

// TestCaching: pages, the manifest, the worker and the code revalidate;
// images are cached for an hour; everything has a strong ETag, another one
// for each compressed variant, and a matching If-None-Match gets a 304.
func TestCaching(t *testing.T) {
	h, err := newHandler(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, acceptEncoding string
		cacheControl         string
		suffix               string // of the ETag
	}{
		{"/", "", "no-cache", ""},
		{"/", "br", "no-cache", "-br"},
		{"/", "gzip", "no-cache", "-gz"},
		{"/compare", "", "no-cache", ""},
		{"/sub/", "", "no-cache", ""},
		{"/manifest.webmanifest", "", "no-cache", ""},
		{"/manifest.webmanifest", "br", "no-cache", "-br"},
		{"/app-worker.js", "", "no-cache", ""},
		{"/app.js", "gzip", "no-cache", "-gz"},
		{"/app.css", "", "no-cache", ""},
		{"/web/app.wasm", "", "no-cache", ""},
		{"/web/app.wasm", "br", "no-cache", "-br"},
		{"/web/app.wasm", "gzip", "no-cache", "-gz"},
		{"/web/icon.svg", "", "public, max-age=3600", ""},
		{"/web/icon-192.png", "", "public, max-age=3600", ""},
		{"/web/sub/deep.txt", "", "no-cache", ""},
	}
	etags := map[string]string{} // ETag -> path and encoding
	for _, tt := range tests {
		what := tt.path + " (" + tt.acceptEncoding + ")"
		res := serveGet(t, h, tt.path, map[string]string{"Accept-Encoding": tt.acceptEncoding})
		if res.StatusCode != 200 {
			t.Fatalf("GET %s = %d", what, res.StatusCode)
		}
		if got := res.Header.Get("Cache-Control"); got != tt.cacheControl {
			t.Errorf("GET %s Cache-Control = %q; want %q", what, got, tt.cacheControl)
		}
		etag := res.Header.Get("ETag")
		if !etagRE.MatchString(etag) || len(strings.TrimSuffix(strings.Trim(etag, `"`), tt.suffix)) != 32 {
			t.Errorf("GET %s ETag = %s; want a content hash with suffix %q", what, etag, tt.suffix)
		}
		if prev, dup := etags[etag]; dup && prev != tt.path {
			t.Errorf("GET %s has the ETag of %s", what, prev)
		}
		etags[etag] = tt.path

		// Revalidation.
		for _, c := range []struct {
			inm  string
			code int
		}{
			{etag, 304},
			{`W/` + etag, 304},
			{`"other", ` + etag, 304},
			{`"other"`, 200},
			{`"` + etag[1:len(etag)-1] + `-zz"`, 200},
		} {
			res := serveGet(t, h, tt.path, map[string]string{"Accept-Encoding": tt.acceptEncoding, "If-None-Match": c.inm})
			if res.StatusCode != c.code {
				t.Errorf("GET %s If-None-Match %s = %d; want %d", what, c.inm, res.StatusCode, c.code)
			}
			if c.code == 304 {
				if res.Header.Get("ETag") != etag || res.Header.Get("Cache-Control") != tt.cacheControl {
					t.Errorf("GET %s 304: ETag %q Cache-Control %q; want %q %q", what,
						res.Header.Get("ETag"), res.Header.Get("Cache-Control"), etag, tt.cacheControl)
				}
				if n := res.ContentLength; n > 0 {
					t.Errorf("GET %s 304 has a body of %d bytes", what, n)
				}
			}
		}
	}

	// A variant's ETag does not validate another variant.
	br := serveGet(t, h, "/web/app.wasm", map[string]string{"Accept-Encoding": "br"}).Header.Get("ETag")
	res := serveGet(t, h, "/web/app.wasm", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": br})
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("gzip request with the br ETag = %d %q; want 200 gzip", res.StatusCode, res.Header.Get("Content-Encoding"))
	}
	// The same file by two names has one ETag.
	if a, b := serveGet(t, h, "/", nil).Header.Get("ETag"), serveGet(t, h, "/index.html", nil).Header.Get("ETag"); a != b {
		t.Errorf("ETag of / %s != ETag of /index.html %s", a, b)
	}
}

// TestETagFollowsContent: a file replaced while the server runs gets a new
// ETag; rewriting the same bytes keeps it, whatever the time.
func TestETagFollowsContent(t *testing.T) {
	dir := fixture(t)
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "app.js")
	before := serveGet(t, h, "/app.js", nil).Header.Get("ETag")

	later := time.Now().Add(time.Hour)
	os.WriteFile(p, []byte("console.log('app')"), 0o644)
	os.Chtimes(p, later, later)
	if same := serveGet(t, h, "/app.js", nil).Header.Get("ETag"); same != before {
		t.Errorf("same content, new time: ETag %s; want %s", same, before)
	}

	os.WriteFile(p, []byte("console.log('release 2')"), 0o644)
	os.Chtimes(p, later.Add(time.Hour), later.Add(time.Hour))
	res := serveGet(t, h, "/app.js", map[string]string{"If-None-Match": before})
	if after := res.Header.Get("ETag"); res.StatusCode != 200 || after == before || !etagRE.MatchString(after) {
		t.Errorf("new content: %d, ETag %s (was %s); want 200 and a new ETag", res.StatusCode, after, before)
	}
}
