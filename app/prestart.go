package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// Typing before start: the prerendered page (static HTML) is on screen for
// seconds on a slow phone before the wasm starts, and its fields work. go-app
// never adopts that DOM: it builds its own and swaps it in. So before the
// first render (OnInit, while the prerendered controls are still in the
// page) every control whose value differs from the one the page was served
// with is read, and when the page mounts each is applied to the scenario
// the way the app would have: choices first (they decide which fields
// exist), then typed text, through the store.

// typedEarly is a control changed before the app started.
type typedEarly struct {
	path, value string
	choice      bool // a select or a checkbox: store.Choose; else typed text
}

var (
	earlyRead bool
	early     []typedEarly
)

// readEarly reads the prerendered form once, before go-app replaces it.
// web/boot.js reads it (earlyJS), in one call: read from Go, every control
// cost a few calls through syscall/js, some 25 ms of the first mount's task
// on this machine. Without boot.js's reader the form is read from here.
func readEarly() {
	if earlyRead || !app.IsClient {
		return
	}
	earlyRead = true
	defer func() { recover() }() // a page without the form: nothing to read
	if f := app.Window().Get(earlyReader); f.Type() == app.TypeFunction {
		got := f.Invoke() // [path, value, "1" for a choice or "", ...]
		for i := 0; i+2 < got.Length(); i += 3 {
			early = append(early, typedEarly{path: got.Index(i).String(), value: got.Index(i + 1).String(), choice: got.Index(i+2).String() == "1"})
		}
		return
	}
	early = readControls(app.Window().Get("document").Call("querySelector", "main"))
}

// readControls reads the controls under root whose value differs from the
// one the page was served with: the prerendered form before the start, or
// a held part of it (lazy.go).
func readControls(root app.Value) []typedEarly {
	var got []typedEarly
	if !root.Truthy() {
		return nil
	}
	els := root.Call("querySelectorAll", "input[name], select[name]")
	for i := 0; i < els.Length(); i++ {
		el := els.Index(i)
		path := el.Get("name").String()
		switch tag, typ := el.Get("tagName").String(), el.Get("type").String(); {
		case tag == "SELECT":
			opt := el.Get("selectedOptions").Index(0)
			if opt.Truthy() && !opt.Get("defaultSelected").Bool() {
				got = append(got, typedEarly{path: path, value: el.Get("value").String(), choice: true})
			}
		case typ == "checkbox":
			if c := el.Get("checked").Bool(); c != el.Get("defaultChecked").Bool() {
				got = append(got, typedEarly{path: path, value: strconv.FormatBool(c), choice: true})
			}
		case typ == "text" || typ == "date":
			if v := el.Get("value").String(); v != el.Get("defaultValue").String() {
				got = append(got, typedEarly{path: path, value: v})
			}
		}
	}
	return got
}

// earlyReader is the function of web/boot.js that reads the prerendered
// form as readEarly does (earlyJS).
const earlyReader = "socialroiEarly"

// earlyJS, in web/boot.js, is readEarly's reader in JavaScript: the same
// controls, the same rules, flat in one array.
const earlyJS = `  window.` + earlyReader + ` = function () {
    var out = [], els = document.querySelectorAll("main input[name], main select[name]");
    for (var i = 0; i < els.length; i++) {
      var el = els[i], path = el.name;
      if (el.tagName === "SELECT") {
        var opt = el.selectedOptions[0];
        if (opt && !opt.defaultSelected) { out.push(path, el.value, "1"); }
      } else if (el.type === "checkbox") {
        if (el.checked !== el.defaultChecked) { out.push(path, String(el.checked), "1"); }
      } else if (el.type === "text" || el.type === "date") {
        if (el.value !== el.defaultValue) { out.push(path, el.value, ""); }
      }
    }
    return out;
  };
`

// carryOver applies what was typed before the app started to the current
// scenario, once.
func (p *Page) carryOver() {
	loc := earlyLocale
	earlyLocale = nil
	if len(early) == 0 || p.View != PathCalc && p.View != PathEmbed {
		return
	}
	st := p.store()
	if loc != nil { // a language chosen before the start (carryChoices)
		now := st.Locale
		st.Locale = *loc
		defer func() { st.Locale = now }()
	}
	pers := map[string]string{} // a staff line's hours given per week or month (hours.go)
	for _, t := range early {
		if base, ok := strings.CutSuffix(t.path, "#per"); ok && t.choice {
			pers[base] = t.value
			continue
		}
		if t.choice && !p.carryStart(t) {
			st.Choose(t.path, t.value)
		}
	}
	for _, t := range early {
		if !t.choice && p.carryStart(t) {
			continue
		}
		if per, ok := pers[t.path]; ok && !t.choice {
			st.EditHours(t.path, t.value, per)
			delete(pers, t.path)
			continue
		}
		if f, ok := store.PathField(t.path); ok && !t.choice {
			st.Edit(f, t.value)
			st.DoneTyping(t.path)
		}
	}
	for path, per := range pers { // the unit changed, not the hours: read per it
		text, _ := st.Hours(path, "")
		st.EditHours(path, text, per)
	}
	early = nil
}

// Choices outside the scenario are made on the prerendered page too: the
// header's language and theme, the menu's "New scenario from" and the
// share's "The link opens". go-app draws its own selects with the app's
// values, so a language chosen while the page loaded went back to the one
// before once the app started, without a word. They are read with the
// form (OnInit, before go-app swaps the page out) and applied before the
// first render, as the select's own handler would have. Each has
// autocomplete="off": the browser does not put back a choice of the last
// visit into the prerendered select on a reload, where it would be read as
// one made now (the language and the theme are the stored ones anyway).

// earlyChoiceIDs are those selects, by id.
var earlyChoiceIDs = [...]string{"lang", "theme", "new-from", "share-to"}

// earlyChoice is one of them chosen before the app started.
type earlyChoice struct{ id, value string }

var (
	earlyChoicesRead bool
	earlyChoices     []earlyChoice
	// How numbers were read before a language chosen early: text typed
	// before the start is read that way still (carryOver), as it was
	// before the choice was carried, not as the new language writes them.
	earlyLocale *roi.Locale
)

// readEarlyChoices reads the selects of earlyChoiceIDs whose choice differs
// from the one the page was served with, once, on the prerendered page.
func readEarlyChoices() {
	if earlyChoicesRead || !app.IsClient {
		return
	}
	earlyChoicesRead = true
	defer func() { recover() }() // a page without them: nothing to read
	doc := app.Window().Get("document")
	for _, id := range earlyChoiceIDs {
		el := doc.Call("getElementById", id)
		if !el.Truthy() || el.Get("tagName").String() != "SELECT" {
			continue
		}
		if opt := el.Get("selectedOptions").Index(0); opt.Truthy() && !opt.Get("defaultSelected").Bool() {
			earlyChoices = append(earlyChoices, earlyChoice{id, el.Get("value").String()})
		}
	}
}

// carryChoices applies the choices read by readEarlyChoices, once: the
// language and the theme to the visitor's settings, the other two to the
// page. A value the select could not hold is ignored (a theme other than
// light and dark is the system's, as the theme picker has it).
func (p *Page) carryChoices() {
	for _, c := range earlyChoices {
		switch c.id {
		case "lang":
			if roi.SupportedLanguage(c.value) == c.value && c.value != p.lang() {
				if earlyLocale == nil {
					l := p.store().Locale
					earlyLocale = &l
				}
				p.store().SetLang(c.value)
				p.localizeExample() // as the picker does (renderLangPicker)
			}
		case "theme": // the System option has no value of its own: its text
			p.store().SetTheme(c.value)
		case "new-from":
			if _, ok := roi.Preset(c.value); ok || c.value == "blank" {
				p.newFrom = c.value
			}
		case "share-to":
			if c.value == "calc" || c.value == "report" {
				p.tools.shareTo = c.value
			}
		}
	}
	earlyChoices = nil
}
