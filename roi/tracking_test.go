package roi_test

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func TestTrackingLinks(t *testing.T) {
	base := func(s *roi.Scenario) {
		s.Name = "Spring launch"
		s.Costs = []roi.Cost{
			{Label: "Instagram ads", Category: "ads", Amount: "100", Channel: "instagram"},
			{Label: "Community", Category: "staff", Hours: "10", HourlyRate: "40", Channel: "linkedin"},
		}
		s.Revenue = []roi.Revenue{{Label: "Shop", Amount: "500", Channel: "facebook", Paid: true}}
		s.Actions = []roi.Action{
			{Label: "Views", Type: "micro", Count: "10", UnitValue: "1", Channel: "youtube"},
			{Label: "Leads", Type: "macro", Count: "1", UnitValue: "1", Channel: "tiktok", Paid: true},
			{Label: "Likes", Type: "micro", Count: "1", UnitValue: "1", Channel: "instagram"},
		}
		s.Tracking = &roi.Tracking{BaseURL: "https://shop.example/spring"}
	}
	cases := []struct {
		name string
		edit func(s *roi.Scenario)
		want []roi.TrackingLink
	}{
		{"every channel once, in order, paid from ads, paid revenue or paid actions", nil, []roi.TrackingLink{
			{Channel: "instagram", Source: "instagram", Medium: "paid-social", Campaign: "spring-launch",
				URL: "https://shop.example/spring?utm_source=instagram&utm_medium=paid-social&utm_campaign=spring-launch"},
			{Channel: "linkedin", Source: "linkedin", Medium: "social", Campaign: "spring-launch",
				URL: "https://shop.example/spring?utm_source=linkedin&utm_medium=social&utm_campaign=spring-launch"},
			{Channel: "facebook", Source: "facebook", Medium: "paid-social", Campaign: "spring-launch",
				URL: "https://shop.example/spring?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring-launch"},
			{Channel: "youtube", Source: "youtube", Medium: "social", Campaign: "spring-launch",
				URL: "https://shop.example/spring?utm_source=youtube&utm_medium=social&utm_campaign=spring-launch"},
			{Channel: "tiktok", Source: "tiktok", Medium: "paid-social", Campaign: "spring-launch",
				URL: "https://shop.example/spring?utm_source=tiktok&utm_medium=paid-social&utm_campaign=spring-launch"},
		}},
		{"content and term, escaped", func(s *roi.Scenario) {
			s.Costs, s.Revenue, s.Actions = s.Costs[:1], nil, nil
			s.Name = "Été & co: 50% off"
			s.Tracking.Content = "Story #2 & more"
			s.Tracking.Term = "red shoes+socks"
		}, []roi.TrackingLink{
			{Channel: "instagram", Source: "instagram", Medium: "paid-social", Campaign: "été-co-50-off", Content: "Story #2 & more", Term: "red shoes+socks",
				URL: "https://shop.example/spring?utm_source=instagram&utm_medium=paid-social&utm_campaign=%C3%A9t%C3%A9-co-50-off&utm_content=Story+%232+%26+more&utm_term=red+shoes%2Bsocks"},
		}},
		{"the base's query and fragment are kept, its utm_ parameters replaced", func(s *roi.Scenario) {
			s.Costs, s.Revenue, s.Actions = s.Costs[:1], nil, nil
			s.Tracking.BaseURL = "https://shop.example/p?id=7&utm_source=old&UTM_MEDIUM=x&utm_content=keep&q=a%20b#reviews"
		}, []roi.TrackingLink{
			{Channel: "instagram", Source: "instagram", Medium: "paid-social", Campaign: "spring-launch",
				URL: "https://shop.example/p?id=7&utm_content=keep&q=a%20b&utm_source=instagram&utm_medium=paid-social&utm_campaign=spring-launch#reviews"},
		}},
		{"no scheme means https; trailing ? is dropped", func(s *roi.Scenario) {
			s.Costs, s.Revenue, s.Actions = s.Costs[:1], nil, nil
			s.Tracking.BaseURL = "  shop.example:8443/x?  "
		}, []roi.TrackingLink{
			{Channel: "instagram", Source: "instagram", Medium: "paid-social", Campaign: "spring-launch",
				URL: "https://shop.example:8443/x?utm_source=instagram&utm_medium=paid-social&utm_campaign=spring-launch"},
		}},
		{"no base: tags without a URL", func(s *roi.Scenario) {
			s.Costs, s.Revenue, s.Actions = s.Costs[1:2], nil, nil
			s.Tracking = nil
			s.Name = "  "
		}, []roi.TrackingLink{
			{Channel: "linkedin", Source: "linkedin", Medium: "social", Campaign: "social-campaign"},
		}},
		{"a script address is refused", func(s *roi.Scenario) {
			s.Costs, s.Revenue, s.Actions = s.Costs[1:2], nil, nil
			s.Tracking.BaseURL = "javascript:alert(1)"
		}, []roi.TrackingLink{
			{Channel: "linkedin", Source: "linkedin", Medium: "social", Campaign: "spring-launch"},
		}},
		{"no channel, no link", func(s *roi.Scenario) {
			for i := range s.Costs {
				s.Costs[i].Channel = ""
			}
			s.Revenue, s.Actions = nil, nil
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := scenario(base)
			if tc.edit != nil {
				tc.edit(&s)
			}
			got := roi.TrackingLinks(s)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("TrackingLinks =\n%+v\nwant\n%+v", got, tc.want)
			}
			for _, l := range got {
				if l.URL == "" {
					continue
				}
				u, err := url.Parse(l.URL)
				if err != nil {
					t.Fatalf("%s: %v", l.URL, err)
				}
				q := u.Query()
				for k, v := range map[string]string{"utm_source": l.Source, "utm_medium": l.Medium, "utm_campaign": l.Campaign} {
					if got := q[k]; len(got) != 1 || got[0] != v {
						t.Errorf("%s: %s = %q; want exactly [%q]", l.URL, k, got, v)
					}
				}
				if l.Content != "" && q.Get("utm_content") != l.Content || l.Term != "" && q.Get("utm_term") != l.Term {
					t.Errorf("%s: content/term read back as %q/%q", l.URL, q.Get("utm_content"), q.Get("utm_term"))
				}
			}
		})
	}
}

func TestParseTrackingBase(t *testing.T) {
	cases := []struct {
		in   string
		want string
		err  error
	}{
		{"https://example.com/shop", "https://example.com/shop", nil},
		{"HTTP://Example.com", "http://Example.com", nil},
		{"example.com", "https://example.com", nil},
		{"localhost:8080/x", "https://localhost:8080/x", nil},
		{"//cdn.example/x", "https://cdn.example/x", nil},
		{"", "", roi.ErrNoTrackingBase},
		{"   ", "", roi.ErrNoTrackingBase},
		{"ftp://example.com", "", roi.ErrBadTrackingBase},
		{"mailto:a@example.com", "", roi.ErrBadTrackingBase},
		{"javascript:alert(1)", "", roi.ErrBadTrackingBase},
		{"https://", "", roi.ErrBadTrackingBase},
		{"https://user:pw@example.com", "", roi.ErrBadTrackingBase},
		{"https://exa mple.com", "", roi.ErrBadTrackingBase},
	}
	for _, tc := range cases {
		u, err := roi.ParseTrackingBase(tc.in)
		if !errors.Is(err, tc.err) {
			t.Errorf("ParseTrackingBase(%q) error = %v; want %v", tc.in, err, tc.err)
			continue
		}
		if err == nil && u.String() != tc.want {
			t.Errorf("ParseTrackingBase(%q) = %s; want %s", tc.in, u, tc.want)
		}
	}
}

func TestSlug(t *testing.T) {
	cases := map[string]string{
		"Spring launch":            "spring-launch",
		"  Spring   launch: 2026!": "spring-launch-2026",
		"Wiosenna promocja Łódź":   "wiosenna-promocja-łódź",
		"---":                      "",
		"":                         "",
		"Çay & Simit":              "çay-simit",
	}
	for in, want := range cases {
		if got := roi.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q; want %q", in, got, want)
		}
	}
	long := roi.Slug(strings.Repeat("ab ", 60))
	if n := len([]rune(long)); n > 80 || long[len(long)-1] == '-' {
		t.Errorf("long slug %q: %d characters", long, n)
	}
}
