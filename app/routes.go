package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// One component per route, over a shared shell (the way go-app's own
// documentation site is built). Each route type embeds the shell (Page):
// its state (the store, the toolbar's statuses, the builder's form...),
// its life cycle (OnInit, OnMount, OnDismount: ui.go) and the methods that
// draw the views. A route's Render picks its view and draws it in the
// shell's frame (header, nav, notices, undo banner, main, footer); the
// blog embed has no frame.
//
// The shell is embedded under an unexported name: go-app compares and
// copies a component's exported fields on every update, and a route has
// none. Moving to another route dismounts one route component and mounts
// a new one, with a shell of its own: what must outlive a route (the
// visitor's data) is in the store; the shell releases in OnDismount what
// the browser holds on to for it (ui.go).

// shell is the frame and state every route shares.
type shell = Page

// CalcPage is the calculator (/): the guided start, the toolbar, the form
// and the results (calc.go).
type CalcPage struct{ *shell }

// ComparePage sets two scenarios side by side (/compare, compare.go).
type ComparePage struct{ *shell }

// GuidePage explains the method (/guide, guide.go).
type GuidePage struct{ *shell }

// ReportPage is the read-only report for print (/report, report.go).
type ReportPage struct{ *shell }

// GetEmbedPage builds the snippet for a blog (/get-embed, embedpage.go).
type GetEmbedPage struct{ *shell }

// EmbedPage is the framed blog embed (/embed, embedpage.go): no frame.
type EmbedPage struct{ *shell }

// Render draws the calculator in the frame.
func (c *CalcPage) Render() app.UI { return c.frame(c.renderCalc()) }

// Render draws the comparison in the frame.
func (c *ComparePage) Render() app.UI { return c.frame(c.renderCompare()) }

// Render draws the guide in the frame.
func (c *GuidePage) Render() app.UI { return c.frame(c.renderGuide()) }

// Render draws the report in the frame.
func (c *ReportPage) Render() app.UI { return c.frame(c.renderReport()) }

// Render draws the embed builder in the frame.
func (c *GetEmbedPage) Render() app.UI { return c.frame(c.renderGetEmbed()) }

// Render draws the embed: no header, nav or footer.
func (c *EmbedPage) Render() app.UI { return c.renderEmbed() }

// routeComponents make each route's component over its shell.
var routeComponents = map[string]func(*Page) app.Composer{
	PathCalc:     func(p *Page) app.Composer { return &CalcPage{p} },
	PathCompare:  func(p *Page) app.Composer { return &ComparePage{p} },
	PathGuide:    func(p *Page) app.Composer { return &GuidePage{p} },
	PathReport:   func(p *Page) app.Composer { return &ReportPage{p} },
	PathGetEmbed: func(p *Page) app.Composer { return &GetEmbedPage{p} },
	PathEmbed:    func(p *Page) app.Composer { return &EmbedPage{p} },
}

// route is the component that shows p's view, over p (the calculator for
// a view it does not know).
func (p *Page) route() app.Composer {
	if c, ok := routeComponents[p.View]; ok {
		return c(p)
	}
	return &CalcPage{p}
}

// newRoute is a fresh component for the route at path, with a shell of its own.
func newRoute(path string) app.Composer { return (&Page{View: path}).route() }
