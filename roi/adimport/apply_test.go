package adimport

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func scenarioJSON(t *testing.T, s roi.Scenario) string {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func costByChannel(s roi.Scenario) map[string]string {
	m := map[string]string{}
	for _, c := range s.Costs {
		if c.Origin != nil {
			m[c.Channel] = string(c.Amount)
		}
	}
	return m
}

func stageCounts(s roi.Scenario) map[string]string {
	m := map[string]string{}
	if s.Funnel != nil {
		for _, st := range s.Funnel.Stages {
			m[st.Metric] = string(st.Count)
		}
	}
	return m
}

func codes(ms []Message) []string {
	var cs []string
	for _, m := range ms {
		cs = append(cs, m.Code)
	}
	return cs
}

// TestApplyMetaAndGA4 is the main story: a Meta Ads Manager export and a
// GA4 traffic report of the same month into a new scenario.
func TestApplyMetaAndGA4(t *testing.T) {
	meta, ga4 := readFixture(t, "meta-en.csv"), readFixture(t, "ga4-en.csv")
	in := roi.New("Spring", "EUR")
	before := scenarioJSON(t, in)
	s, sum := Apply(in, []*File{meta, ga4}, Choices{Attribution: "50"})
	if scenarioJSON(t, in) != before {
		t.Fatal("Apply changed its input scenario")
	}
	if !sum.OK() || sum.Added != 12 || sum.Replaced != 0 {
		t.Errorf("summary = %+v", sum)
	}
	if got := costByChannel(s); !mapsEqual(got, map[string]string{"instagram": "1250.5", "facebook": "890.25"}) {
		t.Errorf("ad costs = %v", got)
	}
	for _, c := range s.Costs {
		if c.Category != "ads" || c.Origin.Platform != "meta" || c.Origin.File != "meta-en.csv" {
			t.Errorf("cost line %+v", c)
		}
	}
	type rev struct {
		channel, amount, source, attribution string
		paid                                 bool
	}
	var revs []rev
	for _, r := range s.Revenue {
		revs = append(revs, rev{r.Channel, string(r.Amount), r.Source, string(r.Attribution), r.Paid})
	}
	wantRevs := []rev{
		{"instagram", "6900", "platform", "50", true}, {"facebook", "2970.4", "platform", "50", true},
		{"facebook", "5220", "analytics", "", true}, {"instagram", "3980.5", "analytics", "", true},
		{"facebook", "720", "analytics", "", false}, {"instagram", "1090", "analytics", "", false},
	}
	if !slices.Equal(revs, wantRevs) {
		t.Errorf("revenue =\n%v\nwant\n%v", revs, wantRevs)
	}
	if got := stageCounts(s); !mapsEqual(got, map[string]string{"impressions": "412300", "clicks": "5210", "leads": "41", "conversions": "220"}) {
		t.Errorf("funnel = %v", got)
	}
	if s.Period == nil || s.Period.Start != "2026-03-01" || s.Period.End != "2026-03-31" {
		t.Errorf("period = %+v", s.Period)
	}
	if s.EarnedMedia == nil || s.EarnedMedia.Visits != "2200" || s.EarnedMedia.CostPerClick != "0.41" {
		t.Errorf("earned media = %+v", s.EarnedMedia)
	}
	for _, code := range []string{"import.apply.periodset", "import.apply.currencyunknown", "import.apply.excluded",
		"import.apply.revenueboth", "import.apply.conversionsboth", "import.apply.earnedcpc"} {
		if !slices.Contains(codes(sum.Warnings), code) {
			t.Errorf("warnings lack %s: %v", code, sum.Warnings)
		}
	}
	// The warning about conversions names both figures.
	for _, w := range sum.Warnings {
		if w.Code == "import.apply.conversionsboth" && w.String() != "Meta reports 96 conversions and GA4 reports 124 for the same period: the funnel adds them, but the same sale may be claimed by both" {
			t.Errorf("conversions warning = %q", w)
		}
	}

	// Importing the same files again replaces, it does not add.
	again, sum2 := Apply(s, []*File{meta, ga4}, Choices{Attribution: "50"})
	if scenarioJSON(t, again) != scenarioJSON(t, s) {
		t.Errorf("a second import changed the scenario")
	}
	if sum2.Added != 0 || sum2.Replaced != 12 || !slices.Contains(codes(sum2.Warnings), "import.apply.replaced") {
		t.Errorf("second summary = %+v", sum2)
	}
	// The scenario it gives is a valid one.
	if _, _, err := roi.Parse([]byte(scenarioJSON(t, s))); err != nil {
		t.Errorf("the imported scenario does not parse: %v", err)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestApplyChoices(t *testing.T) {
	no, yes := false, true
	tests := []struct {
		name     string
		files    []string
		scenario func() roi.Scenario
		choices  Choices
		costs    map[string]string // channel: amount
		stages   map[string]string
		problems []string
		warnings []string // codes that must be there
	}{
		{name: "grouped per campaign", files: []string{"meta-en.csv"}, choices: Choices{Group: GroupCampaign},
			costs:  map[string]string{"instagram": "1250.5", "facebook": "250"}, // the last facebook line wins the map
			stages: map[string]string{"impressions": "412300", "clicks": "5210", "leads": "41", "conversions": "96"}},
		{name: "a campaign's channel corrected and one left out", files: []string{"meta-en.csv"},
			choices: Choices{Campaigns: map[string]CampaignChoice{
				CampaignKey("meta-en.csv", "Spring sale – Facebook"): {Channel: "instagram"},
				CampaignKey("meta-en.csv", "Newsletter leads"):       {Include: &no},
			}},
			costs:  map[string]string{"instagram": "1890.75"},
			stages: map[string]string{"impressions": "380300", "clicks": "4900", "conversions": "96"}},
		{name: "a search campaign taken in", files: []string{"google-ads-en-utf16le.csv"},
			choices: Choices{Campaigns: map[string]CampaignChoice{CampaignKey("google-ads-en-utf16le.csv", "Search – Brand"): {Include: &yes, Paid: &yes}}},
			costs:   map[string]string{"youtube": "1220", "google": "45"},
			stages:  map[string]string{"impressions": "149850", "clicks": "3070", "conversions": "23.5"}},
		{name: "Google Ads without its search campaign", files: []string{"google-ads-en-utf16le.csv"},
			costs:    map[string]string{"youtube": "1220"},
			stages:   map[string]string{"impressions": "148650", "clicks": "2890", "conversions": "17.5"},
			warnings: []string{"import.apply.excluded"}},
		{name: "a NOK file with a rate", files: []string{"meta-nb.csv"},
			choices:  Choices{Rates: []roi.ExchangeRate{{Currency: "NOK", Rate: "0.0856", Date: "2026-03-31"}}},
			costs:    map[string]string{"instagram": "1056.7748", "facebook": "398.4252"},
			stages:   map[string]string{"impressions": "460000", "clicks": "6000", "conversions": "77"},
			warnings: []string{"import.apply.converted"}},
		{name: "a NOK file without a rate", files: []string{"meta-nb.csv", "tiktok-en.csv"},
			scenario: func() roi.Scenario {
				s := roi.New("x", "EUR")
				s.Period = &roi.Period{Start: "2026-03-01", End: "2026-03-31"}
				return s
			},
			costs:    map[string]string{"tiktok": "237"},
			stages:   map[string]string{"impressions": "113000", "clicks": "1685", "conversions": "31"},
			problems: []string{"import.apply.norate"}, warnings: []string{"import.apply.period"}},
		{name: "two ad platforms' conversions, one chosen", files: []string{"meta-en.csv", "tiktok-en.csv"},
			choices:  Choices{ConversionsFrom: TikTok},
			costs:    map[string]string{"instagram": "1250.5", "facebook": "890.25", "tiktok": "237"},
			stages:   map[string]string{"impressions": "525300", "clicks": "6895", "leads": "41", "conversions": "31"},
			warnings: []string{"import.apply.conversionsfrom", "import.apply.period"}},
		{name: "the same export twice", files: []string{"meta-en.csv", "meta-en.csv"},
			costs:    map[string]string{"instagram": "1250.5", "facebook": "890.25"},
			stages:   map[string]string{"impressions": "412300", "clicks": "5210", "leads": "41", "conversions": "96"},
			warnings: []string{"import.apply.duplicate"}},
		{name: "mixed currencies", files: []string{"mixed"}, problems: []string{"import.apply.mixedcurrency"}, costs: map[string]string{}, stages: map[string]string{}},
		{name: "bad attribution", files: []string{"meta-en.csv"}, choices: Choices{Attribution: "120"},
			problems: []string{"import.apply.badattr"}, costs: map[string]string{}, stages: map[string]string{}},
		{name: "bad grouping", files: []string{"meta-en.csv"}, choices: Choices{Group: "ad"},
			problems: []string{"import.apply.badgroup"}, costs: map[string]string{}, stages: map[string]string{}},
		{name: "bad rate", files: []string{"meta-nb.csv"}, choices: Choices{Rates: []roi.ExchangeRate{{Currency: "NOK", Rate: "-1"}}},
			problems: []string{"import.apply.badrate"}, costs: map[string]string{}, stages: map[string]string{}},
		{name: "bad channel", files: []string{"linkedin-en.csv"},
			choices:  Choices{Campaigns: map[string]CampaignChoice{CampaignKey("linkedin-en.csv", "Webinar retargeting"): {Channel: "Linked In"}}},
			scenario: func() roi.Scenario { return roi.New("x", "USD") },
			problems: []string{"import.apply.badchannel"}, costs: map[string]string{"linkedin": "1820"},
			stages: map[string]string{"impressions": "64000", "clicks": "512", "leads": "38"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var files []*File
			for _, name := range tt.files {
				if name == "mixed" {
					f, err := Read("mixed.csv", []byte("Campaign name,Amount spent,Currency\nA,1,EUR\nB,2,USD\n"))
					if err != nil {
						t.Fatal(err)
					}
					files = append(files, f)
					continue
				}
				files = append(files, readFixture(t, name))
			}
			in := roi.New("x", "EUR")
			if tt.scenario != nil {
				in = tt.scenario()
			}
			s, sum := Apply(in, files, tt.choices)
			if got := costByChannel(s); !mapsEqual(got, tt.costs) {
				t.Errorf("costs = %v; want %v", got, tt.costs)
			}
			if got := stageCounts(s); !mapsEqual(got, tt.stages) {
				t.Errorf("stages = %v; want %v", got, tt.stages)
			}
			if got := codes(sum.Problems); !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %v; want %v", sum.Problems, tt.problems)
			}
			for _, w := range tt.warnings {
				if !slices.Contains(codes(sum.Warnings), w) {
					t.Errorf("warnings lack %s: %v", w, sum.Warnings)
				}
			}
		})
	}
}

// TestApplyExchangeRate checks that converted amounts are exact, keep the
// original amount and currency, and that the rate is kept with its date.
func TestApplyExchangeRate(t *testing.T) {
	s, sum := Apply(roi.New("x", "EUR"), []*File{readFixture(t, "meta-nb.csv")},
		Choices{Rates: []roi.ExchangeRate{{Currency: "NOK", Rate: "0.0856", Date: "2026-03-31"}}})
	if !sum.OK() {
		t.Fatal(sum.Problems)
	}
	c := s.Costs[0]
	if c.Amount != "1056.7748" || c.Origin.Currency != "NOK" || c.Origin.Amount != "12345.5" {
		t.Errorf("cost = %s from %s %s", c.Amount, c.Origin.Amount, c.Origin.Currency)
	}
	if r := s.Revenue[0]; r.Amount != "4640.376" || r.Origin.Amount != "54210" {
		t.Errorf("revenue = %s from %s", r.Amount, r.Origin.Amount)
	}
	if len(s.ExchangeRates) != 1 || s.ExchangeRates[0] != (roi.ExchangeRate{Currency: "NOK", Rate: "0.0856", Date: "2026-03-31"}) {
		t.Errorf("rates = %+v", s.ExchangeRates)
	}
	if s.EarnedMedia != nil {
		t.Error("earned media without GA4")
	}
}

// TestApplyKeepsWhatTheUserTyped checks that typed lines and stages stay,
// imported stages go in funnel order, and a changed re-import says so.
func TestApplyKeepsWhatTheUserTyped(t *testing.T) {
	in := roi.New("x", "EUR")
	in.Period = &roi.Period{Start: "2026-03-01", End: "2026-03-31"}
	in.Costs = append(in.Costs, roi.Cost{Label: "Community manager", Category: "staff", Hours: "40", HourlyRate: "50"})
	in.Revenue = append(in.Revenue, roi.Revenue{Label: "Shop", Amount: "100"})
	in.Funnel = &roi.Funnel{Stages: []roi.Stage{{Stage: "awareness", Metric: "reach", Count: "1000"}, {Stage: "purchase", Metric: "customers", Rate: "5"}}}
	in.EarnedMedia = &roi.Earned{Visits: "10", CostPerClick: "0.80"}
	s, sum := Apply(in, []*File{readFixture(t, "meta-en.csv"), readFixture(t, "ga4-en.csv")}, Choices{})
	if !sum.OK() {
		t.Fatal(sum.Problems)
	}
	if s.Costs[0].Label != "Community manager" || s.Revenue[0].Label != "Shop" {
		t.Errorf("typed lines moved: %v %v", s.Costs[0], s.Revenue[0])
	}
	var order []string
	for _, st := range s.Funnel.Stages {
		order = append(order, st.Metric)
	}
	if want := []string{"reach", "impressions", "clicks", "leads", "customers", "conversions"}; !slices.Equal(order, want) {
		t.Errorf("stages = %v; want %v", order, want)
	}
	if s.EarnedMedia.Visits != "2200" || s.EarnedMedia.CostPerClick != "0.80" || !slices.Contains(codes(sum.Warnings), "import.apply.earned") {
		t.Errorf("earned = %+v, warnings %v", s.EarnedMedia, sum.Warnings)
	}
	if slices.Contains(codes(sum.Warnings), "import.apply.period") {
		t.Errorf("same period flagged: %v", sum.Warnings)
	}
	// A corrected export of the same period replaces the figures and says so.
	fixed, err := Read("meta-en.csv", []byte("Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Link clicks\n2026-03-01,2026-03-31,Spring sale – Instagram,1300.00,270000,3500\n"))
	if err != nil {
		t.Fatal(err)
	}
	s2, sum2 := Apply(s, []*File{fixed}, Choices{})
	if costByChannel(s2)["instagram"] != "1300" || len(s2.Costs) != len(s.Costs) {
		t.Errorf("costs after re-import = %v", costByChannel(s2))
	}
	if stageCounts(s2)["impressions"] != "270000" || !slices.Contains(codes(sum2.Warnings), "import.apply.funnel") {
		t.Errorf("impressions = %s, warnings %v", stageCounts(s2)["impressions"], sum2.Warnings)
	}
}

// TestMessages checks that every code has an English text and that the
// texts' places are filled.
func TestMessages(t *testing.T) {
	for _, c := range MessageCodes() {
		if EnglishMessages[c] == "" || c[:7] != "import." {
			t.Errorf("code %q", c)
		}
	}
	m := msg("import.apply.norate", "meta-nb.csv", "NOK", "EUR")
	if got := m.String(); got != "meta-nb.csv is in NOK and the scenario in EUR: give an exchange rate (1 NOK in EUR) to import it" {
		t.Errorf("String = %q", got)
	}
}

// TestApplyReimportParts checks what a re-import of one of several files
// says, and that two ad accounts of one platform do not replace each other.
func TestApplyReimportParts(t *testing.T) {
	meta, ga4 := readFixture(t, "meta-en.csv"), readFixture(t, "ga4-en.csv")
	s, _ := Apply(roi.New("x", "EUR"), []*File{meta, ga4}, Choices{})
	s2, sum := Apply(s, []*File{meta}, Choices{})
	if stageCounts(s2)["conversions"] != "96" || !slices.Contains(codes(sum.Warnings), "import.apply.funnelpart") {
		t.Errorf("conversions = %s, warnings %v", stageCounts(s2)["conversions"], sum.Warnings)
	}

	account := func(name, spend string) *File {
		f, err := Read(name+".csv", []byte("Reporting starts,Reporting ends,Account name,Campaign name,Amount spent (EUR)\n2026-03-01,2026-03-31,"+name+",Spring,"+spend+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	a, b := account("Shop Norway", "100"), account("Shop Sweden", "200")
	if a.Account != "Shop Norway" {
		t.Fatalf("account = %q", a.Account)
	}
	s, _ = Apply(roi.New("x", "EUR"), []*File{a}, Choices{})
	s, sum = Apply(s, []*File{b}, Choices{})
	if len(s.Costs) != 2 || sum.Replaced != 0 {
		t.Errorf("two accounts: %d cost lines, %d replaced", len(s.Costs), sum.Replaced)
	}
	s, sum = Apply(s, []*File{account("Shop Norway", "150")}, Choices{})
	if len(s.Costs) != 2 || s.Costs[0].Amount != "150" || sum.Replaced != 1 {
		t.Errorf("re-import of one account: %+v, %d replaced", s.Costs, sum.Replaced)
	}
}

// TestApplyRounding checks the one place an amount is not exact: a
// converted amount with more than 12 decimals is rounded, and said so.
func TestApplyRounding(t *testing.T) {
	f, err := Read("usd.csv", []byte("Campaign name,Amount spent (USD)\nA,0.123456789012\n"))
	if err != nil {
		t.Fatal(err)
	}
	s, sum := Apply(roi.New("x", "EUR"), []*File{f}, Choices{Rates: []roi.ExchangeRate{{Currency: "USD", Rate: "0.91"}}})
	if s.Costs[0].Amount != "0.112345678001" || !slices.Contains(codes(sum.Warnings), "import.apply.rounded") {
		t.Errorf("amount %s, warnings %v", s.Costs[0].Amount, sum.Warnings)
	}
	if s.Costs[0].Origin.Amount != "0.123456789012" {
		t.Errorf("original amount %s", s.Costs[0].Origin.Amount)
	}
}
