package store

import (
	"reflect"
	"slices"
	"testing"
)

// tabs are n stores over one localStorage, each with a session of its own:
// the tabs of one browser.
func tabs(t *testing.T, n int) (*MemoryStorage, []*Store) {
	t.Helper()
	ms := NewMemoryStorage()
	var out []*Store
	for range n {
		out = append(out, New(ms, NewMemoryStorage()))
	}
	return ms, out
}

// deliver plays the browser's storage events: every key that changed since
// before reaches tab.
func deliver(tab *Store, ms *MemoryStorage, before map[string]string) {
	now := mSnapshot(ms)
	keys := map[string]bool{}
	for k, v := range now {
		if before[k] != v {
			keys[k] = true
		}
	}
	for k := range before {
		if _, ok := now[k]; !ok {
			keys[k] = true
		}
	}
	for k := range keys {
		tab.External(k)
	}
}

// Create in A, type in B, reload A: nothing is lost.
func TestTabsDifferentScenarios(t *testing.T) {
	ms, ts := tabs(t, 2)
	a, b := ts[0], ts[1]
	shared := a.Current().ID
	before := mSnapshot(ms)
	made := a.Add(mPreset(t, "b2b"))
	a.Rename("made in A")
	b.Edit(mAmount(2), "777") // B is on the shared scenario, unaware of A's
	reload := New(ms, NewMemoryStorage())
	if e := reload.Entry(made); e == nil || e.Scenario.Name != "made in A" {
		t.Fatalf("A's new scenario lost: %+v", e)
	}
	if got := reload.Entry(shared).Scenario.Costs[2].Amount; got != "777" {
		t.Errorf("B's edit lost: amount %q", got)
	}
	// Events reach B: it lists A's scenario, and nothing says "changed
	// there" since its own scenario was not touched by A.
	deliver(b, ms, before)
	if b.Entry(made) == nil {
		t.Error("B does not list A's new scenario")
	}
	if len(b.Notices) != 0 {
		t.Errorf("B notices %+v; want none", b.Notices)
	}
	if b.Current().ID != shared {
		t.Error("B's current scenario changed")
	}
}

// Two tabs on one scenario: the latest edit is kept, and the tab whose edit
// was replaced is told, with the form showing the change.
func TestTabsSameScenario(t *testing.T) {
	ms, ts := tabs(t, 2)
	a, b := ts[0], ts[1]
	id := a.Current().ID
	before := mSnapshot(ms)
	a.Edit(mAmount(2), "100")
	b.Typing["costs[2].amount"] = "stale typing"
	deliver(b, ms, before)
	if got := b.Current().Scenario.Costs[2].Amount; got != "100" {
		t.Errorf("B shows %q; want A's 100", got)
	}
	if got := b.Text(mAmount(2)); got != "100" {
		t.Errorf("B's field shows %q; want A's 100", got)
	}
	if len(b.Notices) != 1 || b.Notices[0].Code != NoteChanged || b.Notices[0].ID != id {
		t.Errorf("B notices %+v; want changed in another tab", b.Notices)
	}

	// Both edit before either hears of the other: the later edit wins in
	// storage, and the other tab is told when its event arrives.
	before = mSnapshot(ms)
	a.Edit(mAmount(2), "200")
	b.Edit(mLabel(2), "B's label") // B has not seen 200
	if got := mEntry(t, ms, id); got.Scenario.Costs[2].Label != "B's label" {
		t.Errorf("stored %+v; want B's later edit", got.Scenario.Costs[2])
	}
	a.Notices = nil
	deliver(a, ms, before)
	if got := a.Current().Scenario.Costs[2].Label; got != "B's label" {
		t.Errorf("A shows label %q; want B's", got)
	}
	if len(a.Notices) != 1 || a.Notices[0].Code != NoteChanged {
		t.Errorf("A notices %+v; want changed in another tab", a.Notices)
	}
	if !reflect.DeepEqual(a.Current().Scenario, New(ms, nil).Entry(id).Scenario) {
		t.Error("A differs from what is stored")
	}
}

func TestTabsDeleteAndSettings(t *testing.T) {
	ms, ts := tabs(t, 2)
	a, b := ts[0], ts[1]
	first := a.Current().ID
	before := mSnapshot(ms)
	other := a.Add(mPreset(t, "saas"))
	deliver(b, ms, before)
	b.Select(other)

	before = mSnapshot(ms)
	a.Delete(other)
	a.SetLang("fr")
	deliver(b, ms, before)
	if b.Entry(other) != nil || b.Current().ID != first {
		t.Errorf("B still has the deleted scenario, current %q", b.Current().ID)
	}
	if len(b.Notices) != 1 || b.Notices[0].Code != NoteDeleted {
		t.Errorf("B notices %+v; want deleted in another tab", b.Notices)
	}
	if b.Lang() != "fr" {
		t.Errorf("B speaks %q; want the language chosen in A", b.Lang())
	}
	// Undo in A brings it back in B too.
	before = mSnapshot(ms)
	a.Undo()
	deliver(b, ms, before)
	if b.Entry(other) == nil {
		t.Error("undo in A did not reach B")
	}
	// Storage cleared in another tab: Sync takes it in, keeping one scenario.
	ms.m = map[string]string{}
	b.External("")
	if len(b.Entries()) != 1 {
		t.Errorf("after clear: %d entries; want one blank", len(b.Entries()))
	}
}

// Each tab keeps its own current scenario across its reloads.
func TestTabsOwnCurrent(t *testing.T) {
	ms := NewMemoryStorage()
	sa, sb := NewMemoryStorage(), NewMemoryStorage()
	a := New(ms, sa)
	x := a.Add(mPreset(t, "b2b"))
	b := New(ms, sb)
	b.Select(a.Entries()[0].ID)
	if got := New(ms, sa).Current().ID; got != x {
		t.Errorf("A reloaded on %q; want its own %q", got, x)
	}
	if got := New(ms, sb).Current().ID; got != a.Entries()[0].ID {
		t.Errorf("B reloaded on %q", got)
	}
	ids := func(st *Store) (out []string) {
		for _, e := range st.Entries() {
			out = append(out, e.ID)
		}
		return out
	}
	if !slices.Equal(ids(New(ms, sa)), ids(New(ms, sb))) {
		t.Error("tabs list scenarios in different orders")
	}
}
