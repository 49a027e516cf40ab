//go:build !js

package adimport

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

var placeRe = regexp.MustCompile(`\{\d\}`)

func placesOf(s string) []string {
	p := placeRe.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

// Every code the importer can say is in every language of the app, with
// the same {0}, {1}... places as in English, and nothing else is.
func TestMessagesComplete(t *testing.T) {
	for _, lang := range roi.Languages[1:] {
		m, ok := Messages[lang]
		if !ok {
			t.Errorf("no %s messages", lang)
			continue
		}
		for _, code := range MessageCodes() {
			tpl := m[code]
			if strings.TrimSpace(tpl) == "" {
				t.Errorf("%s: %s has no translation", lang, code)
				continue
			}
			want := placesOf(roi.PluralForms(EnglishMessages[code])["other"])
			for cat, form := range roi.PluralForms(tpl) {
				if got := placesOf(form); !slices.Equal(got, want) {
					t.Errorf("%s: %s (%s) has places %v; English has %v", lang, code, cat, got, want)
				}
			}
			if tpl == EnglishMessages[code] {
				t.Errorf("%s: %s is the English sentence", lang, code)
			}
		}
		for code := range m {
			if _, ok := EnglishMessages[code]; !ok {
				t.Errorf("%s: %s is not a code the importer says", lang, code)
			}
		}
	}
	for lang := range Messages {
		if !slices.Contains(roi.Languages, lang) || lang == "en" {
			t.Errorf("Messages has %q, not one of the app's other languages", lang)
		}
	}
}

func TestMessageIn(t *testing.T) {
	m := msg("import.row.number", "Cost", "12x")
	for lang, want := range map[string]string{
		"en":    "Cost: 12x is not a number",
		"de":    "Cost: 12x is not a number",
		"fr-FR": "Cost\u00a0: 12x n’est pas un nombre",
		"nb":    "Cost: 12x er ikke et tall",
	} {
		if got := m.In(lang); got != want {
			t.Errorf("In(%q) = %q; want %q", lang, got, want)
		}
	}
	if got := msg("import.unknown.code", "x").In("fr"); got != msg("import.unknown.code", "x").String() {
		t.Errorf("an unknown code in French = %q; want the English fallback", got)
	}
}
