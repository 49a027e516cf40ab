package app

import (
	htmlpkg "html"
	"regexp"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// langStore is a store with the e-commerce preset, speaking lang.
func langStore(t *testing.T, lang string) *Store {
	t.Helper()
	st := presetStore(t, "ecommerce")
	st.SetLang(lang)
	return st
}

var reH2 = regexp.MustCompile(`<details\b[^>]*id="sec-([a-z]+)"[^>]*>\s*<summary[^>]*>\s*<h2[^>]*>([^<]*)</h2>`)

// sectionTitles maps the form's section ids to their titles.
func sectionTitles(html string) map[string]string {
	out := map[string]string{}
	for _, m := range reH2.FindAllStringSubmatch(html, -1) {
		out[m[1]] = htmlpkg.UnescapeString(strings.TrimSpace(m[2]))
	}
	return out
}

// labelFor returns the text of the label of the control with this id.
func labelFor(html, id string) string {
	re := regexp.MustCompile(`<label\b[^>]*\bfor="` + regexp.QuoteMeta(id) + `"[^>]*>([^<]*)</label>`)
	if m := re.FindStringSubmatch(html); m != nil {
		return htmlpkg.UnescapeString(strings.TrimSpace(m[1]))
	}
	return ""
}

// The calculator speaks each language: section titles, labels, the
// language picker and the lang attribute all follow the store's language,
// and numbers are shown the language's way.
func TestCalcInEachLanguage(t *testing.T) {
	english := sectionTitles(render(t, langStore(t, "en"), PathCalc))
	if english["costs"] != "Costs" || english["basics"] != "Scenario" {
		t.Fatalf("English section titles = %v", english)
	}
	for _, lang := range roi.Languages {
		t.Run(lang, func(t *testing.T) {
			st := langStore(t, lang)
			html := render(t, st, PathCalc)
			titles := sectionTitles(html)
			if len(titles) < 8 {
				t.Fatalf("only %d section titles found: %v", len(titles), titles)
			}
			for id, en := range english {
				want := tr(lang, en)
				if titles[id] != want {
					t.Errorf("section %s title = %q; want %q", id, titles[id], want)
				}
				if lang != "en" && titles[id] == en && en != "Scenario" {
					t.Errorf("section %s title is still English: %q", id, en)
				}
			}
			shell, ok := firstElement(html, "div", "class", "shell")
			if !ok || shell.attrs["lang"] != lang {
				t.Errorf("shell lang = %q; want %q", shell.attrs["lang"], lang)
			}
			if got, want := labelFor(html, "lang"), tr(lang, "Language"); got != want {
				t.Errorf("language picker label = %q; want %q", got, want)
			}
			if got, want := labelFor(html, "f-name"), tr(lang, "Scenario name"); got != want {
				t.Errorf("name label = %q; want %q", got, want)
			}
			selected := ""
			for _, e := range elements(html) {
				if e.tag == "option" && e.attrs["selected"] == "true" && e.attrs["lang"] != "" {
					selected = e.attrs["value"]
				}
			}
			if selected != lang {
				t.Errorf("language picker shows %q; want %q", selected, lang)
			}
			// Money the language's way: 12,345.00 EUR in English, 12 345,00 or
			// 12.345,00 elsewhere (the browser's Intl does this in the app).
			cost := figureText(t, html, "totals.cost")
			loc := roi.LocaleFor(lang)
			if !strings.Contains(cost, string(loc.Decimal)) || strings.Contains(cost, string(otherMark(loc.Decimal))) && loc.Group != otherMark(loc.Decimal) {
				t.Errorf("cost shows %q; want %q as its decimal mark", cost, loc.Decimal)
			}
		})
	}
}

func otherMark(r rune) rune {
	if r == '.' {
		return ','
	}
	return '.'
}

// firstElement returns the first element with this tag whose attribute
// contains value (as one of its words, for class).
func firstElement(html, tag, attr, value string) (element, bool) {
	for _, e := range elements(html) {
		if e.tag != tag {
			continue
		}
		for _, w := range strings.Fields(e.attrs[attr]) {
			if w == value {
				return e, true
			}
		}
	}
	return element{}, false
}

// figureText returns the text shown for the first data-figure key.
func figureText(t *testing.T, html, key string) string {
	t.Helper()
	re := regexp.MustCompile(`data-figure="` + regexp.QuoteMeta(key) + `"[^>]*>\s*<span[^>]*>([^<]*)</span>`)
	m := re.FindStringSubmatch(html)
	if m == nil {
		t.Fatalf("no figure %s", key)
	}
	return htmlpkg.UnescapeString(m[1])
}

// The engine's sentences reach the page in the page's language: warnings,
// the reason a figure is n/a, and what is wrong with typed text.
func TestEngineMessagesInLanguage(t *testing.T) {
	for _, lang := range roi.Languages {
		t.Run(lang, func(t *testing.T) {
			st := NewStore(NewMemoryStorage())
			st.SetLang(lang)
			st.Add(roi.New("Empty", "EUR"))
			html := htmlpkg.UnescapeString(render(t, st, PathCalc))
			for _, m := range []roi.Message{{Code: "warn.nocost"}, {Code: "na.nocost"}} {
				if want := m.In(lang); !strings.Contains(html, want) {
					t.Errorf("%s not shown in %s (%q)", m.Code, lang, want)
				}
			}
			if want := tr(lang, "n/a"); !strings.Contains(html, ">"+want+"<") {
				t.Errorf("n/a is not said as %q", want)
			}

			st = langStore(t, lang)
			f := numField(at("costs", 2, "amount"), line(costsOf, 2, func(c *roi.Cost) *roi.Number { return &c.Amount }))
			st.Edit(f, "12abc")
			st.DoneTyping(f.Path)
			html = htmlpkg.UnescapeString(render(t, st, PathCalc))
			prob, _ := st.Problem(f.Path)
			want := trf(lang, "{0} — kept as typed; the results do not count this field until it is corrected.", prob.In(lang))
			if !strings.Contains(html, want) {
				t.Errorf("field problem not shown as %q", want)
			}
		})
	}
}

// Warnings show their amounts formatted, in the report's currency.
func TestWarningAmountsFormatted(t *testing.T) {
	p := &Page{st: NewStore(NewMemoryStorage())}
	p.st.SetLang("fr")
	got := p.warning(roi.Message{Code: "warn.adsnopaid", Args: []string{"4200"}}, "EUR")
	want := roi.Message{Code: "warn.adsnopaid", Args: []string{FormatMoney("fr", "4200", "EUR")}}.In("fr")
	if got != want || !strings.Contains(got, "4\u00a0200,00") {
		t.Errorf("warning = %q; want %q", got, want)
	}
	p.st.SetLang("tr")
	got = p.warning(roi.Message{Code: "warn.mostlyestimate", Args: []string{"83.33"}}, "EUR")
	if !strings.Contains(got, "%83,33") {
		t.Errorf("Turkish estimate share = %q; want %%83,33 in it", got)
	}
}

// The guide and the compare page are translated too.
func TestPagesInEachLanguage(t *testing.T) {
	for _, lang := range roi.Languages[1:] {
		html := htmlpkg.UnescapeString(render(t, langStore(t, lang), PathGuide))
		for _, en := range []string{"What to track at each stage", "Counting costs honestly", "Reach in your area.", "Cost per click: what attention costs."} {
			if want := tr(lang, en); want == en || !strings.Contains(html, want) {
				t.Errorf("%s guide lacks %q (for %q)", lang, want, en)
			}
		}
		html = htmlpkg.UnescapeString(render(t, langStore(t, lang), PathGetEmbed))
		if want := tr(lang, "Embed the calculator on your blog"); !strings.Contains(html, want) {
			t.Errorf("%s embed builder lacks %q", lang, want)
		}
		html = htmlpkg.UnescapeString(render(t, langStore(t, lang), PathReport))
		for _, en := range []string{"Social media ROI report", "Assumptions", "Return on investment"} {
			if want := tr(lang, en); !strings.Contains(html, want) {
				t.Errorf("%s report lacks %q", lang, want)
			}
		}
		html = htmlpkg.UnescapeString(render(t, langStore(t, lang), PathCompare))
		if want := tr(lang, "Compare needs two scenarios. Create or duplicate one on the calculator page: for example last month and this month, or two campaigns."); !strings.Contains(html, want) {
			t.Errorf("%s compare page lacks %q", lang, want)
		}
	}
}

// Numbers are typed the language's way, and the language is kept.
func TestStoreLanguage(t *testing.T) {
	amount := numField(at("costs", 2, "amount"), line(costsOf, 2, func(c *roi.Cost) *roi.Number { return &c.Amount }))
	cases := []struct {
		lang, typed, want, shown string
	}{
		{"fr", "1 234,56", "1234.56", "1 234,56"},
		{"fr", "1\u202f234,56", "1234.56", "1 234,56"},
		{"nb", "1 234,56", "1234.56", "1 234,56"},
		{"sv", "1234,5", "1234.5", "1 234,5"},
		{"pl", "1.234,56", "1234.56", "1 234,56"},
		{"tr", "1.234,56", "1234.56", "1.234,56"},
		{"tr", "1 234,56", "1234.56", "1.234,56"},
		{"en", "1,234.56", "1234.56", "1,234.56"},
	}
	for _, tc := range cases {
		mem := NewMemoryStorage()
		st := NewStore(mem)
		st.SetLang(tc.lang)
		if st.Lang() != tc.lang || st.Locale != roi.LocaleFor(tc.lang) {
			t.Errorf("SetLang(%s): Lang %q, Locale %+v", tc.lang, st.Lang(), st.Locale)
		}
		st.Edit(amount, tc.typed)
		if _, bad := st.Problem(amount.Path); bad {
			p, _ := st.Problem(amount.Path)
			t.Errorf("%s: %q not taken: %s", tc.lang, tc.typed, p.In(tc.lang))
			continue
		}
		if got := string(st.Current().Scenario.Costs[2].Amount); got != tc.want {
			t.Errorf("%s: typed %q, scenario has %q; want %q", tc.lang, tc.typed, got, tc.want)
		}
		st.DoneTyping(amount.Path)
		if got := st.Text(amount); got != tc.shown {
			t.Errorf("%s: field shows %q; want %q", tc.lang, got, tc.shown)
		}
		// Kept: the next visit speaks the same language.
		again := NewStore(mem)
		if again.Lang() != tc.lang || again.Settings().Lang != tc.lang || again.Locale != roi.LocaleFor(tc.lang) {
			t.Errorf("reloaded store: Lang %q, Settings.Lang %q", again.Lang(), again.Settings().Lang)
		}
	}
}

// Without a choice the browser's language is used, and it is not kept.
func TestStoreBrowserLanguage(t *testing.T) {
	mem := NewMemoryStorage()
	st := NewStore(mem)
	if st.Lang() != "en" {
		t.Errorf("default Lang = %q; want en", st.Lang())
	}
	st.SetBrowserLanguages([]string{"de-DE", "pl-PL", "en"})
	if st.Lang() != "pl" || st.Locale != roi.LocaleFor("pl") {
		t.Errorf("browser de, pl: Lang %q", st.Lang())
	}
	if st.Settings().Lang != "" {
		t.Errorf("the browser's language was kept as a choice: %q", st.Settings().Lang)
	}
	st.SetLang("tr")
	st.SetBrowserLanguages([]string{"fr"})
	if st.Lang() != "tr" {
		t.Errorf("a choice (tr) gave way to the browser's fr: %q", st.Lang())
	}
	st.SetLang("")
	if st.Lang() != "fr" {
		t.Errorf("no choice: Lang %q; want the browser's fr", st.Lang())
	}
	st.SetLang("de")
	if st.Lang() != "fr" || st.Settings().Lang != "" {
		t.Errorf("an unsupported choice: Lang %q, kept %q", st.Lang(), st.Settings().Lang)
	}
	// A language set while typing shows the fields the new way.
	amount := numField(at("costs", 2, "amount"), line(costsOf, 2, func(c *roi.Cost) *roi.Number { return &c.Amount }))
	st.SetLang("en")
	st.Edit(amount, "4200.5")
	st.SetLang("fr")
	if got := st.Text(amount); got != "4 200,5" {
		t.Errorf("after switching to fr the field shows %q; want 4 200,5", got)
	}
	// Undo does not undo the language.
	st.Delete(st.Current().ID)
	st.SetLang("sv")
	st.Undo()
	if st.Lang() != "sv" {
		t.Errorf("undo changed the language to %q", st.Lang())
	}
}

// The charts speak the page's language: captions, titles and descriptions.
func TestChartsInEachLanguage(t *testing.T) {
	sc, _ := roi.Preset("ecommerce")
	r, err := roi.Calculate(sc)
	if err != nil {
		t.Fatal(err)
	}
	english, _ := reportCharts("en", r)
	if len(english) < 3 {
		t.Fatalf("only %d charts for the e-commerce preset", len(english))
	}
	for _, lang := range roi.Languages[1:] {
		charts, _ := reportCharts(lang, r)
		if len(charts) != len(english) {
			t.Errorf("%s: %d charts; English has %d", lang, len(charts), len(english))
			continue
		}
		for i, c := range charts {
			if c.caption == english[i].caption || c.desc == english[i].desc {
				t.Errorf("%s: chart %s is in English: %q / %q", lang, c.id, c.caption, c.desc)
			}
		}
	}
}
