package store

import (
	"encoding/json"
	"slices"
	"strings"
)

// External takes in a change another tab made under key (the browser's
// `storage` event; "" when that tab cleared storage). A scenario changed
// there replaces this tab's copy, the latest edit winning; when it is the
// one on screen the form shows the change and a notice says where it came
// from. It reports whether anything shown changed.
func (st *Store) External(key string) bool {
	if !st.persist {
		return false
	}
	// This tab's waiting edits are older than what it is told now: they
	// are written first, so that the latest edit wins and nothing is lost.
	unsaved, notice := st.Unsaved, st.Notice
	st.flushPending()
	if st.Unsaved != unsaved || st.Notice != notice {
		defer func() { st.version++ }()
	}
	switch {
	case key == "":
		return st.Sync()
	case key == MetaKey:
		raw, ok, err := st.local.Get(MetaKey)
		if err != nil || !ok || raw == st.known[MetaKey] {
			return false
		}
		var m meta
		if json.Unmarshal([]byte(raw), &m) != nil || m.Format != appFormat {
			return false
		}
		st.known[MetaKey] = raw
		st.metaExtra = extraOf(raw, metaFields)
		if m.Settings == st.settings {
			return false
		}
		st.settings = m.Settings
		st.useLang()
		st.Typing = map[string]string{}
		st.version++
		return true
	case strings.HasPrefix(key, ScenarioKey):
		return st.externalScenario(key)
	}
	return false
}

func (st *Store) externalScenario(key string) bool {
	raw, ok, err := st.local.Get(key)
	if err != nil || (ok && raw == st.known[key]) {
		return false
	}
	id := strings.TrimPrefix(key, ScenarioKey)
	i := st.find(id)
	if i >= 0 && st.entries[i].incoming {
		return false
	}
	if !ok { // deleted there
		delete(st.known, key)
		if i < 0 {
			return false
		}
		gone := st.entries[i]
		st.entries = slices.Delete(st.entries, i, i+1)
		if st.current == id {
			st.noteOnce(Notice{Code: NoteDeleted, Key: key, Name: gone.Scenario.Name, ID: id})
		}
		if len(st.entries) == 0 {
			b := Entry{ID: st.newID(), Scenario: blank(), created: st.now()}
			st.entries = []Entry{b}
			st.put(&st.entries[0])
		}
		if st.find(st.current) < 0 {
			st.current = st.entries[max(0, min(i, len(st.entries))-1)].ID
			st.Typing = map[string]string{}
			st.putTab()
		}
		if u := st.LastUndo; u != nil && u.id == id && u.What != "delete" {
			st.LastUndo = nil
		}
		st.version++
		return true
	}
	e, _, err := decode(id, raw)
	if err != nil {
		return false // what we cannot read (a newer build's) is left alone
	}
	st.known[key] = raw
	if i < 0 {
		st.entries = append(st.entries, e)
		st.sortEntries()
		st.version++
		return true
	}
	st.entries[i] = e
	if st.current == id {
		st.Typing = map[string]string{}
		st.noteOnce(Notice{Code: NoteChanged, Key: key, Name: e.Scenario.Name, ID: id})
	}
	if u := st.LastUndo; u != nil && u.id == id && (u.What == "remove" || u.What == "apply") {
		st.LastUndo = nil
	}
	st.recount()
	st.version++
	return true
}

// Sync takes in every change other tabs made (after storage was cleared,
// or when events may have been missed).
func (st *Store) Sync() bool {
	keys, err := st.local.Keys()
	if err != nil {
		return false
	}
	changed := st.External(MetaKey)
	seen := map[string]bool{}
	for _, k := range keys {
		if strings.HasPrefix(k, ScenarioKey) {
			seen[k] = true
			changed = st.externalScenario(k) || changed
		}
	}
	for _, e := range slices.Clone(st.entries) {
		if k := ScenarioKey + e.ID; !e.incoming && !seen[k] && st.known[k] != "" {
			changed = st.externalScenario(k) || changed
		}
	}
	return changed
}
