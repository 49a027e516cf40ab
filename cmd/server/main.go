// Command server serves the static site that cmd/site writes to dist/.
//
//	server -addr :8080 -dir dist
//
// Every page is a file (/compare is compare.html, /dir/ is dir/index.html, as
// on GitHub Pages), precompressed .br and .gz
// siblings are served to clients that accept them, and nothing outside dir
// is ever read. It knows nothing about go-app: any static host would do.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// shutdownTimeout bounds how long in-flight requests may take after a signal.
const shutdownTimeout = 10 * time.Second

func main() {
	addr := flag.String("addr", ":8080", "address to listen on")
	dir := flag.String("dir", "dist", "directory of the static site (make site)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *addr, *dir, log.Printf); err != nil {
		log.Fatal(err)
	}
}

// run serves dir on addr until ctx is done, then shuts down gracefully.
func run(ctx context.Context, addr, dir string, logf func(string, ...any)) error {
	h, err := newHandler(dir)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	logf("serving %s on %s", dir, listenURL(ln.Addr()))

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// listenURL is the URL to open in a browser for a listener's address.
func listenURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String()
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

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

type handler struct {
	root *os.Root
}

// newHandler serves the static site in dir.
func newHandler(dir string) (http.Handler, error) {
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
	return &handler{root: root}, nil
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := fileName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	name, fi, redirect, ok := h.find(name)
	if redirect {
		u := *r.URL
		u.Path, u.RawPath = u.Path+"/", ""
		http.Redirect(w, r, u.RequestURI(), http.StatusMovedPermanently)
		return
	}
	if !ok {
		http.NotFound(w, r)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", contentType(name))
	hdr.Set("X-Content-Type-Options", "nosniff")
	// Nothing is content-hashed: revalidate everything, so a new version's
	// app-worker.js, pages and app.wasm are seen as soon as they are deployed.
	hdr.Set("Cache-Control", "no-cache")

	serve, served := name, fi
	accepted := acceptedEncodings(r.Header.Get("Accept-Encoding"))
	for _, enc := range encodings {
		cfi, err := h.root.Stat(name + enc.ext)
		if err != nil || !cfi.Mode().IsRegular() {
			continue
		}
		hdr.Set("Vary", "Accept-Encoding")
		if accepted[enc.name] && serve == name {
			serve, served = name+enc.ext, cfi
			hdr.Set("Content-Encoding", enc.name)
		}
	}

	if serve != name {
		// ServeContent leaves Content-Length out when Content-Encoding is
		// set (it then expects on-the-fly compression); ours are files of
		// known size. It still sets the right length for range requests.
		hdr.Set("Content-Length", strconv.FormatInt(served.Size(), 10))
	}
	f, err := h.root.Open(serve)
	if err != nil {
		http.Error(w, "cannot open file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	http.ServeContent(w, r, "", served.ModTime(), f)
}

// fileName maps a URL path to a slash-separated name relative to the site's
// root; ok is false for paths that try to leave it or are not clean.
func fileName(urlPath string) (name string, ok bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(urlPath, "/") {
		if seg == ".." || seg == "." {
			return "", false
		}
	}
	if urlPath == "/" {
		return "index.html", true
	}
	return strings.TrimPrefix(urlPath, "/"), true
}

// find returns the regular file that serves name, the way static hosts
// such as GitHub Pages do: the file itself; for an extensionless page path
// such as "compare", compare.html; for "dir/", dir/index.html. Directories
// are never listed. redirect is set for a directory named without its
// trailing slash that has an index.html.
func (h *handler) find(name string) (file string, fi fs.FileInfo, redirect, ok bool) {
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
		fi, err := h.root.Stat(c)
		if err == nil && fi.Mode().IsRegular() {
			return c, fi, false, true
		}
	}
	if fi, err := h.root.Stat(name + "/index.html"); fs.ValidPath(name) && err == nil && fi.Mode().IsRegular() {
		return "", nil, true, false
	}
	return "", nil, false, false
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
