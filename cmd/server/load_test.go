package main

// The load test (make bench-server): not part of go test, since it is a
// benchmark.
//
//	make build
//	go test -run '^$' -bench '^BenchmarkLoad$' -benchtime 1x ./cmd/server/
//	go test -run '^$' -bench '^BenchmarkLoad$' -benchtime 1x ./cmd/server/ -args -load.clients 100
//
// The built site (dist/, or $SOCIALROI_DIST) is served by this command in
// its own process, and by nginx when it is installed (apt-get install
// nginx-light libnginx-mod-http-brotli-static), in the same run, on
// loopback. Each is hit by -load.clients concurrent keep-alive clients
// fetching "/" and then /web/app.wasm with Accept-Encoding: br; every
// response is checked (status, length). It runs once whatever b.N is:
// -load.rounds rounds of -load.page and -load.wasm requests per server,
// each phase cut off after -load.time, and prints a table.

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"text/tabwriter"
	"time"
)

var (
	loadClients = flag.Int("load.clients", 50, "BenchmarkLoad: concurrent clients")
	loadPage    = flag.Int("load.page", 10000, "BenchmarkLoad: requests for / per server and round")
	loadWasm    = flag.Int("load.wasm", 500, "BenchmarkLoad: requests for /web/app.wasm per server and round")
	loadRounds  = flag.Int("load.rounds", 3, "BenchmarkLoad: rounds, each server in turn, so that a busy moment of the machine does not favour one")
	loadTime    = flag.Duration("load.time", 30*time.Second, "BenchmarkLoad: time limit of each phase")
)

// loadResult is one phase of the load test against one server.
type loadResult struct {
	server, path string
	requests     int // completed, successful or not
	errors       int
	firstError   string
	encoding     string // Content-Encoding of the first response
	bytes        int64
	elapsed      time.Duration
	latencies    []time.Duration // sorted
	timedOut     bool
}

// add accumulates another round of the same phase.
func (r *loadResult) add(o loadResult) {
	r.path = o.path
	r.requests += o.requests
	r.errors += o.errors
	if r.firstError == "" {
		r.firstError = o.firstError
	}
	if r.encoding == "" {
		r.encoding = o.encoding
	}
	r.bytes += o.bytes
	r.elapsed += o.elapsed
	r.latencies = append(r.latencies, o.latencies...)
	r.timedOut = r.timedOut || o.timedOut
}

func (r loadResult) rps() float64 { return float64(r.requests) / r.elapsed.Seconds() }

func (r loadResult) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(p*float64(len(r.latencies))+0.5) - 1
	return r.latencies[max(0, min(i, len(r.latencies)-1))]
}

func fmtMS(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000) }

func BenchmarkLoad(b *testing.B) {
	dist := os.Getenv("SOCIALROI_DIST")
	if dist == "" {
		dist = filepath.Join("..", "..", "dist")
	}
	dist, _ = filepath.Abs(dist)
	if _, err := os.Stat(filepath.Join(dist, "web", "app.wasm.br")); err != nil {
		b.Skipf("no built site in %s: run make build", dist)
	}

	type target struct{ name, base string }
	targets := []target{
		{"server", startServerProcess(b, dist, "-quiet")},
		{"server+log", startServerProcess(b, dist)},
	}
	if base, why := startNginx(b, dist); base != "" {
		targets = append(targets, target{"nginx", base})
	} else {
		b.Logf("nginx: skipped (%s)", why)
	}

	var results []loadResult
	for _, path := range []string{"/", "/web/app.wasm"} {
		n := *loadPage
		if path != "/" {
			n = *loadWasm
		}
		total := make([]loadResult, len(targets))
		for range *loadRounds {
			for i, t := range targets {
				r := runLoad(t.base, path, *loadClients, n, *loadTime)
				if r.timedOut {
					b.Logf("%s %s: stopped at the %v limit after %d requests", t.name, path, *loadTime, r.requests)
				}
				total[i].add(r)
			}
		}
		for i, t := range targets {
			r := total[i]
			r.server = t.name
			slices.Sort(r.latencies)
			results = append(results, r)
			if r.errors > 0 {
				b.Errorf("%s %s: %d errors of %d requests; first: %s", t.name, path, r.errors, r.requests, r.firstError)
			}
			if strings.HasPrefix(t.name, "server") && r.encoding != "br" {
				b.Errorf("%s %s: Content-Encoding %q; want br", t.name, path, r.encoding)
			}
		}
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "\nload test: loopback, %d clients, keep-alive, Accept-Encoding: br, %d rounds, %d CPUs shared by clients and servers\n",
		*loadClients, *loadRounds, runtime.NumCPU())
	tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "server\tpath\tencoding\trequests\terrors\treq/s\tMB/s\tp50\tp99\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.0f\t%.0f\t%s\t%s\t\n", r.server, r.path, r.encoding, r.requests, r.errors,
			r.rps(), float64(r.bytes)/1e6/r.elapsed.Seconds(), fmtMS(r.percentile(0.50)), fmtMS(r.percentile(0.99)))
	}
	tw.Flush()
	find := func(server, path string) (loadResult, bool) {
		for _, r := range results {
			if r.server == server && r.path == path {
				return r, true
			}
		}
		return loadResult{}, false
	}
	for _, path := range []string{"/", "/web/app.wasm"} {
		s, _ := find("server", path)
		if n, ok := find("nginx", path); ok {
			fmt.Fprintf(&sb, "server/nginx %s: req/s x%.2f (higher is better), p50 x%.2f, p99 x%.2f (lower is better)\n", path,
				s.rps()/n.rps(), float64(s.percentile(0.5))/float64(n.percentile(0.5)), float64(s.percentile(0.99))/float64(n.percentile(0.99)))
		}
	}
	fmt.Print(sb.String()) // not b.Log, which a benchmark cuts to 10 lines

	page, _ := find("server", "/")
	wasm, _ := find("server", "/web/app.wasm")
	b.ReportMetric(page.rps(), "page-req/s")
	b.ReportMetric(float64(page.percentile(0.99).Microseconds())/1000, "page-p99-ms")
	b.ReportMetric(wasm.rps(), "wasm-req/s")
	b.ReportMetric(float64(wasm.percentile(0.99).Microseconds())/1000, "wasm-p99-ms")
	if n, ok := find("nginx", "/"); ok {
		b.ReportMetric(page.rps()/n.rps(), "page-x-nginx")
	}
	if n, ok := find("nginx", "/web/app.wasm"); ok {
		b.ReportMetric(wasm.rps()/n.rps(), "wasm-x-nginx")
	}
}

// runLoad has clients fetch base+path n times in all, over keep-alive
// connections, and checks every response.
func runLoad(base, path string, clients, n int, limit time.Duration) loadResult {
	tr := &http.Transport{
		MaxIdleConnsPerHost: clients,
		DisableCompression:  true, // we ask for br ourselves and count its bytes
		ForceAttemptHTTP2:   false,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: limit}
	fetch := func() (encoding string, nbytes int64, err error) {
		req, err := http.NewRequest(http.MethodGet, base+path, nil)
		if err != nil {
			return "", 0, err
		}
		req.Header.Set("Accept-Encoding", "br")
		res, err := client.Do(req)
		if err != nil {
			return "", 0, err
		}
		defer res.Body.Close()
		nbytes, err = io.Copy(io.Discard, res.Body)
		encoding = res.Header.Get("Content-Encoding")
		switch {
		case err != nil:
		case res.StatusCode != http.StatusOK:
			err = fmt.Errorf("status %d", res.StatusCode)
		case res.ContentLength >= 0 && nbytes != res.ContentLength:
			err = fmt.Errorf("%d bytes of %d", nbytes, res.ContentLength)
		case nbytes == 0:
			err = fmt.Errorf("empty body")
		}
		return encoding, nbytes, err
	}
	// Warm up: one connection per client, the files in the page cache.
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() { fetch() })
	}
	wg.Wait()

	r := loadResult{path: path}
	r.encoding, _, _ = fetch()
	if r.encoding == "" {
		r.encoding = "identity"
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var mu sync.Mutex
	next := make(chan struct{}, n)
	for range n {
		next <- struct{}{}
	}
	close(next)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			lat := make([]time.Duration, 0, n/clients+1)
			var errs int
			var first string
			var nbytes int64
			for range next {
				if ctx.Err() != nil {
					break
				}
				t0 := time.Now()
				_, b, err := fetch()
				lat = append(lat, time.Since(t0))
				nbytes += b
				if err != nil {
					errs++
					if first == "" {
						first = err.Error()
					}
				}
			}
			mu.Lock()
			r.latencies = append(r.latencies, lat...)
			r.errors += errs
			r.bytes += nbytes
			if r.firstError == "" {
				r.firstError = first
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	r.requests = len(r.latencies)
	r.timedOut = ctx.Err() != nil
	slices.Sort(r.latencies)
	return r
}

// freeAddr is a loopback address with a port that was free a moment ago.
func freeAddr(tb testing.TB) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitHTTP waits until base answers path with a 200.
func waitHTTP(base, path string, exited <-chan struct{}) error {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return fmt.Errorf("exited")
		default:
		}
		if res, err := http.Get(base + path); err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("no answer from %s%s", base, path)
}

// startServerProcess runs this command (the test binary in its main mode)
// on a free port and returns its base URL. Its log goes to a file.
func startServerProcess(b *testing.B, dist string, args ...string) string {
	b.Helper()
	addr := freeAddr(b)
	logf, err := os.Create(filepath.Join(b.TempDir(), "server.log"))
	if err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], append([]string{"-addr", addr, "-dir", dist}, args...)...)
	cmd.Env = append(os.Environ(), serverMainEnv+"=1")
	cmd.Stderr = logf
	return startProcess(b, cmd, "http://"+addr, "/healthz", syscall.SIGTERM)
}

func startProcess(b *testing.B, cmd *exec.Cmd, base, readyPath string, stopSig syscall.Signal) string {
	b.Helper()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	b.Cleanup(func() {
		cmd.Process.Signal(stopSig)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	if err := waitHTTP(base, readyPath, exited); err != nil {
		b.Fatalf("%s: %v", cmd.Path, err)
	}
	return base
}

// startNginx serves dist with nginx, configured like this server as far
// as serving goes (precompressed files, pages without .html, keep-alive),
// if nginx is installed; otherwise it returns why not.
func startNginx(b *testing.B, dist string) (base, why string) {
	b.Helper()
	bin, err := exec.LookPath("nginx")
	if err != nil {
		if _, err2 := os.Stat("/usr/sbin/nginx"); err2 != nil {
			return "", "not installed"
		}
		bin = "/usr/sbin/nginx"
	}
	dir := b.TempDir()
	os.Chmod(dir, 0o755) // for nginx's workers, when they run as nobody
	addr := freeAddr(b)
	var modules, brotli string
	for _, m := range []string{"/usr/lib/nginx/modules/ngx_http_brotli_static_module.so", "/usr/lib64/nginx/modules/ngx_http_brotli_static_module.so"} {
		if _, err := os.Stat(m); err == nil {
			modules = "load_module " + m + ";"
			brotli = "brotli_static on;"
			break
		}
	}
	if brotli == "" {
		b.Logf("nginx: no brotli_static module (libnginx-mod-http-brotli-static): it serves gzip to br clients only if they accept gzip, so identity here")
	}
	conf := fmt.Sprintf(`%s
worker_processes auto;
pid %[2]s/nginx.pid;
error_log %[2]s/error.log warn;
events { worker_connections 4096; }
http {
	access_log off;
	client_body_temp_path %[2]s/body;
	proxy_temp_path %[2]s/proxy;
	fastcgi_temp_path %[2]s/fastcgi;
	uwsgi_temp_path %[2]s/uwsgi;
	scgi_temp_path %[2]s/scgi;
	types {
		text/html html;
		text/javascript js;
		text/css css;
		application/wasm wasm;
		application/manifest+json webmanifest;
		image/svg+xml svg;
		image/png png;
	}
	default_type application/octet-stream;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	server {
		listen %[3]s;
		root %[4]s;
		gzip_static on;
		%[5]s
		etag on;
		add_header Cache-Control no-cache;
		location / { try_files $uri $uri.html $uri/index.html =404; }
	}
}
`, modules, dir, addr, dist, brotli)
	confPath := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
		b.Fatal(err)
	}
	if out, err := exec.Command(bin, "-t", "-p", dir, "-c", confPath, "-g", "daemon off;").CombinedOutput(); err != nil {
		return "", fmt.Sprintf("nginx -t: %v: %s", err, strings.TrimSpace(string(out)))
	}
	cmd := exec.Command(bin, "-p", dir, "-c", confPath, "-g", "daemon off;")
	return startProcess(b, cmd, "http://"+addr, "/", syscall.SIGQUIT), ""
}
