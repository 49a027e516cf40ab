package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// pluralCounts are the counts every counted sentence is tried with.
var pluralCounts = []string{"0", "1", "2", "3", "5", "12", "22", "1.5"}

// Every sentence with a count is written in plural forms, and has exactly
// the forms its language's CLDR rules need (pl: one, few, many, other), in
// English and in every language of the catalog.
func TestCatalogPluralForms(t *testing.T) {
	s := scanSources(t)
	counted := map[string]bool{}
	for _, l := range s.plural {
		counted[l.text] = true
		if !roi.IsPlural(l.text) {
			t.Errorf("%s: %q is passed to tn/trn but has no plural forms", l.pos, l.text)
		}
	}
	for k, row := range catalog {
		if roi.IsPlural(k) != counted[k] {
			t.Errorf("%q: plural forms and a tn/trn call go together", k)
		}
		if !roi.IsPlural(k) {
			continue
		}
		check := func(lang, tpl string) {
			var got []string
			for c := range roi.PluralForms(tpl) {
				got = append(got, c)
			}
			slices.Sort(got)
			need := slices.Sorted(slices.Values(roi.LanguagePluralCategories(lang)))
			if !slices.Equal(got, need) {
				t.Errorf("%q in %s has forms %v; %s needs %v", k, lang, got, lang, need)
			}
		}
		check("en", k)
		for i, lang := range catalogLangs {
			check(lang, row[i])
		}
	}
	if len(counted) < 7 {
		t.Errorf("only %d counted sentences found", len(counted))
	}
}

// The counted sentences read right over the sample counts in every language.
func TestPluralSentences(t *testing.T) {
	for k := range catalog {
		if !roi.IsPlural(k) {
			continue
		}
		for _, lang := range roi.Languages {
			for _, n := range pluralCounts {
				args := []string{"A", "B", "C", "D", "E"}
				ci := 0
				if strings.Contains(k, "categor") {
					ci = 1
				}
				args[ci] = n
				got := trn(lang, k, n, args...)
				if strings.Contains(got, "=") || strings.Contains(got, "|") || !strings.Contains(got, n) {
					t.Errorf("%s %s: %q", lang, n, got)
				}
			}
		}
	}
	cases := []struct{ lang, key, n, want string }{
		{"en", "hour", "1", "1 hour × B an hour"},
		{"en", "hour", "1.5", "1.5 hours × B an hour"},
		{"en", "hour", "0", "0 hours × B an hour"},
		{"nb", "hour", "1", "1 time × B per time"},
		{"nb", "hour", "12", "12 timer × B per time"},
		{"sv", "hour", "1", "1 timme × B per timme"},
		{"sv", "hour", "22", "22 timmar × B per timme"},
		{"fr", "hour", "0", "0\u00a0heure × B de l’heure"},
		{"fr", "hour", "1.5", "1.5\u00a0heure × B de l’heure"},
		{"fr", "hour", "2", "2\u00a0heures × B de l’heure"},
		{"pl", "hour", "1", "1 godzina × B za godzinę"},
		{"pl", "hour", "3", "3 godziny × B za godzinę"},
		{"pl", "hour", "5", "5 godzin × B za godzinę"},
		{"pl", "hour", "12", "12 godzin × B za godzinę"},
		{"pl", "hour", "22", "22 godziny × B za godzinę"},
		{"pl", "hour", "1.5", "1.5 godziny × B za godzinę"},
		{"tr", "hour", "1", "1 saat × saati B"},
		{"tr", "hour", "5", "5 saat × saati B"},
		{"pl", "customer", "1", "1 zaangażowany klient × (B − C) rocznie"},
		{"pl", "customer", "3", "3 zaangażowani klienci × (B − C) rocznie"},
		{"pl", "customer", "5", "5 zaangażowanych klientów × (B − C) rocznie"},
		{"pl", "customer", "1.5", "1.5 zaangażowanego klienta × (B − C) rocznie"},
		{"en", "customer", "1", "1 engaged customer × (B − C) a year"},
		{"fr", "customer", "0", "0\u00a0client engagé × (B − C) par an"},
		{"en", "categor", "1", "Total cost A, in 1 category; the largest is C at D (E)."},
		{"en", "categor", "3", "Total cost A, in 3 categories; the largest is C at D (E)."},
		{"pl", "categor", "1", "Koszt całkowity A w 1 kategorii; największa to C: D (E)."},
		{"pl", "categor", "2", "Koszt całkowity A w 2 kategoriach; największa to C: D (E)."},
		{"sv", "month", "1", "Perioden är 1 månad (B av ett år): årliga värden som ökat kundvärde räknas för den delen av året."},
		{"pl", "month", "3", "Okres obejmuje 3 miesiące (B roku): wartości roczne, takie jak wzrost wartości klienta, są liczone za tę część roku."},
		{"pl", "day", "1", "Okres obejmuje 1 dzień (B roku): wartości roczne, takie jak wzrost wartości klienta, są liczone za tę część roku."},
		{"nb", "visit", "1", "1 besøk × B per klikk, altså det den samme trafikken ville kostet i annonser"},
		{"pl", "visit", "22", "22 wizyty × B za kliknięcie, tyle kosztowałby ten sam ruch z reklam"},
		{"nb", "paid", "1", "hvorav 1 betalt"},
		{"nb", "paid", "2", "hvorav 2 betalte"},
	}
	keys := map[string]string{
		"hour":     "one={0} hour × {1} an hour|other={0} hours × {1} an hour",
		"customer": "one={0} engaged customer × ({1} − {2}) a year|other={0} engaged customers × ({1} − {2}) a year",
		"categor":  "one=Total cost {0}, in {1} category; the largest is {2} at {3} ({4}).|other=Total cost {0}, in {1} categories; the largest is {2} at {3} ({4}).",
		"month":    "one=The period is {0} month ({1} of a year): yearly values such as customer lift count for that part of the year.|other=The period is {0} months ({1} of a year): yearly values such as customer lift count for that part of the year.",
		"day":      "one=The period is {0} day ({1} of a year): yearly values such as customer lift count for that part of the year.|other=The period is {0} days ({1} of a year): yearly values such as customer lift count for that part of the year.",
		"visit":    "one={0} visit × {1} a click, what the same traffic would cost as ads|other={0} visits × {1} a click, what the same traffic would cost as ads",
		"paid":     "one={0} of them paid|other={0} of them paid",
	}
	for _, c := range cases {
		k := keys[c.key]
		if _, ok := catalog[k]; !ok {
			t.Fatalf("%q is not in the catalog", k)
		}
		args := []string{"A", "B", "C", "D", "E"}
		if c.key == "categor" {
			args[1] = c.n
		} else {
			args[0] = c.n
		}
		if got := trn(c.lang, k, c.n, args...); got != c.want {
			t.Errorf("%s %s %s = %q; want %q", c.lang, c.key, c.n, got, c.want)
		}
	}
}
