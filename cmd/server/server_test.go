package main

// Tests through a real listener: timeouts and slow clients, methods and
// traversal as sent on the wire, /healthz, the access log, graceful
// shutdown, and the command itself under SIGTERM and SIGINT.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// serverMainEnv makes the test binary run main instead of the tests: the
// signal tests start the command that way.
const serverMainEnv = "SOCIALROI_TEST_SERVER_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(serverMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	code := m.Run()
	for _, f := range afterTests {
		f()
	}
	os.Exit(code)
}

// afterTests run once every test has run (the browser tests' shared
// Chromium stops there).
var afterTests []func()

// testConfig is the default configuration with timeouts short enough for
// tests.
func testConfig(dir string) config {
	c := defaultConfig()
	c.Dir = dir
	c.ReadHeaderTimeout = 300 * time.Millisecond
	c.ReadTimeout = time.Second
	c.WriteTimeout = time.Second
	c.IdleTimeout = 500 * time.Millisecond
	c.ShutdownTimeout = 5 * time.Second
	return c
}

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// records parses the JSON log lines written so far.
func (b *syncBuffer) records(t *testing.T) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if line == "" {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q is not JSON: %v", line, err)
		}
		recs = append(recs, rec)
	}
	return recs
}

type testServer struct {
	URL    string // "http://127.0.0.1:port"
	Addr   string // "127.0.0.1:port"
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error
}

// startServer serves h with cfg on a loopback listener, as run does, until
// the test ends or stop is called.
func startServer(t *testing.T, h http.Handler, cfg config) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &testServer{
		URL:    "http://" + ln.Addr().String(),
		Addr:   ln.Addr().String(),
		logs:   &syncBuffer{},
		cancel: cancel,
		done:   make(chan error, 1),
	}
	logger := slog.New(slog.NewJSONHandler(s.logs, nil))
	go func() { s.done <- serve(ctx, ln, h, cfg, logger) }()
	t.Cleanup(func() { s.stop(t) })
	return s
}

// stop shuts the server down and returns what serve returned.
func (s *testServer) stop(t *testing.T) error {
	t.Helper()
	s.cancel()
	select {
	case err, ok := <-s.done:
		if ok {
			close(s.done)
		}
		return err
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop")
		return nil
	}
}

func startSite(t *testing.T, cfg config) *testServer {
	t.Helper()
	h, err := newSiteHandler(cfg.Dir, cfg.Site)
	if err != nil {
		t.Fatal(err)
	}
	return startServer(t, h, cfg)
}

// rawRequest sends request as is on a new connection and reads the
// response.
func rawRequest(t *testing.T, addr, request string) (*http.Response, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, request); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%q: reading response: %v", request, err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(body)
}

// dialSmallBuffer connects with a small receive buffer, set before the
// connection so the TCP window is negotiated for it: a response much larger
// than the buffers stays in flight while the client does not read.
func dialSmallBuffer(t *testing.T, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{Control: func(network, address string, rc syscall.RawConn) error {
		var err error
		rc.Control(func(fd uintptr) {
			err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 16<<10)
		})
		return err
	}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestTraversalOnTheWire sends request targets exactly as written, which
// no client library would: nothing outside -dir and no dotfile is ever
// served.
func TestTraversalOnTheWire(t *testing.T) {
	s := startSite(t, testConfig(fixture(t)))
	tests := []struct {
		target string
		code   int
	}{
		{"/../secret.txt", 400},
		{"/../../../../../../../etc/passwd", 400},
		{"/web/../../secret.txt", 400},
		{"/%2e%2e/secret.txt", 400},
		{"/%2E%2e/secret.txt", 400},
		{"/.%2e/secret.txt", 400},
		{"/%2e%2e%2fsecret.txt", 400},
		{"/web%2f..%2f..%2fsecret.txt", 400},
		{"/..\\secret.txt", 400},
		{"/..%5csecret.txt", 400},
		{"/web\\..\\..\\secret.txt", 400},
		{"/index.html%00", 400},
		{"/%00/../secret.txt", 400},
		{"/%252e%252e/secret.txt", 404},
		{"/%252e%252e%252fsecret.txt", 404},
		{"/%25%32%65%25%32%65/secret.txt", 404},
		{"/..%c0%afsecret.txt", 404}, // overlong UTF-8 "/" is not a slash
		{"/web/escape.txt", 404},
		{"/up/secret.txt", 404},
		{"/.env", 404},
		{"/%2eenv", 404},
		{"/.git/config", 404},
		{"/web/.hidden.js", 404},
		{"http://example.test/../secret.txt", 400},
		{"http://example.test/.env", 404},
		{"*", 400},
		{"secret.txt", 400},
		{"/web", 404},
		{"/web/", 404},
	}
	for _, tt := range tests {
		res, body := rawRequest(t, s.Addr, "GET "+tt.target+" HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n")
		if res.StatusCode != tt.code {
			t.Errorf("GET %s = %d; want %d", tt.target, res.StatusCode, tt.code)
		}
		if strings.Contains(body, "secret") || strings.Contains(body, "root:") {
			t.Errorf("GET %s leaked %q", tt.target, body)
		}
	}
}

// TestMethods: only GET and HEAD, everywhere; 405 names them in Allow.
func TestMethods(t *testing.T) {
	s := startSite(t, testConfig(fixture(t)))
	tests := []struct {
		method, target string
		code           int
	}{
		{"GET", "/", 200},
		{"HEAD", "/", 200},
		{"GET", "/healthz", 200},
		{"HEAD", "/nope", 404},
		{"POST", "/", 405},
		{"PUT", "/index.html", 405},
		{"DELETE", "/index.html", 405},
		{"PATCH", "/", 405},
		{"OPTIONS", "/", 405},
		{"OPTIONS", "*", 405},
		{"TRACE", "/", 405},
		{"PROPFIND", "/", 405},
		{"POST", "/healthz", 405},
		{"POST", "/nope", 405},
		{"get", "/", 405}, // methods are case-sensitive
	}
	for _, tt := range tests {
		body := ""
		if tt.method == "POST" || tt.method == "PUT" {
			body = "Content-Length: 2\r\n\r\nxx"
		} else {
			body = "\r\n"
		}
		res, _ := rawRequest(t, s.Addr, tt.method+" "+tt.target+" HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n"+body)
		if res.StatusCode != tt.code {
			t.Errorf("%s %s = %d; want %d", tt.method, tt.target, res.StatusCode, tt.code)
		}
		if tt.code == 405 && res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s Allow = %q; want %q", tt.method, tt.target, res.Header.Get("Allow"), "GET, HEAD")
		}
		if res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s %s has no Content-Security-Policy", tt.method, tt.target)
		}
	}
}

func TestHealthz(t *testing.T) {
	s := startSite(t, testConfig(fixture(t)))
	for _, method := range []string{"GET", "HEAD"} {
		req, _ := http.NewRequest(method, s.URL+"/healthz", nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		want := "ok"
		if method == "HEAD" {
			want = ""
		}
		if res.StatusCode != 200 || string(body) != want {
			t.Errorf("%s /healthz = %d %q; want 200 %q", method, res.StatusCode, body, want)
		}
		if got := res.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s /healthz Cache-Control = %q; want no-cache", method, got)
		}
		if got := res.Header.Get("Content-Type"); got != "text/plain; charset=utf-8" {
			t.Errorf("%s /healthz Content-Type = %q", method, got)
		}
	}
}

func TestNewServerLimits(t *testing.T) {
	cfg := defaultConfig()
	srv := newServer(http.NotFoundHandler(), cfg, slog.New(slog.DiscardHandler))
	for _, d := range []struct {
		name string
		got  time.Duration
	}{
		{"ReadHeaderTimeout", srv.ReadHeaderTimeout},
		{"ReadTimeout", srv.ReadTimeout},
		{"WriteTimeout", srv.WriteTimeout},
		{"IdleTimeout", srv.IdleTimeout},
	} {
		if d.got <= 0 || d.got > 5*time.Minute {
			t.Errorf("%s = %v; want a bound between 0 and 5m", d.name, d.got)
		}
	}
	if srv.ReadHeaderTimeout > srv.ReadTimeout {
		t.Errorf("ReadHeaderTimeout %v > ReadTimeout %v", srv.ReadHeaderTimeout, srv.ReadTimeout)
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 64<<10 {
		t.Errorf("MaxHeaderBytes = %d; want at most 64 KiB", srv.MaxHeaderBytes)
	}
	if !srv.DisableGeneralOptionsHandler {
		t.Error("DisableGeneralOptionsHandler is false; OPTIONS * would get a 200")
	}
	if srv.ErrorLog == nil {
		t.Error("ErrorLog is nil; want the structured logger")
	}
}

// TestSlowloris: clients that dribble their headers, one line at a time,
// are cut off at ReadHeaderTimeout however steadily they send, and the
// server keeps answering everyone else meanwhile.
func TestSlowloris(t *testing.T) {
	cfg := testConfig(fixture(t))
	s := startSite(t, cfg)

	const slowClients = 20
	cutAfter := make(chan time.Duration, slowClients)
	for i := range slowClients {
		c, err := net.Dial("tcp", s.Addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		start := time.Now()
		go func() {
			// Dribble a header line every 50ms, far longer than allowed.
			fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: example.test\r\n")
			for j := 0; time.Since(start) < 5*time.Second; j++ {
				if _, err := fmt.Fprintf(c, "X-Slow-%d-%d: x\r\n", i, j); err != nil {
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
		}()
		go func() {
			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			io.Copy(io.Discard, c) // returns when the server closes
			cutAfter <- time.Since(start)
		}()
	}

	// Meanwhile, ordinary clients are served promptly.
	client := &http.Client{Timeout: 2 * time.Second}
	for i := range 10 {
		time.Sleep(20 * time.Millisecond)
		start := time.Now()
		res, err := client.Get(s.URL + "/compare")
		if err != nil {
			t.Fatalf("request %d during the attack: %v", i, err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("request %d during the attack = %d", i, res.StatusCode)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("request %d during the attack took %v", i, d)
		}
	}

	limit := cfg.ReadHeaderTimeout + time.Second
	for range slowClients {
		if d := <-cutAfter; d > limit {
			t.Errorf("a slow client kept its connection for %v; want it cut off within %v", d, limit)
		}
	}
}

// TestSlowReader: a client that stops reading a large response is cut off
// at WriteTimeout, and others are served meanwhile.
func TestSlowReader(t *testing.T) {
	dir := fixture(t)
	const size = 32 << 20 // more than loopback socket buffers hold
	if err := os.WriteFile(filepath.Join(dir, "web", "big.bin"), bytes.Repeat([]byte("x"), size), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(dir)
	s := startSite(t, cfg)

	c := dialSmallBuffer(t, s.Addr)
	fmt.Fprintf(c, "GET /web/big.bin HTTP/1.1\r\nHost: example.test\r\n\r\n")
	first := make([]byte, 1024)
	if _, err := io.ReadFull(c, first); err != nil {
		t.Fatal(err)
	}

	// Stop reading for longer than WriteTimeout; others are still served.
	res, err := (&http.Client{Timeout: 2 * time.Second}).Get(s.URL + "/")
	if err != nil {
		t.Fatalf("request while a client stalls: %v", err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	time.Sleep(cfg.WriteTimeout + 500*time.Millisecond)

	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, _ := io.Copy(io.Discard, c)
	if got := int64(len(first)) + n; got >= size {
		t.Errorf("a stalled client got all %d bytes (%d); want the response cut off", size, got)
	}
}

// TestMaxHeaderBytes: oversized headers get 431, without reaching the
// handler.
func TestMaxHeaderBytes(t *testing.T) {
	cfg := testConfig(fixture(t))
	cfg.MaxHeaderBytes = 1 << 10
	s := startSite(t, cfg)
	for _, tt := range []struct {
		size int
		code int
	}{
		{100, 200},
		{64 << 10, 431},
	} {
		res, _ := rawRequest(t, s.Addr, "GET / HTTP/1.1\r\nHost: example.test\r\nX-Big: "+strings.Repeat("a", tt.size)+"\r\nConnection: close\r\n\r\n")
		if res.StatusCode != tt.code {
			t.Errorf("header of %d bytes: status %d; want %d", tt.size, res.StatusCode, tt.code)
		}
	}
}

// TestIdleTimeout: an idle keep-alive connection is closed.
func TestIdleTimeout(t *testing.T) {
	cfg := testConfig(fixture(t))
	s := startSite(t, cfg)
	c, err := net.Dial("tcp", s.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: example.test\r\n\r\n")
	br := bufio.NewReader(c)
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		t.Fatalf("read on an idle connection = %v; want EOF", err)
	}
	if d := time.Since(start); d > cfg.IdleTimeout+time.Second {
		t.Errorf("idle connection closed after %v; want about %v", d, cfg.IdleTimeout)
	}
}

// TestAccessLog: one structured record per request, with method, path,
// status, bytes, duration and remote address; -quiet leaves only the
// server's own messages.
func TestAccessLog(t *testing.T) {
	for _, quiet := range []bool{false, true} {
		t.Run(fmt.Sprintf("quiet=%v", quiet), func(t *testing.T) {
			cfg := testConfig(fixture(t))
			cfg.Quiet = quiet
			s := startSite(t, cfg)
			requests := []struct {
				method, path, acceptEncoding string
				status                       int
				bytes                        int
			}{
				{"GET", "/compare", "", 200, len("<html>compare</html>")},
				{"GET", "/web/app.wasm", "br", 200, len("BR wasm")},
				{"HEAD", "/web/app.wasm", "br", 200, 0},
				{"GET", "/nope", "", 404, -1},
				{"POST", "/", "", 405, len("method not allowed\n")},
				{"GET", "/healthz", "", 200, 2},
			}
			for _, r := range requests {
				req, _ := http.NewRequest(r.method, s.URL+r.path, nil)
				if r.acceptEncoding != "" {
					req.Header.Set("Accept-Encoding", r.acceptEncoding)
				}
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
			if err := s.stop(t); err != nil {
				t.Fatal(err)
			}

			var got []map[string]any
			var msgs []string
			for _, rec := range s.logs.records(t) {
				msgs = append(msgs, rec["msg"].(string))
				if rec["msg"] == "request" {
					got = append(got, rec)
				}
			}
			if !strings.Contains(strings.Join(msgs, ","), "serving") {
				t.Errorf("log messages %q; want the serving message even when quiet", msgs)
			}
			if quiet {
				if len(got) != 0 {
					t.Errorf("quiet server logged %d requests: %v", len(got), got)
				}
				return
			}
			if len(got) != len(requests) {
				t.Fatalf("logged %d requests; want %d:\n%s", len(got), len(requests), s.logs)
			}
			for i, r := range requests {
				rec := got[i]
				if rec["method"] != r.method || rec["path"] != r.path || rec["status"] != float64(r.status) {
					t.Errorf("record %d = %v; want %s %s %d", i, rec, r.method, r.path, r.status)
				}
				if b, ok := rec["bytes"].(float64); !ok || r.bytes >= 0 && b != float64(r.bytes) || r.bytes < 0 && b <= 0 {
					t.Errorf("record %d bytes = %v; want %d", i, rec["bytes"], r.bytes)
				}
				if d, ok := rec["duration_ms"].(float64); !ok || d < 0 || d > 5000 {
					t.Errorf("record %d duration_ms = %v", i, rec["duration_ms"])
				}
				if remote, _ := rec["remote"].(string); !strings.HasPrefix(remote, "127.0.0.1:") {
					t.Errorf("record %d remote = %q", i, remote)
				}
			}
		})
	}
}

// TestShutdownDrains: a request in flight when shutdown starts completes;
// no new connection is accepted meanwhile; serve returns only after it.
func TestShutdownDrains(t *testing.T) {
	site, err := newHandler(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	entered := make(chan struct{})
	const slow = 500 * time.Millisecond
	mux := http.NewServeMux()
	mux.Handle("/", site)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		time.Sleep(slow)
		io.WriteString(w, "done")
	})
	s := startServer(t, mux, testConfig(""))

	type result struct {
		body string
		err  error
		at   time.Time
	}
	resc := make(chan result, 1)
	go func() {
		res, err := http.Get(s.URL + "/slow")
		if err != nil {
			resc <- result{err: err}
			return
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		resc <- result{string(b), err, time.Now()}
	}()
	<-entered
	start := time.Now()
	s.cancel() // what SIGTERM does in main

	// The listener closes at once.
	time.Sleep(100 * time.Millisecond)
	if c, err := net.DialTimeout("tcp", s.Addr, time.Second); err == nil {
		c.Close()
		t.Error("a new connection was accepted during shutdown")
	}

	var serveErr error
	var stoppedAt time.Time
	select {
	case serveErr = <-s.done:
		stoppedAt = time.Now()
		close(s.done)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return")
	}
	r := <-resc
	if r.err != nil || r.body != "done" {
		t.Fatalf("in-flight request during shutdown = %q, %v; want it to complete", r.body, r.err)
	}
	if serveErr != nil {
		t.Errorf("serve = %v; want nil", serveErr)
	}
	if stoppedAt.Before(r.at.Add(-50*time.Millisecond)) || time.Since(start) < slow-150*time.Millisecond {
		t.Errorf("serve returned before the in-flight request finished")
	}
}

// TestShutdownTimeout: a request that outlasts ShutdownTimeout does not
// hold the process: serve gives up and says so.
func TestShutdownTimeout(t *testing.T) {
	entered := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	cfg := testConfig("")
	cfg.ShutdownTimeout = 200 * time.Millisecond
	s := startServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
	}), cfg)
	go http.Get(s.URL + "/")
	<-entered
	start := time.Now()
	err := s.stop(t)
	if err == nil || !strings.Contains(err.Error(), "shutdown") {
		t.Errorf("serve with a stuck request = %v; want a shutdown error", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("shutdown took %v; want about %v", d, cfg.ShutdownTimeout)
	}
}

// TestSignalDrains runs the command itself, starts a large download that
// the client reads slowly, and sends the signal mid-way: the download
// completes, the command exits 0 and logs its shutdown.
func TestSignalDrains(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the command")
	}
	dir := fixture(t)
	const size = 16 << 20
	if err := os.WriteFile(filepath.Join(dir, "web", "big.bin"), bytes.Repeat([]byte("y"), size), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-addr", "127.0.0.1:0", "-dir", dir)
			cmd.Args[0] = "server"
			cmd.Env = append(os.Environ(), serverMainEnv+"=1")
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			lines := make(chan string, 100)
			go func() {
				sc := bufio.NewScanner(stderr)
				for sc.Scan() {
					lines <- sc.Text()
				}
				close(lines)
			}()
			var url string
			var logged []string
			for url == "" {
				select {
				case line, ok := <-lines:
					if !ok {
						t.Fatalf("server exited: %q", logged)
					}
					logged = append(logged, line)
					var rec struct{ Msg, URL string }
					if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "serving" {
						url = rec.URL
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("server did not log its URL: %q", logged)
				}
			}
			addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")

			c := dialSmallBuffer(t, addr)
			fmt.Fprintf(c, "GET /web/big.bin HTTP/1.1\r\nHost: example.test\r\n\r\n")
			br := bufio.NewReaderSize(c, 1024)
			res, err := http.ReadResponse(br, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.CopyN(io.Discard, res.Body, 64<<10)
			if err != nil {
				t.Fatal(err)
			}

			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() {
				for line := range lines {
					logged = append(logged, line)
				}
				exited <- cmd.Wait()
			}()
			// The download is still in flight: the command must wait.
			select {
			case err := <-exited:
				t.Fatalf("server exited with a download in flight: %v; log %q", err, logged)
			case <-time.After(300 * time.Millisecond):
			}
			if c2, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
				c2.Close()
				t.Error("a new connection was accepted after the signal")
			}

			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			n, err := io.Copy(io.Discard, res.Body)
			if got += n; err != nil || got != size {
				t.Fatalf("download during shutdown: %d of %d bytes, %v", got, size, err)
			}
			select {
			case err := <-exited:
				if err != nil {
					t.Fatalf("server exit = %v; want 0; log %q", err, logged)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("server did not exit after the download")
			}
			all := strings.Join(logged, "\n")
			for _, want := range []string{`"msg":"shutting down"`, `"msg":"stopped"`, `"path":"/web/big.bin","status":200,"bytes":16777216`} {
				if !strings.Contains(all, want) {
					t.Errorf("log lacks %s:\n%s", want, all)
				}
			}
		})
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr bool
		check   func(config) bool
	}{
		{nil, false, func(c config) bool {
			return c.Addr == ":8080" && c.Dir == "dist" && !c.Quiet && c.Site == defaultSiteOptions() && c.WriteTimeout == 2*time.Minute
		}},
		{[]string{"-addr", "127.0.0.1:9000", "-dir", "/srv/site", "-quiet"}, false, func(c config) bool {
			return c.Addr == "127.0.0.1:9000" && c.Dir == "/srv/site" && c.Quiet
		}},
		{[]string{"-frame-ancestors", "https://blog.example.com https://*.example.org", "-embed-prefix", "/widget"}, false, func(c config) bool {
			return c.Site.FrameAncestors == "https://blog.example.com https://*.example.org" && c.Site.EmbedPrefix == "/widget"
		}},
		{[]string{"-frame-ancestors", "'self'"}, false, nil},
		{[]string{"-embed-prefix", ""}, false, func(c config) bool { return c.Site.EmbedPrefix == "" }},
		{[]string{"-write-timeout", "30s", "-shutdown-timeout", "1m"}, false, func(c config) bool {
			return c.WriteTimeout == 30*time.Second && c.ShutdownTimeout == time.Minute
		}},
		{[]string{"-frame-ancestors", "*; script-src *"}, true, nil},
		{[]string{"-frame-ancestors", "https://a.example, https://b.example"}, true, nil},
		{[]string{"-frame-ancestors", "a\nb"}, true, nil},
		{[]string{"-frame-ancestors", " "}, true, nil},
		{[]string{"-nope"}, true, nil},
		{[]string{"extra"}, true, nil},
	}
	for _, tt := range tests {
		c, err := parseFlags(tt.args, io.Discard)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseFlags(%q) error = %v; want error %v", tt.args, err, tt.wantErr)
			continue
		}
		if err == nil && tt.check != nil && !tt.check(c) {
			t.Errorf("parseFlags(%q) = %+v", tt.args, c)
		}
	}
}
