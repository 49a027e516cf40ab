package app

import (
	htmlpkg "html"
	"regexp"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// lossWithRange is a scenario that loses money at both ends of its range:
// 1,000 spent, 200 of sales of which 50 % to 100 % is credited to social.
func lossWithRange() roi.Scenario {
	sc := roi.New("Loss with a range", "EUR")
	sc.Costs = []roi.Cost{{Label: "Ads", Category: "ads", Amount: roi.N("1000")}}
	sc.Revenue = []roi.Revenue{{Label: "Shop", Amount: roi.N("200"), Attribution: roi.N("75"),
		AttributionRange: &roi.Range{Low: roi.N("50"), High: roi.N("100")}}}
	return sc
}

// reFigure finds a figure with its exact value and the text it shows: the
// results' figures (class "v"), the verdict's (class "fig") and a range's
// ends (the "range" note, whose text holds both).
var reFigure = regexp.MustCompile(`<(?:span|small)\b([^>]*\bclass="(?:v|fig|range)"[^>]*)>([^<]*)<`)

// A negative figure is written with the minus sign (U+2212), never a
// hyphen-minus, in every language: alone, and at both ends of a range
// (where "-€10 – -€5" reads as dashes and can break from its number).
func TestNegativeFiguresUseMinusSign(t *testing.T) {
	for _, lang := range roi.Languages {
		t.Run(lang, func(t *testing.T) {
			st := NewStore(NewMemoryStorage())
			st.SetLang(lang)
			first := st.Current().ID
			st.Add(lossWithRange())
			st.Delete(first)
			html := render(t, st, PathCalc)
			tests := []struct {
				name string
				re   *regexp.Regexp // the figures' texts it checks
				min  int            // at least this many negative figures
			}{
				{"single figures", regexp.MustCompile(`^class="v"|\bclass="v"`), 4},
				{"verdict figures", regexp.MustCompile(`\bclass="fig"`), 2},
				{"ranges", regexp.MustCompile(`\bclass="range"`), 2},
			}
			for _, tc := range tests {
				n := 0
				for _, m := range reFigure.FindAllStringSubmatch(html, -1) {
					attrs, text := m[1], htmlpkg.UnescapeString(m[2])
					if !tc.re.MatchString(attrs) {
						continue
					}
					negative := strings.Contains(attrs, `data-value="-`) || strings.Contains(attrs, `data-low="-`)
					if !negative {
						continue
					}
					n++
					if strings.Contains(text, "-") || !strings.Contains(text, "\u2212") {
						t.Errorf("%s: %q (%s) is written with a hyphen-minus; want the minus sign U+2212", tc.name, text, attrs)
					}
				}
				if n < tc.min {
					t.Errorf("%s: %d negative figures found; want at least %d (the scenario loses at both ends)", tc.name, n, tc.min)
				}
			}
		})
	}
}
