package store

import (
	"bytes"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/internal/testscenario"
	"github.com/socialroi/socialroi/roi"
)

// A scenario opened from a link stays in the tab across reloads, never in
// the saved scenarios, until Save or Discard.
func TestIncomingSurvivesReload(t *testing.T) {
	ms, ss := NewMemoryStorage(), NewMemoryStorage()
	st := New(ms, ss)
	saved := st.Current().ID
	payload := roi.EncodeShare(mPreset(t, "local"))
	id, err := st.OpenShared(payload)
	if err != nil {
		t.Fatal(err)
	}
	st.Edit(mName(), "from the link, edited")
	if _, ok, _ := ms.Get(ScenarioKey + id); ok {
		t.Fatal("an incoming scenario was saved")
	}
	re := New(ms, ss) // the tab reloads
	if !re.IsIncoming(id) || re.Current().ID != id || re.Current().Scenario.Name != "from the link, edited" {
		t.Fatalf("after reload: incoming %v, current %q", re.IsIncoming(id), re.Current().ID)
	}
	if other := New(ms, NewMemoryStorage()); other.Entry(id) != nil || other.Current().ID != saved {
		t.Error("another tab sees the incoming scenario")
	}
	re.SaveIncoming(id)
	if re.IsIncoming(id) || mEntry(t, ms, id).Scenario.Name != "from the link, edited" {
		t.Error("Save did not keep it")
	}
	re2 := New(ms, ss)
	if re2.IsIncoming(id) || re2.Entry(id) == nil {
		t.Error("saved scenario is still incoming after reload")
	}

	// Discard: gone from the tab for good, back on the scenario before.
	id2, _ := re2.OpenShared(payload)
	re2.DiscardIncoming(id2)
	if re2.Entry(id2) != nil || re2.Current().ID != id {
		t.Errorf("discard: entry %v, current %q; want back on %q", re2.Entry(id2), re2.Current().ID, id)
	}
	if New(ms, ss).Entry(id2) != nil {
		t.Error("a discarded scenario came back after reload")
	}
}

// Import adds a new scenario named "(2)" when its name is taken.
func TestImportNames(t *testing.T) {
	st, _ := mFresh(t)
	data, _ := ExportLike(mPreset(t, "b2b"))
	var names []string
	for range 3 {
		id, warnings, err := st.Import(data)
		if err != nil || len(warnings) != 0 {
			t.Fatalf("Import: %v %v", warnings, err)
		}
		names = append(names, st.Entry(id).Scenario.Name)
	}
	base := mPreset(t, "b2b").Name
	want := []string{base, base + " (2)", base + " (3)"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("names %q; want %q", names, want)
	}
	// A version-1 file: its migration notes go with the scenario.
	v1 := []byte(v1JSON(t, mPreset(t, "saas")))
	id, warnings, err := st.Import(v1)
	if err != nil || len(warnings) != 0 || len(st.Entry(id).Notes) == 0 {
		t.Errorf("v1 import: warnings %v, err %v, notes %v", warnings, err, st.Entry(id).Notes)
	}
	if _, _, err := st.Import([]byte("{nope")); err == nil {
		t.Error("a broken file was imported")
	}
}

// ExportLike writes sc as a file, as Export JSON does.
func ExportLike(sc roi.Scenario) ([]byte, error) { return marshal(sc) }

// bigScenario is a scenario whose labels are full of "&", its stored form
// about n bytes.
func bigScenario(n int) roi.Scenario {
	sc := roi.New("Big & bold", "EUR")
	label := strings.Repeat("R&D ", 400)[:1600]
	for StoredSize(sc) < n {
		sc.Costs = append(sc.Costs, roi.Cost{Label: label, Category: "ads", Amount: "1"})
	}
	return sc
}

// What is accepted reads back: an import of a 186 KB file full of "&"
// stays after a reload, and nothing whose stored form is over the read
// limit is taken (typing, import, link).
func TestStoredSizeLimit(t *testing.T) {
	st, ms := mFresh(t)
	sc := bigScenario(186 << 10)
	data, _ := ExportLike(sc)
	if c := bytes.Count(data, []byte("&")); c < 40000 {
		t.Fatalf("only %d & in the file", c)
	}
	id, _, err := st.Import(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := New(ms, nil).Entry(id); got == nil || !reflect.DeepEqual(got.Scenario, st.Entry(id).Scenario) {
		t.Fatal("the imported scenario did not survive a reload")
	}
	if stored := mStored(t, ms, ScenarioKey+id); strings.Contains(stored, `\u0026`) {
		t.Error("& stored escaped")
	}

	// Just under the limit: one more long label would not read back.
	near := bigScenario(roi.MaxDocumentBytes - 1500)
	nid := st.Add(near)
	if nid == "" {
		t.Fatal("a scenario under the limit was refused")
	}
	f := mField("costs[0].label")
	st.Edit(f, strings.Repeat("&", 1990))
	if p, bad := st.Problem(f.Path); !bad || p.Code != "doc.toolarge" {
		t.Errorf("edit past the limit: problem %v %v; want doc.toolarge", p, bad)
	}
	if !Fits(st.Current().Scenario) {
		t.Error("the scenario grew past the limit")
	}
	over := near.Clone()
	over.Costs[0].Label = strings.Repeat("&", 1990)
	if st.Add(over) != "" {
		t.Error("Add took a scenario over the limit")
	}
	overData, _ := ExportLike(over)
	if len(overData) <= roi.MaxDocumentBytes {
		if _, _, err := st.Import(overData); err == nil {
			t.Error("Import took a scenario over the limit")
		}
	}
	if _, err := st.OpenShared(roi.EncodeShare(over)); err == nil {
		t.Error("a link over the limit was opened")
	}
	if got := New(ms, nil).Entry(nid); got == nil || !reflect.DeepEqual(got.Scenario, st.Entry(nid).Scenario) {
		t.Error("the scenario near the limit did not survive a reload")
	}
}

// Removing a line is undone by the one Undo; an edit of the same scenario
// afterwards ends the offer (so undo never throws that edit away).
func TestRemoveLineUndo(t *testing.T) {
	st, ms := mFresh(t)
	st.Edit(mAmount(3), "12abc")
	before := st.Current().Scenario.Clone()
	st.RemoveLine("costs", 1)
	if len(st.Current().Scenario.Costs) != len(before.Costs)-1 || st.LastUndo == nil || st.LastUndo.What != "remove" {
		t.Fatalf("remove: %d costs, undo %+v", len(st.Current().Scenario.Costs), st.LastUndo)
	}
	if _, ok := st.Current().Drafts["costs[2].amount"]; !ok {
		t.Error("the draft did not move up with its line")
	}
	st.Undo()
	if !reflect.DeepEqual(st.Current().Scenario, before) || st.Text(mAmount(3)) != "12abc" {
		t.Error("undo did not bring the line back with its draft")
	}
	if !reflect.DeepEqual(New(ms, nil).Current().Scenario, before) {
		t.Error("undo not saved")
	}
	st.RemoveLine("funnel.stages", 0)
	st.Edit(mName(), "edited after")
	if st.LastUndo != nil {
		t.Error("undo still offered after an edit of the same scenario")
	}
}

// Choices go through roi's exact edits; what they keep survives a reload.
func TestChoose(t *testing.T) {
	st, ms := mFresh(t)
	direct := mDirect(st)
	cases := []struct{ path, value string }{
		{"funnel.stages[1].mode", "rate"},
		{"costs[0].category", "ads"},
		{"actions[0].method", "entered"},
		{"revenue[0].paid", "true"},
		{"currency", "USD"},
	}
	for _, tc := range cases {
		if !st.Choose(tc.path, tc.value) {
			t.Errorf("Choose(%q, %q) refused", tc.path, tc.value)
		}
	}
	if got := st.Current().Scenario.Funnel.Stages[1]; got.Count != "" || got.Rate == "" {
		t.Errorf("stage 1 = %+v; want a rate", got)
	}
	if !st.Current().Scenario.Revenue[0].Paid || st.Current().Scenario.Currency != "USD" {
		t.Error("generic choices not applied")
	}
	re := New(ms, nil)
	re.Choose("funnel.stages[1].mode", "count")
	if got := re.Current().Scenario.Funnel.Stages[1].Count; got != "18500" {
		t.Errorf("clicks after rate and back (across a reload) = %q; want 18500", got)
	}
	re.Choose("costs[0].category", "staff")
	re.Choose("actions[0].method", "cpc")
	re.Choose("revenue[0].paid", "false")
	if mDirect(re) != direct {
		t.Errorf("direct ROI %s after switching back; want %s", mDirect(re), direct)
	}
	if re.Choose("currency", "XXX-not") || re.Choose("nope[0].x", "1") {
		t.Error("an invalid choice was taken")
	}
}

func TestPathField(t *testing.T) {
	sc := mPreset(t, "ecommerce")
	cases := []struct {
		path, want   string
		number, ok   bool
		lower, probe bool
	}{
		{path: "name", want: sc.Name, ok: true},
		{path: "costs[2].amount", want: "4200", number: true, ok: true},
		{path: "costs[0].channel", want: sc.Costs[0].Channel, ok: true, lower: true},
		{path: "funnel.stages[1].count", want: "18500", number: true, ok: true},
		{path: "earnedMedia.visits", want: string(sc.EarnedMedia.Visits), number: true, ok: true},
		{path: "revenue[0].paid", want: strconv.FormatBool(sc.Revenue[0].Paid), ok: true},
		{path: "costs[99].amount", want: "", number: true, ok: true},
		{path: "nope", ok: false},
		{path: "costs", ok: false},
	}
	for _, tc := range cases {
		f, ok := PathField(tc.path)
		if ok != tc.ok {
			t.Errorf("PathField(%q) ok = %v; want %v", tc.path, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := f.Get(&sc); got != tc.want || f.Number != tc.number || f.Lower != tc.lower {
			t.Errorf("PathField(%q): %q number %v lower %v; want %q %v %v", tc.path, got, f.Number, f.Lower, tc.want, tc.number, tc.lower)
		}
	}
	b := roi.New("", "EUR")
	f, _ := PathField("period.start")
	f.Set(&b, "2026-01-01")
	if b.Period == nil || b.Period.Start != "2026-01-01" {
		t.Error("an optional block is not made on the first write")
	}
}

// A link made by version 1 opens converted, with what changed shown once,
// also after the tab reloads.
func TestVersion1LinkSaysWhatChanged(t *testing.T) {
	link, err := os.ReadFile("../roi/testdata/v1/b2b.link")
	if err != nil {
		t.Fatal(err)
	}
	_, payload, _ := strings.Cut(strings.TrimSpace(string(link)), "#s=")
	ms, ss := NewMemoryStorage(), NewMemoryStorage()
	st := New(ms, ss)
	if _, err := st.OpenShared(payload); err != nil {
		t.Fatal(err)
	}
	notes := st.PendingNotes()
	if len(notes) == 0 || notes[0].Code != "migrate.v1" {
		t.Fatalf("notes %v, want the version-1 notes", notes)
	}
	if re := New(ms, ss); len(re.PendingNotes()) != len(notes) {
		t.Errorf("after a reload the link's notes are %v", re.PendingNotes())
	}
}

// StoredSize is the length of the stored form, byte for byte, whatever the
// scenario holds: HTML characters written as they are, text in every
// script, 600 lines.
func TestStoredSizeIsStoredLength(t *testing.T) {
	odd := roi.New(`<b>"Ø&ß"</b> \ 日本 🙂`, "NOK")
	odd.Costs = append(odd.Costs, roi.Cost{Label: "R&D <tools>\t\n\u2028", Category: "tools", Amount: "12.5"})
	cases := map[string]roi.Scenario{"odd text": odd, "large": testscenario.Large(), "big": bigScenario(200 << 10)}
	for _, name := range roi.PresetNames {
		cases[name] = mPreset(t, name)
	}
	for name, sc := range cases {
		data, err := marshal(sc)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := StoredSize(sc); got != len(data) {
			t.Errorf("%s: StoredSize %d; the stored form has %d bytes", name, got, len(data))
		}
	}
}
