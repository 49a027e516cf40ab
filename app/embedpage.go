package app

import (
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// The embed pages: /embed, the calculator a blog frames (options in embed.go),
// and /get-embed, where a blogger picks the options and copies the snippet.
//
// An embed keeps nothing: its store is in memory, seeded from the options.
// It runs on the app's origin, so with storage it would share the saved work
// of a visitor who also uses the full app there, and a blog post reloading
// would have to choose between its preset and what is stored. The "Open the
// full calculator" link carries the scenario as a share link instead, which
// the full app opens as a new, unsaved scenario.

// EmbedHeightMessage is the type of the message an embed posts to its
// parent with its height; web/embed.js resizes the iframe to it.
const EmbedHeightMessage = "social-roi:height"

// embedState is what the embed pages keep between renders.
type embedState struct {
	// /embed
	opts     EmbedOptions
	fragment string // the fragment opts were read from
	st       *Store
	blocked  bool // the browser refuses storage here (sandbox, privacy mode)
	height   int  // the height last posted to the parent
	variants bool // prerendering: every compact mode in every language

	// /get-embed
	form embedForm
}

// embedForm is the builder's choices.
type embedForm struct {
	mode       string // one of EmbedModes; "" is the default (the first)
	height     int    // the preview's height, as its embed posted it
	start      string // a preset, "blank" or "current" (the visitor's scenario)
	lang       string
	currency   string
	theme      string
	accent     string // a valid colour; "" is ours
	accentText string // what is typed in the colour's text field
	hidden     map[string]bool
	origin     string // where the site is, in the browser: https://host/prefix
	status     string // what Copy did
}

// embedSectionLabels name the sections in the builder (in English: the
// page translates them).
var embedSectionLabels = map[string]string{
	"basics": msg("Scenario (name, currency, period)"), "costs": msg("Costs"), "revenue": msg("Revenue from social"),
	"actions": msg("Value of each action"), "funnel": msg("Funnel"), "earned": msg("Earned media"), "savings": msg("Service savings"),
	"lift": msg("Customer lift"), "indirect": msg("Returns without a number"), "margin": msg("Gross margin"), "goals": msg("Goals"),
	"results": msg("Results (ROI and all figures)"),
}

// embedState is the page's embed state. In the browser, the embed's store
// is made from the fragment at the first render, and stays the same *Store
// for the page's life (a new fragment refills it): go-app keeps the event
// handlers of the first render, which hold on to that store.
func (p *Page) embedState() *embedState {
	if p.embed == nil {
		p.embed = &embedState{}
	}
	if e := p.embed; p.View == PathEmbed && e.st == nil {
		if app.IsClient {
			_, _, err := NewBrowserStorage()
			e.blocked = err != nil
			e.load(locationHash())
		} else { // prerendering the page: no fragment to read
			e.st = newEmbedStore(e.opts, e.blocked)
			e.variants = true
		}
	}
	return p.embed
}

// newEmbedStore is an embed's store: in memory, holding the options'
// starting scenario, language and theme. blocked says the browser refuses
// storage, so the visitor is told nothing can be kept.
func newEmbedStore(o EmbedOptions, blocked bool) *Store {
	lang := o.Lang
	if lang == "" && app.IsClient {
		lang = PreferredLanguage(browserLanguages())
	}
	st := store.NewMemory(o.StartScenario(lang), Settings{Lang: o.Lang, Theme: o.Theme})
	if blocked {
		st.Notice, st.Unsaved = NoticeUnavailable, true
	}
	return st
}

// load reads the options from a fragment and starts afresh with them, in
// the same store.
func (e *embedState) load(fragment string) {
	if e.st != nil && fragment == e.fragment {
		return
	}
	o, problems := ParseEmbedOptions(fragment)
	for _, msg := range problems {
		app.Window().Get("console").Call("warn", "Social ROI embed: "+msg)
	}
	e.fragment, e.opts, e.height = fragment, o, 0
	if e.st == nil {
		e.st = newEmbedStore(o, e.blocked)
	} else {
		*e.st = *newEmbedStore(o, e.blocked)
	}
	if app.IsClient { // without a lang option, the reader's language
		e.st.SetBrowserLanguages(browserLanguages())
	}
}

// section is section() unless the page is an embed that does not show it.
func (p *Page) section(id, title string, open bool, body ...app.UI) app.UI {
	if p.View == PathEmbed && p.embed != nil && !p.embed.opts.Shows(id) {
		return app.If(false, nil)
	}
	return section(id, title, open, body...)
}

// renderEmbed is the framed calculator: the chosen sections and results, no
// header, nav or footer, and a link to the full calculator.
func (p *Page) renderEmbed() app.UI {
	e := p.embedState()
	st := e.st
	p.st = st
	o := e.opts
	if e.variants {
		return p.renderEmbedVariants()
	}
	if o.Compact() {
		return app.Div().Class("shell", "embed", "compact").ID("embed-root").Body(
			p.renderNotice(st),
			app.Main().ID("main").Body(p.renderEmbedVariant(o.EffectiveMode(), st.Lang())),
		)
	}
	var inputs []app.UI
	for _, s := range []struct {
		name   string
		render func() app.UI
	}{
		{"basics", p.renderBasics}, {"costs", p.renderCosts}, {"revenue", p.renderRevenue},
		{"actions", p.renderActions}, {"funnel", p.renderFunnel},
	} {
		if o.Shows(s.name) {
			inputs = append(inputs, s.render())
		}
	}
	for _, name := range []string{"earned", "savings", "lift", "indirect", "margin"} {
		if o.Shows(name) { // renderMore leaves out the others (see section)
			inputs = append(inputs, p.renderMore())
			break
		}
	}
	if o.Shows("goals") {
		inputs = append(inputs, p.renderGoals())
	}
	results := o.Shows("results")
	cols := []string{"cols"}
	if len(inputs) == 0 || !results {
		cols = append(cols, "single")
	}
	return app.Div().Class("shell", "embed").ID("embed-root").Body(
		p.renderNotice(st),
		app.Main().ID("main").Body(
			app.Div().Class("calc").Body(
				app.Div().Class(cols...).Body(
					app.If(len(inputs) > 0, func() app.UI { return app.Div().Class("inputs").Body(inputs...) }),
					app.If(results, func() app.UI { return p.renderResults(st.Report()) }),
				),
			),
		),
		p.embedFoot(p.t("Open the full calculator ↗")),
	)
}

// embedFoot is the link to the full calculator with the embed's scenario
// (a share link, opened in a new tab) and the note that nothing is saved.
func (p *Page) embedFoot(link string) app.UI {
	st := p.store()
	return app.Footer().Class("embed-foot").Body(
		app.A().ID("embed-full").Href(roi.ShareLink(href(PathCalc), st.Current().Scenario)).
			Target("_blank").Rel("noopener").Text(link),
		app.If(st.Notice == NoticeNone, func() app.UI {
			return app.Span().Class("note").Text(p.t("Changes made here are not saved."))
		}),
	)
}

// renderEmbedVariant is one compact mode in one language: the mode and
// the link to the full calculator with these numbers.
func (p *Page) renderEmbedVariant(mode, lang string) app.UI {
	return app.Div().Class("embed-variant").DataSet("mode", mode).DataSet("lang", lang).Lang(lang).Body(
		p.renderEmbedMode(mode),
		p.embedFoot(p.t("Open the full calculator with these numbers ↗")),
	)
}

// renderEmbedVariants is the prerendered /embed: the server does not see
// the fragment (the options) nor the reader's language, so the page holds
// every compact mode in every language: the default one (quick ROI in
// English) shown, the others in inert <template>s. The start script
// (web/embed-start.js) puts in the one the fragment and the reader's
// language ask for before the page is painted, and
// starts the wasm on the reader's first touch (see cmd/site).
func (p *Page) renderEmbedVariants() app.UI {
	var variants []app.UI
	for _, mode := range CompactModes {
		for _, lang := range roi.Languages {
			o := EmbedOptions{Mode: mode, Lang: lang}
			q := &Page{View: PathEmbed, st: newEmbedStore(o, false)}
			q.embed = &embedState{opts: o, st: q.st}
			v := q.renderEmbedVariant(mode, lang)
			if mode != EmbedModes[0] || lang != "en" {
				// Inert until chosen: its ids are the shown variant's too.
				v = app.Template().DataSet("mode", mode).DataSet("lang", lang).Body(v)
			}
			variants = append(variants, v)
		}
	}
	return app.Div().Class("shell", "embed", "compact").ID("embed-root").Body(
		app.Main().ID("main").Body(variants...),
	)
}

// embedNavLink is the header's link to the builder.
func (p *Page) embedNavLink() app.UI { return navLink(PathGetEmbed, p.t("Embed"), p.View) }

// builderOptions are the embed options the builder's form gives.
func (p *Page) builderOptions() (EmbedOptions, bool) {
	f := &p.embedState().form
	var o EmbedOptions
	o.Mode = orDefault(f.mode, EmbedModes[0])
	o.Lang, o.Currency, o.Theme = f.lang, f.currency, f.theme
	if f.accent != "" && f.accent != DefaultAccent {
		o.Accent = f.accent
	}
	if o.Mode != "full" {
		return o, true
	}
	switch f.start {
	case "current":
		sc := p.store().Current().Scenario.Clone()
		o.Scenario = &sc
	case "ecommerce", "":
	default:
		o.Preset = f.start
	}
	var shown []string
	for _, s := range EmbedSections {
		if !f.hidden[s] {
			shown = append(shown, s)
		}
	}
	if len(shown) < len(EmbedSections) && len(shown) > 0 {
		o.Sections = shown
	}
	return o, len(shown) > 0
}

// builderSnippet is the snippet for the builder's options.
func (p *Page) builderSnippet() string {
	o, _ := p.builderOptions()
	return EmbedSnippet(p.siteURL("/web/embed.js"), o)
}

// siteURL is where the site is served, for the snippet: the origin and
// path prefix in the browser, the root on the server.
func (p *Page) siteURL(path string) string {
	return p.embedState().form.origin + href(path)
}

// renderGetEmbed is the builder: options, a live preview, the snippet.
func (p *Page) renderGetEmbed() app.UI {
	e := p.embedState()
	f := &e.form
	if f.start == "" {
		f.start = "ecommerce"
	}
	st := p.store()
	o, anyShown := p.builderOptions()
	src := href(PathEmbed)
	if frag := o.Fragment(); frag != "" {
		src += "#" + frag
	}
	snippet := p.builderSnippet()

	starts := [][2]string{}
	for _, n := range roi.PresetNames {
		starts = append(starts, [2]string{n, p.t(presetLabels[n])})
	}
	starts = append(starts, [2]string{"blank", p.t("Blank")}, [2]string{"current", p.tf("My current scenario: {0}", orDefault(strings.TrimSpace(st.Current().Scenario.Name), p.t("untitled")))})
	langs := [][2]string{{"", p.t("The reader's browser language")}}
	for _, l := range EmbedLangs {
		langs = append(langs, [2]string{l, langNames[l]}) // each in itself
	}
	currencies := [][2]string{{"", p.tf("The scenario's ({0} for your current one)", st.Current().Scenario.Currency)}}
	for _, c := range roi.Currencies() {
		currencies = append(currencies, [2]string{c, c})
	}
	full := o.Mode == "full"
	switch {
	case !full:
		currencies[0][1] = p.tf("The language's ({0})", DefaultCurrency(orDefault(f.lang, p.lang())))
	case f.start != "current":
		sc := newScenario(p.lang(), orDefault(f.start, "ecommerce"), "")
		currencies[0][1] = p.tf("The preset's ({0})", sc.Currency)
	}
	modes := make([][2]string, len(EmbedModes))
	for i, m := range EmbedModes {
		modes[i] = [2]string{m, p.t(embedModeLabels[m])}
	}
	themes := [][2]string{{"", p.t("The reader's system (auto)")}, {"light", p.t("Light")}, {"dark", p.t("Dark")}}
	accentBad := f.accentText != "" && !ValidAccent(f.accentText)

	return app.Div().Class("get-embed").Body(
		app.H1().Text(p.t("Embed the calculator on your blog")),
		app.P().Class("intro").Text(p.t("Choose how the calculator starts and looks, check the preview, then paste the snippet into your post's HTML. Your readers use it right in the post; nothing they type is saved or sent anywhere.")),
		app.Div().Class("embed-builder").Body(
			app.Section().Class("card", "embed-form").Aria("labelledby", "embed-form-h").Body(
				app.H2().ID("embed-form-h").Text(p.t("Options")),
				app.Div().Class("grid").Body(
					embedSelect("embed-mode", p.t("What the embed shows"), o.Mode, modes, func(v string) { f.mode = v }),
					// Hidden, not left out: go-app keeps the first render's
					// handlers by position, so the selects must stay in place.
					app.Div().Class(offUnless(full, "embed-opt")...).Body(
						embedSelect("embed-start", p.t("Starting values"), f.start, starts, func(v string) { f.start = v }),
					),
					embedSelect("embed-lang", p.t("Language"), f.lang, langs, func(v string) { f.lang = v }),
					embedSelect("embed-currency", p.t("Currency"), f.currency, currencies, func(v string) { f.currency = v }),
					embedSelect("embed-theme", p.t("Theme"), f.theme, themes, func(v string) { f.theme = v }),
				),
				app.Div().Class("field", "accent").Body(
					app.Label().For("embed-accent-picker").Text(p.t("Accent colour")),
					app.Div().Class("accent-row").Body(
						app.Input().Type("color").ID("embed-accent-picker").
							Value(ExpandAccent(orDefault(f.accent, DefaultAccent))).
							OnInput(func(ctx app.Context, e app.Event) {
								v := strings.ToLower(ctx.JSSrc().Get("value").String())
								if ValidAccent(v) {
									f.accent, f.accentText = v, v
								}
							}),
						app.Label().For("embed-accent").Class("hex").Text(p.t("or its hex code")),
						p.accentTextInput(f, accentBad),
						app.Button().Type("button").Class("quiet").ID("embed-accent-reset").Text(p.t("Default colour")).
							OnClick(func(ctx app.Context, e app.Event) { f.accent, f.accentText = "", "" }),
					),
					app.If(accentBad, func() app.UI {
						return app.P().Class("error").ID("embed-accent-err").Role("alert").Text(p.t("Write the colour as #rgb or #rrggbb, e.g. #0f766e. The preview keeps the last valid one."))
					}),
				),
				app.Div().Class(offUnless(full, "embed-opt")...).Body(p.renderSectionChecks(f, anyShown)),
			),
			app.Section().Class("card", "embed-code").Aria("labelledby", "embed-code-h").Body(
				app.H2().ID("embed-code-h").Text(p.t("Snippet")),
				app.Div().Class("field").Body(
					app.Label().For("embed-snippet").Text(p.t("HTML to paste into your post")),
					// The text as a child, not Text (a value attribute): go-app
					// writes attributes unescaped when it prerenders.
					app.Textarea().ID("embed-snippet").ReadOnly(true).Rows(4).Attr("spellcheck", "false").Body(app.Text(snippet)).
						OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
				),
				app.Div().Class("actions").Body(
					app.Button().Type("button").ID("embed-copy").Text(p.t("Copy")).OnClick(func(ctx app.Context, e app.Event) {
						// Made afresh: go-app keeps the first render's handler.
						copyFromField(ctx, "embed-snippet", p.builderSnippet(), func(ok bool) {
							if ok {
								f.status = p.t("Copied. Paste it into your post's HTML.")
							} else {
								f.status = p.t("Copying was refused: the snippet is selected, press Ctrl+C (⌘C on a Mac).")
							}
						})
					}),
					app.Span().Class("copy-status").ID("embed-copy-status").Role("status").Text(f.status),
				),
				app.P().Class("note").Text(p.t("The script finds the placeholder, puts the calculator in its place and keeps its height fitting the content. It needs nothing else: no library, no cookie.")),
			),
			app.Section().Class("card", "embed-preview").Aria("labelledby", "embed-preview-h").Body(
				app.H2().ID("embed-preview-h").Text(p.t("Preview")),
				app.P().Class("note").ID("embed-height").Role("status").Text(p.previewHeightText(f.height)),
				app.IFrame().ID("embed-preview").Title(p.t("Preview of the embedded calculator")).Src(src),
			),
		),
	)
}

// renderSectionChecks are the full calculator's sections to show.
func (p *Page) renderSectionChecks(f *embedForm, anyShown bool) app.UI {
	return app.FieldSet().Class("embed-sections").Body(
		app.Legend().Text(p.t("Sections to show")),
		app.Div().Class("checks").Body(
			app.Range(EmbedSections).Slice(func(i int) app.UI {
				name := EmbedSections[i]
				id := "embed-sec-" + name
				return app.Div().Class("field", "check").Body(
					sectionCheck(id, !f.hidden[name]).OnChange(func(ctx app.Context, e app.Event) {
						if f.hidden == nil {
							f.hidden = map[string]bool{}
						}
						f.hidden[name] = !ctx.JSSrc().Get("checked").Bool()
					}),
					app.Label().For(id).Text(p.t(embedSectionLabels[name])),
				)
			}),
		),
		app.If(!anyShown, func() app.UI {
			return app.P().Class("error").Role("alert").Text(p.t("Pick at least one section. Until then the embed shows them all."))
		}),
	)
}

// offUnless is the classes of an element shown only when on.
func offUnless(on bool, class string) []string {
	if on {
		return []string{class}
	}
	return []string{class, "off"}
}

// previewHeightText says how tall the preview is, as its embed measured
// itself.
func (p *Page) previewHeightText(h int) string {
	if h <= 0 {
		return p.t("Height: measuring…")
	}
	return p.tf("Height at this width: {0} px", formatter.format(p.lang(), strconv.Itoa(h), formatStyle{maxOnly: true}))
}

// accentTextInput is the accent colour as text (#rgb or #rrggbb).
func (p *Page) accentTextInput(f *embedForm, bad bool) app.UI {
	in := app.Input().Type("text").ID("embed-accent").Attr("autocomplete", "off").Attr("spellcheck", "false").
		Attr("placeholder", DefaultAccent).Value(f.accentText).
		OnInput(func(ctx app.Context, e app.Event) {
			v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
			f.accentText = v
			switch {
			case v == "":
				f.accent = ""
			case ValidAccent(v):
				f.accent = strings.ToLower(v)
			}
		})
	if bad {
		in = in.Aria("invalid", "true").Aria("describedby", "embed-accent-err")
	}
	return in
}

// embedSelect is a labelled select of the builder.
func embedSelect(id, label, value string, options [][2]string, set func(string)) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) {
			set(ctx.JSSrc().Get("value").String())
		}).Body(
			app.Range(options).Slice(func(i int) app.UI {
				return option(options[i][0], options[i][1], options[i][0] == value)
			}),
		),
	)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// mountEmbed starts the browser side of the embed pages; other pages
// return at once. The embed reads its options, applies theme, language and
// accent to the document, keeps its links out of the host page and tells
// its parent its height; the builder resizes its preview.
func (p *Page) mountEmbed(ctx app.Context) {
	switch p.View {
	case PathEmbed:
		e := p.embedState() // options and store: made at the first render
		p.st = e.st
		p.carryOver() // what the reader typed before the start (prestart.go)
		applyEmbedDocument(e.opts, e.st.Lang())
		p.listenEmbed(ctx)
		restoreEarlyFocus(ctx)
		// As on every page: scripts and tests wait for this.
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app-ready", "1")
	case PathGetEmbed:
		e := p.embedState()
		e.form.origin = jsString(app.Window().Get("location").Get("origin"))
		onPreviewHeight = func(h int) { ctx.Dispatch(func(app.Context) { e.form.height = h }) }
		listenPreview()
	}
}

// earlyFocus is the field the reader was in when the embed started (its
// first focus starts it), and where the caret was: go-app replaces the
// prerendered page, so the new field takes the focus back.
var earlyFocus struct {
	id         string
	start, end int
}

// readEarlyFocus notes the focused field of the prerendered page.
func readEarlyFocus() {
	defer func() { recover() }()
	el := app.Window().Get("document").Get("activeElement")
	if !el.Truthy() || jsString(el.Get("tagName")) != "INPUT" {
		return
	}
	earlyFocus.id = jsString(el.Get("id"))
	if s := el.Get("selectionStart"); s.Type() == app.TypeNumber {
		earlyFocus.start, earlyFocus.end = s.Int(), el.Get("selectionEnd").Int()
	}
}

// restoreEarlyFocus puts the focus back in that field once it is drawn.
func restoreEarlyFocus(ctx app.Context) {
	if earlyFocus.id == "" {
		return
	}
	id, start, end := earlyFocus.id, earlyFocus.start, earlyFocus.end
	earlyFocus.id = ""
	ctx.Defer(func(app.Context) {
		defer func() { recover() }()
		el := app.Window().GetElementByID(id)
		if !el.Truthy() {
			return
		}
		el.Call("focus", map[string]any{"preventScroll": true})
		if n := len([]rune(jsString(el.Get("value")))); start <= n && end <= n {
			el.Call("setSelectionRange", start, end)
		}
	})
}

func locationHash() string { return jsString(app.Window().Get("location").Get("hash")) }

// jsString is a JavaScript string's value, or "" for anything else.
func jsString(v app.Value) string {
	if v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// applyEmbedDocument sets the options that style the whole document: the
// language, the theme (data-theme, see web/embed.css) and the accent colour.
func applyEmbedDocument(o EmbedOptions, lang string) {
	defer func() { recover() }()
	root := app.Window().Get("document").Get("documentElement")
	setDocumentLang(lang)
	setDocumentHead(lang, PathEmbed)
	if o.Theme == "" {
		root.Call("removeAttribute", "data-theme")
	} else {
		root.Call("setAttribute", "data-theme", o.Theme)
	}
	// Custom properties through the CSSOM: a style attribute would need the
	// CSP's 'unsafe-inline'.
	style := root.Get("style")
	for name, value := range AccentVars(orDefault(o.Accent, DefaultAccent)) {
		if o.Accent == "" {
			style.Call("removeProperty", name)
		} else {
			style.Call("setProperty", name, value)
		}
	}
	if o.Accent == "" {
		root.Call("removeAttribute", "data-accent")
	} else {
		root.Call("setAttribute", "data-accent", o.Accent)
	}
}

// listenEmbed follows the fragment (the builder's preview changes it), keeps
// every link in a new tab, and posts the page's height to the parent.
func (p *Page) listenEmbed(ctx app.Context) {
	defer func() { recover() }()
	embedMounted = &mountedEmbed{page: p, ctx: ctx}
	if embedListening { // mounted before in this page's life: the listeners reach it through embedMounted
		p.postHeight()
		return
	}
	embedListening = true
	win := app.Window()
	doc := win.Get("document")
	win.Call("addEventListener", "hashchange", app.FuncOf(func(this app.Value, args []app.Value) any {
		m := embedMounted
		if m == nil {
			return nil
		}
		hash := locationHash()
		m.ctx.Dispatch(func(ctx app.Context) {
			e := m.page.embedState()
			e.load(hash)
			m.page.st = e.st
			applyEmbedDocument(e.opts, e.st.Lang())
		})
		return nil
	}))
	// Capture runs before go-app's own click handling (on window, bubbling),
	// which would otherwise navigate the frame in place.
	doc.Call("addEventListener", "click", app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { recover() }()
		if len(args) > 0 {
			embedLinkClick(args[0])
		}
		return nil
	}), true)

	post := app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { recover() }()
		if m := embedMounted; m != nil {
			m.page.postHeight()
		}
		return nil
	})
	if ro := win.Get("ResizeObserver"); ro.Type() == app.TypeFunction {
		ro.New(post).Call("observe", doc.Get("body"))
	} else {
		win.Call("addEventListener", "resize", post)
	}
	win.Call("addEventListener", "load", post)
	p.postHeight()
}

// embedLinkClick makes a link clicked in the embed open in a new tab; a
// link to a place on the page scrolls there without touching the URL (whose
// fragment holds the options).
func embedLinkClick(ev app.Value) {
	t := ev.Get("target")
	if t.Type() != app.TypeObject || t.Get("closest").Type() != app.TypeFunction {
		return
	}
	a := t.Call("closest", "a[href]")
	if a.Type() != app.TypeObject || a.IsNull() {
		return
	}
	h := jsString(a.Call("getAttribute", "href"))
	if id, ok := strings.CutPrefix(h, "#"); ok {
		ev.Call("preventDefault")
		ev.Call("stopPropagation")
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView")
		}
		return
	}
	a.Call("setAttribute", "target", "_blank")
	a.Call("setAttribute", "rel", "noopener")
}

// postHeight tells the parent page how tall the embed is, when framed and
// when it changed. The height is no secret, so any parent may read it.
func (p *Page) postHeight() {
	win := app.Window()
	parent := win.Get("parent")
	if parent.Type() != app.TypeObject || parent.Equal(win.Get("window")) {
		return
	}
	body := win.Get("document").Get("body")
	if !body.Truthy() {
		return
	}
	h := int(math.Ceil(body.Call("getBoundingClientRect").Get("height").Float()))
	e := p.embedState()
	if h <= 0 || h == e.height {
		return
	}
	e.height = h
	parent.Call("postMessage", map[string]any{"type": EmbedHeightMessage, "height": h}, "*")
}

// The embed's listeners are the browser's, added once for the page's life;
// they reach the embed mounted now (nil once it is dismounted).
type mountedEmbed struct {
	page *Page
	ctx  app.Context
}

var (
	embedMounted   *mountedEmbed
	embedListening bool
)

// releaseEmbed lets go of the embed when it is dismounted.
func (p *Page) releaseEmbed() {
	if m := embedMounted; m != nil && m.page == p {
		embedMounted = nil
	}
}

var (
	// previewListening is set once the builder listens to its preview's height.
	previewListening bool
	// onPreviewHeight takes the preview's height into the builder mounted
	// now (nil while none is: release, ui.go).
	onPreviewHeight func(h int)
)

// listenPreview resizes the builder's preview iframe to the height its
// embed posts (checked: from that iframe, on this origin).
func listenPreview() {
	if previewListening {
		return
	}
	previewListening = true
	app.Window().Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { recover() }()
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		f := app.Window().GetElementByID("embed-preview")
		if !f.Truthy() || !ev.Get("source").Equal(f.Get("contentWindow")) ||
			jsString(ev.Get("origin")) != jsString(app.Window().Get("location").Get("origin")) {
			return nil
		}
		if h, ok := heightMessage(ev.Get("data")); ok {
			f.Get("style").Set("height", strconv.Itoa(h)+"px")
			if measured := onPreviewHeight; measured != nil {
				measured(h)
			}
		}
		return nil
	}))
}

// heightMessage reads an embed's height message.
func heightMessage(d app.Value) (int, bool) {
	if d.Type() != app.TypeObject || d.IsNull() || jsString(d.Get("type")) != EmbedHeightMessage {
		return 0, false
	}
	h := d.Get("height")
	if h.Type() != app.TypeNumber {
		return 0, false
	}
	v := h.Float()
	if !(v > 0 && v < 100000) {
		return 0, false
	}
	return int(math.Ceil(v)), true
}

// copyFromField copies text to the clipboard; where the browser refuses, it
// selects the element with the id so the visitor copies it by hand.
func copyFromField(ctx app.Context, id, text string, done func(ok bool)) {
	fallback := func() bool {
		defer func() { recover() }()
		el := app.Window().GetElementByID(id)
		if !el.Truthy() {
			return false
		}
		el.Call("focus")
		el.Call("select")
		r := app.Window().Get("document").Call("execCommand", "copy")
		return r.Type() == app.TypeBoolean && r.Bool()
	}
	defer func() {
		if recover() != nil {
			done(fallback())
		}
	}()
	cb := app.Window().Get("navigator").Get("clipboard")
	if cb.Type() != app.TypeObject || cb.Get("writeText").Type() != app.TypeFunction {
		done(fallback())
		return
	}
	then(cb.Call("writeText", text),
		func(app.Value) { ctx.Dispatch(func(ctx app.Context) { done(true) }) },
		func() { ctx.Dispatch(func(ctx app.Context) { done(fallback()) }) })
}

// sectionCheck is a checkbox whose checked attribute is written only when
// true: go-app would prerender checked="false", which browsers read as
// ticked. The box is only ever unticked by the visitor.
func sectionCheck(id string, checked bool) app.HTMLInput {
	in := app.Input().Type("checkbox").ID(id)
	if checked {
		in = in.Checked(true)
	}
	return in
}
