package app

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/socialroi/socialroi/roi"
)

// Storage keys. The data format is versioned in the key: a future format
// reads this one and writes its own key, so nothing is lost on upgrade.
const (
	StorageKey = "socialroi.v1"
	BackupKey  = "socialroi.v1.backup"
)

// Notices the store raises about keeping data.
const (
	NoticeNone        = ""
	NoticeUnavailable = "storage.unavailable" // nothing is kept: the browser refuses storage
	NoticeFull        = "storage.full"        // the last change could not be saved: storage is full
	NoticeCorrupt     = "storage.corrupt"     // stored data was unreadable; it was kept as a backup
)

// Entry is one saved scenario with the text typed into fields that does not
// make a valid number yet (kept so that nothing typed is ever lost).
type Entry struct {
	ID       string           `json:"id"`
	Scenario roi.Scenario     `json:"scenario"`
	Drafts   map[string]Draft `json:"drafts,omitempty"`
}

// Draft is text typed into a field that the scenario cannot take, with why.
type Draft struct {
	Text    string      `json:"text"`
	Problem roi.Message `json:"problem"`
}

// draftJSON is how a draft is stored. roi.Message marshals itself as an
// English sentence (the report format), which cannot be read back into a
// Message: the draft keeps the code and arguments instead, so that it loads
// again and can still be said in any language.
type draftJSON struct {
	Text    string          `json:"text"`
	Problem json.RawMessage `json:"problem"`
}

type messageJSON struct {
	Code string   `json:"code"`
	Args []string `json:"args,omitempty"`
}

// MarshalJSON stores the problem as {"code", "args"}.
func (d Draft) MarshalJSON() ([]byte, error) {
	p, err := json.Marshal(messageJSON{Code: d.Problem.Code, Args: d.Problem.Args})
	if err != nil {
		return nil, err
	}
	return json.Marshal(draftJSON{Text: d.Text, Problem: p})
}

// UnmarshalJSON reads a stored draft. A problem stored as a sentence (the
// form roi.Message writes) is kept as a code that renders as that sentence,
// so a draft is never the reason a scenario cannot be loaded.
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

type saved struct {
	Format    string   `json:"format"`
	Version   int      `json:"version"`
	Current   string   `json:"current"`
	Scenarios []Entry  `json:"scenarios"`
	Settings  Settings `json:"settings"`
}

type storedDoc struct {
	Format    string            `json:"format"`
	Version   int               `json:"version"`
	Current   string            `json:"current"`
	Scenarios []json.RawMessage `json:"scenarios"`
	Settings  Settings          `json:"settings"`
}

type storedEntry struct {
	ID       string           `json:"id"`
	Scenario json.RawMessage  `json:"scenario"`
	Drafts   map[string]Draft `json:"drafts,omitempty"`
}

// Undo is the last destructive action, which the visitor can take back.
type Undo struct {
	What  string // "delete", "import"
	Name  string
	state saved

	// A delete keeps just the deleted entry and where it was, so taking it
	// back keeps every edit made since.
	entry   *Entry
	index   int
	blankID string // the blank scenario made when the last one was deleted
}

// Store holds every scenario and persists each change. It is the app's
// model: pure Go, no browser, so it is tested natively.
type Store struct {
	storage Storage
	data    saved
	seq     int

	// Notice says what went wrong with keeping data, if anything.
	Notice string
	// Unsaved is true while changes are not being kept (no storage or full).
	Unsaved bool
	// LastUndo is the action Undo would take back, if any.
	LastUndo *Undo
	// incoming are scenarios opened from a share link: shown and edited
	// like the others, never kept until saved (see share.go).
	incoming    map[string]bool
	keptCurrent string
	// Typing keeps what is being typed in a field, valid or not, so the
	// field is never rewritten under the visitor's fingers.
	Typing map[string]string
	// Locale is how numbers are typed: the way of the language in use.
	Locale roi.Locale

	lang        string // the language in use (see Lang)
	browserLang string // the browser's language, when the app speaks it

	version int
	cached  int
	report  roi.Report
}

// NewStore loads the saved scenarios from storage. It never fails: on
// unreadable data it keeps a backup and starts afresh; without storage it
// works in memory. Either way Notice says so.
func NewStore(s Storage) *Store {
	st := &Store{storage: s, Typing: map[string]string{}, Locale: roi.LocaleFor("en"), cached: -1}
	st.load()
	st.useLang()
	fresh := len(st.data.Scenarios) == 0
	if fresh {
		sc, _ := roi.Preset("ecommerce")
		st.data.Scenarios = []Entry{{ID: st.newID(), Scenario: sc}}
	}
	if st.find(st.data.Current) < 0 {
		st.data.Current = st.data.Scenarios[0].ID
	}
	st.data.Format, st.data.Version = "social-roi-app", 1
	// Keep what was not loaded as is: a new preset keeps its id across
	// visits, a full storage shows at once, and data already backed up as
	// corrupt is not backed up again on every visit. (save keeps away from
	// the original when its backup failed.)
	if fresh || st.Notice == NoticeCorrupt {
		st.save()
	}
	return st
}

func (st *Store) load() {
	raw, ok, err := st.storage.Get(StorageKey)
	if err != nil {
		st.Notice, st.Unsaved = NoticeUnavailable, true
		return
	}
	if !ok || raw == "" {
		return
	}
	var doc storedDoc
	if err := json.Unmarshal([]byte(raw), &doc); err != nil || doc.Format != "social-roi-app" || doc.Version != 1 {
		st.backup(raw)
		return
	}
	st.data.Current, st.data.Settings = doc.Current, doc.Settings
	bad := false
	for _, r := range doc.Scenarios {
		var e storedEntry
		if err := json.Unmarshal(r, &e); err != nil || e.ID == "" {
			bad = true
			continue
		}
		sc, _, err := roi.Parse(e.Scenario)
		if err != nil {
			bad = true
			continue
		}
		st.data.Scenarios = append(st.data.Scenarios, Entry{ID: e.ID, Scenario: sc, Drafts: e.Drafts})
	}
	if bad {
		st.backup(raw)
	}
}

// backup keeps unreadable data under a key of its own, never overwriting an
// earlier backup, and says so.
func (st *Store) backup(raw string) {
	st.Notice = NoticeCorrupt
	key := ""
	for i := 1; i < 100; i++ {
		k := BackupKey
		if i > 1 {
			k += "." + strconv.Itoa(i)
		}
		if _, ok, err := st.storage.Get(k); err != nil || !ok {
			key = k
			break
		}
	}
	if key == "" || st.storage.Set(key, raw) != nil {
		// Without a backup (none written, or every backup key taken) we
		// must not overwrite the original either.
		st.Unsaved = true
	}
}

func (st *Store) newID() string {
	// Time, a random part and a counter: unique across reloads in the same
	// millisecond and clocks that step back.
	for {
		st.seq++
		id := strconv.FormatInt(time.Now().UnixMilli(), 36) + "-" + strconv.FormatUint(rand.Uint64()%(36*36*36*36), 36) + strconv.Itoa(st.seq)
		if st.find(id) < 0 {
			return id
		}
	}
}

// save writes everything to storage and records whether that worked.
func (st *Store) save() {
	st.version++
	if st.Notice == NoticeUnavailable || (st.Unsaved && st.Notice == NoticeCorrupt) {
		return
	}
	b, err := json.Marshal(st.persisted())
	if err != nil {
		return
	}
	switch err := st.storage.Set(StorageKey, string(b)); {
	case err == nil:
		if st.Notice == NoticeFull {
			st.Notice = NoticeNone
		}
		st.Unsaved = false
	case errors.Is(err, ErrStorageFull):
		st.Notice, st.Unsaved = NoticeFull, true
	default:
		st.Notice, st.Unsaved = NoticeUnavailable, true
	}
}

func (st *Store) find(id string) int {
	for i, e := range st.data.Scenarios {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// Entries lists the saved scenarios.
func (st *Store) Entries() []Entry { return st.data.Scenarios }

// Current is the scenario being edited.
func (st *Store) Current() *Entry {
	i := st.find(st.data.Current)
	if i < 0 {
		i = 0
	}
	return &st.data.Scenarios[i]
}

// Entry returns a scenario by id, or nil.
func (st *Store) Entry(id string) *Entry {
	if i := st.find(id); i >= 0 {
		return &st.data.Scenarios[i]
	}
	return nil
}

// Settings returns the visitor's preferences.
func (st *Store) Settings() Settings { return st.data.Settings }

// SetSettings changes the preferences.
func (st *Store) SetSettings(s Settings) {
	st.data.Settings = s
	st.useLang()
	st.save()
}

// Lang is the language the app speaks: the visitor's choice (Settings.Lang),
// else the browser's (SetBrowserLanguages), else English.
func (st *Store) Lang() string {
	if st.lang == "" {
		return "en"
	}
	return st.lang
}

// SetLang makes lang the visitor's choice and keeps it; "" goes back to the
// browser's language. Numbers are then typed and shown that language's way.
func (st *Store) SetLang(lang string) {
	st.data.Settings.Lang = roi.SupportedLanguage(lang)
	st.useLang()
	st.Typing = map[string]string{} // fields show their numbers the new way
	st.save()
}

// SetBrowserLanguages gives the browser's languages (navigator.languages),
// the first the app speaks being the language when the visitor chose none.
// It is not kept: the choice is the visitor's.
func (st *Store) SetBrowserLanguages(tags []string) {
	st.browserLang = PreferredLanguage(tags)
	st.useLang()
}

func (st *Store) useLang() {
	l := roi.SupportedLanguage(st.data.Settings.Lang)
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

// Select makes another scenario the current one.
func (st *Store) Select(id string) {
	if st.find(id) >= 0 && id != st.data.Current {
		st.data.Current = id
		st.Typing = map[string]string{}
		st.save()
	}
}

// Add adds a scenario (from a preset, blank, a share link or an import) and
// selects it.
func (st *Store) Add(sc roi.Scenario) string {
	id := st.newID()
	st.data.Scenarios = append(st.data.Scenarios, Entry{ID: id, Scenario: sc.Clone()})
	st.data.Current = id
	st.Typing = map[string]string{}
	st.save()
	return id
}

// Rename renames the current scenario.
func (st *Store) Rename(name string) {
	name = strings.TrimSpace(name)
	if len(name) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut-- // never cut a character in half
		}
		name = name[:cut]
	}
	st.Current().Scenario.Name = name
	st.save()
}

// Duplicate copies the current scenario and selects the copy.
func (st *Store) Duplicate(copySuffix string) string {
	cur := st.Current()
	sc := cur.Scenario.Clone()
	sc.Name = strings.TrimSpace(sc.Name + " " + copySuffix)
	id := st.Add(sc)
	if len(cur.Drafts) > 0 {
		e := st.Entry(id)
		e.Drafts = map[string]Draft{}
		for k, v := range st.Entry(cur.ID).Drafts {
			e.Drafts[k] = v
		}
		st.save()
	}
	return id
}

func (st *Store) snapshot() saved {
	c := st.data
	c.Scenarios = make([]Entry, len(st.data.Scenarios))
	for i, e := range st.data.Scenarios {
		c.Scenarios[i] = Entry{ID: e.ID, Scenario: e.Scenario.Clone(), Drafts: copyDrafts(e.Drafts)}
	}
	return c
}

func copyDrafts(m map[string]Draft) map[string]Draft {
	if m == nil {
		return nil
	}
	c := make(map[string]Draft, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// Delete removes a scenario; Undo brings it back. The last scenario cannot
// be deleted: an empty calculator is replaced by a blank scenario.
func (st *Store) Delete(id string) {
	i := st.find(id)
	if i < 0 {
		return
	}
	e := st.data.Scenarios[i]
	deleted := Entry{ID: e.ID, Scenario: e.Scenario.Clone(), Drafts: copyDrafts(e.Drafts)}
	u := &Undo{What: "delete", Name: e.Scenario.Name, entry: &deleted, index: i}
	st.LastUndo = u
	st.data.Scenarios = append(st.data.Scenarios[:i], st.data.Scenarios[i+1:]...)
	if len(st.data.Scenarios) == 0 {
		u.blankID = st.newID()
		st.data.Scenarios = []Entry{{ID: u.blankID, Scenario: roi.New("", "EUR")}}
	}
	if st.find(st.data.Current) < 0 {
		st.data.Current = st.data.Scenarios[max(0, i-1)].ID
	}
	st.Typing = map[string]string{}
	st.save()
}

// Replace swaps the current scenario for another (an import), keeping the
// old one for Undo.
func (st *Store) Replace(sc roi.Scenario) {
	cur := st.Current()
	st.LastUndo = &Undo{What: "import", Name: cur.Scenario.Name, state: st.snapshot()}
	cur.Scenario = sc.Clone()
	cur.Drafts = nil
	st.Typing = map[string]string{}
	st.save()
}

// Undo takes back the last delete or import.
func (st *Store) Undo() {
	if st.LastUndo == nil {
		return
	}
	if u := st.LastUndo; u.entry != nil {
		// Put the deleted scenario back where it was; the blank made in its
		// place goes again unless something was entered in it.
		if j := st.find(u.blankID); j >= 0 && untouched(st.data.Scenarios[j]) {
			st.data.Scenarios = append(st.data.Scenarios[:j], st.data.Scenarios[j+1:]...)
		}
		at := min(u.index, len(st.data.Scenarios))
		st.data.Scenarios = slices.Insert(st.data.Scenarios, at, *u.entry)
		st.data.Current = u.entry.ID
	} else {
		settings := st.data.Settings // a preference changed since is not undone
		st.data = u.state
		st.data.Settings = settings
	}
	st.LastUndo = nil
	st.Typing = map[string]string{}
	st.save()
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
func (st *Store) DismissUndo() { st.LastUndo = nil }

// Field is how the form reads and writes one value of the scenario.
type Field struct {
	Path string // the JSON path: "costs[2].hourlyRate"
	Get  func(*roi.Scenario) string
	Set  func(*roi.Scenario, string)
	// Number fields parse the typed text in the visitor's locale.
	Number bool
	// Lower normalises text to a lower-case id (channels).
	Lower bool
}

// Text is what the field shows: what is being typed, else the draft, else
// the scenario's value (numbers shown the local way).
func (st *Store) Text(f Field) string {
	if t, ok := st.Typing[f.Path]; ok {
		return t
	}
	if d, ok := st.Current().Drafts[f.Path]; ok {
		return d.Text
	}
	v := f.Get(&st.Current().Scenario)
	if f.Number && v != "" {
		return InputNumber(v, st.Locale)
	}
	return v
}

// Problem is what is wrong with the field's text, if anything.
func (st *Store) Problem(path string) (roi.Message, bool) {
	d, ok := st.Current().Drafts[path]
	return d.Problem, ok
}

// Edit applies typed text to a field. Text that makes a valid scenario is
// taken; other text is kept as a draft with the reason, and the scenario
// (and so the result on screen) stays as it was.
func (st *Store) Edit(f Field, text string) {
	e := st.Current()
	st.Typing[f.Path] = text
	value := strings.TrimSpace(text)
	if f.Lower {
		value = strings.ToLower(value)
	}
	if f.Number && value != "" {
		canon, err := roi.ParseInput(value, st.Locale)
		if err != nil {
			var ne *roi.NumberError
			msg := roi.Message{Code: "num.invalid", Args: []string{strconv.Quote(text)}}
			if errors.As(err, &ne) {
				msg = roi.Message{Code: ne.Code, Args: []string{strconv.Quote(ne.Text)}}
			}
			st.setDraft(e, f.Path, Draft{Text: text, Problem: msg})
			st.save()
			return
		}
		value = canon
	}
	if len(value) > roi.MaxTextLength {
		// Validate takes any length, but a saved scenario with such a text
		// would fail roi.Parse on the next visit and be lost to a backup.
		st.setDraft(e, f.Path, Draft{Text: text, Problem: roi.Message{Code: "doc.toolongtxt", Args: []string{strconv.Itoa(roi.MaxTextLength)}}})
		st.save()
		return
	}
	next := e.Scenario.Clone()
	f.Set(&next, value)
	if probs := roi.Validate(next); len(probs) > 0 {
		p := probs[0]
		for _, q := range probs {
			if q.Path == f.Path {
				p = q
				break
			}
		}
		st.setDraft(e, f.Path, Draft{Text: text, Problem: p.Message})
		st.save()
		return
	}
	e.Scenario = next
	delete(e.Drafts, f.Path)
	st.save()
}

func (st *Store) setDraft(e *Entry, path string, d Draft) {
	if e.Drafts == nil {
		e.Drafts = map[string]Draft{}
	}
	e.Drafts[path] = d
}

// DoneTyping is called when a field loses focus: it then shows the value the
// local way (or the draft, if the text was not taken).
func (st *Store) DoneTyping(path string) { delete(st.Typing, path) }

// Change applies a structural change (add or remove a line, switch a mode).
// Drafts under the changed list are dropped, since their paths move.
func (st *Store) Change(list string, f func(*roi.Scenario)) {
	e, ok := st.apply(f)
	if !ok {
		return
	}
	for k := range e.Drafts {
		if list != "" && strings.HasPrefix(k, list) {
			delete(e.Drafts, k)
		}
	}
	for k := range st.Typing {
		if list != "" && strings.HasPrefix(k, list) {
			delete(st.Typing, k)
		}
	}
	st.save()
}

// Remove takes line i out of a list (costs, funnel.stages...). Drafts and
// typing of later lines move up with their lines, so nothing typed is lost.
func (st *Store) Remove(list string, i int, f func(*roi.Scenario)) {
	e, ok := st.apply(f)
	if !ok {
		return
	}
	e.Drafts = shiftKeys(e.Drafts, list, i)
	st.Typing = shiftKeys(st.Typing, list, i)
	st.save()
}

// apply makes f's change to a copy of the current scenario and takes it
// when it is valid; a change that would break the scenario is not made.
func (st *Store) apply(f func(*roi.Scenario)) (*Entry, bool) {
	e := st.Current()
	next := e.Scenario.Clone()
	f(&next)
	if len(roi.Validate(next)) > 0 {
		return e, false
	}
	e.Scenario = next
	return e, true
}

// shiftKeys drops the keys of line i under list and renumbers the later ones.
func shiftKeys[V any](m map[string]V, list string, i int) map[string]V {
	if len(m) == 0 {
		return m
	}
	out := make(map[string]V, len(m))
	prefix := list + "["
	for k, v := range m {
		rest, ok := strings.CutPrefix(k, prefix)
		if !ok {
			out[k] = v
			continue
		}
		num, tail, ok := strings.Cut(rest, "]")
		j, err := strconv.Atoi(num)
		switch {
		case !ok || err != nil || j < i:
			out[k] = v
		case j > i:
			out[prefix+strconv.Itoa(j-1)+"]"+tail] = v
		}
	}
	return out
}

// InputNumber writes a canonical number the way it is typed in a locale,
// with grouping: "1234.5" is "1,234.5" in English and "1 234,5" in French.
func InputNumber(canon string, loc roi.Locale) string {
	neg := strings.HasPrefix(canon, "-")
	canon = strings.TrimPrefix(canon, "-")
	intPart, frac, hasFrac := strings.Cut(canon, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteRune(loc.Group)
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteRune(loc.Decimal)
		b.WriteString(frac)
	}
	return b.String()
}
