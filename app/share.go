package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// Share links: "Share" puts the whole scenario in a link, <app>/#s=<payload>
// (roi.EncodeShare, the same as `roi share`). Opening such a link shows the
// scenario as an incoming one: listed and edited like the others, but not
// kept until the visitor saves it, so a link never overwrites saved work.

// scenarioLabel is how the scenario list names an entry: an incoming one
// says it is not saved.
func (p *Page) scenarioLabel(e Entry) string {
	name := p.orUntitled(e.Scenario.Name)
	if p.store().IsIncoming(e.ID) {
		name += " (" + p.t("from a link, not saved") + ")"
	} else if e.Unsaved {
		name += " (" + p.t("not saved") + ")"
	}
	return name
}

// sharePayload finds the share payload in a URL fragment: "s=..." alone,
// or among other options ("lang=fr&s=..."). rest is the fragment without it.
func sharePayload(fragment string) (payload, rest string, ok bool) {
	fragment = strings.TrimPrefix(fragment, "#")
	var others []string
	for _, part := range strings.Split(fragment, "&") {
		if v, found := strings.CutPrefix(part, "s="); found && !ok {
			payload, ok = v, true
			continue
		}
		if part != "" {
			others = append(others, part)
		}
	}
	return payload, strings.Join(others, "&"), ok
}

// shareURL is the link that opens sc: the app's root (origin and path
// prefix), then #s= and the scenario. ok is false when the scenario is too
// large for a link (the app would refuse to open it).
func shareURL(origin, root string, sc roi.Scenario) (link string, ok bool) {
	payload := roi.EncodeShare(sc)
	if payload == "" || len(payload) > roi.MaxShareLength {
		return "", false
	}
	if !strings.HasSuffix(root, "/") {
		root += "/"
	}
	return strings.TrimSuffix(origin, "/") + root + "#s=" + payload, true
}

// problemLines says what is wrong, one problem a line, each with its
// field as the form names it first ("Cost line 3, Hours: cannot be
// negative"; fieldnames.go). Long lists are cut, saying how many more
// there are.
func problemLines(lang string, probs []roi.Problem, limit int) []string {
	var out []string
	for i, p := range probs {
		if i == limit {
			out = append(out, trf(lang, "… and {0} more.", strconv.Itoa(len(probs)-limit)))
			break
		}
		line := p.Message.In(lang)
		if p.Path != "" {
			line = fieldName(lang, p.Path) + ": " + line
		}
		out = append(out, line)
	}
	return out
}

// tools is the page's state for sharing, exporting, importing and
// tracking links: status messages, the link to copy by hand.
type tools struct {
	shareLink   string   // the last share link, shown to copy by hand
	shareStatus string   // what Share did
	shareAlert  bool     // shareStatus is a failure
	shareNotice []string // why a link could not be opened
	shareTo     string   // what a share link opens: "calc", or the report

	fileStatus     string   // what Export or Import did
	fileAlert      bool     // fileStatus is a failure
	importProblems []string // why a file could not be imported
	importWarnings []string // what an imported file had that was ignored
	lastImport     string   // the scenario "Undo import" takes back
	dragOver       bool     // a file is dragged over the import zone

	copied string // the tracking link copied last (its channel)
	utmNG  bool   // copying it failed
}

// shareHashListener watches for a share link pasted into the address bar
// of an open app (only the fragment changes: no reload).
var (
	shareHashListener app.Func
	onShareHash       func()
)

// mountTools runs when a page mounts in the browser: it opens a share link
// and lets a scenario file be dropped on the calculator.
func (p *Page) mountTools(ctx app.Context) {
	p.openSharedLink(ctx)
	p.watchDrops(ctx)
}

// openSharedLink opens the share link the app was opened with, if any, and
// watches for later ones. It runs in the browser, on the calculator only:
// other pages (such as the embed) read their fragment their own way.
func (p *Page) openSharedLink(ctx app.Context) {
	if p.View != PathCalc && p.View != PathReport { // a report link opens the report (reportlead.go)
		return
	}
	onShareHash = func() { ctx.Dispatch(func(ctx app.Context) { p.readShareFragment() }) }
	if shareHashListener == nil {
		shareHashListener = app.FuncOf(func(this app.Value, args []app.Value) any {
			if f := onShareHash; f != nil {
				f()
			}
			return nil
		})
		app.Window().Call("addEventListener", "hashchange", shareHashListener)
	}
	p.readShareFragment()
}

// readShareFragment opens #s=... from the address and removes it from the
// address first, so a reload never opens the link a second time: the
// scenario itself is kept in the tab's session until Save or Discard.
func (p *Page) readShareFragment() {
	defer func() {
		if r := recover(); r != nil {
			p.tools.shareNotice = []string{p.t("This link could not be opened. Nothing was changed.")}
		}
	}()
	loc := app.Window().Get("location")
	payload, rest, ok := sharePayload(loc.Get("hash").String())
	if !ok {
		return
	}
	clean := loc.Get("pathname").String() + loc.Get("search").String()
	if rest != "" {
		clean += "#" + rest
	}
	hist := app.Window().Get("history")
	hist.Call("replaceState", hist.Get("state"), "", clean)

	st := p.store()
	if _, err := st.OpenShared(payload); err != nil {
		p.tools.shareNotice = problemLines(p.lang(), roi.ProblemsOf(err), 10)
		return
	}
	p.tools.shareNotice = nil
	p.tools.shareStatus, p.tools.shareAlert = "", false
}

// share makes the link for the current scenario and copies it.
func (p *Page) share(ctx app.Context) {
	st := p.store()
	cur := st.Current()
	origin := app.Window().Get("location").Get("origin").String()
	link, ok := shareURL(origin, href(PathCalc), cur.Scenario)
	if p.tools.shareTo != "calc" {
		link, ok = reportShareURL(origin, href(PathCalc), cur.Scenario)
	}
	if !ok {
		p.tools.shareLink = ""
		p.tools.shareStatus, p.tools.shareAlert = p.t("This scenario is too large for a link. Use Export JSON to pass it on as a file."), true
		return
	}
	p.tools.shareLink = link
	note := ""
	if len(cur.Drafts) > 0 {
		note = " " + p.t("Fields with an error are shared with their last valid value.")
	}
	p.tools.shareStatus, p.tools.shareAlert = p.t("Making the link…"), false
	copyText(link, func(copied bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if copied {
				p.tools.shareStatus = p.t("Link copied. Whoever opens it sees this scenario as it is now; nothing is sent to a server.") + note
			} else {
				p.tools.shareStatus = p.t("Copy the link below to share this scenario; nothing is sent to a server.") + note
			}
		})
	})
}

// copyText puts text on the clipboard and says whether that worked. done
// runs later, from a JavaScript callback: update the page through Dispatch.
func copyText(text string, done func(ok bool)) {
	called := false
	finish := func(ok bool) {
		if !called {
			called = true
			done(ok)
		}
	}
	defer func() {
		if recover() != nil {
			finish(false)
		}
	}()
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() || !clip.Get("writeText").Truthy() {
		finish(false) // no clipboard API (an insecure context, an old browser)
		return
	}
	then(clip.Call("writeText", text), func(app.Value) { finish(true) }, func() { finish(false) })
}

// then waits for a JavaScript promise: ok gets its value, failed runs when
// it is rejected. The callbacks are released after either.
func then(promise app.Value, ok func(app.Value), failed func()) {
	var resolved, rejected app.Func
	release := func() {
		resolved.Release()
		rejected.Release()
	}
	resolved = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		var v app.Value
		if len(args) > 0 {
			v = args[0]
		}
		ok(v)
		return nil
	})
	rejected = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		failed()
		return nil
	})
	promise.Call("then", resolved, rejected)
}

// renderIncoming shows the banner of a scenario opened from a link, and
// why a link could not be opened.
func (p *Page) renderIncoming() app.UI {
	st := p.store()
	cur := st.Current()
	return app.Div().Class("incoming-area").Body(
		app.If(len(p.tools.shareNotice) > 0, func() app.UI {
			return app.Div().Class("banner notice").ID("share-notice").Role("alert").Body(
				app.P().Body(
					app.Strong().Text(p.t("This link could not be opened.")),
					app.Text(" "+p.t("Nothing was changed: your scenarios are as they were.")),
				),
				app.Ul().Body(app.Range(p.tools.shareNotice).Slice(func(i int) app.UI {
					return app.Li().Text(p.tools.shareNotice[i])
				})),
				app.Button().Type("button").ID("share-notice-dismiss").Text(p.t("Dismiss")).OnClick(func(ctx app.Context, e app.Event) {
					p.tools.shareNotice = nil
				}),
			)
		}),
		app.If(st.IsIncoming(cur.ID), func() app.UI {
			id := cur.ID
			return app.Div().Class("banner incoming").ID("incoming-banner").Role("status").Body(
				app.P().Body(
					app.Strong().Text(p.t("Opened from a link — not saved yet.")),
					app.Text(" "+p.t("Your saved scenarios are unchanged. Save keeps this one; Discard closes it.")),
				),
				// go-app keeps a handler from an earlier render unless its
				// scope changes: the scope is the scenario the banner is about.
				app.Button().Type("button").ID("save-shared").Text(p.t("Save")).OnClick(func(ctx app.Context, e app.Event) {
					p.store().SaveIncoming(id)
					p.tools.shareStatus, p.tools.shareAlert = p.tf("Saved “{0}” with your scenarios.", p.orUntitled(p.store().Current().Scenario.Name)), false
				}, app.EventScope("save-shared", id)),
				app.Button().Type("button").ID("discard-shared").Class("quiet").Text(p.t("Discard")).OnClick(func(ctx app.Context, e app.Event) {
					p.store().DiscardIncoming(id)
					p.tools.shareStatus, p.tools.shareAlert = p.t("The scenario from the link was closed without saving."), false
				}, app.EventScope("discard-shared", id)),
			)
		}),
	)
}

// statusLine is a live region that is always there (so screen readers
// follow it) and says a status, or a failure as an alert.
func statusLine(id, text string, alert bool) app.UI {
	role, class := "status", "status"
	if alert {
		role, class = "alert", "status error"
	}
	return app.P().ID(id).Class(class).Role(role).Aria("live", map[bool]string{true: "assertive", false: "polite"}[alert]).Text(text)
}
