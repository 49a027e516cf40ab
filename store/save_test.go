package store

import (
	"maps"
	"testing"
	"time"
)

// clockAt is a clock tests move by hand.
type clockAt struct{ t time.Time }

func (c *clockAt) now() time.Time       { return c.t }
func (c *clockAt) pass(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clockAt                { return &clockAt{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }
func saving(c *clockAt, calls *int) Saving {
	return Saving{Delay: 300 * time.Millisecond, Clock: c.now, OnPending: func() { *calls++ }}
}

// delayed is a store that delays edits over ms, its first scenario
// written (so that what a test sees in storage is its own edits).
func delayed(t *testing.T, ms *MemoryStorage) (*Store, *clockAt, *int) {
	t.Helper()
	c, calls := newClock(), new(int)
	st := NewSaving(ms, NewMemoryStorage(), saving(c, calls))
	st.Flush()
	*calls = 0
	return st, c, calls
}

// A start writes nothing: the first visit's scenario and the settings wait
// like an edit, and are there once flushed. Without a delay they are
// written at once, as before.
func TestSavingNothingAtStart(t *testing.T) {
	ms := NewMemoryStorage()
	c, calls := newClock(), new(int)
	st := NewSaving(ms, nil, saving(c, calls))
	if keys, _ := ms.Keys(); len(keys) != 0 || !st.Pending() || *calls == 0 {
		t.Fatalf("after the start: stored keys %q, Pending %v, OnPending calls %d; want none, true, some", keys, st.Pending(), *calls)
	}
	st.Flush()
	if e := mEntry(t, ms, st.Current().ID); e.Scenario.Name != st.Current().Scenario.Name {
		t.Errorf("flushed scenario %q; want %q", e.Scenario.Name, st.Current().Scenario.Name)
	}
	mMeta(t, ms)
	now := NewMemoryStorage()
	New(now, nil)
	if keys, _ := now.Keys(); len(keys) != 2 {
		t.Errorf("New without a delay stored %q; want the meta and the scenario at once", keys)
	}
}

// Edits wait until Flush; the wait restarts with every edit; Flush writes
// them all once, and a reload reads them.
func TestSavingDebounce(t *testing.T) {
	ms := NewMemoryStorage()
	st, c, calls := delayed(t, ms)
	before := mSnapshot(ms)
	id := st.Current().ID
	st.Edit(mAmount(2), "1")
	if !maps.Equal(mSnapshot(ms), before) {
		t.Fatalf("an edit was written before Flush")
	}
	if !st.Pending() || st.SaveIn() != 300*time.Millisecond || *calls != 1 {
		t.Fatalf("after an edit: Pending %v, SaveIn %v, OnPending calls %d; want true, 300ms, 1", st.Pending(), st.SaveIn(), *calls)
	}
	c.pass(200 * time.Millisecond)
	st.Edit(mAmount(2), "12")
	c.pass(200 * time.Millisecond)
	if got := st.SaveIn(); got != 100*time.Millisecond {
		t.Errorf("200ms after the second edit SaveIn = %v; want 100ms (the wait restarts with each edit)", got)
	}
	c.pass(100 * time.Millisecond)
	if got := st.SaveIn(); got > 0 {
		t.Errorf("300ms after the last edit SaveIn = %v; want due (<= 0)", got)
	}
	if st.Flush() {
		t.Errorf("Flush() = true; want false (nothing about saving changed)")
	}
	if got := mEntry(t, ms, id).Scenario.Costs[2].Amount; got != "12" {
		t.Errorf("stored amount %q after Flush; want 12", got)
	}
	if got := New(ms, nil).Entry(id).Scenario.Costs[2].Amount; got != "12" {
		t.Errorf("reloaded amount %q; want 12", got)
	}
	written := mSnapshot(ms)
	if st.Pending() || st.Flush() || !maps.Equal(mSnapshot(ms), written) {
		t.Errorf("a second Flush wrote again or said something changed")
	}
}

// Drafts (text that is not a number yet) wait and are kept the same way.
func TestSavingDrafts(t *testing.T) {
	ms := NewMemoryStorage()
	st, _, _ := delayed(t, ms)
	st.Edit(mAmount(2), "12x")
	st.Flush()
	if d := New(ms, nil).Current().Drafts[mAmount(2).Path]; d.Text != "12x" {
		t.Errorf("reloaded draft %q; want 12x", d.Text)
	}
}

// Every other write first writes the edits that wait, so nothing is lost
// and the order of writes is the order of changes.
func TestSavingBeforeOtherWrites(t *testing.T) {
	tests := []struct {
		name string
		op   func(st *Store)
	}{
		{"select", func(st *Store) { st.Select(st.Add(mPreset(t, "b2b"))) }},
		{"add", func(st *Store) { st.Add(mPreset(t, "b2b")) }},
		{"duplicate", func(st *Store) { st.Duplicate("copy") }},
		{"remove a line", func(st *Store) { st.RemoveLine("costs", 0) }},
		{"language", func(st *Store) { st.SetLang("nb") }},
		{"theme", func(st *Store) { st.SetTheme("dark") }},
		{"delete another", func(st *Store) {
			id, other := st.Current().ID, st.Add(mPreset(t, "b2b"))
			st.Select(id)
			st.Delete(other)
		}},
	}
	for _, tt := range tests {
		ms := NewMemoryStorage()
		st, _, _ := delayed(t, ms)
		id := st.Current().ID
		st.Edit(mName(), "typed before "+tt.name)
		tt.op(st)
		if got := mEntry(t, ms, id).Scenario.Name; got != "typed before "+tt.name {
			t.Errorf("%s: stored name %q; want the edit made before it", tt.name, got)
		}
	}
}

// Another tab sees an edit once it is flushed; and when this tab hears of
// another tab's change, its own waiting edits are written first (the tab
// being typed in is the one on screen: its edits are the latest).
func TestSavingOtherTabs(t *testing.T) {
	ms := NewMemoryStorage()
	a, _, _ := delayed(t, ms)
	b := New(ms, NewMemoryStorage())
	id := a.Current().ID
	before := mSnapshot(ms)
	a.Edit(mName(), "typed in A")
	deliver(b, ms, before)
	if got := b.Entry(id).Scenario.Name; got == "typed in A" {
		t.Fatalf("B saw A's edit before A flushed")
	}
	a.Flush()
	deliver(b, ms, before)
	if got := b.Entry(id).Scenario.Name; got != "typed in A" {
		t.Errorf("B shows %q after A flushed; want A's edit", got)
	}

	before = mSnapshot(ms)
	a.Edit(mAmount(2), "555")
	other := b.Add(mPreset(t, "b2b"))
	deliver(a, ms, before)
	if a.Entry(other) == nil {
		t.Errorf("A does not list B's new scenario")
	}
	if got := mEntry(t, ms, id).Scenario.Costs[2].Amount; got != "555" {
		t.Errorf("stored amount %q after A heard of B's change; want A's waiting edit, 555", got)
	}
}

// Storage full shows when the edit is written: Flush says the page must
// show it.
func TestSavingFull(t *testing.T) {
	ms := NewMemoryStorage()
	st, _, _ := delayed(t, ms)
	ms.Limit = ms.Size() + 10
	st.Edit(mName(), "a name far longer than the ten bytes storage has left")
	if st.Unsaved {
		t.Fatalf("Unsaved before the edit was written")
	}
	if !st.Flush() || !st.Unsaved || st.Notice != NoticeFull {
		t.Errorf("after Flush on full storage: Unsaved %v, Notice %q; want true, %q, and Flush() = true", st.Unsaved, st.Notice, NoticeFull)
	}
}
