package store

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/socialroi/socialroi/roi"
)

// record is how one scenario is stored under ScenarioKey+id. Fields a later
// build adds to the record are kept as they are (Entry.extra).
type record struct {
	ID        string                `json:"id"`
	Created   int64                 `json:"created"`
	Rev       int                   `json:"rev"`
	Tab       string                `json:"tab,omitempty"`
	Scenario  json.RawMessage       `json:"scenario"`
	Drafts    map[string]Draft      `json:"drafts,omitempty"`
	Kept      map[string]roi.Number `json:"kept,omitempty"`
	Notes     []note                `json:"notes,omitempty"`
	NotesSeen bool                  `json:"notesSeen,omitempty"`
}

var recordFields = []string{"id", "created", "rev", "tab", "scenario", "drafts", "kept", "notes", "notesSeen"}

type note struct {
	Path string   `json:"path,omitempty"`
	Code string   `json:"code"`
	Args []string `json:"args,omitempty"`
}

// meta is the MetaKey document.
type meta struct {
	Format   string   `json:"format"`
	Version  int      `json:"version"`
	Settings Settings `json:"settings"`
	Last     string   `json:"last,omitempty"`
	// Legacy is true once every scenario of LegacyKey is stored anew.
	Legacy bool `json:"legacy,omitempty"`
}

var metaFields = []string{"format", "version", "settings", "last", "legacy"}

// tabState is the TabKey document in sessionStorage.
type tabState struct {
	Current  string            `json:"current,omitempty"`
	Kept     string            `json:"kept,omitempty"`
	Incoming []json.RawMessage `json:"incoming,omitempty"`
}

// legacy is the single-key document of earlier builds (LegacyKey).
type legacy struct {
	Format    string            `json:"format"`
	Version   int               `json:"version"`
	Current   string            `json:"current"`
	Scenarios []json.RawMessage `json:"scenarios"`
	Settings  Settings          `json:"settings"`
}

type legacyEntry struct {
	ID       string           `json:"id"`
	Scenario json.RawMessage  `json:"scenario"`
	Drafts   map[string]Draft `json:"drafts,omitempty"`
}

// withExtra adds the fields of extra that b does not have.
func withExtra(b []byte, extra map[string]json.RawMessage) []byte {
	if len(extra) == 0 {
		return b
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(b, &m) != nil {
		return b
	}
	for k, v := range extra {
		if _, ok := m[k]; !ok {
			m[k] = v
		}
	}
	out, err := marshal(m)
	if err != nil {
		return b
	}
	return out
}

// extraOf returns the fields of a JSON object not in known.
func extraOf(raw string, known []string) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(raw), &m) != nil {
		return nil
	}
	for _, k := range known {
		delete(m, k)
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

// encode is entry e's stored form.
func (st *Store) encode(e *Entry) (string, error) {
	sc, err := marshal(e.Scenario)
	if err != nil {
		return "", err
	}
	r := record{ID: e.ID, Created: e.created, Rev: e.rev, Tab: st.tab, Scenario: sc, Drafts: e.Drafts, Kept: e.Kept, NotesSeen: e.NotesSeen}
	for _, n := range e.Notes {
		r.Notes = append(r.Notes, note{Path: n.Path, Code: n.Code, Args: n.Args})
	}
	b, err := marshal(r)
	if err != nil {
		return "", err
	}
	return string(withExtra(b, e.extra)), nil
}

// decode reads a stored record. migrated says the stored scenario was of
// an earlier version (its notes are in Entry.Notes).
func decode(id, raw string) (e Entry, migrated bool, err error) {
	var r record
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		return Entry{}, false, err
	}
	if len(r.Scenario) == 0 {
		return Entry{}, false, errors.New("no scenario")
	}
	sc, warnings, err := roi.Parse(r.Scenario)
	if err != nil {
		return Entry{}, false, err
	}
	e = Entry{ID: id, Scenario: sc, Drafts: r.Drafts, Kept: r.Kept, NotesSeen: r.NotesSeen, created: r.Created, rev: r.Rev,
		extra: extraOf(raw, recordFields)}
	for _, n := range r.Notes {
		e.Notes = append(e.Notes, roi.Problem{Path: n.Path, Message: roi.Message{Code: n.Code, Args: n.Args}})
	}
	for _, w := range warnings {
		if roi.IsMigration(w) {
			migrated = true
			if len(r.Notes) == 0 {
				e.Notes = append(e.Notes, w)
			}
		} else {
			e.unknown = append(e.unknown, w.Path)
		}
	}
	if len(e.unknown) > 0 {
		e.raw = raw
	}
	return e, migrated, nil
}

// peekRev is the revision of a stored record, 0 if unreadable.
func peekRev(raw string) int {
	var r struct {
		Rev int `json:"rev"`
	}
	_ = json.Unmarshal([]byte(raw), &r)
	return r.Rev
}

// load reads everything this tab starts with.
func (st *Store) load() {
	metaRaw, hasMeta, err := st.local.Get(MetaKey)
	keys, kerr := st.local.Keys()
	if err != nil || kerr != nil {
		st.Notice, st.Unsaved = NoticeUnavailable, true
		st.fresh()
		return
	}
	last := ""
	metaOK := false
	if hasMeta {
		var m meta
		if json.Unmarshal([]byte(metaRaw), &m) != nil || m.Format != appFormat || m.Version != 2 {
			if st.corrupt(st.local, MetaKey, metaRaw) {
				hasMeta = false // written afresh below
			}
		} else {
			st.settings, last, metaOK = m.Settings, m.Last, true
			st.legacyDone = m.Legacy
			st.metaExtra = extraOf(metaRaw, metaFields)
			st.known[MetaKey] = metaRaw
		}
	}
	var rewrite []string // migrated scenarios, stored as the current version
	for _, k := range keys {
		if !strings.HasPrefix(k, ScenarioKey) {
			continue
		}
		raw, ok, err := st.local.Get(k)
		if err != nil || !ok {
			continue
		}
		e, migrated, err := decode(strings.TrimPrefix(k, ScenarioKey), raw)
		if err != nil || e.ID == "" {
			st.corrupt(st.local, k, raw)
			continue
		}
		st.known[k] = raw
		st.entries = append(st.entries, e)
		if migrated {
			rewrite = append(rewrite, e.ID)
		}
	}
	var legacyIDs []string
	if !st.legacyDone && (metaOK || !hasMeta) {
		var l string
		l, legacyIDs = st.migrateLegacy(!metaOK)
		rewrite = append(rewrite, legacyIDs...)
		if last == "" {
			last = l
		}
	}
	st.sortEntries()
	cur, kept := st.readTab()
	fresh := len(st.entries) == 0
	if fresh {
		sc, _ := roi.Preset(FreshPreset)
		st.entries = []Entry{{ID: st.newID(), Scenario: sc, created: st.now()}}
		rewrite = append(rewrite, st.entries[0].ID)
		st.freshID = st.entries[0].ID
	}
	st.current = st.entries[0].ID
	for _, id := range []string{cur, last} {
		if id != "" && st.find(id) >= 0 {
			st.current = id
			break
		}
	}
	st.keptCurrent = kept
	if len(legacyIDs) > 0 {
		// The legacy migration is marked done only once every old
		// scenario is stored anew: written now, never delayed.
		done := true
		for _, id := range rewrite {
			if e := st.Entry(id); e != nil {
				st.put(e)
				done = done && !e.Unsaved
			}
		}
		if !st.legacyDone && done {
			st.legacyDone = true
			metaOK = false
		}
	} else {
		// A migrated or a first visit's scenario: written like an edit,
		// so nothing is encoded and written while the page starts when
		// the store delays edits.
		for _, id := range rewrite {
			if e := st.Entry(id); e != nil {
				st.later(e)
			}
		}
		if !st.legacyDone {
			st.legacyDone = true // no old scenario waits to be stored anew
			metaOK = false
		}
	}
	if !metaOK {
		st.laterMeta()
	}
	st.version++
}

// FreshPreset is the preset a first visit starts with (the site's pages
// are prerendered with it).
const FreshPreset = "ecommerce"

// fresh starts with the e-commerce preset, kept nowhere.
func (st *Store) fresh() {
	sc, _ := roi.Preset(FreshPreset)
	st.entries = []Entry{{ID: st.newID(), Scenario: sc, created: st.now(), Unsaved: true}}
	st.current = st.entries[0].ID
	st.freshID = st.current
}

func (st *Store) sortEntries() {
	slices.SortStableFunc(st.entries, func(a, b Entry) int {
		if a.incoming != b.incoming {
			if a.incoming {
				return 1
			}
			return -1
		}
		if a.created != b.created {
			if a.created < b.created {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// migrateLegacy reads the single key of earlier builds (which stays as it
// was: it is the copy from before the migration) into entries of their own.
func (st *Store) migrateLegacy(settings bool) (current string, ids []string) {
	raw, ok, err := st.local.Get(LegacyKey)
	if err != nil || !ok || raw == "" {
		return "", nil
	}
	var doc legacy
	if json.Unmarshal([]byte(raw), &doc) != nil || doc.Format != appFormat || doc.Version != 1 {
		st.corruptKept(LegacyKey)
		return "", nil
	}
	if settings {
		st.settings = doc.Settings
	}
	bad := false
	for i, r := range doc.Scenarios {
		var le legacyEntry
		if json.Unmarshal(r, &le) != nil || le.ID == "" || strings.ContainsAny(le.ID, "\x00") {
			bad = true
			continue
		}
		if st.find(le.ID) >= 0 {
			continue // migrated before (a write that failed half way)
		}
		sc, warnings, err := roi.Parse(le.Scenario)
		if err != nil || !Fits(sc) {
			bad = true
			continue
		}
		e := Entry{ID: le.ID, Scenario: sc, Drafts: le.Drafts, created: int64(i + 1)}
		var unknown []string
		for _, w := range warnings {
			if roi.IsMigration(w) {
				e.Notes = append(e.Notes, w)
			} else {
				unknown = append(unknown, w.Path)
			}
		}
		if len(unknown) > 0 {
			st.noteOnce(Notice{Code: NoteUnknown, Key: LegacyKey, Backup: LegacyKey, Name: sc.Name, ID: le.ID, Paths: unknown})
		}
		st.entries = append(st.entries, e)
		ids = append(ids, e.ID)
	}
	if bad {
		st.corruptKept(LegacyKey)
	}
	return doc.Current, ids
}

// corruptKept says data under key could not be read and is left there.
func (st *Store) corruptKept(key string) {
	if st.Notice == NoticeNone {
		st.Notice = NoticeCorrupt
	}
	st.noteOnce(Notice{Code: NoteCorrupt, Key: key, Backup: key})
}

// corrupt backs up unreadable data found under key in s and removes it
// there; when no backup can be written the data stays where it is, unused.
// It reports whether the key is free to be written.
func (st *Store) corrupt(s Storage, key, raw string) bool {
	if st.Notice == NoticeNone {
		st.Notice = NoticeCorrupt
	}
	b, ok := st.backup(raw)
	if !ok {
		st.noteOnce(Notice{Code: NoteCorrupt, Key: key})
		st.Unsaved = true
		return false
	}
	st.noteOnce(Notice{Code: NoteCorrupt, Key: key, Backup: b})
	if s.Remove(key) != nil {
		return false
	}
	return true
}

// backup copies raw to a backup key of its own, never overwriting another
// backup; data backed up before is not copied again.
func (st *Store) backup(raw string) (string, bool) {
	keys, err := st.local.Keys()
	if err != nil {
		return "", false
	}
	taken := map[string]bool{}
	for _, k := range keys {
		if !strings.HasPrefix(k, BackupPrefix) {
			continue
		}
		taken[k] = true
		if v, ok, err := st.local.Get(k); err == nil && ok && v == raw {
			return k, true
		}
	}
	for n := 1; ; n++ {
		k := BackupPrefix + strconv.Itoa(n)
		if taken[k] {
			continue
		}
		if st.local.Set(k, raw) != nil {
			return "", false
		}
		return k, true
	}
}

// readTab reads this tab's state: its current scenario and the scenarios
// opened from links, not saved yet.
func (st *Store) readTab() (current, kept string) {
	raw, ok, err := st.session.Get(TabKey)
	if err != nil || !ok {
		return "", ""
	}
	var t tabState
	if json.Unmarshal([]byte(raw), &t) != nil {
		st.corrupt(st.session, TabKey, raw)
		return "", ""
	}
	bad := false
	for _, r := range t.Incoming {
		var id struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(r, &id)
		e, _, err := decode(id.ID, string(r))
		if err != nil || e.ID == "" || st.find(e.ID) >= 0 || !Fits(e.Scenario) {
			bad = true
			continue
		}
		e.incoming, e.unknown, e.raw = true, nil, ""
		st.entries = append(st.entries, e)
	}
	if bad {
		st.corrupt(st.session, TabKey, raw)
	}
	return t.Current, t.Kept
}

// wrote records how a write went.
func (st *Store) wrote(err error) {
	switch {
	case err == nil:
	case errors.Is(err, ErrStorageFull):
		st.Notice = NoticeFull
	default:
		st.Notice = NoticeUnavailable
	}
}

func (st *Store) recount() {
	st.Unsaved = false
	for _, e := range st.entries {
		st.Unsaved = st.Unsaved || e.Unsaved
	}
	if !st.Unsaved && st.Notice == NoticeFull {
		st.Notice = NoticeNone
	}
}

// put writes entry e (an incoming one to the tab's session).
func (st *Store) put(e *Entry) {
	delete(st.pending, e.ID)
	st.flushPending() // what waits is older: written first
	st.version++
	if e.incoming {
		st.putTab()
		return
	}
	if !st.persist {
		return
	}
	if err := st.write(e); err != nil {
		e.Unsaved = true
	} else {
		e.Unsaved = false
		// Space may have been freed: try what could not be written before.
		for i := range st.entries {
			if o := &st.entries[i]; o.Unsaved && o.ID != e.ID && !o.incoming {
				o.Unsaved = st.write(o) != nil
			}
		}
	}
	st.recount()
}

func (st *Store) write(e *Entry) error {
	if st.Notice == NoticeUnavailable {
		return errNotSaved
	}
	key := ScenarioKey + e.ID
	if len(e.unknown) > 0 {
		// Saving drops fields this build does not know: keep them first.
		b, ok := st.backup(e.raw)
		st.noteOnce(Notice{Code: NoteUnknown, Key: key, Backup: b, Name: e.Scenario.Name, ID: e.ID, Paths: e.unknown})
		if !ok {
			return errNotSaved
		}
		e.unknown, e.raw = nil, ""
	}
	if raw, ok, err := st.local.Get(key); err == nil && ok && raw != st.known[key] {
		// Another tab wrote it since this one read it: this edit is the
		// latest, and that tab is told when it reads this one.
		e.rev = max(e.rev, peekRev(raw))
	}
	e.rev++
	data, err := st.encode(e)
	if err == nil {
		err = st.local.Set(key, data)
	}
	st.wrote(err)
	if err != nil {
		e.rev--
		return err
	}
	st.known[key] = data
	return nil
}

// putMeta writes the settings and the scenario opened last.
func (st *Store) putMeta() {
	st.pendingMeta = false
	st.flushPending()
	st.version++
	if !st.persist || st.Notice == NoticeUnavailable {
		return
	}
	if raw, ok, err := st.local.Get(MetaKey); err == nil && ok && raw != st.known[MetaKey] {
		var m meta
		if json.Unmarshal([]byte(raw), &m) != nil || m.Format != appFormat {
			return // unreadable data left there (its backup failed): never overwritten
		}
	}
	last := st.current
	if e := st.Entry(last); e == nil || e.incoming {
		last = st.keptCurrent
	}
	b, err := marshal(meta{Format: appFormat, Version: 2, Settings: st.settings, Last: last, Legacy: st.legacyDone})
	if err != nil {
		return
	}
	data := string(withExtra(b, st.metaExtra))
	err = st.local.Set(MetaKey, data)
	st.wrote(err)
	if err == nil {
		st.known[MetaKey] = data
	}
}

// putTab writes this tab's state to its session: the current scenario and
// the incoming ones, so that a reload keeps them until Save or Discard.
func (st *Store) putTab() {
	if !st.persist {
		return
	}
	st.flushPending()
	if e := st.Entry(st.current); e != nil && !e.incoming {
		st.keptCurrent = st.current
	}
	t := tabState{Current: st.current, Kept: st.keptCurrent}
	for i := range st.entries {
		e := &st.entries[i]
		if !e.incoming {
			continue
		}
		data, err := st.encode(e)
		if err == nil {
			t.Incoming = append(t.Incoming, json.RawMessage(data))
		}
	}
	b, err := marshal(t)
	if err == nil {
		_ = st.session.Set(TabKey, string(b))
	}
}

// LocalizeFresh replaces the e-commerce preset a first visit starts with by
// preset(lang), the same preset in the store's language (known once the
// browser's languages are set), before anything else touches it. Once a
// scenario was shown or changed it is never rewritten: a saved scenario
// keeps its words.
func (st *Store) LocalizeFresh(preset func(lang string) (roi.Scenario, bool)) {
	id := st.freshID
	st.freshID = ""
	e := st.Entry(id)
	if e == nil || id == "" {
		return
	}
	sc, ok := preset(st.Lang())
	if !ok {
		return
	}
	e.Scenario = sc
	if !e.Unsaved {
		st.later(e)
	} else {
		st.version++
	}
}
