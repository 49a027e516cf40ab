package app

import (
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func baseURLField() Field {
	return textField("tracking.baseUrl", block(trackingOf, func(t *roi.Tracking) *string { return &t.BaseURL }))
}

// The calculator lists one tagged link per channel, the engine's, each in a
// labelled read-only field with its own Copy button; the settings are kept
// with the scenario.
func TestTrackingLinksOnCalc(t *testing.T) {
	st, ms := shStore(t) // e-commerce: instagram, facebook, tiktok
	html := render(t, st, PathCalc)
	if _, ok := byID(html, "utm-why"); !ok {
		t.Error("without a base URL, the section does not say what to enter")
	}
	if _, ok := byID(html, "utm-links"); ok {
		t.Error("links shown without a base URL")
	}

	st.Edit(baseURLField(), "shop.example/spring?ref=bio")
	st.DoneTyping("tracking.baseUrl")
	st.Edit(textField("tracking.content", block(trackingOf, func(t *roi.Tracking) *string { return &t.Content })), "story 1")
	if got := NewStore(ms).Current().Scenario.Tracking; got == nil || got.BaseURL != "shop.example/spring?ref=bio" || got.Content != "story 1" {
		t.Errorf("tracking settings not kept with the scenario: %+v", got)
	}
	links := roi.TrackingLinks(st.Current().Scenario)
	if len(links) != 3 {
		t.Fatalf("%d links; want instagram, facebook and tiktok", len(links))
	}
	html = render(t, st, PathCalc)
	for _, l := range links {
		in, ok := byID(html, "utm-link-"+l.Channel)
		if !ok || in.attrs["readonly"] != "true" || strings.ReplaceAll(in.attrs["value"], "&amp;", "&") != l.URL {
			t.Errorf("%s: field %v; want the link %s", l.Channel, in.attrs, l.URL)
		}
		if !strings.Contains(html, `for="utm-link-`+l.Channel+`"`) {
			t.Errorf("%s: link field has no label", l.Channel)
		}
		if b, ok := byID(html, "utm-copy-"+l.Channel); !ok || b.tag != "button" || b.attrs["type"] != "button" {
			t.Errorf("%s: no Copy button", l.Channel)
		}
		if !strings.Contains(l.URL, "utm_content=story+1") || !strings.Contains(l.URL, "ref=bio") {
			t.Errorf("%s: %s lacks the content or the base's parameter", l.Channel, l.URL)
		}
	}
	if st.Current().Scenario.Name != "" && !strings.Contains(links[0].URL, "utm_campaign="+roi.Slug(st.Current().Scenario.Name)) {
		t.Errorf("campaign is not the scenario name's slug: %s", links[0].URL)
	}

	st.Edit(baseURLField(), "javascript:alert(1)")
	html = render(t, st, PathCalc)
	if _, ok := byID(html, "utm-links"); ok || !strings.Contains(html, "not a web address") {
		t.Error("a script address gave links, or no reason")
	}
}

func TestTrackingNoChannel(t *testing.T) {
	st := NewStore(NewMemoryStorage())
	st.Add(roi.New("Empty", "EUR"))
	html := render(t, st, PathCalc)
	if _, ok := byID(html, "utm-none"); !ok {
		t.Error("a scenario without channels does not say how to get links")
	}
}
