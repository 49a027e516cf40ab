//go:build browser

// BenchmarkEmbedHost: what two embeds cost the blog post that holds them
// (a measurement, not a test; `make bench-browser` runs it).
//
// The host is a static article on a 375 px phone, measured from navigation
// to five seconds after its load event: its main thread's long tasks (the
// Long Tasks API, in the host document), as
//   - tbt-ms: Total Blocking Time, the sum of each long task's time over 50 ms;
//   - longest-ms: the longest task after load, what an interaction of the
//     reader with the post (an INP) could wait behind at worst;
//   - longsum-ms: the long tasks' whole time.
//
// Site isolation is off, as on most phones: a cross-origin iframe shares the
// host's process and main thread, so whatever the embed runs blocks the post.
// Variants: the post alone; with two embeds as readers get them (lazy:
// prerendered, the wasm only prefetched); with two embeds that start as soon
// as they are in view (a currency other than the language's makes them, as
// every embed did before the lazy start); and with two lazy embeds of which the reader taps
// one (the start, as the reader asked for it).

package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// hostLongTaskProbe, in every new document, records the host's long tasks and
// when its load event fired.
const hostLongTaskProbe = `(() => {
	if (window.top !== window) return;
	window.__long = [];
	new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]) })
		.observe({type: "longtask", buffered: true});
	addEventListener("load", () => { window.__loaded = performance.now() });
})()`

// longTaskStatsJS sums the long tasks up to five seconds after load.
const longTaskStatsJS = `(() => {
	const end = window.__loaded + 5000, l = window.__long.filter(t => t[0] < end);
	const after = l.filter(t => t[0] >= window.__loaded);
	return {
		tbt: l.reduce((n, t) => n + Math.max(0, t[1] - 50), 0),
		longest: after.reduce((n, t) => Math.max(n, t[1]), 0),
		sum: l.reduce((n, t) => n + t[1], 0),
		count: l.length,
	} })()`

type longTaskStats struct {
	TBT     float64 `json:"tbt"`
	Longest float64 `json:"longest"`
	Sum     float64 `json:"sum"`
	Count   float64 `json:"count"`
}

// embedHostPage serves a blog post with the given embeds (placeholder
// attributes, each an embed) from the app at appURL.
func embedHostPage(b *testing.B, appURL string, embeds ...string) string {
	para := `<p>Social media work is easy to count in likes and hard to count in money. ` +
		`This post walks through the figures we use: what the work cost, what it brought back, and where the break-even lies. ` +
		`Each step is a number you already have, in your ad accounts, your analytics or your time sheets.</p>`
	var body strings.Builder
	body.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>What our social media returned</title>
<style>body { margin: 0 auto; max-width: 720px; padding: 0 1rem; font: 18px/1.6 Georgia, serif; color: #222 } h1 { font-size: 1.8rem }</style>
</head><body><article><h1>What our social media returned last quarter</h1>`)
	body.WriteString(para + para)
	for i, attrs := range embeds {
		body.WriteString(`<h2>Try it: ` + fmt.Sprint(i+1) + `</h2><div data-social-roi ` + attrs + `></div>` + para + para + para)
	}
	body.WriteString(para + `</article>`)
	if len(embeds) > 0 {
		body.WriteString(`<script src="` + html.EscapeString(appURL) + `/web/embed.js" async></script>`)
	}
	body.WriteString(`</body></html>`)
	page := body.String()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	b.Cleanup(srv.Close)
	return srv.URL
}

func BenchmarkEmbedHost(b *testing.B) {
	app := startBrowserServer(b, browserDist(b))
	variants := []struct {
		name   string
		embeds []string
		tap    bool // the reader taps the first embed's first field after load
	}{
		{"none", nil, false},
		{"two-lazy", []string{`data-mode="quick"`, `data-mode="roas"`}, false},
		{"two-eager", []string{`data-mode="quick" data-currency="USD"`, `data-mode="roas" data-currency="USD"`}, false},
		{"two-lazy-tapped", []string{`data-mode="quick"`, `data-mode="roas"`}, true},
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			host := embedHostPage(b, app.URL, v.embeds...)
			var sum longTaskStats
			b.StopTimer()
			for i := 0; i < b.N; i++ {
				p, closeBrowser := launchBrowserPage(b, host,
					chromedp.Flag("disable-site-isolation-trials", true), chromedp.Flag("site-per-process", false))
				p.onNewDocument(hostLongTaskProbe)
				p.do("opening the post", chromedp.Navigate(host+"/"))
				p.viewport(375, 740)
				p.do("loading the post again at 375 px", chromedp.Reload())
				p.waitJS("the load event", `typeof window.__loaded === "number"`, "")
				if v.tap {
					f := findEmbedFrame(p, app.URL)
					f.wait("the prerendered mode", `document.querySelector("#embed-mode input")`, "")
					pos := eval[map[string]float64](p, `(() => { const f = document.querySelector("[data-social-roi] iframe"); f.scrollIntoView({block: "start"});
						const r = f.getBoundingClientRect(); return {x: r.left, y: r.top} })()`)
					in, err := frameEval[map[string]float64](f, `(() => { const r = document.querySelector("#embed-mode input").getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2} })()`)
					if err != nil {
						b.Fatal(err)
					}
					p.do("tapping the first field", chromedp.MouseClickXY(pos["x"]+in["x"], pos["y"]+in["y"]))
					f.wait("the tapped embed started", `document.documentElement.getAttribute("data-app-ready") === "1"`,
						`[document.activeElement && document.activeElement.id, document.documentElement.outerHTML.slice(0, 300)]`)
				}
				// The window measured: five seconds after load.
				p.waitJS("five seconds after load", `performance.now() > window.__loaded + 5000`, "")
				s := eval[longTaskStats](p, longTaskStatsJS)
				sum.TBT += s.TBT
				sum.Longest += s.Longest
				sum.Sum += s.Sum
				sum.Count += s.Count
				closeBrowser()
			}
			n := float64(b.N)
			b.ReportMetric(sum.TBT/n, "tbt-ms")
			b.ReportMetric(sum.Longest/n, "longest-ms")
			b.ReportMetric(sum.Sum/n, "longsum-ms")
			b.ReportMetric(sum.Count/n, "longtasks")
		})
	}
}
