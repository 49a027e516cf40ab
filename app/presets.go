package app

import (
	"strings"

	"github.com/shopspring/decimal"
	"github.com/socialroi/socialroi/roi"
)

// The presets in the visitor's language. roi.Preset stays English (the
// CLI, the schema's examples, tests); the app translates a preset's name,
// line labels and notes when it creates a scenario from it, and never
// after: a saved scenario keeps the words it was saved with.

// presetTexts are the English texts of roi's presets, for the catalog
// (presets_test.go checks that every text of every preset is here).
var presetTexts = []string{
	// e-commerce
	msg("Online shop: spring quarter"), msg("Social media manager"), msg("Content creation (photo, video)"),
	msg("Instagram ads"), msg("Facebook ads"), msg("TikTok ads"), msg("Scheduling and analytics tools"),
	msg("Influencer posts"), msg("Discount codes used by social followers"), msg("Orders from Instagram ads"),
	msg("Orders from Facebook ads"), msg("Orders from TikTok ads"), msg("Orders from organic posts"),
	msg("Shares"), msg("New followers"), msg("Newsletter sign-ups (orders to come)"),
	msg("Order questions answered in comments and DMs"), msg("customers tag the shop in unboxing videos"),
	msg("brand searches up since the spring campaign"),
	// B2B
	msg("B2B services: LinkedIn quarter"), msg("Content marketer"), msg("Sales team social selling"),
	msg("LinkedIn sponsored content"), msg("Analytics and CRM add-on"), msg("Agency whitepaper"),
	msg("Social selling training"), msg("Closed deals sourced from LinkedIn ads (3)"),
	msg("Closed deal from organic posts (1)"), msg("Open opportunities (pipeline)"), msg("Post engagements"),
	msg("founder invited to speak at two industry events"),
	// SaaS
	msg("SaaS: trial growth quarter"), msg("Growth marketer"), msg("Community and support on social"),
	msg("Ad creative and campaign management"), msg("X ads"), msg("LinkedIn ads"),
	msg("YouTube tutorials (freelance editor)"), msg("Social listening tool"),
	msg("Subscriptions paid this quarter, LinkedIn ads customers"),
	msg("Subscriptions paid this quarter, X ads customers"),
	msg("Subscriptions paid this quarter, organic social customers"),
	msg("Trials still running at quarter end"), msg("Tutorial video views"), msg("Follows"),
	msg("Support tickets avoided by public answers"), msg("the team now produces video in house"),
	// local
	msg("Local café: winter quarter"), msg("Owner's time on posts and replies"),
	msg("Facebook and Instagram local ads"), msg("Photographer"), msg("Free coffee for check-ins"),
	msg("Sales from ad offer redemptions"), msg("Sales from organic posts (\"saw it on Instagram\")"),
	msg("Direction requests"), msg("Table bookings via social"),
	msg("more reviews on maps since the winter campaign"),
}

// LocalPreset is roi.Preset with its texts in lang.
func LocalPreset(lang, name string) (roi.Scenario, bool) {
	sc, ok := roi.Preset(name)
	if !ok {
		return sc, false
	}
	t := func(s *string) {
		if *s != "" {
			*s = tr(lang, *s)
		}
	}
	t(&sc.Name)
	for i := range sc.Costs {
		t(&sc.Costs[i].Label)
	}
	for i := range sc.Revenue {
		t(&sc.Revenue[i].Label)
	}
	for i := range sc.Actions {
		t(&sc.Actions[i].Label)
	}
	for i := range sc.Savings {
		t(&sc.Savings[i].Label)
	}
	for i := range sc.Indirect {
		t(&sc.Indirect[i].Note)
	}
	localMoney(lang, &sc)
	return sc, true
}

// localMoney puts a sample scenario's amounts in lang's currency (see
// presetRates).
func localMoney(lang string, sc *roi.Scenario) {
	if cur := localCurrency(lang); cur != "" && cur != sc.Currency {
		roi.ScaleMoney(sc, presetRates[cur].Div(presetRates[sc.Currency]))
		sc.Currency = cur
	}
}

// presetRates are round units of each currency per euro, so that a preset
// shows plausible amounts in the reader's currency (sample data, not
// exchange rates): every amount is scaled by the same factor, so every
// ROI, ROAS and rate is the same in every language.
var presetRates = map[string]decimal.Decimal{
	"EUR": decimal.NewFromInt(1), "USD": decimal.NewFromInt(1), "NOK": decimal.NewFromInt(10),
	"SEK": decimal.NewFromInt(10), "PLN": decimal.NewFromInt(4), "TRY": decimal.NewFromInt(40),
}

// localCurrency is the currency presets are shown in for lang, or "" to
// keep the preset's own (English is read everywhere).
func localCurrency(lang string) string {
	if roi.SupportedLanguage(lang) == "en" || roi.SupportedLanguage(lang) == "" {
		return ""
	}
	return DefaultCurrency(lang)
}

// metricLabels are the funnel metrics of the presets and the new stage,
// said in a sentence ("from 1,000 impressions to 50 checkouts"), and
// metricUnits the same after "per" ("cost per checkout"). A metric the
// user typed is shown as typed.
var (
	metricLabels = map[string]string{
		"people": msg("funnel metric\x04people"), "impressions": msg("funnel metric\x04impressions"),
		"reach": msg("funnel metric\x04reach"), "clicks": msg("funnel metric\x04clicks"),
		"link-clicks": msg("funnel metric\x04link clicks"), "add-to-cart": msg("funnel metric\x04adds to cart"),
		"checkouts": msg("funnel metric\x04checkouts"), "qualified-leads": msg("funnel metric\x04qualified leads"),
		"customers": msg("funnel metric\x04customers"), "visits": msg("funnel metric\x04visits"),
		"trials": msg("funnel metric\x04trials"), "store-visits": msg("funnel metric\x04store visits"),
		"purchases": msg("funnel metric\x04purchases"), "leads": msg("funnel metric\x04leads"),
		"conversions": msg("funnel metric\x04conversions"),
	}
	metricUnits = map[string]string{
		"people": msg("per funnel metric\x04person"), "impressions": msg("per funnel metric\x04impression"),
		"reach": msg("per funnel metric\x04person reached"), "clicks": msg("per funnel metric\x04click"),
		"link-clicks": msg("per funnel metric\x04link click"), "add-to-cart": msg("per funnel metric\x04add to cart"),
		"checkouts": msg("per funnel metric\x04checkout"), "qualified-leads": msg("per funnel metric\x04qualified lead"),
		"customers": msg("per funnel metric\x04customer"), "visits": msg("per funnel metric\x04visit"),
		"trials": msg("per funnel metric\x04trial"), "store-visits": msg("per funnel metric\x04store visit"),
		"purchases": msg("per funnel metric\x04purchase"), "leads": msg("per funnel metric\x04lead"),
		"conversions": msg("per funnel metric\x04conversion"),
	}
)

// metricName is a funnel metric in lang: its translated name when it is one
// the app knows, else as typed.
func metricName(lang, metric string) string {
	if l, ok := metricLabels[strings.TrimSpace(metric)]; ok {
		return tr(lang, l)
	}
	return metric
}

// metricUnit is a funnel metric after "per" in lang.
func metricUnit(lang, metric string) string {
	if l, ok := metricUnits[strings.TrimSpace(metric)]; ok {
		return tr(lang, l)
	}
	return metric
}

// DefaultCurrency is the currency a new blank scenario starts in for a
// reader of lang (changeable on the form): the currency of the country the
// language is mostly spoken in, the euro for French and English.
func DefaultCurrency(lang string) string {
	switch roi.SupportedLanguage(lang) {
	case "nb":
		return "NOK"
	case "sv":
		return "SEK"
	case "pl":
		return "PLN"
	case "tr":
		return "TRY"
	}
	return "EUR"
}
