//go:build !js

package adimport

import (
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// Every importer message with a count has exactly the forms its language
// needs, and reads right over the sample counts.
func TestMessagePlurals(t *testing.T) {
	counts := []string{"0", "1", "2", "3", "5", "12", "22", "1.5"}
	for _, code := range MessageCodes() {
		i := PluralArg(code)
		for _, lang := range roi.Languages {
			tpl := EnglishMessages[code]
			if lang != "en" {
				tpl = Messages[lang][code]
			}
			if roi.IsPlural(tpl) != (i >= 0) {
				t.Errorf("%s %s: plural forms and a count go together", lang, code)
				continue
			}
			if i < 0 {
				continue
			}
			var got []string
			for c := range roi.PluralForms(tpl) {
				got = append(got, c)
			}
			slices.Sort(got)
			if need := slices.Sorted(slices.Values(roi.LanguagePluralCategories(lang))); !slices.Equal(got, need) {
				t.Errorf("%s %s has forms %v; needs %v", lang, code, got, need)
			}
			for _, n := range counts {
				s := Message{Code: code, Args: []string{n, "7"}}.In(lang)
				if strings.Contains(s, "=") || !strings.Contains(s, n) {
					t.Errorf("%s %s(%s) = %q", lang, code, n, s)
				}
			}
		}
	}
	for _, c := range []struct{ lang, n, want string }{
		{"en", "1", "and 1 more row that could not be read"},
		{"pl", "1", "i jeszcze 1 wiersz, którego nie udało się odczytać"},
		{"pl", "3", "i jeszcze 3 wiersze, których nie udało się odczytać"},
		{"pl", "12", "i jeszcze 12 wierszy, których nie udało się odczytać"},
		{"fr", "1", "et 1\u00a0autre ligne illisible"},
	} {
		if got := (Message{Code: "import.row.more", Args: []string{c.n}}).In(c.lang); got != c.want {
			t.Errorf("%s %s = %q; want %q", c.lang, c.n, got, c.want)
		}
	}
}
