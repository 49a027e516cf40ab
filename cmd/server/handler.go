package main

import (
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
)

// contentTypes are set explicitly: the system's MIME table may lack some
// (application/wasm is required for WebAssembly.instantiateStreaming).
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml",
	".csv":         "text/csv; charset=utf-8",
	".gz":          "application/gzip",
	".br":          "application/octet-stream",
}

func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// encodings are the precompressed siblings, in order of preference.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// assetMaxAge is how long browsers may reuse a cacheable asset (see
// cacheControl) without asking.
const assetMaxAge = time.Hour

// cacheControl is the Cache-Control for a file of the site.
//
// Nothing in dist/ is content-hashed, so anything that changes with a
// release must be revalidated (no-cache: the browser keeps it, and asks with
// If-None-Match, a 304 when unchanged). That is the pages, the manifest and
// the service worker, and also the code: app.js, wasm_exec.js, app.wasm and
// the CSS. go-app's service worker pre-caches those with cache.addAll, which
// goes through the HTTP cache: with a max-age, a new release's worker could
// store the previous release's app.wasm and keep it until the next release.
// Images and fonts may be a little stale: they are cached for an hour.
func cacheControl(name string) string {
	switch path.Ext(name) {
	case ".png", ".svg", ".ico", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".woff", ".woff2":
		return "public, max-age=" + strconv.Itoa(int(assetMaxAge/time.Second))
	}
	return "no-cache"
}

// siteOptions are the handler's settings; see the flags in main.
type siteOptions struct {
	// FrameAncestors is the CSP frame-ancestors source list of pages
	// under EmbedPrefix; all other paths get 'none'.
	FrameAncestors string
	EmbedPrefix    string
}

func defaultSiteOptions() siteOptions {
	return siteOptions{FrameAncestors: "*", EmbedPrefix: "/embed"}
}

type handler struct {
	dir         string // the site folder, or a symbolic link to the current release
	embedPrefix string

	page, embed       securityHeaders
	page404, embed404 securityHeaders // the 404 page's own style is allowed

	inline siteInline
	files  fileCache
}

// newHandler serves the static site in dir with the default options.
func newHandler(dir string) (http.Handler, error) {
	return newSiteHandler(dir, defaultSiteOptions())
}

// newSiteHandler serves the static site in dir. It reads the site's HTML
// pages once, for the CSP hashes of inline scripts and styles, and hashes
// every file for its ETag. The site may then be replaced while it runs
// (files copied over, or dir a symbolic link moved to another release; see
// files.go): every request opens dir anew, and a file that changed is read
// and hashed again. Only a changed page's inline scripts need a restart.
func newSiteHandler(dir string, o siteOptions) (*handler, error) {
	if err := validFrameAncestors(o.FrameAncestors); err != nil {
		return nil, fmt.Errorf("frame-ancestors: %w", err)
	}
	if o.EmbedPrefix != "" && !strings.HasPrefix(o.EmbedPrefix, "/") {
		return nil, fmt.Errorf("embed prefix %q does not start with /", o.EmbedPrefix)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	inline, err := scanSite(root.FS())
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("reading the site's pages: %w", err)
	}
	h := &handler{dir: dir, embedPrefix: o.EmbedPrefix, inline: inline}
	notFoundStyle := cspHash([]byte(notFoundCSS))
	h.page = securityHeaders{csp: buildCSP(inline.scriptHashes, inline.styleHashes, "'none'"), frameDeny: true}
	h.page404 = securityHeaders{csp: notFoundCSP(notFoundStyle, "'none'"), frameDeny: true}
	ancestors := embedAncestors(o.FrameAncestors)
	deny := ancestors == "'none'"
	h.embed = securityHeaders{csp: buildCSP(inline.scriptHashes, inline.styleHashes, ancestors), frameDeny: deny}
	h.embed404 = securityHeaders{csp: notFoundCSP(notFoundStyle, ancestors), frameDeny: deny}
	h.files.warm(root)
	root.Close()
	return h, nil
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	embed := isEmbedPath(r.URL.Path, h.embedPrefix)
	if embed {
		h.embed.set(hdr)
	} else {
		h.page.set(hdr)
	}
	// Everything here is public and served without credentials: any
	// origin may read it, as on GitHub Pages. A sandboxed embed (an opaque
	// origin) needs that to fetch app.wasm.
	hdr.Set("Access-Control-Allow-Origin", "*")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		hdr.Set("Cache-Control", "no-cache")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path == "/healthz" {
		hdr.Set("Content-Type", "text/plain; charset=utf-8")
		hdr.Set("Cache-Control", "no-cache")
		if reason := siteHealth(h.dir); reason != "" {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, reason)
			return
		}
		io.WriteString(w, "ok")
		return
	}
	name, status := fileName(r.URL)
	if status == http.StatusBadRequest {
		hdr.Set("Cache-Control", "no-cache")
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// One opening of the folder serves the whole request: a symbolic link
	// swapped meanwhile does not mix two releases.
	root, err := openSite(h.dir)
	if err != nil {
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("Retry-After", "5")
		http.Error(w, "site unavailable", http.StatusServiceUnavailable)
		return
	}
	defer func() { root.Close() }() // the root in use when the request ends
	if status == http.StatusNotFound {
		h.notFound(w, r, root, embed)
		return
	}
	file, redirect, snap, suffix, err := h.lookup(root, name, r.Header.Get("Accept-Encoding"), hdr)
	for try := 0; try < 3 && (errors.Is(err, fs.ErrNotExist) || err == nil && h.swapped(root)); try++ {
		// Not in the release this request opened, or found while that
		// release may have been going: a symbolic link may have been
		// swapped, and the old release removed, since (its .gz gone
		// before its original, the original was served to a client that
		// asked for gzip). Look again in the folder as it is now, so a
		// file that exists is never a 404 and is served as asked; a few
		// times, as deploys can follow each other during one request.
		again, oerr := openSite(h.dir)
		if oerr != nil {
			break
		}
		if snap != nil {
			snap.close()
		}
		root.Close()
		root = again
		hdr.Del("Content-Encoding")
		hdr.Del("Vary")
		file, redirect, snap, suffix, err = h.lookup(root, name, r.Header.Get("Accept-Encoding"), hdr)
	}
	name = file
	if redirect {
		u := *r.URL
		u.Path, u.RawPath = u.Path+"/", ""
		http.Redirect(w, r, u.RequestURI(), http.StatusMovedPermanently)
		return
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		h.notFound(w, r, root, embed)
		return
	case errors.Is(err, errChanging):
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("Retry-After", "1")
		http.Error(w, "file being replaced, try again", http.StatusServiceUnavailable)
		return
	case err != nil:
		hdr.Set("Cache-Control", "no-cache")
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	defer snap.close()

	hdr.Set("Content-Type", contentType(name))
	hdr.Set("Cache-Control", cacheControl(name))
	// The compressed variants are other representations: other ETags.
	hdr.Set("ETag", `"`+snap.sum+suffix+`"`)
	if suffix != "" {
		// ServeContent leaves Content-Length out when Content-Encoding is
		// set (it then expects on-the-fly compression); ours are files of
		// known size. It still sets the right length for range requests.
		hdr.Set("Content-Length", strconv.FormatInt(snap.stamp.size, 10))
	}
	http.ServeContent(w, r, "", snap.mod, snap.content())
}

// swapped reports whether the site folder is now another folder than the
// one root opened (a symbolic link swapped since), or root's is gone.
func (h *handler) swapped(root *os.Root) bool {
	here, err := root.Stat(".")
	if err != nil {
		return true
	}
	now, err := os.Stat(h.dir)
	return err == nil && !os.SameFile(here, now)
}

// lookup finds the file a path names in root (or the directory to redirect
// to) and its representation for acceptEncoding; fs.ErrNotExist when there
// is none.
func (h *handler) lookup(root *os.Root, name, acceptEncoding string, hdr http.Header) (file string, redirect bool, snap *snapshot, suffix string, err error) {
	file, redirect, ok := find(root, name)
	if redirect {
		return file, true, nil, "", nil
	}
	if !ok {
		return file, false, nil, "", fs.ErrNotExist
	}
	snap, suffix, err = h.representation(root, file, acceptEncoding, hdr)
	return file, false, snap, suffix, err
}

// representation is the snapshot of the file name, or of its precompressed
// copy for the client's Accept-Encoding (suffix "-br" or "-gz", and
// Content-Encoding set in hdr), with Vary set when copies exist. A copy
// that cannot be read, or is older than the original (another release's,
// see freshSibling), is passed over for the next choice.
func (h *handler) representation(root *os.Root, name, acceptEncoding string, hdr http.Header) (*snapshot, string, error) {
	accepted := acceptedEncodings(acceptEncoding)
	var orig fs.FileInfo
	for _, enc := range encodings {
		cfi, err := root.Stat(name + enc.ext)
		if err != nil || !cfi.Mode().IsRegular() {
			continue
		}
		hdr.Set("Vary", "Accept-Encoding")
		if !accepted[enc.name] {
			continue
		}
		if orig == nil {
			if orig, err = root.Stat(name); err != nil {
				return nil, "", err
			}
		}
		if !freshSibling(orig, cfi) {
			continue
		}
		snap, err := h.files.load(root, name+enc.ext)
		if err != nil {
			continue
		}
		hdr.Set("Content-Encoding", enc.name)
		return snap, "-" + enc.ext[1:], nil
	}
	snap, err := h.files.load(root, name)
	return snap, "", err
}

// fileName maps a request URL to a slash-separated name relative to the
// site's root. status is 400 for a path that is not clean (a "." or ".."
// segment, a backslash, a control character, an encoded slash or
// backslash) and 404 for a dotfile (a segment starting with "."), which is
// never served. The decoded path is never decoded again, so "%252e%252e"
// names a file called "%2e%2e".
func fileName(u *url.URL) (name string, status int) {
	p := u.Path
	if !strings.HasPrefix(p, "/") {
		return "", http.StatusBadRequest
	}
	if raw := strings.ToLower(u.EscapedPath()); strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") {
		return "", http.StatusBadRequest
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x20 || c == 0x7f || c == '\\' {
			return "", http.StatusBadRequest
		}
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || seg == "." {
			return "", http.StatusBadRequest
		}
	}
	for _, seg := range strings.Split(p, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", http.StatusNotFound
		}
	}
	if p == "/" {
		return "index.html", http.StatusOK
	}
	return p[1:], http.StatusOK
}

// find returns the regular file that serves name, the way static hosts
// such as GitHub Pages do: the file itself; for an extensionless page path
// such as "compare", compare.html; for "dir/", dir/index.html. Directories
// are never listed. redirect is set for a directory named without its
// trailing slash that has an index.html.
func find(root *os.Root, name string) (file string, redirect, ok bool) {
	if dir, isDir := strings.CutSuffix(name, "/"); isDir {
		name = dir + "/index.html"
	}
	candidates := []string{name}
	if path.Ext(name) == "" {
		candidates = append(candidates, name+".html")
	}
	for _, c := range candidates {
		if !fs.ValidPath(c) {
			continue
		}
		fi, err := root.Stat(c)
		if err == nil && fi.Mode().IsRegular() {
			return c, false, true
		}
	}
	if fs.ValidPath(name) {
		if fi, err := root.Stat(name + "/index.html"); err == nil && fi.Mode().IsRegular() {
			return "", true, false
		}
	}
	return "", false, false
}

// notFoundCSS is the 404 page's only style, allowed by its hash.
const notFoundCSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#1f2937}a{color:#0f766e}`

// notFound writes a small self-contained 404 page that links to the home
// of the site the path was in: "/", or "/socialroi/" for a site published
// under a prefix.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request, root *os.Root, embed bool) {
	hdr := w.Header()
	if embed {
		h.embed404.set(hdr)
	} else {
		h.page404.set(hdr)
	}
	home := "/"
	if seg, _, nested := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/"); nested && seg != "" &&
		!strings.HasPrefix(seg, ".") && fs.ValidPath(seg) {
		if fi, err := root.Stat(seg + "/index.html"); err == nil && fi.Mode().IsRegular() {
			home = "/" + url.PathEscape(seg) + "/"
		}
	}
	body := `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found</title>
<style>` + notFoundCSS + `</style>
<h1>Page not found</h1>
<p>There is nothing at this address.</p>
<p><a href="` + html.EscapeString(home) + `">Go to the home page</a></p>
`
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusNotFound)
	io.WriteString(w, body)
}

// acceptedEncodings parses an Accept-Encoding header into the codings the
// client accepts (q > 0). "*" accepts br and gzip unless they are refused.
func acceptedEncodings(header string) map[string]bool {
	accepted := map[string]bool{}
	refused := map[string]bool{}
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch {
		case coding == "*":
			star = q > 0
		case q > 0:
			accepted[coding] = true
		default:
			refused[coding] = true
		}
	}
	if accepted["x-gzip"] {
		accepted["gzip"] = true
	}
	if star {
		for _, enc := range encodings {
			if !refused[enc.name] {
				accepted[enc.name] = true
			}
		}
	}
	return accepted
}
