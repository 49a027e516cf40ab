//go:build !js

package app

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/roi/adimport"
)

// glossaryTerm is a line of testdata/glossary.tsv: a term of the field in
// English and its translations, each a list of accepted forms (stems).
type glossaryTerm struct {
	en    *regexp.Regexp
	forms [5][]string // nb, sv, fr, pl, tr
	note  string
}

func readGlossary(t *testing.T) []glossaryTerm {
	t.Helper()
	f, err := os.Open("testdata/glossary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []glossaryTerm
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		if len(cells) != 7 {
			t.Fatalf("glossary line %q has %d cells; want 7", line, len(cells))
		}
		var alts []string
		for _, a := range strings.Split(cells[0], ";") {
			alts = append(alts, regexp.QuoteMeta(a))
		}
		flags := "(?i)"
		if strings.ToUpper(cells[0]) == cells[0] || cells[0] != strings.ToLower(cells[0]) {
			flags = "" // acronyms (ROI, not "roi" in an id) and terms given with their case ("Saving", not "saving" the file)
		}
		g := glossaryTerm{en: regexp.MustCompile(flags + `\b(` + strings.Join(alts, "|") + `)\b`), note: cells[6]}
		for i := range 5 {
			g.forms[i] = strings.Split(cells[i+1], ";")
		}
		out = append(out, g)
	}
	return out
}

// glossaryExceptions are sentences where the English word is not the term
// (a verb, an id, a name): "term\x00English sentence".
var glossaryExceptions = map[string]bool{
	"lead\x00Enter the address of the page the links lead to, and the links appear here.": true,
	"lead\x00Page the links lead to": true,
	"leads\x00With a gross margin, the report now leads with ROI on gross profit ({0}%) before ROI on revenue ({1}%); channels are ranked on it too.": true,
}

// glossarySentences are every translated sentence: the catalog's rows, the
// engine's and the importer's messages, English first.
func glossarySentences() map[string][5]string {
	out := map[string][5]string{}
	for k, row := range catalog {
		out[k] = row
	}
	for code, en := range roi.EnglishMessages {
		var row [5]string
		for i, l := range catalogLangs {
			row[i] = roi.Messages[l][code]
		}
		out[en] = row
	}
	for code, en := range adimport.EnglishMessages {
		var row [5]string
		for i, l := range catalogLangs {
			row[i] = adimport.Messages[l][code]
		}
		out[en] = row
	}
	return out
}

// A sentence that holds a glossary term in English holds the term's
// translation in each language: the same word for the same thing
// everywhere (testdata/glossary.tsv).
func TestGlossary(t *testing.T) {
	terms := readGlossary(t)
	sentences := glossarySentences()
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range sentences {
			if !yield(k) {
				return
			}
		}
	})
	for _, g := range terms {
		for _, k := range keys {
			row := sentences[k]
			text := k
			if _, after, ok := strings.Cut(k, "\x04"); ok {
				text = after // the context before \x04 is for translators
			}
			enForms := roi.PluralForms(text)
			for cat, en := range enForms {
				m := g.en.FindString(en)
				if m == "" || glossaryExceptions[strings.ToLower(m)+"\x00"+k] {
					continue
				}
				for i, lang := range catalogLangs {
					for tcat, tr := range roi.PluralForms(row[i]) {
						if len(enForms) > 1 && tcat != cat && enForms[tcat] != "" {
							continue
						}
						if !holdsAny(tr, g.forms[i]) {
							t.Errorf("%s: %q has %q but not %q: %q", lang, k, m, strings.Join(g.forms[i], " / "), tr)
						}
					}
				}
			}
		}
	}
}

func holdsAny(s string, forms []string) bool {
	ls := strings.ToLower(s)
	for _, f := range forms {
		if strings.Contains(ls, strings.ToLower(f)) {
			return true
		}
	}
	return false
}

// glossaryAvoid are renderings the glossary replaced: they must not come
// back (calques, a second word for the same term, a misspelling).
var glossaryAvoid = map[string][]string{
	"nb": {"gå i null", "kundeløft", "oppmerksomhet →", "betalte inntekter", "en annen kunde"},
	"sv": {"kundlyft", "medvetenhet", "tänk om", "betalda intäkter", "en annan kund"},
	"fr": {"entonnoir", "panier moyen", "revenus payants", "un autre client", "médias gagnés"},
	"pl": {"przychód z płatnych ÷"},
	"tr": {"başa baş", "ücretli gelir ", "diğer bir müşteri"},
}

func TestGlossaryAvoid(t *testing.T) {
	for k, row := range glossarySentences() {
		for i, lang := range catalogLangs {
			for _, w := range glossaryAvoid[lang] {
				if strings.Contains(strings.ToLower(row[i]), w) {
					t.Errorf("%s: %q says %q: %q", lang, k, w, row[i])
				}
			}
		}
	}
}
