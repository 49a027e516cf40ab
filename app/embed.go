package app

import (
	"html"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/socialroi/socialroi/roi"
)

// The blog embed: /embed is the calculator without the app's chrome, meant
// for an iframe that web/embed.js puts in a blogger's page. Its options
// travel in the URL's #fragment only, so the page is the same file for
// every embed and the service worker's pre-cached /embed matches it:
//
//	/embed#mode=roas&lang=fr&theme=dark
//	/embed#preset=b2b&lang=fr&currency=NOK&theme=dark&accent=%230f766e&sections=costs,roi
//	/embed#s=<roi.EncodeShare of a scenario>&lang=nb
//
// This file is pure Go (options, snippet); the page is in embedpage.go.

// EmbedLangs are the languages an embed can be set to.
var EmbedLangs = []string{"en", "nb", "sv", "fr", "pl", "tr"}

// EmbedThemes are the colour themes an embed can be set to; "auto" (the
// default) follows the visitor's system.
var EmbedThemes = []string{"auto", "light", "dark"}

// EmbedSections are the parts of the calculator an embed can show, in the
// order they appear: the form's sections, then the results panel.
var EmbedSections = []string{
	"basics", "costs", "revenue", "actions", "funnel",
	"earned", "savings", "lift", "indirect", "margin", "goals",
	"results",
}

// sectionAliases are other names accepted for a section.
var sectionAliases = map[string]string{"roi": "results"}

// DefaultAccent is the brand colour (the same as ThemeColor, which is not
// in the wasm build).
const DefaultAccent = "#0f766e"

// maxEmbedFragment bounds the fragment ParseEmbedOptions reads: a share
// payload at its limit plus the other options.
const maxEmbedFragment = roi.MaxShareLength + 1024

// EmbedOptions are an embed's settings. The zero value is the default
// embed: the first compact mode (quick ROI), the reader's language, the
// system's theme. Preset, Scenario and Sections are the full calculator's.
type EmbedOptions struct {
	// Mode is one of EmbedModes, or "" for the default (EffectiveMode).
	Mode string
	// Preset is the preset the calculator starts from (roi.PresetNames or
	// "blank"); "" is the e-commerce preset. Scenario, when set, wins.
	Preset string
	// Scenario is a shared scenario to start from (the s= option).
	Scenario *roi.Scenario
	// Lang is one of EmbedLangs, or "" for the visitor's language.
	Lang string
	// Currency is an ISO 4217 code replacing the scenario's, or "".
	Currency string
	// Theme is "light", "dark", or "" to follow the system ("auto").
	Theme string
	// Accent is the brand colour as #rgb or #rrggbb, lower case; "" is ours.
	Accent string
	// Sections lists the parts shown, in EmbedSections order; nil is all.
	Sections []string
}

var (
	accentOnce sync.Once // compiled on first use, not at start
	accentRx   *regexp.Regexp
)

func accentRE() *regexp.Regexp {
	accentOnce.Do(func() { accentRx = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`) })
	return accentRx
}

// ValidAccent reports whether s is a colour an embed takes: #rgb or #rrggbb.
func ValidAccent(s string) bool { return accentRE().MatchString(s) }

// ParseEmbedOptions reads an embed's options from its URL fragment (with or
// without the leading "#"). It never fails: a value it cannot use is left
// at its default, and problems says what was ignored and why.
func ParseEmbedOptions(fragment string) (EmbedOptions, []string) {
	var o EmbedOptions
	var problems []string
	fragment = strings.TrimPrefix(fragment, "#")
	if len(fragment) > maxEmbedFragment {
		return o, []string{"the options are longer than " + strconv.Itoa(maxEmbedFragment) + " characters: all ignored"}
	}
	seen := map[string]bool{}
	for part := range strings.SplitSeq(fragment, "&") {
		if part == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(part, "=")
		key, err1 := url.QueryUnescape(rawKey)
		value, err2 := url.QueryUnescape(rawValue)
		if err1 != nil || err2 != nil {
			problems = append(problems, "option "+strconv.Quote(clipOption(part))+" is not URL-encoded properly: ignored")
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		if value == "" {
			continue
		}
		if seen[key] {
			problems = append(problems, "option "+strconv.Quote(clipOption(key))+" is given twice: the first one is used")
			continue
		}
		seen[key] = true
		if p := o.set(key, value); p != "" {
			problems = append(problems, p)
		}
	}
	if o.Scenario != nil && o.Preset != "" {
		problems = append(problems, "both a preset and a shared scenario are given: the scenario is used")
		o.Preset = ""
	}
	return o, problems
}

// set applies one option; it returns why the value was ignored, if it was.
func (o *EmbedOptions) set(key, value string) string {
	bad := func(what string) string {
		return key + " " + strconv.Quote(clipOption(value)) + " " + what + ": ignored"
	}
	switch key {
	case "mode":
		v := strings.ToLower(strings.TrimSpace(value))
		if !slices.Contains(EmbedModes, v) {
			return bad("is not a mode (" + strings.Join(EmbedModes, ", ") + ")")
		}
		o.Mode = v
	case "preset":
		v := strings.ToLower(strings.TrimSpace(value))
		if v != "blank" && !slices.Contains(roi.PresetNames, v) {
			return bad("is not a preset (" + strings.Join(roi.PresetNames, ", ") + ", blank)")
		}
		o.Preset = v
	case "s":
		sc, err := roi.DecodeShare(value)
		if err != nil {
			return "the shared scenario cannot be read (" + err.Error() + "): ignored"
		}
		o.Scenario = &sc
	case "lang":
		v := strings.ToLower(strings.TrimSpace(value))
		if i := strings.IndexAny(v, "-_"); i >= 0 {
			v = v[:i]
		}
		if v == "no" {
			v = "nb"
		}
		if !slices.Contains(EmbedLangs, v) {
			return bad("is not a language of the calculator (" + strings.Join(EmbedLangs, ", ") + ")")
		}
		o.Lang = v
	case "currency":
		v := strings.ToUpper(strings.TrimSpace(value))
		if !roi.IsCurrency(v) {
			return bad("is not an ISO 4217 currency code")
		}
		o.Currency = v
	case "theme":
		v := strings.ToLower(strings.TrimSpace(value))
		if !slices.Contains(EmbedThemes, v) {
			return bad("is not a theme (auto, light, dark)")
		}
		if v == "auto" {
			v = ""
		}
		o.Theme = v
	case "accent":
		if !ValidAccent(value) {
			return bad("is not a colour written #rgb or #rrggbb")
		}
		o.Accent = strings.ToLower(value)
	case "sections":
		var unknown []string
		want := map[string]bool{}
		for name := range strings.SplitSeq(value, ",") {
			name = strings.ToLower(strings.TrimSpace(name))
			if a, ok := sectionAliases[name]; ok {
				name = a
			}
			switch {
			case name == "":
			case slices.Contains(EmbedSections, name):
				want[name] = true
			default:
				unknown = append(unknown, strconv.Quote(clipOption(name)))
			}
		}
		var msg string
		if len(unknown) > 0 {
			msg = "unknown sections " + strings.Join(unknown, ", ") + ": ignored"
		}
		if len(want) == 0 {
			if msg == "" {
				msg = "no section given"
			}
			return msg + "; all sections are shown"
		}
		o.Sections = nil
		for _, name := range EmbedSections {
			if want[name] {
				o.Sections = append(o.Sections, name)
			}
		}
		return msg
	default:
		return "unknown option " + strconv.Quote(clipOption(key)) + ": ignored"
	}
	return ""
}

// clipOption shortens text quoted in a problem.
func clipOption(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Shows reports whether the embed shows a section (see EmbedSections).
func (o EmbedOptions) Shows(section string) bool {
	return o.Sections == nil || slices.Contains(o.Sections, section)
}

// EffectiveMode is the mode the embed shows: the mode option; without it,
// the full calculator when a preset, a shared scenario or sections are
// given (what such fragments showed before there were modes), else the
// first compact mode.
func (o EmbedOptions) EffectiveMode() string {
	switch {
	case o.Mode != "":
		return o.Mode
	case o.Preset != "" || o.Scenario != nil || o.Sections != nil:
		return "full"
	}
	return EmbedModes[0]
}

// Compact reports whether the embed shows a compact mode.
func (o EmbedOptions) Compact() bool { return o.EffectiveMode() != "full" }

// StartScenario is the scenario the embed starts with, a preset's texts
// (or a blank scenario's name) in lang. A compact mode starts from its own
// example (its fields are the mode's: a preset or a shared scenario is for
// the full calculator).
func (o EmbedOptions) StartScenario(lang string) roi.Scenario {
	var sc roi.Scenario
	switch {
	case o.Compact():
		sc = modeScenario(o.EffectiveMode(), lang)
	case o.Scenario != nil:
		sc = o.Scenario.Clone()
	case o.Preset == "":
		sc = newScenario(lang, "ecommerce", "")
	default:
		sc = newScenario(lang, o.Preset, o.Currency)
	}
	if o.Currency != "" {
		sc.Currency = o.Currency
	}
	return sc
}

// Fragment writes the options as the fragment of an /embed URL (without
// the "#"), in a fixed order, leaving defaults out. ParseEmbedOptions reads
// it back to the same options.
func (o EmbedOptions) Fragment() string {
	var parts []string
	for _, kv := range o.pairs() {
		v := url.QueryEscape(kv[1])
		if kv[0] == "sections" {
			v = kv[1] // names and commas need no escaping: keep it readable
		}
		parts = append(parts, kv[0]+"="+v)
	}
	return strings.Join(parts, "&")
}

// pairs are the options that differ from the defaults, as fragment keys
// and values.
func (o EmbedOptions) pairs() [][2]string {
	var kv [][2]string
	if o.Mode != "" {
		kv = append(kv, [2]string{"mode", o.Mode})
	}
	if o.Scenario != nil {
		kv = append(kv, [2]string{"s", roi.EncodeShare(*o.Scenario)})
	} else if o.Preset != "" {
		kv = append(kv, [2]string{"preset", o.Preset})
	}
	for _, p := range [][2]string{{"lang", o.Lang}, {"currency", o.Currency}, {"theme", o.Theme}, {"accent", o.Accent}} {
		if p[1] != "" {
			kv = append(kv, p)
		}
	}
	if o.Sections != nil {
		kv = append(kv, [2]string{"sections", strings.Join(o.Sections, ",")})
	}
	return kv
}

// snippetAttr maps a fragment key to the placeholder's attribute that
// web/embed.js reads it from.
var snippetAttr = map[string]string{
	"mode": "data-mode", "s": "data-scenario", "preset": "data-preset", "lang": "data-lang", "currency": "data-currency",
	"theme": "data-theme", "accent": "data-accent", "sections": "data-sections",
}

// EmbedSnippet is the HTML a blogger pastes: a placeholder carrying the
// options and the script that turns it into a resizing iframe. scriptURL is
// where web/embed.js is served, e.g. https://socialroi.example/web/embed.js.
func EmbedSnippet(scriptURL string, o EmbedOptions) string {
	var b strings.Builder
	b.WriteString("<div data-social-roi")
	for _, kv := range o.pairs() {
		b.WriteString(" " + snippetAttr[kv[0]] + `="` + html.EscapeString(kv[1]) + `"`)
	}
	b.WriteString("></div>\n")
	b.WriteString(`<script src="` + html.EscapeString(scriptURL) + `" async></script>`)
	return b.String()
}

// Backgrounds an accent is read on: the page in the light and dark themes
// (the lighter of page and card in dark, the darker in light: the worst case).
const (
	lightBackground = "#f5f7f6"
	darkBackground  = "#18211e"
)

// AccentText is the text colour for buttons and highlights on an accent
// colour: white or near-black, whichever contrasts more.
func AccentText(accent string) string {
	if !ValidAccent(accent) {
		return "#ffffff"
	}
	if contrastRatio(accent, "#ffffff") >= contrastRatio(accent, "#111111") {
		return "#ffffff"
	}
	return "#111111"
}

// AccentOn is the accent made readable as text on bg (4.5:1, WCAG AA):
// as chosen when it is, else mixed with black on a light background or
// white on a dark one, by as little as it takes.
func AccentOn(accent, bg string) string {
	accent = ExpandAccent(accent)
	if contrastRatio(accent, bg) >= 4.5 {
		return accent
	}
	toward := [3]float64{}
	if accentLuminance(bg) < 0.5 {
		toward = [3]float64{255, 255, 255}
	}
	c := accentRGB(accent)
	for step := 1; step <= 20; step++ {
		t := float64(step) / 20
		var m [3]float64
		for i := range m {
			m[i] = c[i] + (toward[i]-c[i])*t
		}
		if hex := accentHex(m); contrastRatio(hex, bg) >= 4.5 {
			return hex
		}
	}
	return accentHex(toward)
}

// accentRGB is a #rrggbb or #rgb colour's channels, 0 to 255.
func accentRGB(hex string) [3]float64 {
	hex = strings.TrimPrefix(ExpandAccent(hex), "#")
	var c [3]float64
	for i := range c {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		c[i] = float64(v)
	}
	return c
}

func accentHex(c [3]float64) string {
	var b strings.Builder
	b.WriteByte('#')
	for _, v := range c {
		n := int(math.Round(math.Max(0, math.Min(255, v))))
		b.WriteString(strconv.FormatInt(int64(n/16), 16) + strconv.FormatInt(int64(n%16), 16))
	}
	return b.String()
}

// accentLuminance is WCAG's relative luminance of a colour.
func accentLuminance(hex string) float64 {
	c := accentRGB(hex)
	lin := func(v float64) float64 {
		v /= 255
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c[0]) + 0.7152*lin(c[1]) + 0.0722*lin(c[2])
}

// contrastRatio is WCAG's contrast ratio of two colours, 1 to 21.
func contrastRatio(a, b string) float64 {
	la, lb := accentLuminance(a), accentLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// AccentVars are the CSS custom properties that carry an accent colour, for
// each theme (web/embed.css makes them --brand and --brand-text).
func AccentVars(accent string) map[string]string {
	light, dark := AccentOn(accent, lightBackground), AccentOn(accent, darkBackground)
	return map[string]string{
		"--accent-light": light, "--accent-light-text": AccentText(light),
		"--accent-dark": dark, "--accent-dark-text": AccentText(dark),
	}
}

// ExpandAccent writes #rgb as #rrggbb (what <input type=color> takes).
func ExpandAccent(accent string) string {
	if !ValidAccent(accent) {
		return DefaultAccent
	}
	if len(accent) == 4 {
		return strings.ToLower(string([]byte{'#', accent[1], accent[1], accent[2], accent[2], accent[3], accent[3]}))
	}
	return strings.ToLower(accent)
}
