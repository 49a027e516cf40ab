package store

import (
	"reflect"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// FuzzLoad puts any bytes under the store's keys: the store starts, with a
// valid scenario, never panics, and keeps what it could not read, where it
// was or as a backup; what it read reloads the same.
func FuzzLoad(f *testing.F) {
	// Small seeds: the fuzzer minimises what it finds, slowly for large ones.
	small := roi.New("s&s", "EUR")
	small.Costs = []roi.Cost{{Label: "a", Category: "ads", Amount: "1"}}
	good := New(NewMemoryStorage(), nil)
	e := Entry{ID: "x", Scenario: small, Drafts: map[string]Draft{"costs[0].amount": {Text: "1x"}}}
	rec, _ := good.encode(&e)
	sc := mustJSON(f, small)
	f.Add("", rec, "", "")
	f.Add(`{"format":"social-roi-app","version":2,"settings":{"lang":"fr"},"last":"x"}`, rec, "", `{"current":"x"}`)
	f.Add("{", "{", "{", "{")
	f.Add("null", `{"id":"x","scenario":`+sc+`,"drafts":{"a":{"text":"1"}},"kept":{"k":"1"}}`, "", "")
	f.Add("", strings.Replace(rec, `"version":2`, `"version":1`, 1), "", "")
	f.Add("", "", `{"format":"social-roi-app","version":1,"current":"a","scenarios":[{"id":"a","scenario":`+strings.Replace(sc, `"version":2`, `"version":1`, 1)+`}]}`, "")
	f.Add("", "", "", `{"incoming":[`+rec+`]}`)
	f.Add(`{"format":"social-roi-app","version":2,"future":1}`, `{"id":"x","scenario":{"format":"social-roi","version":2,"currency":"EUR","costs":[],"revenue":[],"actions":[],"new":1}}`, "[]", "7")
	f.Fuzz(func(t *testing.T, metaRaw, scRaw, legacyRaw, tabRaw string) {
		ms, ss := NewMemoryStorage(), NewMemoryStorage()
		put := map[string]string{}
		set := func(s *MemoryStorage, k, v string) {
			if v != "" {
				s.Set(k, v)
				put[k] = v
			}
		}
		set(ms, MetaKey, metaRaw)
		set(ms, ScenarioKey+"x", scRaw)
		set(ms, LegacyKey, legacyRaw)
		set(ss, TabKey, tabRaw)

		st := New(ms, ss)
		if len(st.Entries()) == 0 {
			t.Fatal("no scenario")
		}
		for _, e := range st.Entries() {
			if probs := roi.Validate(e.Scenario); len(probs) > 0 {
				t.Fatalf("invalid scenario loaded: %v", probs)
			}
			if !Fits(e.Scenario) {
				t.Fatal("a scenario too large to read back was loaded")
			}
		}
		_ = st.Report()
		// What could not be read is kept: where it was, or in a backup.
		backups := map[string]bool{}
		for k, v := range ms.m {
			if strings.HasPrefix(k, BackupPrefix) {
				backups[v] = true
			}
		}
		for _, n := range st.Notices {
			if n.Code == NoteCorrupt && n.Backup != "" {
				if v, ok, _ := ms.Get(n.Backup); !ok || v != put[n.Key] {
					t.Fatalf("notice says %s is backed up in %s, which holds %q", n.Key, n.Backup, v)
				}
			}
		}
		for k, raw := range put {
			var now string
			var ok bool
			if k == TabKey {
				now, ok, _ = ss.Get(k)
			} else {
				now, ok, _ = ms.Get(k)
			}
			accepted := (k == ScenarioKey+"x" && st.Entry("x") != nil) || k == TabKey || k == MetaKey
			if !(ok && now == raw) && !backups[raw] && !accepted {
				t.Fatalf("%s: %q neither kept nor backed up", k, raw)
			}
		}
		// What was read reloads the same.
		again := New(ms, ss)
		if len(again.Entries()) != len(st.Entries()) {
			t.Fatalf("reload: %d entries; want %d", len(again.Entries()), len(st.Entries()))
		}
		for i, e := range st.Entries() {
			g := again.Entries()[i]
			if g.ID != e.ID || !reflect.DeepEqual(g.Scenario, e.Scenario) || len(g.Drafts) != len(e.Drafts) {
				t.Fatalf("reload: entry %d differs", i)
			}
		}
	})
}
