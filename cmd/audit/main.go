// Command audit runs Lighthouse against the site as cmd/server serves it
// and prints, per route, the four category scores, the key timings and
// every failing audit that counts toward a score. It is a measurement, not
// a test: `make audit` installs Lighthouse, builds dist/ and runs it.
//
//	go run ./cmd/audit -server bin/server -dir dist \
//	    -lighthouse .cache/lighthouse/node_modules/.bin/lighthouse
//
// The server listens on a free loopback port; every Lighthouse run starts
// Chromium with a fresh profile (a cold visit, no service worker yet), with
// Lighthouse's default mobile settings: an emulated phone, simulated slow
// 4G and a 4x slower CPU. The full reports go to -out as JSON and HTML.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/socialroi/socialroi/internal/headless"
)

// chromeFlags are the flags Lighthouse starts Chromium with: no omnibox
// popup renderers competing with the page audited (internal/headless).
const chromeFlags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-features=" + headless.DisabledFeatures

// categories in the order they are printed, with the targets.
var categories = []struct {
	id, short string
	target    float64
}{
	{"performance", "perf", 0.90},
	{"accessibility", "a11y", 1},
	{"best-practices", "bp", 1},
	{"seo", "seo", 1},
}

// timings are the key metrics, by Lighthouse audit id.
var timings = []struct{ id, short string }{
	{"first-contentful-paint", "FCP"},
	{"largest-contentful-paint", "LCP"},
	{"total-blocking-time", "TBT"},
	{"cumulative-layout-shift", "CLS"},
	{"speed-index", "SI"},
	{"interactive", "TTI"},
}

func main() {
	server := flag.String("server", "bin/server", "the cmd/server binary")
	dir := flag.String("dir", "dist", "the built site to serve")
	lighthouse := flag.String("lighthouse", ".cache/lighthouse/node_modules/.bin/lighthouse", "the Lighthouse command")
	chrome := flag.String("chrome", cmp.Or(os.Getenv("CHROME_PATH"), "/usr/bin/chromium"), "the Chromium Lighthouse drives (CHROME_PATH)")
	routes := flag.String("routes", "/,/guide,/compare,/embed", "comma-separated paths to audit (/embed: the blog embed as a host page frames it, started lazily)")
	runs := flag.Int("runs", 1, "Lighthouse runs per route; the run with the median performance score is reported")
	out := flag.String("out", ".cache/audit", "folder for the full reports (JSON and HTML)")
	strict := flag.Bool("strict", false, "exit with status 1 when a score misses its target")
	flag.Parse()
	if *runs < 1 {
		*runs = 1
	}

	missed, err := audit(config{
		server: *server, dir: *dir, lighthouse: *lighthouse, chrome: *chrome,
		routes: strings.Split(*routes, ","), runs: *runs, out: *out,
	}, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(2)
	}
	if missed && *strict {
		os.Exit(1)
	}
}

type config struct {
	server, dir, lighthouse, chrome string
	routes                          []string
	runs                            int
	out                             string
}

// audit serves the site, audits every route and prints the results. missed
// tells whether a score is under its target.
func audit(c config, w io.Writer) (missed bool, err error) {
	for _, p := range []string{c.server, c.lighthouse, c.chrome} {
		if _, err := os.Stat(p); err != nil {
			return false, fmt.Errorf("%v (run `make audit`, which builds the server and installs Lighthouse)", err)
		}
	}
	if _, err := os.Stat(filepath.Join(c.dir, "index.html")); err != nil {
		return false, fmt.Errorf("%s holds no built site (%v): run `make build`", c.dir, err)
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return false, err
	}
	base, stop, err := serve(c.server, c.dir)
	if err != nil {
		return false, err
	}
	defer stop()

	version, _ := exec.Command(c.lighthouse, "--version").Output()
	chromeVersion, _ := exec.Command(c.chrome, "--version").Output()
	fmt.Fprintf(w, "Lighthouse %s, %s, mobile (emulated phone, simulated slow 4G, 4x CPU slowdown), %s serving %s at %s\n",
		strings.TrimSpace(string(version)), strings.TrimSpace(string(chromeVersion)), c.server, c.dir, base)

	var results []result
	for _, route := range c.routes {
		route = "/" + strings.TrimPrefix(strings.TrimSpace(route), "/")
		var reps []*report
		for i := range c.runs {
			name := slug(route)
			if c.runs > 1 {
				name += fmt.Sprintf("-%d", i+1)
			}
			r, err := runLighthouse(c, base+route, filepath.Join(c.out, name))
			if err != nil {
				return false, fmt.Errorf("%s: %w", route, err)
			}
			reps = append(reps, r)
		}
		slices.SortStableFunc(reps, func(a, b *report) int {
			return cmp.Compare(a.score("performance"), b.score("performance"))
		})
		res := result{route: route, report: reps[len(reps)/2]}
		for _, r := range reps {
			res.perfScores = append(res.perfScores, r.score("performance"))
		}
		results = append(results, res)
	}

	fmt.Fprintln(w)
	printTable(w, results)
	if lines := budgetLines(results); len(lines) > 0 {
		fmt.Fprintln(w, "\nspeed budgets (issue 12), on the median run:")
		for _, l := range lines {
			fmt.Fprintln(w, "  "+l)
		}
	}
	for _, res := range results {
		fmt.Fprintln(w)
		if printFailures(w, res) {
			missed = true
		}
	}
	fmt.Fprintf(w, "\nFull reports: %s/*.report.html and *.report.json\n", c.out)
	return missed, nil
}

type result struct {
	route      string
	report     *report
	perfScores []float64 // of every run, sorted
}

// serve starts the server on a free loopback port and waits for /healthz.
func serve(server, dir string) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(server, "-addr", addr, "-dir", dir, "-quiet")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop = func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	base = "http://" + addr
	deadline := time.Now().Add(15 * time.Second)
	for {
		select {
		case err := <-exited:
			return "", nil, fmt.Errorf("%s exited before serving: %v", server, err)
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base, stop, nil
			}
		}
		if time.Now().After(deadline) {
			stop()
			return "", nil, fmt.Errorf("%s did not answer %s/healthz within 15 s", server, base)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// runLighthouse audits one URL and reads the JSON report it writes next to
// an HTML one (path.report.json, path.report.html).
func runLighthouse(c config, url, path string) (*report, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.lighthouse, url,
		"--only-categories=performance,accessibility,best-practices,seo",
		"--output=json", "--output=html", "--output-path="+path,
		"--chrome-flags="+chromeFlags,
		"--quiet")
	cmd.Env = append(os.Environ(), "CHROME_PATH="+c.chrome)
	cmd.Stdout = io.Discard
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("lighthouse %s: %v\n%s", url, err, stderr.String())
	}
	b, err := os.ReadFile(path + ".report.json")
	if err != nil {
		return nil, err
	}
	r := report{path: path}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s.report.json: %v", path, err)
	}
	if r.RuntimeError != nil && r.RuntimeError.Code != "" {
		return nil, fmt.Errorf("lighthouse %s: %s: %s", url, r.RuntimeError.Code, r.RuntimeError.Message)
	}
	return &r, nil
}

// report is the part of Lighthouse's JSON report (LHR) read here.
type report struct {
	path string // where it was written, without .report.json

	LighthouseVersion string   `json:"lighthouseVersion"`
	FinalURL          string   `json:"finalDisplayedUrl"`
	RunWarnings       []string `json:"runWarnings"`
	RuntimeError      *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"runtimeError"`
	Categories map[string]category    `json:"categories"`
	Audits     map[string]auditResult `json:"audits"`
}

type category struct {
	Title     string   `json:"title"`
	Score     *float64 `json:"score"`
	AuditRefs []struct {
		ID     string  `json:"id"`
		Weight float64 `json:"weight"`
	} `json:"auditRefs"`
}

type auditResult struct {
	ID               string             `json:"id"`
	Title            string             `json:"title"`
	Score            *float64           `json:"score"`
	ScoreDisplayMode string             `json:"scoreDisplayMode"`
	DisplayValue     string             `json:"displayValue"`
	NumericValue     *float64           `json:"numericValue"`
	MetricSavings    map[string]float64 `json:"metricSavings"`
	Details          *struct {
		Type  string          `json:"type"`
		Items json.RawMessage `json:"items"` // a list, or an object for some types
	} `json:"details"`
}

// items are the audit's detail items, when they are a list.
func (a auditResult) items() []json.RawMessage {
	var items []json.RawMessage
	if a.Details != nil {
		json.Unmarshal(a.Details.Items, &items)
	}
	return items
}

// score is a category's score, 0 to 1, or -1 when Lighthouse gave none.
func (r *report) score(cat string) float64 {
	c, ok := r.Categories[cat]
	if !ok || c.Score == nil {
		return -1
	}
	return *c.Score
}

func pct(s float64) string {
	if s < 0 {
		return "?"
	}
	return fmt.Sprintf("%.0f", s*100)
}

func printTable(w io.Writer, results []result) {
	head := []string{"route"}
	for _, c := range categories {
		head = append(head, fmt.Sprintf("%s(≥%s)", c.short, pct(c.target)))
	}
	for _, t := range timings {
		head = append(head, t.short)
	}
	rows := [][]string{head}
	for _, res := range results {
		row := []string{res.route}
		for _, c := range categories {
			s := res.report.score(c.id)
			cell := pct(s)
			if s < c.target {
				cell += " ✗"
			}
			if c.id == "performance" && len(res.perfScores) > 1 {
				cell += fmt.Sprintf(" [%s–%s]", pct(res.perfScores[0]), pct(res.perfScores[len(res.perfScores)-1]))
			}
			row = append(row, cell)
		}
		for _, t := range timings {
			row = append(row, metric(res.report.Audits[t.id]))
		}
		rows = append(rows, row)
	}
	widths := make([]int, len(head))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len([]rune(cell)))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			b.WriteString(cell)
			b.WriteString(strings.Repeat(" ", widths[i]-len([]rune(cell))+2))
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// speedBudgets are issue 12's Lighthouse budgets, by route (the table's
// perf column holds every route to the older, one target of 90): the
// performance score at least, or a metric's value at most.
var speedBudgets = []struct {
	route, name string
	audit       string  // a Lighthouse metric's audit id; "" is the performance score
	limit       float64 // the score at least (0-1), or the metric's value at most
	format      string  // how the metric's value is printed
}{
	{"/", "performance ≥ 85", "", 0.85, ""},
	{"/", "TBT ≤ 600 ms", "total-blocking-time", 600, "%.0f ms"},
	{"/", "CLS ≤ 0.02", "cumulative-layout-shift", 0.02, "%.3f"},
	{"/embed", "performance ≥ 95", "", 0.95, ""},
}

// budgetLines says, for each speed budget of a route audited, the figure
// and whether it is met: "/ TBT ≤ 600 ms: 970 ms ✗". A figure Lighthouse
// did not give is "?", and not met.
func budgetLines(results []result) []string {
	var lines []string
	for _, b := range speedBudgets {
		i := slices.IndexFunc(results, func(r result) bool { return r.route == b.route })
		if i < 0 {
			continue
		}
		r := results[i].report
		got, ok := "?", false
		if b.audit == "" {
			if s := r.score("performance"); s >= 0 {
				got, ok = pct(s), s >= b.limit
			}
		} else if a, found := r.Audits[b.audit]; found && a.NumericValue != nil {
			got, ok = fmt.Sprintf(b.format, *a.NumericValue), *a.NumericValue <= b.limit
		}
		mark := "✓"
		if !ok {
			mark = "✗"
		}
		lines = append(lines, fmt.Sprintf("%s %s: %s %s", b.route, b.name, got, mark))
	}
	return lines
}

// metric is a timing as Lighthouse shows it, with its own score (0-100).
func metric(a auditResult) string {
	if a.ID == "" {
		return "-"
	}
	v := strings.ReplaceAll(a.DisplayValue, "\u00a0", " ")
	if v == "" && a.NumericValue != nil {
		v = fmt.Sprintf("%.0f", *a.NumericValue)
	}
	if a.Score != nil {
		v += fmt.Sprintf(" (%s)", pct(*a.Score))
	}
	return v
}

// printFailures lists, for one route, the audits that count toward a score
// (weight > 0) and did not pass, and tells whether a target was missed.
func printFailures(w io.Writer, res result) (missed bool) {
	r := res.report
	var lines []string
	for _, c := range categories {
		cat, ok := r.Categories[c.id]
		if !ok {
			continue
		}
		if r.score(c.id) < c.target {
			missed = true
		}
		for _, ref := range cat.AuditRefs {
			a, ok := r.Audits[ref.ID]
			if ref.Weight <= 0 || !ok || a.Score == nil || *a.Score >= 1 {
				continue
			}
			line := fmt.Sprintf("  [%s] %s — %s: score %s, weight %g", c.short, a.ID, a.Title, pct(*a.Score), ref.Weight)
			if a.DisplayValue != "" {
				line += " (" + strings.ReplaceAll(a.DisplayValue, "\u00a0", " ") + ")"
			}
			lines = append(lines, line)
			if c.id == "accessibility" || c.id == "best-practices" || c.id == "seo" {
				lines = append(lines, itemLines(a, 10)...)
			}
			if c.id == "performance" {
				lines = append(lines, contributors(r, a)...)
			}
		}
	}
	status := "meets every target"
	if missed {
		status = "misses a target"
	}
	fmt.Fprintf(w, "%s (%s): %s; report %s.report.html\n", res.route, r.FinalURL, status, r.path)
	for _, warn := range r.RunWarnings {
		fmt.Fprintf(w, "  warning: %s\n", warn)
	}
	if len(lines) == 0 {
		fmt.Fprintln(w, "  no failing audit with weight > 0")
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return missed
}

// itemLines describes what an audit found: the offending nodes' snippets
// (and why they fail) for DOM audits, else the items' main fields.
func itemLines(a auditResult, limit int) []string {
	items := a.items()
	var lines []string
	for i, raw := range items {
		if i == limit {
			lines = append(lines, fmt.Sprintf("      … and %d more", len(items)-limit))
			break
		}
		var it struct {
			Node *struct {
				Snippet     string `json:"snippet"`
				Selector    string `json:"selector"`
				Explanation string `json:"explanation"`
			} `json:"node"`
			URL         string `json:"url"`
			Source      any    `json:"source"`
			Description string `json:"description"`
			Directive   string `json:"directive"`
		}
		if json.Unmarshal(raw, &it) != nil {
			continue
		}
		switch {
		case it.Node != nil:
			lines = append(lines, fmt.Sprintf("      node %s  (%s)", clip(it.Node.Snippet, 200), it.Node.Selector))
			if it.Node.Explanation != "" {
				lines = append(lines, "        "+clip(strings.Join(strings.Fields(it.Node.Explanation), " "), 300))
			}
		default:
			var parts []string
			for _, s := range []string{it.URL, it.Description, it.Directive} {
				if s != "" {
					parts = append(parts, s)
				}
			}
			if src, ok := it.Source.(map[string]any); ok {
				if u, ok := src["url"].(string); ok {
					parts = append(parts, fmt.Sprintf("%s:%v", u, src["line"]))
				}
			}
			if len(parts) == 0 {
				parts = append(parts, clip(string(raw), 200))
			}
			lines = append(lines, "      "+clip(strings.Join(parts, " — "), 300))
		}
	}
	return lines
}

// metricKeys are the metricSavings keys of the timing audits.
var metricKeys = map[string]string{
	"first-contentful-paint":   "FCP",
	"largest-contentful-paint": "LCP",
	"total-blocking-time":      "TBT",
	"cumulative-layout-shift":  "CLS",
	"speed-index":              "SI",
}

// contributors names, for a failing timing, the audits that Lighthouse says
// would save most of it, and the longest main-thread tasks for TBT.
func contributors(r *report, metricAudit auditResult) []string {
	key, ok := metricKeys[metricAudit.ID]
	if !ok {
		return nil
	}
	type saving struct {
		a  auditResult
		ms float64
	}
	var s []saving
	for _, a := range r.Audits {
		if v := a.MetricSavings[key]; v > 0 && a.Score != nil && *a.Score < 1 {
			s = append(s, saving{a, v})
		}
	}
	slices.SortFunc(s, func(x, y saving) int { return cmp.Or(cmp.Compare(y.ms, x.ms), strings.Compare(x.a.ID, y.a.ID)) })
	var lines []string
	for i, x := range s {
		if i == 5 {
			break
		}
		unit := " ms"
		if key == "CLS" {
			unit = ""
		}
		l := fmt.Sprintf("      would save %s%s: %s — %s", fmt.Sprint(x.ms), unit, x.a.ID, x.a.Title)
		if x.a.DisplayValue != "" {
			l += " (" + strings.ReplaceAll(x.a.DisplayValue, "\u00a0", " ") + ")"
		}
		lines = append(lines, l)
	}
	if key == "TBT" {
		if lt, ok := r.Audits["long-tasks"]; ok {
			for i, raw := range lt.items() {
				if i == 5 {
					break
				}
				var t struct {
					URL       string  `json:"url"`
					Duration  float64 `json:"duration"`
					StartTime float64 `json:"startTime"`
				}
				if json.Unmarshal(raw, &t) == nil {
					lines = append(lines, fmt.Sprintf("      long task %4.0f ms at %5.0f ms: %s", t.Duration, t.StartTime, t.URL))
				}
			}
		}
	}
	return lines
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// slug is a file name for a route: "index" for "/".
func slug(route string) string {
	s := strings.Trim(route, "/")
	if s == "" {
		return "index"
	}
	return strings.NewReplacer("/", "-", "?", "-", "#", "-").Replace(s)
}
