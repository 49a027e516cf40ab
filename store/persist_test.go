package store

import (
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// v1JSON is sc as a version-1 scenario document, as earlier builds stored it.
func v1JSON(t testing.TB, sc roi.Scenario) string {
	t.Helper()
	sc.Version = 1
	return mustJSON(t, sc)
}

func legacyDoc(current string, entries ...string) string {
	return `{"format":"social-roi-app","version":1,"current":"` + current + `","scenarios":[` + strings.Join(entries, ",") + `],"settings":{"lang":"nb","theme":"dark"}}`
}

func legacyEntryJSON(t testing.TB, id string, sc roi.Scenario, drafts string) string {
	t.Helper()
	e := `{"id":"` + id + `","scenario":` + v1JSON(t, sc)
	if drafts != "" {
		e += `,"drafts":` + drafts
	}
	return e + "}"
}

func TestFreshLayout(t *testing.T) {
	st, ms := mFresh(t)
	keys, _ := ms.Keys()
	want := []string{MetaKey, ScenarioKey + st.Current().ID}
	slices.Sort(want)
	if !slices.Equal(keys, want) {
		t.Errorf("keys = %v; want %v", keys, want)
	}
	if st.Notice != NoticeNone || st.Unsaved || len(st.Notices) != 0 {
		t.Errorf("fresh store: notice %q %v, unsaved %v", st.Notice, st.Notices, st.Unsaved)
	}
	if again := New(ms, nil); again.Current().ID != st.Current().ID || !maps.Equal(mSnapshot(ms), map[string]string{MetaKey: mStored(t, ms, MetaKey), ScenarioKey + st.Current().ID: mStored(t, ms, ScenarioKey+st.Current().ID)}) {
		t.Error("a reload changed what is stored or which scenario is current")
	}
}

// Migration from the single key of earlier builds keeps every scenario,
// draft, setting and the current scenario, in order; the old key stays as
// it was; each scenario's migration notes show until dismissed, once.
func TestLegacyMigration(t *testing.T) {
	ms := NewMemoryStorage()
	eco, b2b, saas := mPreset(t, "ecommerce"), mPreset(t, "b2b"), mPreset(t, "saas")
	b2b.Name = "Q3 & Q4 <push>"
	raw := legacyDoc("b",
		legacyEntryJSON(t, "c", saas, ""),
		legacyEntryJSON(t, "a", eco, `{"costs[2].amount":{"text":"12abc","problem":{"code":"num.invalid","args":["\"12abc\""]}}}`),
		legacyEntryJSON(t, "b", b2b, ""))
	ms.Set(LegacyKey, raw)

	st := New(ms, nil)
	if st.Notice != NoticeNone || st.Unsaved || len(st.Notices) != 0 {
		t.Fatalf("migration: notice %q %+v, unsaved %v", st.Notice, st.Notices, st.Unsaved)
	}
	var ids []string
	for _, e := range st.Entries() {
		ids = append(ids, e.ID)
	}
	if !slices.Equal(ids, []string{"c", "a", "b"}) {
		t.Errorf("ids = %v; want the stored order c a b", ids)
	}
	for _, tc := range []struct {
		id string
		sc roi.Scenario
	}{{"c", saas}, {"a", eco}, {"b", b2b}} {
		want, _, err := roi.Parse([]byte(v1JSON(t, tc.sc)))
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Entry(tc.id).Scenario; !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %+v; want %+v", tc.id, got, want)
		}
		if got := mEntry(t, ms, tc.id); got.Scenario.Version != roi.Version || !reflect.DeepEqual(got.Scenario, want) {
			t.Errorf("%s stored as version %d, or differs", tc.id, got.Scenario.Version)
		}
		if !strings.Contains(mStored(t, ms, ScenarioKey+tc.id), `"version":2`) {
			t.Errorf("%s not stored as version 2", tc.id)
		}
		notes := st.Entry(tc.id).Notes
		if len(notes) == 0 || !roi.IsMigration(notes[0]) {
			t.Errorf("%s: notes %v; want the migration notes", tc.id, notes)
		}
	}
	if st.Current().ID != "b" || st.Settings() != (Settings{Lang: "nb", Theme: "dark"}) {
		t.Errorf("current %q, settings %+v", st.Current().ID, st.Settings())
	}
	if d := st.Entry("a").Drafts["costs[2].amount"]; d.Text != "12abc" || d.Problem.Code != "num.invalid" {
		t.Errorf("draft = %+v", d)
	}
	if mStored(t, ms, LegacyKey) != raw {
		t.Error("the old key was changed")
	}
	if !strings.Contains(mStored(t, ms, ScenarioKey+"b"), "Q3 & Q4 <push>") {
		t.Error("stored with & < > escaped")
	}

	// Notes show once per scenario: until dismissed, then never again.
	if len(st.PendingNotes()) == 0 {
		t.Fatal("no pending notes for the current scenario")
	}
	st.DismissNotes("b")
	again := New(ms, nil)
	if len(again.PendingNotes()) != 0 {
		t.Error("dismissed notes show again after a reload")
	}
	if len(again.Entry("a").Notes) == 0 || again.Entry("a").NotesSeen {
		t.Error("notes of another scenario were lost or dismissed")
	}
	mSameEntries(t, "second load", again.Entries(), st.Entries())
	if len(mStoredIDs(t, ms)) != 3 {
		t.Errorf("stored %v; want three scenarios, no second migration", mStoredIDs(t, ms))
	}
}

// A half-done migration (storage filled up) is finished on the next visit
// without duplicates.
func TestLegacyMigrationResumes(t *testing.T) {
	ms := NewMemoryStorage()
	raw := legacyDoc("a", legacyEntryJSON(t, "a", mPreset(t, "ecommerce"), ""), legacyEntryJSON(t, "b", mPreset(t, "b2b"), ""))
	ms.Set(LegacyKey, raw)
	ms.Limit = len(LegacyKey) + len(raw) + len(raw)*2/3 // room for one of the two
	st := New(ms, nil)
	if st.Notice != NoticeFull || !st.Unsaved {
		t.Fatalf("notice %q unsaved %v; want full", st.Notice, st.Unsaved)
	}
	if len(st.Entries()) != 2 {
		t.Fatalf("%d entries in memory; want 2", len(st.Entries()))
	}
	ms.Limit = 0
	st2 := New(ms, nil)
	if st2.Notice != NoticeNone || len(st2.Entries()) != 2 || len(mStoredIDs(t, ms)) != 2 {
		t.Errorf("resumed: notice %q, %d entries, stored %v", st2.Notice, len(st2.Entries()), mStoredIDs(t, ms))
	}
}

func TestLegacyCorrupt(t *testing.T) {
	eco, b2b := legacyEntryJSON(t, "a", mPreset(t, "ecommerce"), ""), legacyEntryJSON(t, "b", mPreset(t, "b2b"), "")
	negative := mPreset(t, "saas")
	negative.Costs[0].Hours = "-3"
	cases := []struct {
		name    string
		raw     string
		wantIDs []string // nil: a fresh preset
	}{
		{"not json", "{not json", nil},
		{"cut short", legacyDoc("a", eco)[:40], nil},
		{"json null", "null", nil},
		{"wrong format", `{"format":"other","version":1,"scenarios":[` + eco + `]}`, nil},
		{"wrong version", `{"format":"social-roi-app","version":7,"scenarios":[` + eco + `]}`, nil},
		{"bad scenario among good", legacyDoc("b", eco, legacyEntryJSON(t, "c", negative, ""), b2b), []string{"a", "b"}},
		{"entry without id", legacyDoc("a", eco, legacyEntryJSON(t, "", mPreset(t, "b2b"), "")), []string{"a"}},
		{"entry not an object", legacyDoc("a", eco, `"oops"`), []string{"a"}},
		{"drafts of the wrong type", legacyDoc("a", `{"id":"z","scenario":`+v1JSON(t, mPreset(t, "b2b"))+`,"drafts":[1]}`, eco), []string{"a"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := NewMemoryStorage()
			ms.Set(LegacyKey, tc.raw)
			st := New(ms, nil)
			if st.Notice != NoticeCorrupt || st.Unsaved {
				t.Fatalf("Notice = %q, Unsaved = %v; want %q, saved", st.Notice, st.Unsaved, NoticeCorrupt)
			}
			if len(st.Notices) != 1 || st.Notices[0].Code != NoteCorrupt || st.Notices[0].Backup != LegacyKey {
				t.Errorf("notices %+v; want one saying the data is kept under %s", st.Notices, LegacyKey)
			}
			if mStored(t, ms, LegacyKey) != tc.raw {
				t.Error("the unreadable old data was changed")
			}
			var ids []string
			for _, e := range st.Entries() {
				ids = append(ids, e.ID)
			}
			if tc.wantIDs == nil {
				if len(ids) != 1 || !reflect.DeepEqual(st.Current().Scenario, mPreset(t, "ecommerce")) {
					t.Errorf("entries %v; want a fresh e-commerce preset", ids)
				}
			} else if !slices.Equal(ids, tc.wantIDs) {
				t.Errorf("entries %v; want %v", ids, tc.wantIDs)
			}
			again := New(ms, nil)
			if again.Notice != NoticeNone {
				t.Errorf("next visit: Notice %q; want none", again.Notice)
			}
			mSameEntries(t, "next visit", again.Entries(), st.Entries())
		})
	}
}

// Unreadable data under any key is copied to a backup key and the store
// starts with the rest; the next visit makes no second copy.
func TestLoadCorruptKeys(t *testing.T) {
	good := func(ms *MemoryStorage) string {
		st := New(ms, nil)
		return st.Current().ID
	}
	cases := []struct {
		name    string
		key     string
		raw     string
		session bool
	}{
		{"meta not json", MetaKey, "{oops", false},
		{"meta other format", MetaKey, `{"format":"x","version":2}`, false},
		{"meta newer version", MetaKey, `{"format":"social-roi-app","version":3}`, false},
		{"scenario not json", ScenarioKey + "zz", "\x00\xff", false},
		{"scenario without scenario", ScenarioKey + "zz", `{"id":"zz","rev":1}`, false},
		{"scenario invalid", ScenarioKey + "zz", `{"id":"zz","scenario":{"format":"social-roi","version":2,"currency":"EUR","costs":[{"category":"ads","amount":"-1"}],"revenue":[],"actions":[]}}`, false},
		{"scenario of version 9", ScenarioKey + "zz", `{"id":"zz","scenario":{"format":"social-roi","version":9}}`, false},
		{"scenario with an empty id", ScenarioKey, `{"scenario":{}}`, false},
		{"tab state not json", TabKey, "[[[", true},
		{"tab state with a bad incoming", TabKey, `{"incoming":[{"id":"q","scenario":7}]}`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms, ss := NewMemoryStorage(), NewMemoryStorage()
			id := good(ms)
			target := ms
			if tc.session {
				target = ss
			}
			target.Set(tc.key, tc.raw)
			st := New(ms, ss)
			if st.Notice != NoticeCorrupt || st.Unsaved {
				t.Fatalf("Notice %q, Unsaved %v; want corrupt, saved", st.Notice, st.Unsaved)
			}
			if len(st.Notices) != 1 || st.Notices[0].Key != tc.key || st.Notices[0].Backup == "" {
				t.Fatalf("notices %+v; want one naming %s and its backup", st.Notices, tc.key)
			}
			if got := mStored(t, ms, st.Notices[0].Backup); got != tc.raw {
				t.Errorf("backup %q; want the data exactly %q", got, tc.raw)
			}
			if st.Entry(id) == nil {
				t.Error("the good scenario was lost")
			}
			again := New(ms, ss)
			if again.Notice != NoticeNone || len(again.Notices) != 0 {
				t.Errorf("next visit: %q %+v; want nothing to say", again.Notice, again.Notices)
			}
			if _, ok, _ := ms.Get(BackupPrefix + "2"); ok {
				t.Error("a second backup was made")
			}
		})
	}
}

// Corrupt data and a full storage at once: no backup is claimed, the data
// stays where it was, and scenarios made afterwards say they are not saved.
func TestCorruptAndFull(t *testing.T) {
	ms := NewMemoryStorage()
	id := New(ms, nil).Current().ID
	raw := "{corrupt but precious" + strings.Repeat(".", 500)
	ms.Set(ScenarioKey+"zz", raw)
	ms.Limit = ms.Size() + 100 // no room for a copy
	st := New(ms, nil)
	if st.Notice != NoticeCorrupt || !st.Unsaved {
		t.Fatalf("Notice %q, Unsaved %v; want corrupt and unsaved", st.Notice, st.Unsaved)
	}
	if len(st.Notices) != 1 || st.Notices[0].Backup != "" || st.Notices[0].Key != ScenarioKey+"zz" {
		t.Fatalf("notices %+v; want one saying no backup was written", st.Notices)
	}
	keys, _ := ms.Keys()
	for _, k := range keys {
		if strings.HasPrefix(k, BackupPrefix) {
			t.Errorf("backup key %s exists", k)
		}
	}
	nid := st.Add(mPreset(t, "b2b"))
	if e := st.Entry(nid); e == nil || !e.Unsaved || !st.Unsaved || st.Notice != NoticeFull {
		t.Errorf("new scenario while full: entry %+v, store unsaved %v, notice %q", e, st.Unsaved, st.Notice)
	}
	if mStored(t, ms, ScenarioKey+"zz") != raw {
		t.Error("the unreadable data was overwritten")
	}
	if st.Entry(id) == nil {
		t.Error("the good scenario was lost")
	}
	// Space comes back: the next change writes what was not saved.
	ms.Limit = 0
	st.Rename("now saved")
	if e := st.Entry(nid); e.Unsaved || st.Unsaved {
		t.Errorf("after space freed: entry unsaved %v, store %v", e.Unsaved, st.Unsaved)
	}
	if New(ms, nil).Entry(nid) == nil {
		t.Error("the scenario made while full was not saved once there was room")
	}
}

func TestStorageBroken(t *testing.T) {
	ms := &MemoryStorage{Broken: true}
	st := New(ms, nil)
	if st.Notice != NoticeUnavailable || !st.Unsaved {
		t.Fatalf("Notice %q, Unsaved %v; want %q and unsaved", st.Notice, st.Unsaved, NoticeUnavailable)
	}
	before := mDirect(st)
	st.Edit(mAmount(2), "100")
	if st.Current().Scenario.Costs[2].Amount != "100" || mDirect(st) == before {
		t.Error("edit not applied in memory")
	}
	id := st.Add(mPreset(t, "b2b"))
	st.Duplicate("(copy)")
	st.Select(id)
	st.Delete(id)
	st.Undo()
	if len(st.Entries()) != 3 || st.Current().ID != id {
		t.Errorf("in-memory scenarios: %d, current %q", len(st.Entries()), st.Current().ID)
	}
	if st.Notice != NoticeUnavailable || !st.Unsaved {
		t.Errorf("after edits: Notice %q, Unsaved %v", st.Notice, st.Unsaved)
	}
	st2, ms2 := mFresh(t)
	ms2.Broken = true
	st2.Edit(mAmount(2), "100")
	if st2.Notice != NoticeUnavailable || !st2.Unsaved || st2.Current().Scenario.Costs[2].Amount != "100" {
		t.Errorf("storage gone mid-visit: Notice %q, Unsaved %v", st2.Notice, st2.Unsaved)
	}
}

func TestStorageFull(t *testing.T) {
	st, ms := mFresh(t)
	id := st.Current().ID
	ms.Limit = ms.Size() + 20
	st.Edit(mAmount(2), "4300")
	if st.Notice != NoticeNone || st.Unsaved {
		t.Fatalf("small change: Notice %q, Unsaved %v", st.Notice, st.Unsaved)
	}
	long := strings.Repeat("x", 100)
	st.Edit(mLabel(2), long)
	if st.Notice != NoticeFull || !st.Unsaved || !st.Current().Unsaved {
		t.Fatalf("Notice %q, Unsaved %v; want %q and unsaved", st.Notice, st.Unsaved, NoticeFull)
	}
	if got := st.Current().Scenario.Costs[2].Label; got != long {
		t.Errorf("edit not applied in memory: label %q", got)
	}
	if got := mEntry(t, ms, id).Scenario.Costs[2].Amount; got != "4300" {
		t.Errorf("stored amount %q; want the last saved 4300", got)
	}
	ms.Limit = 0
	st.Edit(mAmount(2), "5100")
	if st.Notice != NoticeNone || st.Unsaved {
		t.Fatalf("after space freed: Notice %q, Unsaved %v", st.Notice, st.Unsaved)
	}
	if c := mEntry(t, ms, id).Scenario.Costs[2]; c.Amount != "5100" || c.Label != long {
		t.Errorf("stored %+v; want every change kept", c)
	}
}

func TestStorageFullFromTheStart(t *testing.T) {
	ms := &MemoryStorage{Limit: 100}
	st := New(ms, nil)
	if st.Notice != NoticeFull || !st.Unsaved {
		t.Fatalf("Notice %q, Unsaved %v; want %q", st.Notice, st.Unsaved, NoticeFull)
	}
	st.Edit(mAmount(2), "1")
	if st.Current().Scenario.Costs[2].Amount != "1" {
		t.Error("edit not applied in memory")
	}
}

// Fields a newer build wrote are backed up, with a notice naming them and
// the backup, before a save drops them; fields of the record are kept.
func TestUnknownFields(t *testing.T) {
	for _, full := range []bool{false, true} {
		t.Run("full="+strconv.FormatBool(full), func(t *testing.T) {
			ms := NewMemoryStorage()
			id := New(ms, nil).Current().ID
			sc := mustJSON(t, mPreset(t, "b2b"))
			sc = strings.Replace(sc, `"name":`, `"futureField":{"x":1},"name":`, 1)
			raw := `{"id":"` + id + `","created":5,"rev":3,"scenario":` + sc + `,"futureRecord":[1,2]}`
			ms.Set(ScenarioKey+id, raw)
			if full {
				ms.Limit = ms.Size() + 50
			}
			st := New(ms, nil)
			if len(st.Notices) != 0 || st.Notice != NoticeNone {
				t.Fatalf("load: notices %+v; nothing is dropped yet", st.Notices)
			}
			st.Rename("renamed")
			if len(st.Notices) != 1 || st.Notices[0].Code != NoteUnknown || !slices.Equal(st.Notices[0].Paths, []string{"futureField"}) {
				t.Fatalf("notices %+v; want one naming futureField", st.Notices)
			}
			n := st.Notices[0]
			if full {
				if n.Backup != "" || !st.Unsaved || mStored(t, ms, ScenarioKey+id) != raw {
					t.Errorf("full: backup %q, unsaved %v; want no backup claimed and the data untouched", n.Backup, st.Unsaved)
				}
				return
			}
			if mStored(t, ms, n.Backup) != raw {
				t.Errorf("backup %s does not hold the stored form", n.Backup)
			}
			stored := mStored(t, ms, ScenarioKey+id)
			if !strings.Contains(stored, `"futureRecord":[1,2]`) || strings.Contains(stored, "futureField") {
				t.Errorf("stored %s; want the record's field kept, the scenario's dropped", stored)
			}
			if New(ms, nil).Entry(id).Scenario.Name != "renamed" {
				t.Error("rename lost")
			}
		})
	}
}
