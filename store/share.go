package store

import (
	"strconv"

	"github.com/socialroi/socialroi/roi"
)

// Share links: opening <app>/#s=<payload> shows the scenario as an incoming
// one: listed and edited like the others, kept in the tab's session (so a
// reload keeps it) but not with the saved scenarios until SaveIncoming, so
// a link never overwrites saved work.

// OpenShared opens a share payload (the text after #s=) as an incoming
// scenario and returns its id. A malformed, tampered or oversized payload
// changes nothing; the error is an *roi.InvalidError that says why. A link
// made by an older version opens converted, and what changed is shown with
// it (PendingNotes).
func (st *Store) OpenShared(payload string) (string, error) {
	sc, warns, err := roi.DecodeShareNotes(payload)
	if err != nil {
		return "", err
	}
	if !Fits(sc) {
		return "", &roi.InvalidError{Problems: []roi.Problem{{Message: tooLarge()}}}
	}
	id := st.OpenIncoming(sc)
	var notes []roi.Problem
	for _, w := range warns {
		if roi.IsMigration(w) {
			notes = append(notes, w)
		}
	}
	if e := st.Entry(id); e != nil && len(notes) > 0 {
		e.Notes = notes
		st.putTab()
	}
	return id, nil
}

// OpenIncoming adds sc as an incoming scenario and makes it current.
func (st *Store) OpenIncoming(sc roi.Scenario) string {
	if e := st.Entry(st.current); e != nil && !e.incoming {
		st.keptCurrent = st.current // where Discard goes back to
	}
	e := Entry{ID: st.newID(), Scenario: sc.Clone(), incoming: true, created: st.now()}
	st.entries = append(st.entries, e)
	st.current = e.ID
	st.Typing = map[string]string{}
	st.version++
	st.putTab()
	return e.ID
}

// IsIncoming reports whether scenario id was opened from a link and is not
// saved yet.
func (st *Store) IsIncoming(id string) bool {
	e := st.Entry(id)
	return e != nil && e.incoming
}

// CurrentIncoming reports whether the current scenario is an incoming one.
func (st *Store) CurrentIncoming() bool { return st.IsIncoming(st.current) }

// SaveIncoming keeps an incoming scenario with the saved ones.
func (st *Store) SaveIncoming(id string) {
	e := st.Entry(id)
	if e == nil || !e.incoming {
		return
	}
	e.incoming = false
	st.put(e)
	st.sortEntries()
	st.putTab()
	st.putMeta()
}

// DiscardIncoming closes an incoming scenario without keeping it and goes
// back to the scenario that was current before.
func (st *Store) DiscardIncoming(id string) {
	if !st.IsIncoming(id) {
		return
	}
	if u := st.LastUndo; u != nil && u.id == id {
		st.LastUndo = nil
	}
	prefer := ""
	if e := st.Entry(st.keptCurrent); e != nil && !e.incoming {
		prefer = st.keptCurrent
	}
	st.drop(id, prefer)
}

// uniqueName is name, or name (2), (3)... when another scenario has it.
func (st *Store) uniqueName(name string) string {
	taken := map[string]bool{}
	for _, e := range st.entries {
		taken[e.Scenario.Name] = true
	}
	if !taken[name] {
		return name
	}
	for n := 2; ; n++ {
		c := name + " (" + strconv.Itoa(n) + ")"
		if !taken[c] {
			return c
		}
	}
}
