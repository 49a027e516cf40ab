//go:build !js

package roi_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

var placeRE = regexp.MustCompile(`\{[0-9]\}`)

// places lists a template's {0}, {1}... places, sorted, with repeats.
func places(s string) []string {
	p := placeRE.FindAllString(s, -1)
	slices.Sort(p)
	return p
}

// Every code is said in every language, with the same places as in English,
// and nothing else is: a code only one language knows is a typo.
func TestMessagesComplete(t *testing.T) {
	for _, lang := range roi.Languages[1:] {
		m, ok := roi.Messages[lang]
		if !ok {
			t.Errorf("no messages in %s", lang)
			continue
		}
		for _, code := range roi.MessageCodes() {
			tpl, ok := m[code]
			if !ok || strings.TrimSpace(tpl) == "" {
				t.Errorf("%s: %s is missing", lang, code)
				continue
			}
			want := places(roi.PluralForms(roi.EnglishMessages[code])["other"])
			for cat, form := range roi.PluralForms(tpl) {
				if got := places(form); !slices.Equal(got, want) {
					t.Errorf("%s: %s (%s) has places %v; English has %v", lang, code, cat, got, want)
				}
			}
			if tpl == roi.EnglishMessages[code] {
				t.Errorf("%s: %s is the English sentence", lang, code)
			}
		}
		for code := range m {
			if _, ok := roi.EnglishMessages[code]; !ok {
				t.Errorf("%s: %s is not an engine code", lang, code)
			}
		}
	}
	if len(roi.Messages) != len(roi.Languages)-1 {
		t.Errorf("Messages has %d languages; want %d", len(roi.Messages), len(roi.Languages)-1)
	}
}

func TestMessageIn(t *testing.T) {
	cases := []struct {
		m    roi.Message
		lang string
		want string
	}{
		{roi.Message{Code: "num.invalid", Args: []string{`"12abc"`}}, "fr", `"12abc" n’est pas un nombre`},
		{roi.Message{Code: "num.invalid", Args: []string{`"12abc"`}}, "fr-CA", `"12abc" n’est pas un nombre`},
		{roi.Message{Code: "num.invalid", Args: []string{`"x"`}}, "en", `"x" is not a number`},
		{roi.Message{Code: "num.invalid", Args: []string{`"x"`}}, "de", `"x" is not a number`},
		{roi.Message{Code: "num.invalid", Args: []string{`"x"`}}, "", `"x" is not a number`},
		{roi.Message{Code: "na.nocost"}, "no", "ingen kostnad er lagt inn, så det er ingenting å dele på"},
		{roi.Message{Code: "na.nocost"}, "nb-NO", "ingen kostnad er lagt inn, så det er ingenting å dele på"},
		{roi.Message{Code: "warn.funnelgrows", Args: []string{"clicks", "leads"}}, "tr", "Huni genişliyor (clicks → leads): her aşama bir öncekinin alt kümesi olmalı."},
		{roi.Message{Code: "warn.mostlyestimate", Args: []string{"80"}}, "tr", "Toplam getirinin %80 kadarı tahmini (eylem değerleri, kazanılmış medya, tasarruflar, müşteri değeri artışı): önce doğrudan ROI’yi gösterin."},
		// the words of doc.type are said in the language too
		{roi.Message{Code: "doc.type", Args: []string{"a number"}}, "pl", "musi być liczbą"},
		{roi.Message{Code: "doc.type", Args: []string{"a list"}}, "sv", "måste vara en lista"},
		{roi.Message{Code: "doc.type", Args: []string{"something new"}}, "sv", "måste vara something new"},
		// an unknown code falls back to the code and its arguments
		{roi.Message{Code: "x.new", Args: []string{"a"}}, "fr", "x.new a"},
		// a stored draft problem that is an English sentence stays one
		{roi.Message{Code: "is not a number"}, "pl", "is not a number"},
	}
	for _, tc := range cases {
		if got := tc.m.In(tc.lang); got != tc.want {
			t.Errorf("%v.In(%q) = %q; want %q", tc.m, tc.lang, got, tc.want)
		}
	}
}

func TestTypeWordsComplete(t *testing.T) {
	// What parse.go says a value must be, in every language.
	for _, w := range []string{"a number", "text", "true or false", "a whole number", "a list", "an object"} {
		m := roi.Message{Code: "doc.type", Args: []string{w}}
		for _, lang := range roi.Languages[1:] {
			if got := m.In(lang); strings.Contains(got, w) && w != "text" {
				t.Errorf("%s: %q is not translated: %q", lang, w, got)
			}
		}
	}
}

func TestSupportedLanguage(t *testing.T) {
	cases := map[string]string{
		"en": "en", "en-US": "en", "EN_gb": "en", "nb": "nb", "nb-NO": "nb", "no": "nb", "nn-NO": "nb",
		"sv-SE": "sv", "sv-FI": "sv", "fr": "fr", "fr-CA": "fr", "pl-PL": "pl", "tr": "tr", "TR-tr": "tr",
		"de": "", "": "", "x": "", " fr ": "fr", "zh-Hans-CN": "",
	}
	for in, want := range cases {
		if got := roi.SupportedLanguage(in); got != want {
			t.Errorf("SupportedLanguage(%q) = %q; want %q", in, got, want)
		}
	}
}
