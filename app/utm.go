package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// Tracking links: one UTM-tagged link per channel of the scenario
// (roi.TrackingLinks), so that the revenue the next report needs can be
// attributed. The base URL, content and term are kept with the scenario.

// trackingProblem says why there are no links to copy, if there are none
// (in English: the page translates it).
func trackingProblem(s roi.Scenario) string {
	base := ""
	if s.Tracking != nil {
		base = s.Tracking.BaseURL
	}
	_, err := roi.ParseTrackingBase(base)
	switch {
	case errors.Is(err, roi.ErrNoTrackingBase):
		return msg("Enter the address of the page the links lead to, and the links appear here.")
	case err != nil:
		return msg("The page address is not a web address: write it like example.com/shop, without spaces.")
	}
	return ""
}

// renderTracking is the tracking links section of the form.
func (p *Page) renderTracking() app.UI {
	st := p.store()
	sc := st.Current().Scenario
	links := roi.TrackingLinks(sc)
	why := trackingProblem(sc)
	return section("tracking", p.t("Tracking links"), sc.Tracking != nil,
		app.P().Class("intro").Text(p.t("Tag the links you post, one per channel, so your analytics can tell which revenue came from where: utm_source is the channel, utm_medium is social or paid-social (a channel with ads or paid results), utm_campaign is the scenario's name.")),
		app.Div().Class("grid").Body(
			p.input(textField("tracking.baseUrl", block(trackingOf, func(t *roi.Tracking) *string { return &t.BaseURL })), p.t("Page the links lead to"), p.t("e.g. example.com/shop (https:// is added when left out)")),
			p.input(textField("tracking.content", block(trackingOf, func(t *roi.Tracking) *string { return &t.Content })), p.t("utm_content (optional)"), p.t("Tells posts or ads apart, e.g. story-1.")),
			p.input(textField("tracking.term", block(trackingOf, func(t *roi.Tracking) *string { return &t.Term })), p.t("utm_term (optional)"), p.t("A keyword, for paid search terms.")),
		),
		app.If(len(links) == 0, func() app.UI {
			return app.P().Class("note").ID("utm-none").Text(p.t("No channel yet: give costs, revenue or actions a channel (instagram, linkedin…) to get a link for it."))
		}).ElseIf(why != "", func() app.UI {
			return app.P().Class("note").ID("utm-why").Text(p.t(why))
		}).Else(func() app.UI {
			return app.Ul().Class("utm-links").ID("utm-links").Body(app.Range(links).Slice(func(i int) app.UI {
				return p.renderTrackingLink(links[i])
			}))
		}),
		statusLine("utm-status", p.utmStatus(), p.tools.utmNG),
	)
}

func (p *Page) utmStatus() string {
	switch {
	case p.tools.copied == "":
		return ""
	case p.tools.utmNG:
		return p.tf("Copying was not allowed: select the {0} link and copy it by hand.", p.tools.copied)
	}
	return p.tf("The {0} link is copied.", p.tools.copied)
}

func (p *Page) renderTrackingLink(l roi.TrackingLink) app.UI {
	id := "utm-link-" + l.Channel
	return app.Li().Class("utm-link").DataSet("channel", l.Channel).Body(
		app.Div().Class("field").Body(
			app.Label().For(id).Text(l.Channel+" ("+l.Medium+")"),
			app.Input().Type("text").ID(id).ReadOnly(true).Value(l.URL).
				Attr("autocomplete", "off").Attr("spellcheck", "false").
				OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
		),
		app.Button().Type("button").ID("utm-copy-"+l.Channel).Aria("label", p.tf("Copy the {0} link", l.Channel)).Text(p.t("Copy")).
			OnClick(func(ctx app.Context, e app.Event) {
				channel, url := l.Channel, l.URL
				copyText(url, func(ok bool) {
					ctx.Dispatch(func(ctx app.Context) {
						p.tools.copied, p.tools.utmNG = channel, !ok
					})
				})
			}, app.EventScope("utm-copy", l.Channel, l.URL)), // go-app keeps a handler until its scope changes
	)
}
