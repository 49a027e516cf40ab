package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The verdict says the report's answer in words above its figures (the
// sentences and every choice in them come from roi.VerdictOf): what the
// work lost or gained on booked sales, then counting the estimates. A loss
// and a gain differ by a word and a sign, not by colour alone: "▼ Loss",
// "▲ Gain", "= Break-even", each also coloured.

// toneWords name a verdict line's tone, with the sign shown before it.
var toneWords = map[string]struct{ sign, word string }{
	roi.ToneLoss: {"▼", msg("Loss")},
	roi.ToneGain: {"▲", msg("Gain")},
	roi.ToneEven: {"=", msg("Break-even")},
}

// renderVerdict is the verdict of r as a section with id: one paragraph a
// sentence, each figure in it a span with its exact value (data-value) and
// unit, formatted the page's way.
func (p *Page) renderVerdict(r roi.Report, id string) app.UI {
	lines := roi.VerdictOf(r)
	first := roi.ToneNone
	if len(lines) > 0 {
		first = lines[0].Tone
	}
	body := []app.UI{app.H2().Class("sr-only").Text(p.t("Verdict"))}
	for _, l := range lines {
		body = append(body, p.verdictLine(l, r.Currency))
	}
	return app.Section().ID(id).Class("verdict tone-"+first).DataSet("tone", first).Body(body...)
}

func (p *Page) verdictLine(l roi.VerdictLine, currency string) app.UI {
	var parts []app.UI
	class := "verdict-line tone-" + l.Tone
	if l.Message.Code == "verdict.range" {
		class += " verdict-range"
	} else if w, ok := toneWords[l.Tone]; ok {
		parts = append(parts, app.Strong().Class("tone").Body(
			app.Span().Class("sign").Aria("hidden", "true").Text(w.sign+" "),
			app.Text(p.t(w.word)),
		), app.Text(" "))
	}
	parts = append(parts, p.verdictText(l.Message, currency)...)
	return app.P().Class(class).DataSet("code", l.Message.Code).DataSet("tone", l.Tone).Body(parts...)
}

// verdictText lays out a verdict sentence in the page's language, each
// argument a figure: money in the report's currency, a percent number (the
// sentence holds its % sign where the language puts it).
func (p *Page) verdictText(m roi.Message, currency string) []app.UI {
	lang := p.lang()
	tpl := m.Template(lang)
	var out []app.UI
	text := 0
	for i := 0; i+2 < len(tpl); i++ {
		if tpl[i] != '{' || tpl[i+2] != '}' || tpl[i+1] < '0' || tpl[i+1] > '9' {
			continue
		}
		k := int(tpl[i+1] - '0')
		if text < i {
			out = append(out, app.Text(tpl[text:i]))
		}
		text = i + 3
		if k >= len(m.Args) {
			continue
		}
		arg, unit := m.Args[k], m.ArgUnit(k)
		shown := arg
		switch unit {
		case roi.UnitMoney:
			shown = FormatMoney(lang, arg, currency)
		case roi.UnitPercent:
			shown = formatter.format(lang, arg, formatStyle{places: 2})
		}
		out = append(out, app.Span().Class("fig").DataSet("value", arg).DataSet("unit", unit.String()).Text(shown))
	}
	if text < len(tpl) {
		out = append(out, app.Text(tpl[text:]))
	}
	return out
}
