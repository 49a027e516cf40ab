// Command server serves the static site that cmd/site writes to dist/.
//
//	server -addr :8080 -dir dist
//
// Every page is a file (/compare is compare.html, /dir/ is dir/index.html, as
// on GitHub Pages), precompressed .br and .gz siblings are served to clients
// that accept them, and nothing outside dir is ever read. dir may be
// replaced while it runs (a symbolic link swapped to a new release, or files
// copied over). Every response the handler writes carries security headers
// (a CSP that allows only what the app needs; not net/http's own answers to
// requests it cannot parse), caching is right for a PWA (see cacheControl),
// and the http.Server has timeouts for slow clients. It knows nothing about
// go-app: any static host would do.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// config is what run needs: main fills it from the flags, tests set short
// timeouts.
type config struct {
	Addr  string
	Dir   string
	Site  siteOptions
	Quiet bool // no access log

	ReadHeaderTimeout time.Duration // a request's headers must arrive within
	ReadTimeout       time.Duration // the whole request (GET and HEAD have no body)
	WriteTimeout      time.Duration // from the end of the headers to the end of the response
	IdleTimeout       time.Duration // a keep-alive connection waits this long for the next request
	MaxHeaderBytes    int
	ShutdownTimeout   time.Duration // how long in-flight requests may take after SIGTERM
}

func defaultConfig() config {
	return config{
		Addr:              ":8080",
		Dir:               "dist",
		Site:              defaultSiteOptions(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		// app.wasm is 1.7 MB in brotli: 2 minutes is 14 KB/s, a poor
		// mobile connection. A client that reads slower is cut off.
		WriteTimeout:    2 * time.Minute,
		IdleTimeout:     time.Minute,
		MaxHeaderBytes:  32 << 10,
		ShutdownTimeout: 15 * time.Second,
	}
}

// parseFlags reads the command line into a config.
func parseFlags(args []string, output io.Writer) (config, error) {
	c := defaultConfig()
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(output)
	fs.StringVar(&c.Addr, "addr", c.Addr, "address to listen on")
	fs.StringVar(&c.Dir, "dir", c.Dir, "directory of the static site (make site)")
	fs.StringVar(&c.Site.FrameAncestors, "frame-ancestors", c.Site.FrameAncestors,
		"CSP frame-ancestors sources for pages under -embed-prefix, e.g. \"https://blog.example.com\"; all other pages cannot be framed")
	fs.StringVar(&c.Site.EmbedPrefix, "embed-prefix", c.Site.EmbedPrefix, "URL path prefix of the embeddable pages (\"\" for none)")
	fs.BoolVar(&c.Quiet, "quiet", false, "no access log")
	fs.DurationVar(&c.WriteTimeout, "write-timeout", c.WriteTimeout, "longest time to send one response (app.wasm to a slow client)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", c.ShutdownTimeout, "how long in-flight requests may finish after SIGTERM or SIGINT")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	if err := validFrameAncestors(c.Site.FrameAncestors); err != nil {
		return c, fmt.Errorf("-frame-ancestors: %w", err)
	}
	return c, nil
}

func main() {
	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second signal ends the process at once
	}()
	if err := run(ctx, cfg, logger); err != nil {
		logger.Error("server stopped", "err", err)
		os.Exit(1)
	}
}

// run serves cfg.Dir on cfg.Addr until ctx is done, then shuts down
// gracefully.
func run(ctx context.Context, cfg config, logger *slog.Logger) error {
	h, err := newSiteHandler(cfg.Dir, cfg.Site)
	if err != nil {
		return err
	}
	for _, b := range h.inline.blocked {
		logger.Warn("the CSP blocks an inline handler, style or javascript: URL", "where", b)
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	return serve(ctx, ln, h, cfg, logger)
}

// newServer is the http.Server for h, with cfg's timeouts and limits and
// an access log (unless cfg.Quiet).
func newServer(h http.Handler, cfg config, logger *slog.Logger) *http.Server {
	access := logger
	if cfg.Quiet {
		access = slog.New(slog.DiscardHandler)
	}
	return &http.Server{
		Handler:           accessLog(access, h),
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    cfg.MaxHeaderBytes,
		// "OPTIONS *" reaches the handler, for a 405 like any other method.
		DisableGeneralOptionsHandler: true,
		ErrorLog:                     slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// serve serves h on ln until ctx is done, then stops accepting connections
// and waits up to cfg.ShutdownTimeout for in-flight requests to finish.
func serve(ctx context.Context, ln net.Listener, h http.Handler, cfg config, logger *slog.Logger) error {
	srv := newServer(h, cfg, logger)
	logger.Info("serving", "dir", cfg.Dir, "url", listenURL(ln.Addr()))

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
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
