package store

import (
	"slices"
	"time"
)

// Saving says when a store writes changes. The zero value writes every
// change at once (tests, tools). The app delays the writes of typing: every
// keystroke used to encode and write the whole scenario (half the time of a
// key on a long scenario), so edits wait until Delay has passed since the
// last one, and the app calls Flush then, and whenever the page may go
// (pagehide, the page hidden, a route left). Nothing waits longer than
// that: every other write (a scenario added, selected, deleted, a line
// removed, the settings) first writes what is waiting, and so does reading
// another tab's change, so the order of changes stays the order of writes.
type Saving struct {
	// Delay is how long edits wait after the last one; 0: not at all.
	Delay time.Duration
	// Clock tells the time (nil: time.Now); tests set it.
	Clock func() time.Time
	// OnPending is called on every change that waits to be written: the
	// app arms its timer then.
	OnPending func()
}

// NewSaving is New with edits written as s says.
func NewSaving(local, session Storage, s Saving) *Store {
	return newStore(local, session, s)
}

func (st *Store) clock() time.Time {
	if st.saving.Clock != nil {
		return st.saving.Clock()
	}
	return time.Now()
}

// later writes entry e now, or when the store delays edits, at the next
// Flush.
func (st *Store) later(e *Entry) {
	if st.saving.Delay <= 0 || !st.persist {
		st.put(e)
		return
	}
	if st.pending == nil {
		st.pending = map[string]bool{}
	}
	st.pending[e.ID] = true
	st.waiting()
}

// laterMeta writes the settings now or at the next Flush.
func (st *Store) laterMeta() {
	if st.saving.Delay <= 0 || !st.persist {
		st.putMeta()
		return
	}
	st.pendingMeta = true
	st.waiting()
}

func (st *Store) waiting() {
	st.version++
	st.changedAt = st.clock()
	if f := st.saving.OnPending; f != nil {
		f()
	}
}

// Pending reports whether some change waits to be written.
func (st *Store) Pending() bool { return len(st.pending) > 0 || st.pendingMeta }

// SaveIn is how long until the waiting changes are due: Delay after the
// last change. Zero or less: Flush now.
func (st *Store) SaveIn() time.Duration {
	if !st.Pending() {
		return 0
	}
	return st.changedAt.Add(st.saving.Delay).Sub(st.clock())
}

// Flush writes every change that waits. It reports whether what the page
// shows about saving changed (a scenario that could not be written, storage
// full or unavailable).
func (st *Store) Flush() bool {
	if !st.Pending() {
		return false
	}
	unsaved, notice := st.Unsaved, st.Notice
	st.flushPending()
	return st.Unsaved != unsaved || st.Notice != notice
}

// flushPending writes what waits, in the order of the list.
func (st *Store) flushPending() {
	if !st.Pending() {
		return
	}
	ids := st.pending
	meta := st.pendingMeta
	st.pending, st.pendingMeta = nil, false
	for _, e := range slices.Clone(st.entries) {
		if ids[e.ID] {
			if cur := st.Entry(e.ID); cur != nil {
				st.put(cur)
			}
		}
	}
	if meta {
		st.putMeta()
	}
}
