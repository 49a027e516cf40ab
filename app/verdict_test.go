package app

import (
	htmlpkg "html"
	"regexp"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// verdictLine is one line of a rendered verdict: its code, tone, text
// (spaces squeezed) and figures (their data-value).
type verdictLine struct {
	code, tone, text string
	values           []string
}

// verdictOf reads the verdict section with id out of a rendered page.
func verdictOf(t *testing.T, html, id string) []verdictLine {
	t.Helper()
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no #%s", id)
	}
	sec := html[i:]
	sec = sec[:strings.Index(sec, "</section>")]
	var out []verdictLine
	for _, e := range elements(sec) {
		if e.tag != "p" || !strings.Contains(e.attrs["class"], "verdict-line") {
			continue
		}
		inner := sec[e.at:]
		inner = inner[strings.Index(inner, ">")+1 : strings.Index(inner, "</p>")]
		l := verdictLine{code: e.attrs["data-code"], tone: e.attrs["data-tone"],
			text: strings.Join(strings.Fields(htmlpkg.UnescapeString(reTags.ReplaceAllString(inner, " "))), " ")}
		for _, f := range elements(inner) {
			if v, ok := f.attrs["data-value"]; ok {
				l.values = append(l.values, v)
			}
		}
		out = append(out, l)
	}
	return out
}

var reTags = regexp.MustCompile(`<[^>]+>`)

// The results lead with the engine's verdict, in the page's language: one
// line a sentence of roi.VerdictOf, its figures the engine's exact values,
// a loss or a gain said with a word and a sign, not colour alone.
func TestVerdictInResults(t *testing.T) {
	words := map[string]map[string]string{ // the tone's word in each language, from the catalog
		"loss": {"en": "▼ Loss", "fr": "▼ Perte", "nb": "▼ Tap", "tr": "▼ Zarar"},
		"gain": {"en": "▲ Gain", "fr": "▲ Gain", "nb": "▲ Gevinst", "tr": "▲ Kazanç"},
	}
	for _, lang := range []string{"en", "fr", "nb", "tr"} {
		for _, name := range roi.PresetNames {
			t.Run(lang+"/"+name, func(t *testing.T) {
				st := presetStore(t, name)
				st.SetLang(lang)
				html := render(t, st, PathCalc)
				want := roi.VerdictOf(st.Report())
				got := verdictOf(t, html, "verdict")
				if len(got) != len(want) {
					t.Fatalf("%d verdict lines; the engine has %d: %+v", len(got), len(want), got)
				}
				if i, j := strings.Index(html, `id="verdict"`), strings.Index(html, `id="headline-card"`); i < 0 || i > j {
					t.Error("the verdict does not come before the headline figures")
				}
				for i, w := range want {
					g := got[i]
					if g.code != w.Message.Code || g.tone != w.Tone || strings.Join(g.values, " ") != strings.Join(w.Message.Args, " ") {
						t.Errorf("line %d = %s %s %v; engine %s %s %v", i, g.code, g.tone, g.values, w.Message.Code, w.Tone, w.Message.Args)
					}
					if word := words[w.Tone][lang]; word != "" && w.Message.Code != "verdict.range" && !strings.HasPrefix(g.text, word) {
						t.Errorf("line %d %q does not start with %q", i, g.text, word)
					}
					if strings.Contains(g.text, "{") {
						t.Errorf("line %d has an unfilled place: %q", i, g.text)
					}
				}
			})
		}
	}
}

// An empty scenario has no cost: the verdict says so instead of a figure.
func TestVerdictNoCost(t *testing.T) {
	st := NewStore(NewMemoryStorage())
	st.Add(roi.New("Vide", "EUR"))
	st.SetLang("fr")
	got := verdictOf(t, render(t, st, PathCalc), "verdict")
	if len(got) != 1 || got[0].code != "verdict.nocost" || !strings.HasPrefix(got[0].text, "Aucun coût") {
		t.Errorf("verdict of an empty scenario: %+v", got)
	}
}

// The report leads with the verdict, then return against cost, then what
// the figures rest on, before the figures and tables.
func TestReportLead(t *testing.T) {
	fixReportDate(t)
	st := presetStore(t, "b2b")
	html := render(t, st, PathReport)
	last := -1
	for _, id := range []string{"report-verdict", "report-chart", "report-basis", "report-headline", "report-cost", "report-return", "report-assumptions"} {
		i := strings.Index(html, `id="`+id+`"`)
		if i < 0 {
			t.Fatalf("no #%s", id)
		}
		if i < last {
			t.Errorf("#%s comes too early", id)
		}
		last = i
	}
	if got, want := len(verdictOf(t, html, "report-verdict")), len(roi.VerdictOf(st.Report())); got != want {
		t.Errorf("the report's verdict has %d lines; want %d", got, want)
	}
	text := htmlpkg.UnescapeString(html)
	for _, want := range []string{"Gross margin: ", " of revenue is gross profit.", "The period is", "Total ROI adds values that are estimated"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report's basis lacks %q", want)
		}
	}
	// With a margin the chart weighs gross profit against cost, as the verdict does.
	if _, ok := byID(html, "chart-profit"); !ok || st.Report().Headline.Basis != "profit" {
		t.Error("the report of a scenario with a margin has no gross profit chart")
	}
	plain := NewStore(NewMemoryStorage())
	sc := roi.New("No margin", "EUR")
	sc.Costs = []roi.Cost{{Label: "Ads", Category: "ads", Amount: "100"}}
	sc.Revenue = []roi.Revenue{{Label: "Sales", Amount: "300"}}
	plain.Add(sc)
	if _, ok := byID(render(t, plain, PathReport), "chart-return"); !ok {
		t.Error("without a margin the report has no return-against-cost chart")
	}
	if _, ok := byID(html, "edit-copy"); ok {
		t.Error("a saved scenario's report offers Edit a copy")
	}
}

// A report opened from a report link is read-only: no field to type in, and
// "Edit a copy" in place of the way back to the calculator.
func TestSharedReportReadOnly(t *testing.T) {
	fixReportDate(t)
	st := NewStore(NewMemoryStorage())
	sc, _ := roi.Preset("ecommerce")
	st.OpenIncoming(sc)
	html := render(t, st, PathReport)
	main := html[strings.Index(html, `id="main"`):]
	for _, tag := range []string{"<input", "<textarea", "<select"} {
		if strings.Contains(main, tag) {
			t.Errorf("the shared report has a %s", tag)
		}
	}
	if e, ok := byID(html, "edit-copy"); !ok || e.tag != "button" {
		t.Errorf("no Edit a copy button: %v", e)
	}
	if _, ok := byID(html, "report-back"); ok {
		t.Error("the shared report links back to a calculator the visitor has not opened")
	}
}

// The report link opens /report with the same scenario; the calculator link
// stays as it was.
func TestReportShareURL(t *testing.T) {
	sc, _ := roi.Preset("local")
	for _, root := range []string{"/", "/socialroi/"} {
		calc, _ := shareURL("https://app.example", root, sc)
		rep, ok := reportShareURL("https://app.example", root, sc)
		if !ok {
			t.Fatalf("no report link")
		}
		_, frag, _ := strings.Cut(calc, "#")
		if want := "https://app.example" + root + "report#" + frag; rep != want {
			t.Errorf("report link %s; want %s", rep, want)
		}
	}
}

// A report link that cannot be read says so above the report (which is
// then the visitor's own scenario's).
func TestReportShareNotice(t *testing.T) {
	fixReportDate(t)
	st := NewStore(NewMemoryStorage())
	p := &Page{View: PathReport}
	p.tools.shareNotice = []string{"the link is damaged"}
	html := renderWith(t, st, p)
	if e, ok := byID(html, "share-notice"); !ok || e.attrs["role"] != "alert" || !strings.Contains(html, "the link is damaged") {
		t.Errorf("no #share-notice on the report: %v", e)
	}
}
