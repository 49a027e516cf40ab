package app

import (
	"regexp"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// The calculator opens with the guided start: the heading, the inputs that
// matter and the answer come before scenario management, which is in a
// closed menu with every id the tools had.
func TestStartComesFirst(t *testing.T) {
	html := render(t, presetStore(t, "ecommerce"), PathCalc)
	at := func(id string) int {
		t.Helper()
		e, ok := byID(html, id)
		if !ok {
			t.Fatalf("no #%s on the calculator", id)
		}
		return e.at
	}
	order := []string{"start", "start-title", "start-revenue", "start-hours", "start-per", "start-rate", "start-ads", "start-tools", "start-answer", "add-detail", "files-menu", "calculator", "sec-basics"}
	for i := 1; i < len(order); i++ {
		if at(order[i-1]) > at(order[i]) {
			t.Errorf("#%s comes after #%s; want the start's order %v", order[i-1], order[i], order)
		}
	}
	if h1 := strings.Count(html, "<h1"); h1 != 1 {
		t.Errorf("%d h1 elements; want one, the start's", h1)
	}
	menu := at("files-menu")
	if e, _ := byID(html, "files-menu"); e.tag != "details" || e.attrs["open"] != "" {
		t.Errorf("#files-menu is <%s open=%q>; want a closed <details>", e.tag, e.attrs["open"])
	}
	end := strings.Index(html[menu:], "</details>")
	for _, id := range []string{"scenario", "new-from", "create", "duplicate", "delete", "share", "export-json", "export-csv", "export-sheet", "print-report", "import-file", "tools", "file-status"} {
		if a := at(id); a < menu || end < 0 || a > menu+end {
			t.Errorf("#%s is not in the Scenarios and files menu", id)
		}
	}
	// The import: a label styled as a button over a visually hidden input.
	if e, _ := byID(html, "import-file"); !strings.Contains(e.attrs["class"], "visually-hidden") {
		t.Errorf("#import-file class = %q; want visually-hidden", e.attrs["class"])
	}
	if !strings.Contains(html, `for="import-file"`) {
		t.Error("the import has no label")
	}
}

// The answer is the report's, and follows what the start edits.
func TestStartAnswerIsTheReport(t *testing.T) {
	tests := []struct {
		name  string
		setup func(st *Store)
		keys  []string // data-start figures shown
	}{
		{"example", func(st *Store) {}, []string{"roi", "net", "roi-total", "net-total"}},
		{"blank", func(st *Store) { st.Add(roi.New("", "EUR")) }, []string{"roi", "net"}},
		{"typed in the start", func(st *Store) {
			st.Add(roi.New("", "NOK"))
			st.Edit(st.StartField(store.StartRevenue, "Revenue"), "5000")
			st.EditStartHours("10", roi.PerMonth, "Staff")
			st.Edit(st.StartField(store.StartRate, ""), "400")
			st.Edit(st.StartField(store.StartAds, "Ads"), "1000")
		}, []string{"roi", "net"}},
		{"with an action", func(st *Store) {
			st.Add(roi.New("", "EUR"))
			st.Edit(st.StartField(store.StartAds, "Ads"), "1000")
			st.Edit(st.StartField(store.StartActionCount, "Leads"), "40")
			st.Edit(st.StartField(store.StartActionValue, "Leads"), "30")
		}, []string{"roi", "net", "roi-total", "net-total"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := presetStore(t, "ecommerce")
			tt.setup(st)
			r := st.Report()
			html := render(t, st, PathCalc)
			want := map[string]string{
				"roi": r.Headline.Direct.Likely.String(), "roi-total": r.Headline.Total.Likely.String(),
				"net": r.Totals.NetDirect.String(), "net-total": r.Totals.NetTotal.String(),
			}
			if r.Headline.Basis == "profit" {
				want["net"], want["net-total"] = r.Totals.NetProfit.String(), r.Totals.NetTotalProfit.String()
			}
			got := map[string]string{}
			for _, e := range elements(html) {
				if k, ok := e.attrs["data-start"]; ok {
					got[k] = e.attrs["data-value"]
				}
			}
			if len(got) != len(tt.keys) {
				t.Errorf("answer shows %v; want %v", got, tt.keys)
			}
			for _, k := range tt.keys {
				if got[k] != want[k] {
					t.Errorf("answer %s = %q; want the report's %q", k, got[k], want[k])
				}
			}
		})
	}
}

// An untouched preset is marked as an example, with the way to one's own
// numbers; anything typed, or a blank scenario, is the visitor's own.
func TestStartExampleNotice(t *testing.T) {
	for _, lang := range roi.Languages {
		t.Run(lang, func(t *testing.T) {
			st := NewStore(NewMemoryStorage())
			st.SetLang(lang)
			sc, _ := LocalPreset(lang, "b2b")
			st.Add(sc)
			html := render(t, st, PathCalc)
			for _, id := range []string{"start-example", "start-own"} {
				if _, ok := byID(html, id); !ok {
					t.Errorf("untouched preset: no #%s", id)
				}
			}
			if want := htmlText(trf(lang, "Example: {0}", sc.Name)); !strings.Contains(html, want) {
				t.Errorf("no %q on the page", want)
			}
			st.Edit(st.StartField(store.StartAds, ""), "1")
			if _, ok := byID(render(t, st, PathCalc), "start-example"); ok {
				t.Error("an edited preset is still marked as an example")
			}
			st.Add(newScenario(lang, "blank", ""))
			if _, ok := byID(render(t, st, PathCalc), "start-own"); ok {
				t.Error("a blank scenario is marked as an example")
			}
		})
	}
}

// Hours typed per week show as typed in the start; the full form shows
// the period's hours, and the start says what they come to.
func TestStartHoursPerWeek(t *testing.T) {
	st := NewStore(NewMemoryStorage())
	sc := roi.New("", "EUR")
	sc.Period = &roi.Period{Start: "2026-01-01", End: "2026-03-31"}
	st.Add(sc)
	st.EditStartHours("10", roi.PerWeek, "Staff time")
	html := render(t, st, PathCalc)
	if e, _ := byID(html, "start-hours"); e.attrs["value"] != "10" {
		t.Errorf("#start-hours value = %q; want what was typed, 10", e.attrs["value"])
	}
	if e, _ := byID(html, "f-costs-0-hours"); e.attrs["value"] != "128.57" {
		t.Errorf("#f-costs-0-hours value = %q; want the quarter's 128.57", e.attrs["value"])
	}
	if !optionSelected(html, "week") {
		t.Error("per week is not the selected unit")
	}
	for _, want := range []string{"That is 128.57 hours in the period.", "The period is 3 months."} {
		if !strings.Contains(html, want) {
			t.Errorf("the hours note does not say %q", want)
		}
	}
}

func htmlText(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

// optionSelected says whether the page's <option value="value"> is
// selected, whatever order go-app wrote its attributes in.
func optionSelected(html, value string) bool {
	for _, tag := range regexp.MustCompile(`<option[^>]*>`).FindAllString(html, -1) {
		if strings.Contains(tag, ` value="`+value+`"`) && regexp.MustCompile(`\sselected[\s>=]`).MatchString(tag) {
			return true
		}
	}
	return false
}

// Choosing a language turns an untouched example into the same example in
// that language (its names and currency); the visitor's own numbers keep
// their words.
func TestLanguageLocalizesExample(t *testing.T) {
	for _, preset := range []string{"ecommerce", "saas"} {
		for _, lang := range []string{"fr", "nb", "tr"} {
			t.Run(preset+"/"+lang, func(t *testing.T) {
				st := NewStore(NewMemoryStorage())
				st.SetLang("en")
				en, _ := LocalPreset("en", preset)
				st.Add(en)
				p := &Page{st: st}
				st.SetLang(lang)
				p.localizeExample()
				want, _ := LocalPreset(lang, preset)
				if got := st.Current().Scenario; got.Name != want.Name || got.Currency != want.Currency {
					t.Errorf("after choosing %s: %q in %s; want %q in %s", lang, got.Name, got.Currency, want.Name, want.Currency)
				}
				if html := render(t, st, PathCalc); !strings.Contains(html, htmlText(trf(lang, "Example: {0}", want.Name))) {
					t.Errorf("the page does not show the %s example as an example", lang)
				}
				st.Edit(st.StartField(store.StartAds, ""), "1")
				st.SetLang("en")
				p.localizeExample()
				if got := st.Current().Scenario.Name; got != want.Name {
					t.Errorf("an edited example was renamed to %q", got)
				}
			})
		}
	}
}
