package app

import (
	htmlpkg "html"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// Under a number field: how an ambiguous number was read, with the button to
// read it the other way, and the hint for a rate below 1 with its fix, in
// each language's words and number format.
func TestInputNotes(t *testing.T) {
	cases := []struct {
		lang, path, text string
		want             []string // in the rendered note
		button           string   // its id suffix
	}{
		{"fr", "costs[2].amount", "1.500", []string{"Lu comme 1 500 —", "changer en 1,5"}, "-other"},
		{"nb", "costs[2].amount", "1.500", []string{"Lest som 1 500 –", "endre til 1,5"}, "-other"},
		{"tr", "costs[2].amount", "1.500", []string{"1.500 olarak okundu —", "1,5 olarak değiştir"}, "-other"},
		{"en", "costs[2].amount", "1,500", []string{"Read as 1,500 —", "change to 1.5"}, "-other"},
		{"en", "grossMargin", "0.15", []string{"0.15 means 0.15%. Did you mean 15%?", "Make it 15%"}, "-fix"},
		{"fr", "grossMargin", "0,15", []string{"0,15 signifie 0,15\u00a0%. Vouliez-vous dire 15\u00a0%\u00a0?", "Mettre 15\u00a0%"}, "-fix"},
		{"tr", "grossMargin", "0,15", []string{"0,15, %0,15 demektir. %15 mi demek istediniz?", "%15 yap"}, "-fix"},
	}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			st := langStore(t, tc.lang)
			f, ok := store.PathField(tc.path)
			if !ok {
				t.Fatal(tc.path)
			}
			st.Edit(f, tc.text)
			html := render(t, st, PathCalc)
			id := fieldID(tc.path)
			note, ok := byID(html, id+"-note")
			if !ok || note.attrs["role"] != "status" {
				t.Fatalf("no #%s-note with role status", id)
			}
			in, _ := byID(html, id)
			if in.attrs["aria-describedby"] != id+"-note" {
				t.Errorf("the field is not described by its note: %v", in.attrs)
			}
			text := htmlpkg.UnescapeString(html)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("note does not say %q", w)
				}
			}
			if _, ok := byID(html, id+tc.button); !ok {
				t.Errorf("no button #%s%s", id, tc.button)
			}
		})
	}
}

// The summary says how many fields are not counted, in plural forms, and
// links to the first; corrected, the line goes.
func TestUncountedSummary(t *testing.T) {
	cases := []struct {
		lang  string
		texts []string
		want  string
	}{
		{"en", []string{"12abc"}, "1 field is not counted"},
		{"en", []string{"12abc", "$5"}, "2 fields are not counted"},
		{"fr", []string{"12abc", "x"}, "2\u00a0champs ne sont pas comptés"},
		{"pl", []string{"a", "b"}, "2 pola nie są uwzględniane"},
		{"tr", []string{"a"}, "1 alan hesaba katılmıyor"},
		{"nb", []string{"a"}, "1 felt telles ikke med"},
		{"sv", []string{"a", "b"}, "2 fält räknas inte med"},
	}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.want, func(t *testing.T) {
			st := langStore(t, tc.lang)
			var first string
			for i, text := range tc.texts {
				f, _ := store.PathField(at("revenue", i, "amount"))
				st.Edit(f, text)
				if first == "" {
					first = fieldID(f.Path)
				}
			}
			html := render(t, st, PathCalc)
			if !strings.Contains(htmlpkg.UnescapeString(html), ">"+tc.want+"<") {
				t.Errorf("summary does not say %q", tc.want)
			}
			if !strings.Contains(html, `href="#`+first+`"`) {
				t.Errorf("no link to #%s", first)
			}
			for i := range tc.texts {
				f, _ := store.PathField(at("revenue", i, "amount"))
				st.Edit(f, "100")
			}
			if _, ok := byID(render(t, st, PathCalc), "uncounted"); ok {
				t.Error("#uncounted still shown once every field is corrected")
			}
		})
	}
	// A field the scenario cannot be without keeps its last value, and the
	// summary says that instead.
	st := langStore(t, "en")
	st.Change("", func(s *roi.Scenario) {
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{{Metric: "reach", Count: "1000"}, {Metric: "clicks", Rate: "2"}}}
	})
	f, _ := store.PathField("funnel.stages[0].count")
	st.Edit(f, "lots")
	html := htmlpkg.UnescapeString(render(t, st, PathCalc))
	if !strings.Contains(html, "1 field holds invalid text: the results use its last valid value") || !strings.Contains(html, "the results still use 1,000.") {
		t.Error("a field kept at its last value is not said so in the summary and under the field")
	}
}
