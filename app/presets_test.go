package app

import (
	"slices"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// presetStrings are a preset's texts a person reads.
func presetStrings(sc roi.Scenario) []string {
	out := []string{sc.Name}
	for _, c := range sc.Costs {
		out = append(out, c.Label)
	}
	for _, r := range sc.Revenue {
		out = append(out, r.Label)
	}
	for _, a := range sc.Actions {
		out = append(out, a.Label)
	}
	for _, s := range sc.Savings {
		out = append(out, s.Label)
	}
	for _, i := range sc.Indirect {
		out = append(out, i.Note)
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

// presetLoanwords are job titles the languages borrow as they are.
var presetLoanwords = map[string]bool{"Content marketer": true, "Growth marketer": true}

// Every text of every preset is translated when the app creates it, and
// only the texts change: the figures are the same in every language.
func TestLocalPresets(t *testing.T) {
	for _, name := range roi.PresetNames {
		en, _ := roi.Preset(name)
		for _, s := range presetStrings(en) {
			if !slices.Contains(presetTexts, s) {
				t.Errorf("%s: %q is not in presetTexts (nor translated)", name, s)
			}
		}
		want, err := roi.Calculate(en)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range roi.Languages {
			sc, ok := LocalPreset(lang, name)
			if !ok {
				t.Fatalf("no %s preset", name)
			}
			got, err := roi.Calculate(sc)
			if err != nil {
				t.Fatal(err)
			}
			wantCur := en.Currency
			if lang != "en" {
				wantCur = DefaultCurrency(lang)
			}
			if sc.Currency != wantCur {
				t.Errorf("%s in %s: currency %s; want %s", name, lang, sc.Currency, wantCur)
			}
			// Every amount scaled alike: every ratio is the same.
			for _, k := range roi.CompareKeys {
				if g, w := got.Figure(k), want.Figure(k); g.Unit() != roi.UnitMoney && g.String() != w.String() {
					t.Errorf("%s in %s: %s = %s; want %s as in English", name, lang, k, g, w)
				}
			}
			if got.Headline.Total.Likely.String() != want.Headline.Total.Likely.String() || got.Headline.Direct.Likely.String() != want.Headline.Direct.Likely.String() {
				t.Errorf("%s in %s: headline ROI %s; want %s", name, lang, got.Headline.Total.Likely, want.Headline.Total.Likely)
			}
			if len(got.Goals) != len(want.Goals) {
				t.Fatalf("%s in %s: goals differ", name, lang)
			}
			for i := range got.Goals {
				if got.Goals[i].Progress.String() != want.Goals[i].Progress.String() {
					t.Errorf("%s in %s: goal %s progress %s; want %s", name, lang, got.Goals[i].Metric, got.Goals[i].Progress, want.Goals[i].Progress)
				}
			}
			if probs := roi.Validate(sc); len(probs) > 0 {
				t.Errorf("%s in %s is invalid: %v", name, lang, probs)
			}
			if lang == "en" {
				continue
			}
			for i, s := range presetStrings(sc) {
				if e := presetStrings(en)[i]; s == e && !presetLoanwords[s] {
					t.Errorf("%s in %s: %q is English", name, lang, s)
				}
			}
		}
	}
	if sc, _ := LocalPreset("pl", "ecommerce"); sc.Name != "Sklep internetowy: kwartał wiosenny" || sc.Costs[2].Label != "Reklamy na Instagramie" {
		t.Errorf("pl preset: %q, %q", sc.Name, sc.Costs[2].Label)
	}
}

// A first visit starts with the e-commerce preset in the visitor's
// language; a scenario already saved is never rewritten.
func TestLocalizeFresh(t *testing.T) {
	mem := NewMemoryStorage()
	st := store.New(mem, nil)
	st.SetBrowserLanguages([]string{"sv-SE"})
	st.LocalizeFresh(func(lang string) (roi.Scenario, bool) { return LocalPreset(lang, "ecommerce") })
	if got := st.Current().Scenario.Name; got != "Webbutik: vårkvartalet" {
		t.Fatalf("first scenario %q; want it in Swedish", got)
	}
	again := store.New(mem, nil)
	again.SetBrowserLanguages([]string{"fr"})
	again.LocalizeFresh(func(lang string) (roi.Scenario, bool) { return LocalPreset(lang, "ecommerce") })
	if got := again.Current().Scenario.Name; got != "Webbutik: vårkvartalet" {
		t.Errorf("saved scenario became %q; a saved scenario never changes", got)
	}
}

func TestDefaultCurrency(t *testing.T) {
	for lang, want := range map[string]string{"nb": "NOK", "no": "NOK", "sv-SE": "SEK", "pl": "PLN", "tr": "TRY", "fr": "EUR", "en": "EUR"} {
		if got := DefaultCurrency(lang); got != want {
			t.Errorf("DefaultCurrency(%q) = %s; want %s", lang, got, want)
		}
	}
	if sc := newScenario("nb", "blank", ""); sc.Currency != "NOK" || sc.Name != "Nytt scenario" {
		t.Errorf("blank nb scenario: %q in %s", sc.Name, sc.Currency)
	}
}
