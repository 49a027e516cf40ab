package roi

import (
	"errors"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// TrackingLink is a UTM-tagged link for one channel of a scenario, so that
// the visits and revenue it brings can be attributed in the next report.
type TrackingLink struct {
	Channel  string `json:"channel"`
	Source   string `json:"utm_source"`   // the channel id
	Medium   string `json:"utm_medium"`   // "social" or "paid-social"
	Campaign string `json:"utm_campaign"` // the scenario name as a slug
	Content  string `json:"utm_content,omitempty"`
	Term     string `json:"utm_term,omitempty"`
	// URL is the tagged link; empty when the scenario has no usable base
	// URL (see ParseTrackingBase for why).
	URL string `json:"url,omitempty"`
}

// UTM mediums.
const (
	MediumSocial     = "social"
	MediumPaidSocial = "paid-social"
)

// Why a base URL cannot be tagged.
var (
	ErrNoTrackingBase  = errors.New("no base URL is given")
	ErrBadTrackingBase = errors.New("the base URL is not a web address (http or https)")
)

// ParseTrackingBase reads the address the tracking links lead to. Without
// a scheme it is https ("example.com/shop" is https://example.com/shop);
// only http and https addresses with a host are taken.
func ParseTrackingBase(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	switch {
	case raw == "":
		return nil, ErrNoTrackingBase
	case strings.HasPrefix(raw, "//"):
		raw = "https:" + raw
	case !strings.Contains(raw, "://") && !schemeRE().MatchString(raw):
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Hostname() == "" || u.User != nil {
		return nil, ErrBadTrackingBase
	}
	return u, nil
}

// schemeRE matches a text that starts with a scheme, such as "mailto:" or
// "javascript:" (which are then refused), but not a host and port such as
// "localhost:8080".
var (
	schemeOnce sync.Once // compiled on first use, not at start
	schemeRx   *regexp.Regexp
)

func schemeRE() *regexp.Regexp {
	schemeOnce.Do(func() { schemeRx = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:[^0-9]`) })
	return schemeRx
}

// TrackingLinks returns one tagged link per channel of the scenario, in the
// order the channels first appear (costs, then revenue, then actions). A
// channel's medium is paid-social when it has ad costs, paid revenue or paid
// actions, else social. The campaign is the scenario's name as a slug;
// content and term come from the scenario's tracking settings. Parameters
// of the base URL are kept, except the utm_ ones these links set.
func TrackingLinks(s Scenario) []TrackingLink {
	var order []string
	paid := map[string]bool{}
	see := func(ch string, isPaid bool) {
		if ch == "" {
			return
		}
		if _, ok := paid[ch]; !ok {
			order = append(order, ch)
			paid[ch] = false
		}
		if isPaid {
			paid[ch] = true
		}
	}
	for _, c := range s.Costs {
		see(c.Channel, c.Category == "ads")
	}
	for _, r := range s.Revenue {
		see(r.Channel, r.Paid)
	}
	for _, a := range s.Actions {
		see(a.Channel, a.Paid)
	}
	if len(order) == 0 {
		return nil
	}

	var tr Tracking
	if s.Tracking != nil {
		tr = *s.Tracking
	}
	campaign := Slug(s.Name)
	if campaign == "" {
		campaign = "social-campaign"
	}
	content, term := strings.TrimSpace(tr.Content), strings.TrimSpace(tr.Term)
	base, err := ParseTrackingBase(tr.BaseURL)

	links := make([]TrackingLink, 0, len(order))
	for _, ch := range order {
		l := TrackingLink{Channel: ch, Source: ch, Medium: MediumSocial, Campaign: campaign, Content: content, Term: term}
		if paid[ch] {
			l.Medium = MediumPaidSocial
		}
		if err == nil {
			l.URL = tag(*base, l)
		}
		links = append(links, l)
	}
	return links
}

// tag adds the link's utm_ parameters to base. The base's own parameters
// stay in their order and spelling; a utm_ parameter the link sets replaces
// the base's.
func tag(u url.URL, l TrackingLink) string {
	params := [][2]string{
		{"utm_source", l.Source},
		{"utm_medium", l.Medium},
		{"utm_campaign", l.Campaign},
		{"utm_content", l.Content},
		{"utm_term", l.Term},
	}
	set := map[string]bool{}
	for _, p := range params {
		if p[1] != "" {
			set[p[0]] = true
		}
	}
	var parts []string
	if u.RawQuery != "" {
		for _, kv := range strings.Split(u.RawQuery, "&") {
			if kv == "" {
				continue
			}
			k, _, _ := strings.Cut(kv, "=")
			if uk, err := url.QueryUnescape(k); err == nil {
				k = uk
			}
			if set[strings.ToLower(k)] {
				continue
			}
			parts = append(parts, kv)
		}
	}
	for _, p := range params {
		if p[1] != "" {
			parts = append(parts, p[0]+"="+url.QueryEscape(p[1]))
		}
	}
	u.RawQuery = strings.Join(parts, "&")
	u.ForceQuery = false
	return u.String()
}

// Slug turns a name into a lower-case id of letters, digits and '-', for
// campaign names and file names: "Spring launch: 2026!" is
// "spring-launch-2026". Letters of any script are kept; everything else
// becomes a single '-'. It is at most 80 characters long.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	n := 0
	for _, r := range strings.ToLower(name) {
		if n >= 80 {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			b.WriteRune(r)
			n++
			dash = false
			continue
		}
		dash = true
	}
	return strings.TrimRight(b.String(), "-")
}
