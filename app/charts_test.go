package app

import (
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const scriptLabel = `<script>alert(1)</script> & co`

func mustReport(t *testing.T, s roi.Scenario) roi.Report {
	t.Helper()
	r, err := roi.Calculate(s)
	if err != nil {
		t.Fatalf("Calculate: %v", err)
	}
	return r
}

func preset(t *testing.T, name string) roi.Scenario {
	t.Helper()
	s, ok := roi.Preset(name)
	if !ok {
		t.Fatalf("no preset %q", name)
	}
	return s
}

type chartCase struct {
	name  string
	r     roi.Report
	want  []string // chart ids, in order
	notes int
}

func chartCases(t *testing.T) []chartCase {
	var cases []chartCase
	for _, name := range roi.PresetNames {
		// No preset counts its funnel as revenue: the what-if chart follows
		// the total ROI on profit, through roi/'s curve points.
		cases = append(cases, chartCase{name: name, r: mustReport(t, preset(t, name)),
			want: []string{"funnel", "costs", "return", "channels", "whatif", "goals"}})
	}

	asRevenue := preset(t, "b2b")
	asRevenue.Funnel.UseAsRevenue = true
	cases = append(cases, chartCase{name: "funnel as revenue", r: mustReport(t, asRevenue),
		want: []string{"funnel", "costs", "return", "channels", "whatif", "goals"}})

	// All direct revenue from the funnel: break-even needs a rate above 0.
	funnelOnly := preset(t, "b2b")
	funnelOnly.Funnel.UseAsRevenue = true
	funnelOnly.Revenue = nil
	cases = append(cases, chartCase{name: "funnel only revenue", r: mustReport(t, funnelOnly),
		want: []string{"funnel", "costs", "return", "channels", "whatif", "goals"}})

	noFunnel := preset(t, "ecommerce")
	noFunnel.Funnel = nil
	noFunnel.Goals = nil
	cases = append(cases, chartCase{name: "no funnel", r: mustReport(t, noFunnel),
		want: []string{"costs", "return", "channels"}})

	zeroCost := roi.New("Free", "EUR")
	zeroCost.Revenue = []roi.Revenue{{Label: "Sales", Amount: "500", Channel: "facebook"}}
	zeroCost.Funnel = &roi.Funnel{Stages: []roi.Stage{{Metric: "views", Count: "1000"}, {Metric: "buys", Rate: "2"}}, ValuePerConversion: "10", UseAsRevenue: true}
	zeroCost.Goals = []roi.Goal{{Metric: "roi", Target: "100"}}
	cases = append(cases, chartCase{name: "zero cost", r: mustReport(t, zeroCost),
		want: []string{"funnel", "return", "goals"}})

	negative := roi.New("Losing", "NOK")
	negative.Costs = []roi.Cost{
		{Label: "Ads", Category: "ads", Amount: "1000", Channel: "facebook"},
		{Label: "Ads", Category: "ads", Amount: "300", Channel: "tiktok"},
		{Label: "Time", Category: "staff", Hours: "10", HourlyRate: "500", Channel: "linkedin"},
	}
	negative.Revenue = []roi.Revenue{{Label: "Sales", Amount: "200", Channel: "facebook", Paid: true}}
	cases = append(cases, chartCase{name: "all negative channel ROIs", r: mustReport(t, negative),
		want: []string{"costs", "return", "channels"}})

	script := preset(t, "saas")
	script.Funnel.UseAsRevenue = true
	script.Funnel.Stages[2].Metric = scriptLabel
	script.Goals[0].Metric = scriptLabel
	r := mustReport(t, script)
	r.Channels[0].Channel = scriptLabel // channel ids are validated; a report could still carry one
	cases = append(cases, chartCase{name: "script label", r: r,
		want: []string{"funnel", "costs", "return", "channels", "whatif", "goals"}})

	cases = append(cases, chartCase{name: "blank", r: mustReport(t, roi.New("", "EUR"))})
	return cases
}

// svgNode is an SVG element as parsed back with encoding/xml.
type svgNode struct {
	name  string
	attrs map[string]string
	text  string
}

// parseSVG parses s as XML, strictly, and returns its elements in order.
func parseSVG(t *testing.T, s string) []svgNode {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	dec.Strict = true
	var out []svgNode
	var open []int
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, s)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 && len(out) > 0 {
				t.Fatalf("SVG has more than one root element")
			}
			n := svgNode{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			out = append(out, n)
			open = append(open, len(out)-1)
			depth++
		case xml.EndElement:
			open = open[:len(open)-1]
			depth--
		case xml.CharData:
			if len(open) > 0 {
				out[open[len(open)-1]].text += string(tok)
			}
		}
	}
	return out
}

var geometryAttrs = []string{"x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r"}

func TestCharts(t *testing.T) {
	for _, tc := range chartCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			charts, notes := reportCharts("en", tc.r)
			var ids []string
			for _, c := range charts {
				ids = append(ids, c.id)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("charts = %v; want %v", ids, tc.want)
			}
			if len(notes) != tc.notes {
				t.Errorf("notes = %q; want %d", notes, tc.notes)
			}
			for _, c := range charts {
				checkChart(t, c)
			}

			page := app.HTMLString((&Page{}).renderCharts(tc.r))
			if len(charts) == 0 && len(notes) == 0 {
				if strings.Contains(page, `id="charts"`) {
					t.Errorf("no charts, but a charts section: %s", page)
				}
				return
			}
			if !strings.Contains(page, `id="charts"`) {
				t.Errorf("no section #charts: %s", page)
			}
			for _, tag := range []string{"<figure", "<figcaption", "<svg", "<details", "<table"} {
				if n := strings.Count(page, tag); n != len(charts) {
					t.Errorf("%d %s>; want one per chart (%d)", n, tag, len(charts))
				}
			}
			if strings.Contains(strings.ToLower(page), "<script") {
				t.Errorf("a label rendered as markup: %s", page)
			}
		})
	}
}

// checkChart checks what every chart must be: well-formed SVG with a
// viewBox, role="img", labelled by its title and desc, finite coordinates,
// and labels escaped.
func checkChart(t *testing.T, c chart) {
	t.Helper()
	s := c.svg()
	nodes := parseSVG(t, s)
	root := nodes[0]
	if root.name != "svg" || root.attrs["role"] != "img" || root.attrs["width"] != "100%" {
		t.Errorf("%s: root = <%s %v>; want <svg role=img width=100%%>", c.id, root.name, root.attrs)
	}
	vb := strings.Fields(root.attrs["viewBox"])
	if len(vb) != 4 {
		t.Fatalf("%s: viewBox = %q", c.id, root.attrs["viewBox"])
	}
	for _, f := range vb {
		if v, err := strconv.ParseFloat(f, 64); err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Errorf("%s: viewBox %q", c.id, root.attrs["viewBox"])
		}
	}
	titles := map[string]string{}
	for i, n := range nodes {
		if n.name == "script" {
			t.Errorf("%s: a <script> element", c.id)
		}
		if n.name == "title" || n.name == "desc" {
			titles[n.attrs["id"]] = n.name
			if strings.TrimSpace(n.text) == "" {
				t.Errorf("%s: empty <%s>", c.id, n.name)
			}
		}
		for _, a := range geometryAttrs {
			v, ok := n.attrs[a]
			if !ok || i == 0 { // the root's width is 100%
				continue
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				t.Errorf("%s: <%s %s=%q>", c.id, n.name, a, v)
			}
			if (a == "width" || a == "height") && f < 0 {
				t.Errorf("%s: negative <%s %s=%q>", c.id, n.name, a, v)
			}
		}
		if n.name == "text" && strings.Contains(n.text, "<script") && !strings.Contains(s, "&lt;script&gt;") {
			t.Errorf("%s: label not escaped", c.id)
		}
	}
	var kinds []string
	for _, id := range strings.Fields(root.attrs["aria-labelledby"]) {
		kinds = append(kinds, titles[id])
	}
	if !slices.Equal(kinds, []string{"title", "desc"}) {
		t.Errorf("%s: aria-labelledby=%q points at %v; want its title and desc", c.id, root.attrs["aria-labelledby"], kinds)
	}
	if strings.Contains(strings.ToLower(s), "<script") || strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
		t.Errorf("%s: markup has a raw <script>, NaN or Inf:\n%s", c.id, s)
	}
	if c.caption == "" {
		t.Errorf("%s: no caption", c.id)
	}
}

// chartNamed returns the chart with that id and its parsed SVG.
func chartNamed(t *testing.T, r roi.Report, id string) (chart, []svgNode) {
	t.Helper()
	charts, _ := reportCharts("en", r)
	for _, c := range charts {
		if c.id == id {
			return c, parseSVG(t, c.svg())
		}
	}
	t.Fatalf("no %s chart", id)
	return chart{}, nil
}

func attr(t *testing.T, n svgNode, name string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(n.attrs[name], 64)
	if err != nil {
		t.Fatalf("<%s %s=%q>: %v", n.name, name, n.attrs[name], err)
	}
	return f
}

func withClass(nodes []svgNode, name, class string) []svgNode {
	var out []svgNode
	for _, n := range nodes {
		if n.name == name && slices.Contains(strings.Fields(n.attrs["class"]), class) {
			out = append(out, n)
		}
	}
	return out
}

func TestFunnelWidthsProportional(t *testing.T) {
	for _, name := range roi.PresetNames {
		r := mustReport(t, preset(t, name))
		_, nodes := chartNamed(t, r, "funnel")
		bars := withClass(nodes, "rect", "bar")
		if len(bars) != len(r.Funnel) {
			t.Fatalf("%s: %d bars for %d stages", name, len(bars), len(r.Funnel))
		}
		top := 0.0
		for _, f := range r.Funnel {
			top = math.Max(top, f.Count.Exact().InexactFloat64())
		}
		for i, f := range r.Funnel {
			want := f.Count.Exact().InexactFloat64() / top * chartW
			if want > 0 && want < 1 {
				want = 1 // the least a bar with a count is drawn
			}
			if got := attr(t, bars[i], "width"); math.Abs(got-want) > 0.006 {
				t.Errorf("%s: stage %d width = %v; want %v (count %s of %v)", name, i, got, want, f.Count, top)
			}
			// Centred: the funnel's shape.
			if x := attr(t, bars[i], "x"); math.Abs(2*x+attr(t, bars[i], "width")-chartW) > 0.02 {
				t.Errorf("%s: stage %d not centred: x = %v", name, i, x)
			}
		}
	}
	// One worked by hand: b2b's 5600 clicks of 420000 impressions.
	_, nodes := chartNamed(t, mustReport(t, preset(t, "b2b")), "funnel")
	if got := withClass(nodes, "rect", "bar")[1].attrs["width"]; got != "4.8" {
		t.Errorf("b2b clicks bar width = %s; want 4.8 (5600 / 420000 x 360)", got)
	}
}

func TestCostBarsAreShares(t *testing.T) {
	r := mustReport(t, preset(t, "ecommerce"))
	_, nodes := chartNamed(t, r, "costs")
	bars := withClass(nodes, "rect", "bar")
	if len(bars) != len(r.CostBreakdown) {
		t.Fatalf("%d bars for %d categories", len(bars), len(r.CostBreakdown))
	}
	sum := 0.0
	for i, c := range r.CostBreakdown {
		w := attr(t, bars[i], "width")
		sum += w
		if want := c.Share.Exact().InexactFloat64() / 100 * chartW; math.Abs(w-want) > 0.006 {
			t.Errorf("%s width = %v; want %v", c.Category, w, want)
		}
	}
	if math.Abs(sum-chartW) > 0.05 {
		t.Errorf("cost bars add up to %v; want the full width %v", sum, chartW)
	}
}

func TestChannelBarsAroundZero(t *testing.T) {
	for _, tc := range chartCases(t) {
		if !slices.Contains(tc.want, "channels") {
			continue
		}
		_, nodes := chartNamed(t, tc.r, "channels")
		bars := withClass(nodes, "rect", "bar")
		zero := withClass(nodes, "line", "zero")
		x0 := 0.0
		if len(zero) > 0 {
			x0 = attr(t, zero[0], "x1")
		}
		negatives := 0
		for _, b := range bars {
			x, w := attr(t, b, "x"), attr(t, b, "width")
			neg := slices.Contains(strings.Fields(b.attrs["class"]), "neg")
			if neg {
				negatives++
			}
			switch {
			case neg && math.Abs(x+w-x0) > 0.02:
				t.Errorf("%s: negative bar [%v, %v] does not end at the zero axis %v", tc.name, x, x+w, x0)
			case !neg && math.Abs(x-x0) > 0.02:
				t.Errorf("%s: bar [%v, %v] does not start at the zero axis %v", tc.name, x, x+w, x0)
			}
			if x < -0.01 || x+w > chartW+0.01 {
				t.Errorf("%s: bar [%v, %v] outside the chart", tc.name, x, x+w)
			}
		}
		if negatives > 0 && len(zero) == 0 {
			t.Errorf("%s: negative bars but no zero axis", tc.name)
		}
		if tc.name == "all negative channel ROIs" && (negatives != len(bars) || x0 != chartW) {
			t.Errorf("all negative: %d of %d bars negative, zero axis at %v; want all, at the right edge %v", negatives, len(bars), x0, chartW)
		}
	}
}

// The what-if line is drawn through the curve points roi/ worked out: the
// dot sits on the point at the rate now, the break-even marker where the
// line crosses zero, and the data table lists the points.
func TestWhatIfLine(t *testing.T) {
	s := preset(t, "b2b")
	s.Funnel.UseAsRevenue = true
	s.Revenue = nil
	r := mustReport(t, s)
	c, nodes := chartNamed(t, r, "whatif")
	lever, ok := whatIfLever(r)
	if !ok || !strings.Contains(c.title, lever.Metric) {
		t.Fatalf("title %q does not name the rate %s", c.title, lever.Metric)
	}
	curve, zero := withClass(nodes, "polyline", "curve"), withClass(nodes, "line", "zero")
	dot, marker := withClass(nodes, "circle", "dot"), withClass(nodes, "line", "marker")
	if len(curve) != 1 || len(zero) != 1 || len(dot) != 1 || len(marker) != 1 {
		t.Fatalf("curve %d, zero %d, dot %d, break-even marker %d; want one each", len(curve), len(zero), len(dot), len(marker))
	}
	var xs, ys []float64
	for _, pt := range strings.Fields(curve[0].attrs["points"]) {
		x, y, _ := strings.Cut(pt, ",")
		fx, _ := strconv.ParseFloat(x, 64)
		fy, _ := strconv.ParseFloat(y, 64)
		xs, ys = append(xs, fx), append(ys, fy)
	}
	if len(xs) != len(lever.Curve) {
		t.Fatalf("%d points drawn; roi/ gave %d", len(xs), len(lever.Curve))
	}
	at := func(x float64) float64 { // the drawn line, piece by piece
		for i := 1; i < len(xs); i++ {
			if x <= xs[i] {
				return ys[i-1] + (x-xs[i-1])/(xs[i]-xs[i-1])*(ys[i]-ys[i-1])
			}
		}
		return ys[len(ys)-1]
	}
	if cx, cy := attr(t, dot[0], "cx"), attr(t, dot[0], "cy"); math.Abs(at(cx)-cy) > 0.05 || math.Abs(cx-xs[1]) > 0.05 {
		t.Errorf("the dot (%v, %v) is not the curve's point at the rate now (%v, %v)", cx, cy, xs[1], ys[1])
	}
	if bx, zy := attr(t, marker[0], "x1"), attr(t, zero[0], "y1"); math.Abs(at(bx)-zy) > 0.05 {
		t.Errorf("the line passes %v at the break-even rate; zero is at %v", at(bx), zy)
	}
	for _, pt := range lever.Curve {
		if !strings.Contains(c.svg(), esc(FormatValue("en", pt.ROI, r.Currency))) {
			t.Errorf("the curve point ROI %s is not in the chart's table", pt.ROI)
		}
	}
}

func TestScriptLabelIsText(t *testing.T) {
	var tc chartCase
	for _, c := range chartCases(t) {
		if c.name == "script label" {
			tc = c
		}
	}
	charts, _ := reportCharts("en", tc.r)
	shown := 0
	for _, c := range charts {
		for _, n := range parseSVG(t, c.svg()) {
			if n.name == "text" && strings.Contains(n.text, "<script>alert(1)</script>") {
				shown++
			}
		}
	}
	// Whole on the channel and goal bars; clipped where it is longer
	// (funnel, what-if axis).
	if shown < 2 {
		t.Errorf("the label shows whole as text in %d places; want at least 2", shown)
	}
	page := app.HTMLString((&Page{}).renderCharts(tc.r))
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co") {
		t.Errorf("escaped label missing from the page: %s", page)
	}
}

func TestChartTablesUseFormatValue(t *testing.T) {
	r := mustReport(t, preset(t, "ecommerce"))
	page := app.HTMLString((&Page{}).renderCharts(r))
	for _, v := range []roi.Value{r.Funnel[0].Count, r.Funnel[1].RateFromPrevious, r.CostBreakdown[0].Cost,
		r.Totals.EstimatedReturn, r.Channels[0].ROI, r.Goals[0].Progress} {
		want := ">" + esc(FormatValue("en", v, r.Currency)) + "</td>"
		if !strings.Contains(page, want) {
			t.Errorf("no table cell %s", want)
		}
	}
}

func TestFunnelGolden(t *testing.T) {
	c, _ := chartNamed(t, mustReport(t, preset(t, "ecommerce")), "funnel")
	got := c.svg() + "\n"
	path := filepath.Join("testdata", "funnel-ecommerce.svg")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./app -run TestFunnelGolden -update)", err)
	}
	if got != string(want) {
		t.Errorf("funnel SVG differs from %s (run with -update if intended):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

// The charts' text is in --text and --muted on --card: at least 4.5:1 in
// both colour schemes.
func TestChartTextContrast(t *testing.T) {
	css, err := os.ReadFile(filepath.Join("..", "web", "app.css"))
	if err != nil {
		t.Skip(err)
	}
	light, dark, ok := strings.Cut(string(css), "prefers-color-scheme: dark")
	if !ok {
		t.Fatal("app.css has no dark scheme")
	}
	for scheme, block := range map[string]string{"light": light, "dark": dark} {
		colour := func(name string) [3]float64 {
			m := regexp.MustCompile(`--` + name + `:\s*#([0-9a-fA-F]{6})\b`).FindStringSubmatch(block)
			if m == nil {
				t.Fatalf("%s: no --%s", scheme, name)
			}
			var c [3]float64
			for i := range c {
				v, _ := strconv.ParseUint(m[1][2*i:2*i+2], 16, 8)
				c[i] = float64(v) / 255
			}
			return c
		}
		bg := colour("card")
		for _, fg := range []string{"text", "muted"} {
			if r := contrast(colour(fg), bg); r < 4.5 {
				t.Errorf("%s: --%s on --card is %.2f:1; want at least 4.5:1", scheme, fg, r)
			}
		}
	}
}

func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			if v <= 0.04045 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	la, lb := lum(a), lum(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}
