//go:build browser

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Edits are written in a batch 300 ms after the last key (app/save.go), and
// at once when the page goes: a key typed just before the tab is closed or
// left is there when the calculator is opened again.
func TestSaveOnLeave(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	for _, tt := range []struct {
		name  string
		leave func(q *browserPage, closeTab func())
	}{
		{"tab closed", func(q *browserPage, closeTab func()) { closeTab() }},
		{"navigated away", func(q *browserPage, closeTab func()) {
			q.do("navigating away", chromedp.Navigate("about:blank"))
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			p.open("/")
			p.waitSaved("the preset saved", `d.scenarios.length === 1`)
			eco := p.saved().Current

			q, closeTab := p.newTabClosable(t)
			t.Cleanup(closeTab)
			q.open("/")
			q.typeInto(adsAmount, "432")
			// The last key, then the tab goes at once: no wait for the
			// save that would come 300 ms later.
			start := time.Now()
			q.do("typing the last key", chromedp.SendKeys(chromedp.ID(adsAmount), "1"))
			savedYet := eval[bool](q, `Object.values(localStorage).some(v => v.includes('"amount":"4321"'))`)
			tt.leave(q, closeTab)
			t.Logf("tab left %v after the last key (saved before: %v)", time.Since(start).Round(time.Millisecond), savedYet)

			p.reload()
			if got := p.savedScenario(p.saved(), eco).Costs[2].Amount; got != "4321" {
				t.Errorf("stored amount %q after the tab was %s; want 4321 (the last key kept)", got, tt.name)
			}
			if got := p.value(adsAmount); strings.ReplaceAll(got, ",", "") != "4321" {
				t.Errorf("field shows %q after reopening; want 4,321", got)
			}
		})
	}
}

// What the visitor made is on disk: the browser quit and started again
// with the same profile opens the calculator on the scenario they had open,
// as they left it. The tab's own state (sessionStorage) goes with the
// browser, so the scenario comes back from what localStorage says was
// opened last, not from the tab.
func TestDataSurvivesBrowserRestart(t *testing.T) {
	const toolsAmount = "f-costs-3-amount" // the SaaS preset's first cost with an amount
	srv := startBrowserServer(t, browserDist(t))
	profile := t.TempDir()
	start := func() (*browserPage, func()) {
		p, quit := launchBrowserPageIn(t, srv.URL, profile)
		return p.forTest(quit), quit
	}

	p, quit := start()
	p.open("/")
	p.waitSaved("the preset saved", `d.scenarios.length === 1`)
	p.choose("new-from", "saas")
	p.click("#create")
	p.waitSaved("the new scenario saved", `d.scenarios.length === 2`)
	made := p.saved().Current
	p.typeInto("f-name", "Kept on disk")
	p.typeInto(toolsAmount, "4321")
	p.waitSaved("the edits saved", `d.scenarios.some(e => e.id === `+jsq(made)+` && e.scenario.name === "Kept on disk" && e.scenario.costs[3].amount === "4321")`)
	quit()

	q, _ := start()
	q.open("/")
	if got := q.value("scenario"); got != made {
		t.Errorf("the browser started again opens scenario %q; want %q, the one open when it quit", got, made)
	}
	if got := q.value("f-name"); got != "Kept on disk" {
		t.Errorf("name field %q after the restart; want %q", got, "Kept on disk")
	}
	if got := q.value(toolsAmount); strings.ReplaceAll(got, ",", "") != "4321" {
		t.Errorf("amount field %q after the restart; want 4,321", got)
	}
	if n := len(q.saved().Scenarios); n != 2 {
		t.Errorf("%d scenarios after the restart; want 2", n)
	}
}
