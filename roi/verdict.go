package roi

import "strings"

// The verdict says a report's answer in words, before any figure: what the
// work lost or gained on booked sales (on gross profit when a margin is
// known), then, when estimates add to the return, what it lost or gained
// counting them, and the range the estimates' low and high ends give. The
// engine decides every word that depends on a figure (lost or gained, which
// basis, whether there is a range); the app and the CLI only say it.

// Tones of a verdict line: what the figure it states is.
const (
	ToneLoss = "loss" // the return is below the cost
	ToneGain = "gain" // the return is above the cost
	ToneEven = "even" // the return is exactly the cost, once rounded
	ToneNone = "none" // there is nothing to judge (no cost entered)
)

// VerdictLine is one sentence of the verdict: its message (with typed
// arguments, see Message.ArgUnit), the tone of the result it states, and
// whether that result rests on estimates.
type VerdictLine struct {
	Tone     string  `json:"tone"`
	Estimate bool    `json:"estimate,omitempty"`
	Message  Message `json:"message"`
}

// VerdictOf is the report's verdict, sentence by sentence: "verdict.nocost"
// alone when no cost is entered; else the direct result on booked sales
// ("verdict.loss", "verdict.gain", "verdict.even", or "verdict.profit.*" on
// gross profit), its range when the direct figure has one, then, when
// estimates add to the return, the total ("verdict.total.*") and its range.
// Amounts are given without their sign (the sentence says lost or gained);
// ROI and the ends of a range keep theirs.
func VerdictOf(r Report) []VerdictLine {
	h := r.Headline
	if !h.Direct.Likely.Defined() {
		return []VerdictLine{{Tone: ToneNone, Message: Message{Code: "verdict.nocost"}}}
	}
	prefix := "verdict."
	if h.Basis == "profit" {
		prefix = "verdict.profit."
	}
	out := []VerdictLine{result(prefix, h.Net, h.Direct)}
	if l, ok := rangeLine(h.Net, h.Direct); ok {
		out = append(out, l)
	}
	if est := r.Totals.EstimatedReturn; est.Defined() && est.Rounded().Sign() != 0 {
		t := result("verdict.total.", h.NetTotal, h.Total)
		t.Estimate = true
		out = append(out, t)
		if l, ok := rangeLine(h.NetTotal, h.Total); ok {
			out = append(out, l)
		}
	}
	return out
}

// result is the sentence for a net result and its ROI.
func result(prefix string, net, roi Range3) VerdictLine {
	tone := toneOf(net.Likely)
	amount := net.Likely.Rounded().Abs()
	return VerdictLine{Tone: tone, Estimate: net.Estimated,
		Message: Message{Code: prefix + tone, Args: []string{amount.StringFixed(net.Likely.places), roi.Likely.String()}}}
}

// rangeLine says the low and high ends of a result, when they differ.
func rangeLine(net, roi Range3) (VerdictLine, bool) {
	if !net.Low.Defined() || net.Low.String() == net.High.String() {
		return VerdictLine{}, false
	}
	tone := toneOf(net.Low)
	if toneOf(net.High) != tone {
		tone = ToneNone // a loss at one end, a gain at the other
	}
	return VerdictLine{Tone: tone, Estimate: true, Message: Message{Code: "verdict.range",
		Args: []string{net.Low.String(), net.High.String(), roi.Low.String(), roi.High.String()}}}, true
}

func toneOf(v Value) string {
	switch v.Rounded().Sign() {
	case -1:
		return ToneLoss
	case 1:
		return ToneGain
	}
	return ToneEven
}

// Verdict says the verdict in English, money grouped by thousands with the
// currency code after it ("677.50 EUR"), the way the CLI's text report does.
func Verdict(r Report, cur string) string {
	lines := VerdictOf(r)
	out := make([]string, len(lines))
	for i, l := range lines {
		m := l.Message
		args := make([]string, len(m.Args))
		for j, a := range m.Args {
			args[j] = group(a)
			if m.ArgUnit(j) == UnitMoney {
				args[j] += " " + cur
			}
		}
		out[i] = Render(m.Template("en"), Message{Code: m.Code, Args: args})
	}
	return strings.Join(out, " ")
}
