package app

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func TestParseEmbedOptions(t *testing.T) {
	b2b := mustPresetScenario(t, "b2b")
	share := roi.EncodeShare(b2b)
	tests := []struct {
		fragment string
		want     EmbedOptions
		problems int
	}{
		{"", EmbedOptions{}, 0},
		{"#", EmbedOptions{}, 0},
		{"#preset=b2b&lang=fr&currency=NOK&theme=dark&accent=%230f766e&sections=costs,roi",
			EmbedOptions{Preset: "b2b", Lang: "fr", Currency: "NOK", Theme: "dark", Accent: "#0f766e", Sections: []string{"costs", "results"}}, 0},
		{"preset=SaaS&lang=nb-NO&currency=sek&theme=AUTO", EmbedOptions{Preset: "saas", Lang: "nb", Currency: "SEK"}, 0},
		{"preset=blank", EmbedOptions{Preset: "blank"}, 0},
		{"mode=ROAS&lang=fr", EmbedOptions{Mode: "roas", Lang: "fr"}, 0},
		{"mode=full&preset=b2b", EmbedOptions{Mode: "full", Preset: "b2b"}, 0},
		{"mode=pie", EmbedOptions{}, 1},
		{"lang=no", EmbedOptions{Lang: "nb"}, 0},
		{"lang=tr_TR&theme=light", EmbedOptions{Lang: "tr", Theme: "light"}, 0},
		{"accent=%23ABC", EmbedOptions{Accent: "#abc"}, 0},
		// Sections come out in the page's order, without duplicates.
		{"sections=results,costs,basics,costs", EmbedOptions{Sections: []string{"basics", "costs", "results"}}, 0},
		{"sections=%20Costs%20,%20ROI", EmbedOptions{Sections: []string{"costs", "results"}}, 0},
		// Empty values are no option at all.
		{"preset=&lang=&sections=", EmbedOptions{}, 0},
		{"&&preset=local&&", EmbedOptions{Preset: "local"}, 0},

		// Bad values fall back to the default, each with a problem.
		{"preset=nope", EmbedOptions{}, 1},
		{"lang=de", EmbedOptions{}, 1},
		{"currency=XYZ", EmbedOptions{}, 1},
		{"currency=", EmbedOptions{}, 0},
		{"theme=sepia", EmbedOptions{}, 1},
		{"accent=red", EmbedOptions{}, 1},
		{"accent=%230f766", EmbedOptions{}, 1},
		{"accent=0f766e", EmbedOptions{}, 1},
		{"accent=%23ggg", EmbedOptions{}, 1},
		{"accent=%23abc;background:url(x)", EmbedOptions{}, 1},
		{"accent=%230f766e%20", EmbedOptions{}, 1},
		{"sections=costs,charts", EmbedOptions{Sections: []string{"costs"}}, 1},
		{"sections=charts,nothing", EmbedOptions{}, 1},
		{"s=!!!notbase64", EmbedOptions{}, 1},
		{"s=" + share[:len(share)/2], EmbedOptions{}, 1},
		{"colour=blue", EmbedOptions{}, 1},
		{"preset=b2b&preset=saas", EmbedOptions{Preset: "b2b"}, 1},
		{"preset=%zz", EmbedOptions{}, 1},
		{strings.Repeat("x", maxEmbedFragment+1), EmbedOptions{}, 1},
	}
	for _, tt := range tests {
		got, problems := ParseEmbedOptions(tt.fragment)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseEmbedOptions(%.60q) = %+v; want %+v", tt.fragment, got, tt.want)
		}
		if len(problems) != tt.problems {
			t.Errorf("ParseEmbedOptions(%.60q) problems = %q; want %d", tt.fragment, problems, tt.problems)
		}
	}
}

func TestParseEmbedOptionsScenario(t *testing.T) {
	b2b := mustPresetScenario(t, "b2b")
	o, problems := ParseEmbedOptions("#s=" + roi.EncodeShare(b2b) + "&currency=NOK&preset=saas")
	if o.Scenario == nil {
		t.Fatalf("s= not read: problems %q", problems)
	}
	if got, want := mustJSONText(t, *o.Scenario), mustJSONText(t, b2b); got != want {
		t.Errorf("scenario = %s; want %s", got, want)
	}
	if o.Preset != "" || len(problems) != 1 {
		t.Errorf("preset %q, problems %q; want the scenario to win over the preset, with a problem", o.Preset, problems)
	}
	start := o.StartScenario("en")
	if start.Currency != "NOK" || start.Name != b2b.Name {
		t.Errorf("StartScenario = %q in %s; want %q in NOK", start.Name, start.Currency, b2b.Name)
	}
	if b2b.Currency == "NOK" || o.Scenario.Currency == "NOK" {
		t.Error("StartScenario changed the options' scenario")
	}
}

func TestEmbedStartScenario(t *testing.T) {
	tests := []struct {
		o        EmbedOptions
		preset   string // "" for blank
		currency string
	}{
		{EmbedOptions{Mode: "full"}, "ecommerce", ""},
		{EmbedOptions{Preset: "saas"}, "saas", ""},
		{EmbedOptions{Preset: "local", Currency: "JPY"}, "local", "JPY"},
		{EmbedOptions{Preset: "blank", Currency: "PLN"}, "", "PLN"},
		{EmbedOptions{Preset: "blank"}, "", "EUR"},
	}
	for _, tt := range tests {
		sc := tt.o.StartScenario("en")
		if probs := roi.Validate(sc); len(probs) > 0 {
			t.Errorf("%+v: StartScenario is invalid: %v", tt.o, probs)
		}
		want := roi.New("New scenario", tt.currency)
		if tt.preset != "" {
			want = mustPresetScenario(t, tt.preset)
			if tt.currency != "" {
				want.Currency = tt.currency
			}
		}
		if got, w := mustJSONText(t, sc), mustJSONText(t, want); got != w {
			t.Errorf("%+v: StartScenario = %s; want %s", tt.o, got, w)
		}
	}
}

// Fragments written before there were modes keep showing what they showed:
// a preset, a shared scenario or sections mean the full calculator; with
// none of them, the embed is the first compact mode.
func TestEmbedModeOfOldFragments(t *testing.T) {
	share := roi.EncodeShare(mustPresetScenario(t, "b2b"))
	tests := []struct {
		fragment, mode string
	}{
		{"", "quick"},
		{"#lang=fr&theme=dark", "quick"},
		{"#currency=NOK&accent=%230f766e", "quick"},
		{"#preset=b2b", "full"},
		{"#preset=blank&lang=nb", "full"},
		{"#sections=costs,roi", "full"},
		{"#s=" + share, "full"},
		{"#preset=b2b&lang=fr&currency=NOK&theme=dark&accent=%230f766e&sections=costs,roi", "full"},
		{"#mode=earned", "earned"},
		{"#mode=roas&preset=b2b", "roas"},
		{"#mode=full", "full"},
		{"#mode=nope&preset=saas", "full"},
	}
	for _, tt := range tests {
		o, _ := ParseEmbedOptions(tt.fragment)
		if got := o.EffectiveMode(); got != tt.mode {
			t.Errorf("%.60q: mode %q; want %q", tt.fragment, got, tt.mode)
		}
	}
}

// A compact mode starts from its own example in the reader's language and
// currency (the presets' rates): never English data in a French embed.
func TestEmbedModeScenarios(t *testing.T) {
	for _, mode := range CompactModes {
		en := EmbedOptions{Mode: mode}.StartScenario("en")
		for _, lang := range roi.Languages {
			sc := EmbedOptions{Mode: mode}.StartScenario(lang)
			if probs := roi.Validate(sc); len(probs) > 0 {
				t.Errorf("%s/%s: invalid example: %v", mode, lang, probs)
			}
			if want := localCurrency(lang); want != "" && sc.Currency != want || want == "" && sc.Currency != "EUR" {
				t.Errorf("%s/%s: currency %s", mode, lang, sc.Currency)
			}
			if sc.Name != tr(lang, embedModeLabels[mode]) {
				t.Errorf("%s/%s: name %q is not in the language", mode, lang, sc.Name)
			}
			for i, c := range sc.Costs {
				if lang != "en" && c.Label == en.Costs[i].Label {
					t.Errorf("%s/%s: cost label %q is English", mode, lang, c.Label)
				}
			}
			// Scaled, not rewritten: every ratio is the same as in English.
			a, b := mustReport(t, en), mustReport(t, sc)
			for _, k := range []string{"roi.direct", "roi.total", "roi.profit", "roas"} {
				if a.Figure(k).String() != b.Figure(k).String() {
					t.Errorf("%s/%s: %s = %s; English example %s", mode, lang, k, b.Figure(k), a.Figure(k))
				}
			}
		}
		// A currency option keeps the figures and changes the currency.
		if sc := (EmbedOptions{Mode: mode, Currency: "JPY"}).StartScenario("fr"); sc.Currency != "JPY" {
			t.Errorf("%s: currency option ignored: %s", mode, sc.Currency)
		}
	}
}

// Fragment writes what ParseEmbedOptions reads, leaving defaults out.
func TestEmbedFragmentRoundTrip(t *testing.T) {
	b2b := mustPresetScenario(t, "b2b")
	tests := []struct {
		o    EmbedOptions
		want string // "" to skip the exact check
	}{
		{EmbedOptions{}, ""},
		{EmbedOptions{Preset: "b2b", Lang: "fr", Currency: "NOK", Theme: "dark", Accent: "#0f766e", Sections: []string{"costs", "results"}},
			"preset=b2b&lang=fr&currency=NOK&theme=dark&accent=%230f766e&sections=costs,results"},
		{EmbedOptions{Theme: "light", Sections: []string{"basics"}}, "theme=light&sections=basics"},
		{EmbedOptions{Scenario: &b2b, Lang: "pl"}, "s=" + roi.EncodeShare(b2b) + "&lang=pl"},
		{EmbedOptions{Mode: "funnel", Lang: "tr", Theme: "dark"}, "mode=funnel&lang=tr&theme=dark"},
	}
	for _, tt := range tests {
		frag := tt.o.Fragment()
		if tt.want != "" && frag != tt.want {
			t.Errorf("Fragment(%+v) = %q; want %q", tt.o, frag, tt.want)
		}
		back, problems := ParseEmbedOptions(frag)
		if len(problems) > 0 {
			t.Errorf("ParseEmbedOptions(%q) problems: %q", frag, problems)
		}
		if got, want := mustJSONText(t, back), mustJSONText(t, tt.o); got != want {
			t.Errorf("ParseEmbedOptions(Fragment()) = %s; want %s", got, want)
		}
	}
}

func TestEmbedSnippet(t *testing.T) {
	b2b := mustPresetScenario(t, "b2b")
	const js = "https://roi.example/socialroi/web/embed.js"
	tests := []struct {
		o    EmbedOptions
		want string
	}{
		{EmbedOptions{}, `<div data-social-roi></div>` + "\n" + `<script src="` + js + `" async></script>`},
		{EmbedOptions{Preset: "b2b", Lang: "fr", Currency: "NOK", Theme: "dark", Accent: "#0f766e", Sections: []string{"costs", "results"}},
			`<div data-social-roi data-preset="b2b" data-lang="fr" data-currency="NOK" data-theme="dark" data-accent="#0f766e" data-sections="costs,results"></div>` + "\n" +
				`<script src="` + js + `" async></script>`},
		{EmbedOptions{Scenario: &b2b},
			`<div data-social-roi data-scenario="` + roi.EncodeShare(b2b) + `"></div>` + "\n" + `<script src="` + js + `" async></script>`},
	}
	for _, tt := range tests {
		if got := EmbedSnippet(js, tt.o); got != tt.want {
			t.Errorf("EmbedSnippet(%+v) =\n%s\nwant\n%s", tt.o, got, tt.want)
		}
	}
	// Whatever is in the URL, it stays inside its attribute.
	if got := EmbedSnippet(`https://x.example/"><script>alert(1)</script>/web/embed.js`, EmbedOptions{}); strings.Contains(got, `"><script>alert`) {
		t.Errorf("EmbedSnippet does not escape the URL: %s", got)
	}
}

// The snippet's attributes carry the same options as the fragment: embed.js
// turns data-X="v" into the fragment's key=v.
func TestEmbedSnippetMatchesFragment(t *testing.T) {
	o := EmbedOptions{Preset: "saas", Lang: "sv", Accent: "#abc", Sections: []string{"funnel", "results"}}
	snippet := EmbedSnippet("/web/embed.js", o)
	for _, kv := range o.pairs() {
		if !strings.Contains(snippet, snippetAttr[kv[0]]+`="`+kv[1]+`"`) {
			t.Errorf("snippet lacks %s=%q:\n%s", snippetAttr[kv[0]], kv[1], snippet)
		}
	}
	js := readWebFile(t, "embed.js")
	for key, attr := range snippetAttr {
		if !strings.Contains(js, `["`+strings.TrimPrefix(attr, "data-")+`", "`+key+`"]`) {
			t.Errorf("web/embed.js does not map %s to the fragment's %s", attr, key)
		}
	}
	if !strings.Contains(js, `"`+EmbedHeightMessage+`"`) {
		t.Errorf("web/embed.js does not listen for %q", EmbedHeightMessage)
	}
}

func TestAccentText(t *testing.T) {
	tests := []struct{ accent, want string }{
		{"#0f766e", "#ffffff"},
		{"#000", "#ffffff"},
		{"#ffffff", "#111111"},
		{"#ffff00", "#111111"},
		{"#5fd3b3", "#111111"},
		{"#1a56db", "#ffffff"},
		{"bad", "#ffffff"},
	}
	for _, tt := range tests {
		if got := AccentText(tt.accent); got != tt.want {
			t.Errorf("AccentText(%q) = %q; want %q", tt.accent, got, tt.want)
		}
	}
}

// An accent stays as chosen where it reads well, and is lightened on the
// dark theme or darkened on the light one where it does not.
func TestAccentOn(t *testing.T) {
	tests := []struct {
		accent, bg, want string
	}{
		{"#0f766e", lightBackground, "#0f766e"},
		{"#7c3aed", lightBackground, "#7c3aed"},
		{"#ffeb3b", lightBackground, ""},
		{"#7c3aed", darkBackground, ""},
		{"#5fd3b3", darkBackground, "#5fd3b3"},
		{"#000", darkBackground, ""},
		{"#fff", lightBackground, ""},
	}
	for _, tt := range tests {
		got := AccentOn(tt.accent, tt.bg)
		if tt.want != "" && got != tt.want {
			t.Errorf("AccentOn(%s, %s) = %s; want it unchanged", tt.accent, tt.bg, got)
		}
		if c := contrastRatio(got, tt.bg); c < 4.5 {
			t.Errorf("AccentOn(%s, %s) = %s: contrast %.2f; want at least 4.5", tt.accent, tt.bg, got, c)
		}
		if !ValidAccent(got) {
			t.Errorf("AccentOn(%s, %s) = %q: not a colour", tt.accent, tt.bg, got)
		}
		other := map[string]string{"#ffffff": "#111111", "#111111": "#ffffff"}
		if text := AccentText(got); contrastRatio(text, got) < contrastRatio(other[text], got) {
			t.Errorf("AccentText(%s) = %s reads worse than %s", got, text, other[text])
		}
	}
	vars := AccentVars("#7c3aed")
	for _, k := range []string{"--accent-light", "--accent-light-text", "--accent-dark", "--accent-dark-text"} {
		if !ValidAccent(vars[k]) {
			t.Errorf("AccentVars: %s = %q", k, vars[k])
		}
	}
	css := readWebFile(t, "embed.css")
	for k := range vars {
		if !strings.Contains(css, "var("+k+")") {
			t.Errorf("web/embed.css does not use %s", k)
		}
	}
}

func TestExpandAccent(t *testing.T) {
	for in, want := range map[string]string{"#abc": "#aabbcc", "#0F766E": "#0f766e", "": DefaultAccent, "red": DefaultAccent} {
		if got := ExpandAccent(in); got != want {
			t.Errorf("ExpandAccent(%q) = %q; want %q", in, got, want)
		}
	}
}

// Any fragment parses without a panic into options that are valid and that
// Fragment writes back to the same options.
func FuzzParseEmbedOptions(f *testing.F) {
	for _, s := range []string{
		"", "#preset=b2b&lang=fr&currency=NOK&theme=dark&accent=%230f766e&sections=costs,roi",
		"s=abc", "accent=%23fff&sections=,,,", "preset=%", "lang=fr-CA&lang=en", "sections=roi,results,RESULTS",
		"s=" + roi.EncodeShare(roi.New("x", "EUR")) + "&currency=jpy",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, fragment string) {
		o, _ := ParseEmbedOptions(fragment)
		if o.Preset != "" && o.Preset != "blank" && !contains(roi.PresetNames, o.Preset) {
			t.Errorf("preset %q", o.Preset)
		}
		if o.Lang != "" && !contains(EmbedLangs, o.Lang) {
			t.Errorf("lang %q", o.Lang)
		}
		if o.Currency != "" && !roi.IsCurrency(o.Currency) {
			t.Errorf("currency %q", o.Currency)
		}
		if o.Theme != "" && o.Theme != "light" && o.Theme != "dark" {
			t.Errorf("theme %q", o.Theme)
		}
		if o.Accent != "" && (!ValidAccent(o.Accent) || o.Accent != strings.ToLower(o.Accent)) {
			t.Errorf("accent %q", o.Accent)
		}
		if o.Sections != nil && len(o.Sections) == 0 {
			t.Error("empty, non-nil sections")
		}
		for _, s := range o.Sections {
			if !contains(EmbedSections, s) {
				t.Errorf("section %q", s)
			}
		}
		if probs := roi.Validate(o.StartScenario("en")); len(probs) > 0 {
			t.Errorf("StartScenario invalid: %v", probs)
		}
		back, problems := ParseEmbedOptions(o.Fragment())
		if len(problems) > 0 {
			t.Errorf("Fragment %q reads back with problems %q", o.Fragment(), problems)
		}
		if got, want := mustJSONText(t, back), mustJSONText(t, o); got != want {
			t.Errorf("round trip: %s; want %s", got, want)
		}
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func mustPresetScenario(t testing.TB, name string) roi.Scenario {
	t.Helper()
	sc, ok := roi.Preset(name)
	if !ok {
		t.Fatalf("no preset %q", name)
	}
	return sc
}

func mustJSONText(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
