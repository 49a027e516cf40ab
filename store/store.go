// Package store is the single place where the visitor's data lives: the
// saved scenarios, the text typed into fields that is not valid yet
// (drafts), the settings, scenarios opened from a share link, the one undo,
// import, and storage with its faults (unavailable, full, corrupt data,
// backups) shared by every tab of the browser. It knows no UI: the app
// renders it and calls it; the rules about a scenario are roi's.
//
// Storage layout (localStorage, shared by the tabs of one browser):
//
//	socialroi.v2              settings and the scenario opened last (meta)
//	socialroi.v2.s.<id>       one scenario: its revision, drafts, migration notes
//	socialroi.v2.backup.<n>   data that could not be read or would lose fields, as it was
//	socialroi.v1              the single key of earlier builds: read once, never written
//
// and in sessionStorage (one tab, kept across its reloads):
//
//	socialroi.v2.tab          the tab's current scenario and the scenarios opened from links
package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/socialroi/socialroi/roi"
)

// Storage keys.
const (
	MetaKey      = "socialroi.v2"
	ScenarioKey  = "socialroi.v2.s." // + id
	BackupPrefix = "socialroi.v2.backup."
	TabKey       = "socialroi.v2.tab" // sessionStorage
	LegacyKey    = "socialroi.v1"
	appFormat    = "social-roi-app"
)

// Storage states (Store.Notice).
const (
	NoticeNone        = ""
	NoticeUnavailable = "storage.unavailable" // nothing is kept: the browser refuses storage
	NoticeFull        = "storage.full"        // the last change could not be saved: storage is full
	NoticeCorrupt     = "storage.corrupt"     // stored data was unreadable (see Notices for where it is)
)

// Notice codes of Store.Notices: each says exactly what happened to which data.
const (
	// Stored data under Key could not be read; it was copied to Backup and
	// removed from Key. Backup is empty when no copy could be written: the
	// data is then left as it is under Key and not used.
	NoteCorrupt = "store.corrupt"
	// Scenario Name had fields this build does not know (Paths). Before it
	// was saved without them, the stored scenario was copied to Backup; an
	// empty Backup means the copy failed and the scenario is not saved.
	NoteUnknown = "store.unknown"
	// Scenario Name was changed in another tab: the form shows that change.
	NoteChanged = "tab.changed"
	// Scenario Name was deleted in another tab.
	NoteDeleted = "tab.deleted"
	// Scenario Name is too large to be saved and read back (Limit bytes).
	NoteTooLarge = "store.toolarge"
)

// Notice is one thing the visitor is told about their data.
type Notice struct {
	Code   string
	Key    string   // the storage key concerned
	Backup string   // the key the data was copied to ("" when none)
	Name   string   // the scenario's name
	ID     string   // the scenario's id
	Paths  []string // the fields concerned
}

// Entry is one scenario with the text typed into fields that does not make
// a valid number yet (kept so that nothing typed is ever lost).
type Entry struct {
	ID       string           `json:"id"`
	Scenario roi.Scenario     `json:"scenario"`
	Drafts   map[string]Draft `json:"drafts,omitempty"`
	// Kept are numbers an exact edit could not express (roi.SetStageMode).
	Kept map[string]roi.Number `json:"kept,omitempty"`
	// Notes say what the upgrade to the current scenario version changed
	// (roi.IsMigration); shown until NotesSeen.
	Notes     []roi.Problem `json:"-"`
	NotesSeen bool          `json:"-"`
	// Unsaved is true when the last change could not be written.
	Unsaved bool `json:"-"`

	created  int64
	rev      int
	incoming bool
	unknown  []string // fields of the stored form this build does not know
	raw      string   // the stored form they are in
	extra    map[string]json.RawMessage
}

// Draft is text typed into a field that the scenario cannot take, with why.
type Draft struct {
	Text    string      `json:"text"`
	Problem roi.Message `json:"problem"`
}

type draftJSON struct {
	Text    string          `json:"text"`
	Problem json.RawMessage `json:"problem"`
}

type messageJSON struct {
	Code string   `json:"code"`
	Args []string `json:"args,omitempty"`
}

// MarshalJSON stores the problem as {"code", "args"}: roi.Message marshals
// itself as an English sentence, which cannot be read back.
func (d Draft) MarshalJSON() ([]byte, error) {
	p, err := json.Marshal(messageJSON{Code: d.Problem.Code, Args: d.Problem.Args})
	if err != nil {
		return nil, err
	}
	return marshal(draftJSON{Text: d.Text, Problem: p})
}

// UnmarshalJSON reads a stored draft. A problem stored as a sentence is kept
// as a code that renders as that sentence.
func (d *Draft) UnmarshalJSON(b []byte) error {
	var raw draftJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*d = Draft{Text: raw.Text}
	if len(raw.Problem) == 0 || string(raw.Problem) == "null" {
		return nil
	}
	var sentence string
	if json.Unmarshal(raw.Problem, &sentence) == nil {
		d.Problem = roi.Message{Code: sentence}
		return nil
	}
	var m messageJSON
	if err := json.Unmarshal(raw.Problem, &m); err != nil {
		return err
	}
	d.Problem = roi.Message{Code: m.Code, Args: m.Args}
	return nil
}

// Settings are the visitor's preferences.
type Settings struct {
	Lang  string `json:"lang,omitempty"`
	Theme string `json:"theme,omitempty"` // "", "light" or "dark"
}

// Undo is the last thing the visitor can take back: a deleted scenario, a
// removed line, an import.
type Undo struct {
	What   string // "delete", "remove", "import" (a new scenario) or "apply" (an import into one)
	Name   string // the scenario's name
	Detail string // what was applied: the files' names

	id      string // the scenario concerned
	before  *Entry // as it was; nil: it did not exist (an import)
	index   int
	current string // the current scenario before
	blankID string // the blank scenario made when the last one was deleted
	version int    // a "remove" is undone only while the scenario is unchanged since
}

// Store holds every scenario and keeps each change.
type Store struct {
	local, session Storage
	tab            string // this tab, in the records it writes
	entries        []Entry
	current        string
	keptCurrent    string // the saved scenario a Discard goes back to
	settings       Settings
	metaExtra      map[string]json.RawMessage
	known          map[string]string // what this tab read or wrote last, by key
	seq            int
	persist        bool   // false for stores that never write (the embed)
	freshID        string // the preset a first visit started with, until LocalizeFresh
	legacyDone     bool   // LegacyKey was migrated (or there was none)

	// Notice is the state of storage: NoticeNone, Unavailable, Full, Corrupt.
	Notice string
	// Notices say what happened to which data; the app shows each.
	Notices []Notice
	// Unsaved is true while some change is not being kept.
	Unsaved bool
	// LastUndo is what Undo would take back, if anything.
	LastUndo *Undo
	// Typing keeps what is being typed in a field, valid or not, so the
	// field is never rewritten under the visitor's fingers. One tab's own.
	Typing map[string]string
	// Locale is how numbers are typed: the way of the language in use.
	Locale roi.Locale
	// notes say how a number just typed was read, by path (see Note).
	notes map[string]InputNote

	lang        string
	browserLang string

	version int
	cached  int
	report  roi.Report

	saving      Saving          // when edits are written (save.go)
	pending     map[string]bool // entries whose edits wait to be written
	pendingMeta bool            // the settings wait to be written
	changedAt   time.Time       // the last change that waits
}

// New loads the saved scenarios: local is localStorage, session the tab's
// sessionStorage (nil: none). It never fails: unreadable data is backed up
// and the store starts afresh; without storage it works in memory. Either
// way Notice and Notices say so.
func New(local, session Storage) *Store { return newStore(local, session, Saving{}) }

func newStore(local, session Storage, saving Saving) *Store {
	if session == nil {
		session = &MemoryStorage{}
	}
	st := &Store{local: local, session: session, Typing: map[string]string{}, Locale: roi.LocaleFor("en"),
		cached: -1, known: map[string]string{}, persist: true, saving: saving}
	st.tab = st.newID()
	st.load()
	st.useLang()
	return st
}

// NewMemory is a store that keeps nothing, holding sc (the blog embed).
func NewMemory(sc roi.Scenario, s Settings) *Store {
	st := &Store{local: &MemoryStorage{}, session: &MemoryStorage{}, Typing: map[string]string{}, cached: -1, known: map[string]string{}}
	st.entries = []Entry{{ID: st.newID(), Scenario: sc.Clone()}}
	st.current = st.entries[0].ID
	st.settings = s
	st.useLang()
	return st
}

func (st *Store) newID() string {
	for {
		st.seq++
		id := strconv.FormatInt(time.Now().UnixMilli(), 36) + "-" + strconv.FormatUint(rand.Uint64()%(36*36*36*36), 36) + strconv.Itoa(st.seq)
		if st.find(id) < 0 {
			return id
		}
	}
}

// marshal is JSON as stored: "&", "<" and ">" as they are, so that the
// size measured is the size written (json.Marshal writes "&" as \u0026).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := encode(&b, v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// encode writes v to w as marshal stores it, with a newline after.
func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// StoredSize is the size of sc's stored form (marshal's), which roi.Parse
// must read back. It counts the bytes instead of keeping them: every edit
// asks (Fits), and a copy of a 600-line scenario's JSON per key is garbage
// for the collector.
func StoredSize(sc roi.Scenario) int {
	var n byteCount
	if err := encode(&n, sc); err != nil {
		return roi.MaxDocumentBytes + 1
	}
	return int(n) - 1 // encode's newline, which marshal trims
}

// byteCount is a writer that keeps only how many bytes were written.
type byteCount int

func (n *byteCount) Write(b []byte) (int, error) {
	*n += byteCount(len(b))
	return len(b), nil
}

// Fits reports whether sc can be stored and read back (roi.MaxDocumentBytes).
func Fits(sc roi.Scenario) bool { return StoredSize(sc) <= roi.MaxDocumentBytes }

func (st *Store) find(id string) int {
	for i := range st.entries {
		if st.entries[i].ID == id {
			return i
		}
	}
	return -1
}

// Entries lists the scenarios, oldest first (with the incoming ones).
func (st *Store) Entries() []Entry { return st.entries }

// Current is the scenario being edited.
func (st *Store) Current() *Entry {
	i := st.find(st.current)
	if i < 0 {
		i = 0
	}
	return &st.entries[i]
}

// Entry returns a scenario by id, or nil.
func (st *Store) Entry(id string) *Entry {
	if i := st.find(id); i >= 0 {
		return &st.entries[i]
	}
	return nil
}

// Version changes whenever anything shown may have changed.
func (st *Store) Version() int { return st.version }

// Settings returns the visitor's preferences.
func (st *Store) Settings() Settings { return st.settings }

// SetSettings changes the preferences.
func (st *Store) SetSettings(s Settings) {
	st.settings = s
	st.useLang()
	st.putMeta()
}

// SetTheme keeps the visitor's colour theme: "", "light" or "dark".
func (st *Store) SetTheme(theme string) {
	switch theme {
	case "", "light", "dark":
	default:
		theme = ""
	}
	s := st.settings
	s.Theme = theme
	st.SetSettings(s)
}

// Lang is the language the app speaks: the visitor's choice, else the
// browser's (SetBrowserLanguages), else English.
func (st *Store) Lang() string {
	if st.lang == "" {
		return "en"
	}
	return st.lang
}

// SetLang makes lang the visitor's choice and keeps it; "" goes back to the
// browser's language.
func (st *Store) SetLang(lang string) {
	st.settings.Lang = roi.SupportedLanguage(lang)
	st.useLang()
	st.Typing = map[string]string{} // fields show their numbers the new way
	st.putMeta()
}

// SetBrowserLanguages gives the browser's languages (navigator.languages);
// not kept: the choice is the visitor's.
func (st *Store) SetBrowserLanguages(tags []string) {
	st.browserLang = ""
	for _, t := range tags {
		if l := roi.SupportedLanguage(t); l != "" {
			st.browserLang = l
			break
		}
	}
	st.useLang()
	st.version++
}

func (st *Store) useLang() {
	l := roi.SupportedLanguage(st.settings.Lang)
	if l == "" {
		l = st.browserLang
	}
	if l == "" {
		l = "en"
	}
	st.lang, st.Locale = l, roi.LocaleFor(l)
}

// Report is the current scenario's report. The scenario is always valid
// (edits that would break it are kept as drafts), so there always is one.
func (st *Store) Report() roi.Report {
	if st.cached != st.version {
		r, err := roi.Calculate(st.Current().Scenario)
		if err == nil {
			st.report = r
		}
		st.cached = st.version
	}
	return st.report
}

// Work works out the current scenario's report if it is not yet (Report
// returns it then), and says whether it did.
func (st *Store) Work() bool {
	if st.cached == st.version {
		return false
	}
	st.Report()
	return true
}

// Select makes another scenario the current one.
func (st *Store) Select(id string) {
	if st.find(id) >= 0 && id != st.current {
		st.current = id
		st.Typing = map[string]string{}
		st.version++
		st.putTab()
		st.putMeta()
	}
}

// Add adds a scenario (from a preset, blank, a link or an import) and
// selects it. A scenario too large to be read back is not added ("").
func (st *Store) Add(sc roi.Scenario) string {
	if !Fits(sc) {
		st.Notices = append(st.Notices, Notice{Code: NoteTooLarge, Name: sc.Name})
		return ""
	}
	e := Entry{ID: st.newID(), Scenario: sc.Clone(), created: st.now()}
	st.entries = append(st.entries, e)
	st.current = e.ID
	st.Typing = map[string]string{}
	st.put(st.Entry(e.ID))
	st.putTab()
	st.putMeta()
	return e.ID
}

// now is a creation time later than every entry's, so the list keeps its order.
func (st *Store) now() int64 {
	t := time.Now().UnixMilli()
	for _, e := range st.entries {
		if e.created >= t {
			t = e.created + 1
		}
	}
	return t
}

// Rename renames the current scenario.
func (st *Store) Rename(name string) {
	name = strings.TrimSpace(name)
	if len(name) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	e := st.Current()
	next := e.Scenario.Clone()
	next.Name = name
	if !Fits(next) {
		return
	}
	e.Scenario = next
	st.edited(e)
}

// Duplicate copies the current scenario and selects the copy.
func (st *Store) Duplicate(copySuffix string) string {
	cur := *st.Current()
	sc := cur.Scenario.Clone()
	sc.Name = strings.TrimSpace(sc.Name + " " + copySuffix)
	id := st.Add(sc)
	if e := st.Entry(id); e != nil && (len(cur.Drafts) > 0 || len(cur.Kept) > 0) {
		e.Drafts, e.Kept = copyMap(cur.Drafts), copyMap(cur.Kept)
		st.put(e)
	}
	return id
}

func copyMap[V any](m map[string]V) map[string]V {
	if m == nil {
		return nil
	}
	c := make(map[string]V, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func (e *Entry) clone() *Entry {
	c := *e
	c.Scenario = e.Scenario.Clone()
	c.Drafts, c.Kept = copyMap(e.Drafts), copyMap(e.Kept)
	c.Notes = slices.Clone(e.Notes)
	return &c
}

// Delete removes a scenario; Undo brings it back. The last scenario cannot
// go: an empty calculator gets a blank scenario.
func (st *Store) Delete(id string) {
	i := st.find(id)
	if i < 0 {
		return
	}
	e := &st.entries[i]
	u := &Undo{What: "delete", Name: e.Scenario.Name, id: id, before: e.clone(), index: i, current: st.current}
	u.blankID = st.drop(id, "")
	st.LastUndo = u
}

// drop is the one way a scenario goes: out of the list and out of storage,
// leaving at least one scenario (a new blank one, whose id it returns) and
// a current one (prefer, else the one before it).
func (st *Store) drop(id, prefer string) (blank string) {
	i := st.find(id)
	if i < 0 {
		return ""
	}
	e := st.entries[i]
	st.entries = slices.Delete(st.entries, i, i+1)
	if !e.incoming && st.persist {
		if err := st.local.Remove(ScenarioKey + id); err == nil {
			delete(st.known, ScenarioKey+id)
		}
	}
	if len(st.entries) == 0 {
		b := Entry{ID: st.newID(), Scenario: roi.New("", "EUR"), created: st.now()}
		st.entries = []Entry{b}
		blank = b.ID
		st.put(&st.entries[0])
	}
	if st.find(st.current) < 0 || st.current == id {
		st.current = st.entries[max(0, i-1)].ID
		if i == 0 {
			st.current = st.entries[0].ID
		}
		if prefer != "" && st.find(prefer) >= 0 {
			st.current = prefer
		}
	}
	if u := st.LastUndo; u != nil && u.What != "delete" && u.id == id {
		st.LastUndo = nil
	}
	st.Typing = map[string]string{}
	st.version++
	st.putTab()
	st.putMeta()
	return blank
}

// Undo takes back the last delete, removed line or import.
func (st *Store) Undo() {
	u := st.LastUndo
	if u == nil {
		return
	}
	st.LastUndo = nil
	switch {
	case u.before == nil: // an import: the imported scenario goes
		st.drop(u.id, u.current)
	case st.find(u.id) >= 0: // a removed line or an applied import: the scenario as it was
		e := st.Entry(u.id)
		e.Scenario, e.Drafts, e.Kept = u.before.Scenario.Clone(), copyMap(u.before.Drafts), copyMap(u.before.Kept)
		st.current = u.id
		st.put(e)
	default: // a deleted scenario comes back where it was; the blank made
		// in its place goes again unless something was entered in it
		if j := st.find(u.blankID); j >= 0 && untouched(st.entries[j]) {
			st.entries = slices.Delete(st.entries, j, j+1)
			if st.persist {
				_ = st.local.Remove(ScenarioKey + u.blankID)
			}
		}
		back := u.before.clone()
		back.rev = 0 // written afresh
		st.entries = slices.Insert(st.entries, min(u.index, len(st.entries)), *back)
		st.current = u.id
		st.put(st.Entry(u.id))
	}
	st.Typing = map[string]string{}
	st.version++
	st.putTab()
	st.putMeta()
}

// untouched reports whether an entry is still the blank scenario it was made as.
func untouched(e Entry) bool {
	b := roi.New("", "EUR")
	s := e.Scenario
	return len(e.Drafts) == 0 && s.Name == "" && s.Currency == b.Currency && s.BusinessModel == b.BusinessModel &&
		len(s.Costs) == 0 && len(s.Revenue) == 0 && len(s.Actions) == 0 && s.Funnel == nil && s.EarnedMedia == nil &&
		len(s.Savings) == 0 && s.Lift == nil && len(s.Indirect) == 0 && s.GrossMargin == "" && len(s.Goals) == 0 && s.Period == nil
}

// DismissUndo forgets the undo offer.
func (st *Store) DismissUndo() { st.LastUndo = nil; st.version++ }

// Dismiss forgets notice i of Notices.
func (st *Store) Dismiss(i int) {
	if i >= 0 && i < len(st.Notices) {
		st.Notices = slices.Delete(st.Notices, i, i+1)
		st.version++
	}
}

// DismissNotes marks the migration notes of scenario id as read, for good.
func (st *Store) DismissNotes(id string) {
	if e := st.Entry(id); e != nil && !e.NotesSeen {
		e.NotesSeen = true
		st.put(e)
	}
}

// PendingNotes are the current scenario's migration notes not yet dismissed.
func (st *Store) PendingNotes() []roi.Problem {
	e := st.Current()
	if e.NotesSeen {
		return nil
	}
	return e.Notes
}

// edited records a change of entry e's content: written at once (or with
// the next Flush when the store delays edits: Saving), and an undo of a
// removed line in it no longer applies.
func (st *Store) edited(e *Entry) {
	if u := st.LastUndo; u != nil && (u.What == "remove" || u.What == "apply") && u.id == e.ID {
		st.LastUndo = nil
	}
	st.later(e)
}

// noteOnce adds n unless the same notice is there already.
func (st *Store) noteOnce(n Notice) {
	for _, o := range st.Notices {
		if o.Code == n.Code && o.Key == n.Key && o.ID == n.ID && o.Backup == n.Backup {
			return
		}
	}
	st.Notices = append(st.Notices, n)
}

// errNotSaved is why a write was not made.
var errNotSaved = errors.New("not saved")
