package app

import (
	htmlpkg "html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// renderPage loads p in go-app's test engine over st (the visitor's store)
// and returns its HTML.
func renderPage(t *testing.T, st *Store, p *Page) string {
	t.Helper()
	UseStore(st)
	t.Cleanup(func() { UseStore(nil) })
	e := app.NewTestEngine()
	r := p.route() // the route's own component over the shell p (routes.go)
	if err := e.Load(r); err != nil {
		t.Fatalf("Load(%s): %v", p.View, err)
	}
	e.ConsumeAll()
	return app.HTMLString(r)
}

// embedPage is /embed with these options, as read from its fragment.
func embedPage(o EmbedOptions, blocked bool) *Page {
	return &Page{View: PathEmbed, embed: &embedState{opts: o, blocked: blocked, st: newEmbedStore(o, blocked)}}
}

func readWebFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "web", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The embed has none of the app's chrome, and its links open in a new tab.
func TestEmbedHasNoChrome(t *testing.T) {
	html := renderPage(t, presetStore(t, "ecommerce"), embedPage(EmbedOptions{Mode: "full"}, false))
	for _, e := range elements(html) {
		switch {
		case e.tag == "nav", e.tag == "header":
			t.Errorf("the embed has a <%s>", e.tag)
		case strings.Contains(e.attrs["class"], "install"), strings.Contains(e.attrs["class"], "foot") && e.attrs["class"] != "embed-foot",
			strings.Contains(e.attrs["class"], "skip"):
			t.Errorf("the embed has the app's %s", e.attrs["class"])
		case e.tag == "a" && !strings.HasPrefix(e.attrs["href"], "#"):
			if e.attrs["target"] != "_blank" || e.attrs["rel"] != "noopener" {
				t.Errorf("link %v does not open in a new tab with rel=noopener", e.attrs)
			}
		}
	}
	if strings.Contains(html, "Every figure is computed in your browser") {
		t.Error("the embed shows the app's footer text")
	}
	full, ok := byID(html, "embed-full")
	if !ok || !strings.Contains(html, "Open the full calculator") {
		t.Fatal("no link to the full calculator")
	}
	// The link hands the scenario over as a share link.
	link := htmlpkg.UnescapeString(full.attrs["href"])
	payload, ok := strings.CutPrefix(link, "/#s=")
	if !ok {
		t.Fatalf("full calculator link = %q; want /#s=<scenario>", link)
	}
	sc, err := roi.DecodeShare(payload)
	if err != nil || sc.Name != mustPresetScenario(t, "ecommerce").Name {
		t.Errorf("full calculator link carries %q (%v); want the embed's scenario", sc.Name, err)
	}
	// Ordinary pages have the chrome and link to the builder.
	page := render(t, presetStore(t, "ecommerce"), PathCalc)
	if !strings.Contains(page, "<nav") || !regexp.MustCompile(`<a[^>]*href="/get-embed"`).MatchString(page) {
		t.Error("the calculator has no nav with a link to /get-embed")
	}
}

// Only the chosen sections are shown.
func TestEmbedSectionsFiltered(t *testing.T) {
	all := []string{"basics", "costs", "revenue", "actions", "funnel", "earned", "savings", "lift", "indirect", "margin", "goals"}
	tests := []struct {
		sections []string // nil: all
		results  bool
	}{
		{nil, true},
		{[]string{"costs", "results"}, true},
		{[]string{"earned", "margin"}, false},
		{[]string{"results"}, true},
		{[]string{"basics", "goals"}, false},
	}
	for _, tt := range tests {
		o := EmbedOptions{Preset: "b2b", Sections: tt.sections}
		html := renderPage(t, presetStore(t, "ecommerce"), embedPage(o, false))
		for _, s := range all {
			_, shown := byID(html, "sec-"+s)
			if want := o.Shows(s); shown != want {
				t.Errorf("sections %v: #sec-%s shown = %v; want %v", tt.sections, s, shown, want)
			}
		}
		_, shown := byID(html, "results")
		if shown != tt.results {
			t.Errorf("sections %v: #results shown = %v; want %v", tt.sections, shown, tt.results)
		}
	}
}

// The embed computes its options' scenario with the engine, and never
// touches the visitor's saved work.
func TestEmbedComputesWithoutSaving(t *testing.T) {
	visitor := NewMemoryStorage()
	st := NewStore(visitor)
	before := shStored(t, visitor)
	o := EmbedOptions{Preset: "saas", Currency: "NOK", Lang: "fr", Theme: "dark"}
	p := embedPage(o, false)
	html := renderPage(t, st, p)

	want, err := roi.Calculate(o.StartScenario("en"))
	if err != nil {
		t.Fatal(err)
	}
	figs := figures(html)
	if figs["roi.direct"] == "" {
		t.Fatal("no roi.direct figure")
	}
	for k, v := range figs {
		if w := want.Figure(k).String(); v != w {
			t.Errorf("figure %s = %q; want %q", k, v, w)
		}
	}
	if cur := p.embed.st.Current().Scenario; cur.Currency != "NOK" {
		t.Errorf("embed scenario currency %q; want NOK", cur.Currency)
	}
	if s := p.embed.st.Settings(); s.Lang != "fr" || s.Theme != "dark" {
		t.Errorf("embed settings = %+v; want lang fr, theme dark", s)
	}
	if after := shStored(t, visitor); after != before {
		t.Error("rendering the embed changed the visitor's saved data")
	}
	if shared != nil && shared != st || p.st == st {
		t.Error("the embed uses the visitor's store")
	}
}

// Where the browser refuses storage the embed says nothing is kept; else a
// quiet note says changes are not saved.
func TestEmbedStorageNotice(t *testing.T) {
	html := renderPage(t, NewStore(NewMemoryStorage()), embedPage(EmbedOptions{}, true))
	if _, ok := byID(html, "storage-notice"); !ok || !strings.Contains(html, "will not be kept") {
		t.Error("blocked storage: no storage notice")
	}
	if figures(html)["roi.direct"] == "" {
		t.Error("blocked storage: nothing computed")
	}
	html = renderPage(t, NewStore(NewMemoryStorage()), embedPage(EmbedOptions{}, false))
	if _, ok := byID(html, "storage-notice"); ok {
		t.Error("storage available: the storage notice is shown")
	}
	if !strings.Contains(html, "not saved") {
		t.Error("storage available: no note that changes are not saved")
	}
}

// The embed's store follows a new fragment (the builder's preview changes it).
func TestEmbedLoadFragment(t *testing.T) {
	e := &embedState{}
	e.load("#preset=local&currency=SEK")
	first := e.st
	if e.opts.Preset != "local" || first.Current().Scenario.Currency != "SEK" {
		t.Fatalf("load: opts %+v, currency %s", e.opts, first.Current().Scenario.Currency)
	}
	e.load("#preset=local&currency=SEK")
	if e.st != first {
		t.Error("the same fragment again started afresh")
	}
	e.blocked = true
	e.load("#preset=b2b")
	if e.st != first { // go-app's handlers hold on to the first store
		t.Error("a new fragment made a new store")
	}
	if e.st.Current().Scenario.Name != mustPresetScenario(t, "b2b").Name || e.st.Notice != NoticeUnavailable {
		t.Errorf("new fragment: scenario %q, notice %q; want the b2b preset with the storage notice", e.st.Current().Scenario.Name, e.st.Notice)
	}
}

var reTextarea = regexp.MustCompile(`(?s)<textarea\b[^>]*id="embed-snippet"[^>]*>(.*?)</textarea>`)

// The builder shows the snippet and the preview of the options chosen.
func TestGetEmbedSnippetAndPreview(t *testing.T) {
	st := presetStore(t, "b2b")
	tests := []struct {
		form embedForm
		want EmbedOptions
	}{
		{embedForm{}, EmbedOptions{Mode: "quick"}},
		{embedForm{mode: "earned", start: "saas", lang: "fr", hidden: map[string]bool{"basics": true}}, EmbedOptions{Mode: "earned", Lang: "fr"}},
		{embedForm{mode: "full"}, EmbedOptions{Mode: "full"}},
		{embedForm{mode: "full", start: "saas", lang: "nb", currency: "NOK", theme: "dark", accent: "#ff0000", hidden: map[string]bool{"basics": true, "goals": true}},
			EmbedOptions{Mode: "full", Preset: "saas", Lang: "nb", Currency: "NOK", Theme: "dark", Accent: "#ff0000",
				Sections: []string{"costs", "revenue", "actions", "funnel", "earned", "savings", "lift", "indirect", "margin", "results"}}},
		{embedForm{mode: "full", start: "current", accent: DefaultAccent}, EmbedOptions{Mode: "full", Scenario: &st.Current().Scenario}},
	}
	for _, tt := range tests {
		p := &Page{View: PathGetEmbed, embed: &embedState{form: tt.form}}
		html := renderPage(t, st, p)
		m := reTextarea.FindStringSubmatch(html)
		if m == nil {
			t.Fatal("no #embed-snippet textarea")
		}
		if got, want := htmlpkg.UnescapeString(m[1]), EmbedSnippet("/web/embed.js", tt.want); strings.TrimSpace(got) != want {
			t.Errorf("form %+v: snippet =\n%s\nwant\n%s", tt.form, got, want)
		}
		frame, ok := byID(html, "embed-preview")
		if !ok || frame.tag != "iframe" || frame.attrs["title"] == "" {
			t.Fatalf("no titled preview iframe: %v", frame.attrs)
		}
		wantSrc := "/embed"
		if f := tt.want.Fragment(); f != "" {
			wantSrc += "#" + f
		}
		if got := frame.attrs["src"]; got != wantSrc { // go-app writes attributes as Go strings
			t.Errorf("form %+v: preview src = %q; want %q", tt.form, got, wantSrc)
		}
	}
}

// Every input of the builder has a label of its own, and each section has a
// checkbox.
func TestGetEmbedInputsLabelled(t *testing.T) {
	html := renderPage(t, presetStore(t, "ecommerce"), &Page{View: PathGetEmbed, embed: &embedState{form: embedForm{mode: "full"}}})
	labels := map[string]string{}
	for _, m := range reLabel.FindAllStringSubmatch(html, -1) {
		for _, a := range reAttr.FindAllStringSubmatch(m[1], -1) {
			if a[1] == "for" {
				labels[a[2]] = strings.TrimSpace(m[2])
			}
		}
	}
	n := 0
	for _, e := range elements(html) {
		if e.tag != "input" && e.tag != "select" && e.tag != "textarea" {
			continue
		}
		n++
		if id := e.attrs["id"]; id == "" || labels[id] == "" {
			t.Errorf("<%s %v> has no label", e.tag, e.attrs)
		}
	}
	for _, s := range EmbedSections {
		if _, ok := byID(html, "embed-sec-"+s); !ok {
			t.Errorf("no checkbox for section %s", s)
		}
	}
	for _, id := range []string{"embed-start", "embed-lang", "embed-currency", "embed-theme", "embed-accent-picker", "embed-accent", "embed-snippet"} {
		if _, ok := byID(html, id); !ok {
			t.Errorf("no #%s", id)
		}
	}
	if snip, _ := byID(html, "embed-snippet"); snip.attrs["readonly"] == "" {
		t.Error("the snippet is not read-only")
	}
	if n < 7+len(EmbedSections) {
		t.Errorf("only %d inputs on the builder", n)
	}
}

// A typed colour that is not #rgb or #rrggbb is kept as typed and flagged;
// the options keep the last valid one.
func TestGetEmbedBadAccent(t *testing.T) {
	p := &Page{View: PathGetEmbed, embed: &embedState{form: embedForm{accent: "#123456", accentText: "#12345"}}}
	html := renderPage(t, NewStore(NewMemoryStorage()), p)
	in, _ := byID(html, "embed-accent")
	if in.attrs["aria-invalid"] != "true" || in.attrs["value"] != "#12345" {
		t.Errorf("accent field = %v; want the typed text flagged invalid", in.attrs)
	}
	if _, ok := byID(html, "embed-accent-err"); !ok {
		t.Error("no error message for the accent")
	}
	if o, _ := p.builderOptions(); o.Accent != "#123456" {
		t.Errorf("accent option = %q; want the last valid #123456", o.Accent)
	}
}

// Each compact mode shows its few inputs and, right under them, the
// report's figures that answer it, in the embed's language and currency.
func TestEmbedModeAnswers(t *testing.T) {
	want := map[string]func(r roi.Report) map[string]roi.Value{
		"quick": func(r roi.Report) map[string]roi.Value {
			return map[string]roi.Value{"roi.direct": r.ROI.Direct, "totals.netDirect": r.Totals.NetDirect, "totals.cost": r.Totals.Cost}
		},
		"roas": func(r roi.Report) map[string]roi.Value {
			return map[string]roi.Value{"roas": r.ROAS, "breakEven.revenue": r.BreakEven.Revenue, "roi.profit": r.ROI.Profit}
		},
		"funnel": func(r roi.Report) map[string]roi.Value {
			m := map[string]roi.Value{}
			for i, s := range r.Funnel {
				m["funnel."+strconv.Itoa(i)+".costPer"] = s.CostPer
			}
			return m
		},
		"earned": func(r roi.Report) map[string]roi.Value {
			return map[string]roi.Value{"totals.earnedMedia": r.Totals.EarnedMedia, "totals.netTotal": r.Totals.NetTotal, "roi.total": r.ROI.Total}
		},
	}
	inputs := map[string]int{"quick": 4, "roas": 3, "funnel": 5, "earned": 4}
	for _, mode := range CompactModes {
		for _, lang := range []string{"en", "fr", "nb", "tr"} {
			o := EmbedOptions{Mode: mode, Lang: lang}
			html := renderPage(t, NewStore(NewMemoryStorage()), embedPage(o, false))
			r := mustReport(t, o.StartScenario(lang))
			figs := figures(html)
			exp := want[mode](r)
			if len(figs) != len(exp) {
				t.Errorf("%s/%s: figures %v; want the keys of %v", mode, lang, figs, exp)
			}
			for k, v := range exp {
				if !v.Defined() {
					t.Errorf("%s/%s: the example's %s is undefined", mode, lang, k)
				}
				if figs[k] != v.String() {
					t.Errorf("%s/%s: figure %s = %q; want %q", mode, lang, k, figs[k], v.String())
				}
			}
			n := 0
			for _, e := range elements(html) {
				if e.tag == "input" && e.attrs["type"] == "text" {
					n++
				}
			}
			if n != inputs[mode] {
				t.Errorf("%s/%s: %d inputs; want %d", mode, lang, n, inputs[mode])
			}
			if lang != "en" && !strings.Contains(html, tr(lang, embedModeLabels[mode])) {
				t.Errorf("%s/%s: the heading is not in the language", mode, lang)
			}
			if !strings.Contains(html, tr(lang, "Open the full calculator with these numbers ↗")) {
				t.Errorf("%s/%s: no link to the full calculator with these numbers", mode, lang)
			}
		}
	}
}

// The builder starts on the first compact mode: no preset or sections to
// choose, and says how tall the preview is once it is measured.
func TestGetEmbedDefaultsToCompact(t *testing.T) {
	html := renderPage(t, presetStore(t, "ecommerce"), &Page{View: PathGetEmbed})
	if !regexp.MustCompile(`<option[^>]*value="quick"[^>]*selected`).MatchString(html) &&
		!regexp.MustCompile(`<option[^>]*selected[^>]*value="quick"`).MatchString(html) {
		t.Error("the builder's mode is not quick ROI")
	}
	if !regexp.MustCompile(`<div class="embed-opt off">\s*<div class="field">\s*<label for="embed-start"`).MatchString(html) ||
		!regexp.MustCompile(`<div class="embed-opt off">\s*<fieldset class="embed-sections"`).MatchString(html) {
		t.Error("the preset and the sections are offered for a compact mode")
	}
	if _, ok := byID(html, "embed-height"); !ok {
		t.Error("no #embed-height")
	}
	p := &Page{View: PathGetEmbed, embed: &embedState{form: embedForm{height: 1034}}}
	html = renderPage(t, presetStore(t, "ecommerce"), p)
	if !strings.Contains(html, "1,034 px") {
		t.Error("the measured height is not shown")
	}
}

// The prerendered /embed holds every compact mode in every language: the
// default shown, the others in inert templates (embed-start.js picks one).
func TestEmbedPrerenderVariants(t *testing.T) {
	html := renderPage(t, NewStore(NewMemoryStorage()), &Page{View: PathEmbed})
	inert, variants := map[string]bool{}, map[string]bool{}
	for _, e := range elements(html) {
		key := e.attrs["data-mode"] + "/" + e.attrs["data-lang"]
		switch {
		case e.tag == "template":
			inert[key] = true
		case e.tag == "div" && e.attrs["class"] == "embed-variant":
			variants[key] = true
		}
	}
	for _, mode := range CompactModes {
		for _, lang := range roi.Languages {
			key := mode + "/" + lang
			if !variants[key] {
				t.Errorf("no prerendered %s", key)
			}
			if shown := !inert[key]; shown != (key == "quick/en") {
				t.Errorf("%s: shown %v", key, shown)
			}
		}
	}
}
