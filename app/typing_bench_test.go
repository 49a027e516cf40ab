package app

import (
	"reflect"
	"testing"
	"time"

	"github.com/socialroi/socialroi/internal/testscenario"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// typingPage is a calculator page over a store holding sc that saves as
// the browser's does (in a batch, later), with the keys of its parts as
// the page last drew them.
type typingPage struct {
	p       *Page
	summary []any
	shape   []any
	parts   map[string][]any
	start   []any
	lines   map[string][][]any
}

func newTypingPage(tb testing.TB, sc roi.Scenario) *typingPage {
	st := store.NewSaving(NewMemoryStorage(), nil, store.Saving{Delay: time.Hour})
	st.Add(sc)
	p := &Page{View: PathCalc, st: st}
	t := &typingPage{p: p, parts: map[string][]any{}, lines: map[string][][]any{}}
	t.frame2()
	return t
}

// key is what the app does for one key typed into field path (typed,
// typing.go): the store's edit, the report, the summary's key and shape,
// the key of the part typed in and of the line typed in (refreshLine;
// outside a line, the keys of every line of the part, as go-app compares
// them drawing it); one frame later, every part's key. Rendering and
// go-app's diff are not in it.
func (t *typingPage) key(f Field, text string) {
	p := t.p
	st := p.store()
	st.Edit(f, text)
	_ = p.shellKey()
	r := st.Report()
	if k := p.summaryKey(r); !reflect.DeepEqual(k, t.summary) {
		t.summary = k
		if s := p.summaryShape(r); reflect.DeepEqual(s, t.shape) {
			_ = p.summaryDraft(r)
		}
	}
	name := partOf(f.Path)
	k := p.partKey(name, p.live.keyScenario(st))
	if list, i, ok := linePath(f.Path); ok { // the line alone (refreshLine)
		t.parts[name] = k
		if lk := p.lineKey(list, i); !reflect.DeepEqual(lk, t.lines[list][i]) {
			t.lines[list][i] = lk
		}
	} else if !reflect.DeepEqual(k, t.parts[name]) {
		t.parts[name] = k
		t.linesOf(name) // the part's render: a key per line, compared by go-app
	}
	t.frame2()
}

// frame2 is refreshParts: every part's key, compared with the last.
func (t *typingPage) frame2() {
	p := t.p
	sc := p.live.keyScenario(p.store())
	for _, name := range formParts {
		if k := p.partKey(name, sc); !reflect.DeepEqual(k, t.parts[name]) {
			t.parts[name] = k
			t.linesOf(name)
		}
	}
	if k := p.startKey(); !reflect.DeepEqual(k, t.start) {
		t.start = k
	}
	r := p.store().Report()
	t.summary = p.summaryKey(r)
	t.shape = p.summaryShape(r)
}

// linesOf makes the keys of the lines of list part name and compares each
// with the last, as go-app does when the part is drawn.
func (t *typingPage) linesOf(name string) {
	sc := t.p.store().Current().Scenario
	n := 0
	switch name {
	case "costs":
		n = len(sc.Costs)
	case "revenue":
		n = len(sc.Revenue)
	case "actions":
		n = len(sc.Actions)
	default:
		return
	}
	old := t.lines[name]
	keys := make([][]any, n)
	for i := range n {
		keys[i] = t.p.lineKey(name, i)
		if i < len(old) && reflect.DeepEqual(keys[i], old[i]) {
			keys[i] = old[i]
		}
	}
	t.lines[name] = keys
}

// BenchmarkTypingLarge is one key typed into a cost's amount on the
// 600-line scenario, as the app handles it outside rendering: a digit
// added, then taken away.
func BenchmarkTypingLarge(b *testing.B) {
	t := newTypingPage(b, testscenario.Large())
	f, ok := store.PathField("costs[2].amount")
	if !ok {
		b.Fatal("no field costs[2].amount")
	}
	base := t.p.store().Text(f)
	texts := [2]string{base + "1", base}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t.key(f, texts[i%2])
		i++
	}
}

// BenchmarkTypingLargeSteps is the same key, step by step.
func BenchmarkTypingLargeSteps(b *testing.B) {
	sc := testscenario.Large()
	f, _ := store.PathField("costs[2].amount")
	setup := func() (*typingPage, [2]string) {
		t := newTypingPage(b, sc)
		base := t.p.store().Text(f)
		return t, [2]string{base + "1", base}
	}
	b.Run("edit", func(b *testing.B) {
		t, texts := setup()
		st := t.p.store()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			st.Edit(f, texts[i%2])
			i++
		}
	})
	b.Run("calculate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := roi.Calculate(sc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("summary", func(b *testing.B) {
		t, _ := setup()
		r := t.p.store().Report()
		b.ReportAllocs()
		for b.Loop() {
			_ = reflect.DeepEqual(t.p.summaryKey(r), t.summary)
			_ = reflect.DeepEqual(t.p.summaryShape(r), t.shape)
			_ = t.p.summaryDraft(r)
		}
	})
	b.Run("lines", func(b *testing.B) {
		t, texts := setup()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			b.StopTimer()
			t.p.store().Edit(f, texts[i%2])
			i++
			b.StartTimer()
			t.linesOf("costs")
		}
	})
	b.Run("parts", func(b *testing.B) {
		t, texts := setup()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			b.StopTimer()
			t.p.store().Edit(f, texts[i%2])
			i++
			b.StartTimer()
			t.frame2()
		}
	})
	b.Run("flush", func(b *testing.B) {
		t, texts := setup()
		st := t.p.store()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			b.StopTimer()
			st.Edit(f, texts[i%2])
			i++
			b.StartTimer()
			st.Flush()
		}
	})
}

// BenchmarkRenderAfterKey is what the app renders after a key typed into a
// cost's amount changed every figure: the summary, the results, the
// charts (each chart's own render too) and the start part, on every preset
// and on the 600-line scenario. It is our render alone; go-app's diff of
// what it returns and the browser's work are not in it.
func BenchmarkRenderAfterKey(b *testing.B) {
	for _, name := range append([]string{"large"}, roi.PresetNames...) {
		sc, ok := roi.Preset(name)
		if name == "large" {
			sc, ok = testscenario.Large(), true
		}
		if !ok {
			b.Fatalf("no preset %s", name)
		}
		b.Run(name, func(b *testing.B) {
			t := newTypingPage(b, sc)
			p := t.p
			r := p.store().Report()
			b.ReportAllocs()
			for b.Loop() {
				_ = p.renderSummary(r)
				_ = p.renderResults(r)
				_ = p.renderCharts(r)
				charts, _ := reportCharts(p.lang(), r)
				for _, ch := range charts {
					_ = chartOf(ch.key()).render(p.lang())
				}
				_ = p.renderStart()
			}
		})
	}
}
