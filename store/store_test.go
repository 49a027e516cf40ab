package store

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/socialroi/socialroi/roi"
)

// Fields bound the way the calculator binds them (see calc.go). In the
// e-commerce preset costs[0] and costs[1] are staff lines and costs[2] is
// "Instagram ads", an amount line.
func mField(path string) Field {
	f, ok := PathField(path)
	if !ok {
		panic("no field " + path)
	}
	return f
}

func mAmount(i int) Field  { return mField(at("costs", i, "amount")) }
func mLabel(i int) Field   { return mField(at("costs", i, "label")) }
func mChannel(i int) Field { return mField(at("costs", i, "channel")) }
func mName() Field         { return mField("name") }
func mPeriodStart() Field  { return mField("period.start") }
func mMargin() Field       { return mField("grossMargin") }

func at(list string, i int, name string) string {
	return list + "[" + strconv.Itoa(i) + "]." + name
}

func mPreset(t testing.TB, name string) roi.Scenario {
	t.Helper()
	s, ok := roi.Preset(name)
	if !ok {
		t.Fatalf("no preset %q", name)
	}
	return s
}

// mFresh is a new store over new memory storage, checked to start from the
// e-commerce preset laid out as the helpers above expect.
func mFresh(t testing.TB) (*Store, *MemoryStorage) {
	t.Helper()
	ms := NewMemoryStorage()
	st := New(ms, nil)
	c := st.Current().Scenario.Costs
	if len(c) < 3 || c[0].Category != "staff" || c[2].Category == "staff" || c[2].Amount != "4200" {
		t.Fatalf("the e-commerce preset changed; costs = %+v", c)
	}
	return st, ms
}

// mStored is what the storage holds under key, failing the test when nothing.
func mStored(t testing.TB, ms Storage, key string) string {
	t.Helper()
	v, ok, err := ms.Get(key)
	if err != nil || !ok {
		t.Fatalf("Get(%q) = %v, %v; want stored data", key, ok, err)
	}
	return v
}

// mEntry is the stored record of scenario id, read back.
func mEntry(t testing.TB, ms Storage, id string) Entry {
	t.Helper()
	e, _, err := decode(id, mStored(t, ms, ScenarioKey+id))
	if err != nil {
		t.Fatalf("stored %s does not decode: %v", id, err)
	}
	return e
}

// mMeta is the stored meta document.
func mMeta(t testing.TB, ms Storage) meta {
	t.Helper()
	var m meta
	if err := json.Unmarshal([]byte(mStored(t, ms, MetaKey)), &m); err != nil {
		t.Fatalf("stored meta does not decode: %v", err)
	}
	return m
}

// mStoredIDs are the ids of the stored scenarios.
func mStoredIDs(t testing.TB, ms Storage) []string {
	t.Helper()
	keys, err := ms.Keys()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, k := range keys {
		if id, ok := strings.CutPrefix(k, ScenarioKey); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// mSnapshot is everything in storage.
func mSnapshot(ms *MemoryStorage) map[string]string { return maps.Clone(ms.m) }

func mDirect(st *Store) string { return st.Report().ROI.Direct.String() }

// mDeepCopy copies entries through JSON, so a later change in the store can
// never show in the copy.
func mDeepCopy(t testing.TB, es []Entry) []Entry {
	t.Helper()
	b, err := json.Marshal(es)
	if err != nil {
		t.Fatal(err)
	}
	var out []Entry
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	for i := range out {
		out[i].Scenario = out[i].Scenario.Clone()
	}
	return out
}

func mSameEntries(t testing.TB, what string, got, want []Entry) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d entries; want %d", what, len(got), len(want))
	}
	for i := range want {
		if got[i].ID != want[i].ID {
			t.Errorf("%s: entry %d id = %q; want %q", what, i, got[i].ID, want[i].ID)
		}
		if !reflect.DeepEqual(got[i].Scenario, want[i].Scenario) {
			t.Errorf("%s: entry %d scenario = %+v; want %+v", what, i, got[i].Scenario, want[i].Scenario)
		}
		if len(got[i].Drafts) != 0 || len(want[i].Drafts) != 0 {
			if !reflect.DeepEqual(got[i].Drafts, want[i].Drafts) {
				t.Errorf("%s: entry %d drafts = %v; want %v", what, i, got[i].Drafts, want[i].Drafts)
			}
		}
	}
}

// readOnlyStorage reads but refuses every write, like a browser whose
// storage quota is zero.
type readOnlyStorage struct{ m map[string]string }

func (s readOnlyStorage) Get(key string) (string, bool, error) {
	v, ok := s.m[key]
	return v, ok, nil
}

func (readOnlyStorage) Set(string, string) error { return ErrStorageUnavailable }

func TestReloadRestores(t *testing.T) {
	st, ms := mFresh(t)
	b2b := st.Add(mPreset(t, "b2b"))
	st.Add(mPreset(t, "saas"))
	st.Select(b2b)
	st.Edit(mAmount(2), "9,500")      // valid: taken
	st.Edit(mAmount(3), "12abc")      // invalid: a draft
	st.Edit(mPeriodStart(), "2026-1") // invalid: a draft
	st.Rename("  LinkedIn push ")
	st.SetSettings(Settings{Lang: "fr", Theme: "dark"})
	want := mDeepCopy(t, st.Entries())

	again := New(ms, nil)
	if again.Notice != NoticeNone || again.Unsaved {
		t.Fatalf("reload: Notice %q, Unsaved %v", again.Notice, again.Unsaved)
	}
	mSameEntries(t, "reload", again.Entries(), want)
	if again.Current().ID != b2b {
		t.Errorf("current = %q; want the selected %q", again.Current().ID, b2b)
	}
	if got := again.Current().Scenario.Costs[2].Amount; got != "9500" {
		t.Errorf("amount = %q; want 9500", got)
	}
	if got := again.Current().Scenario.Name; got != "LinkedIn push" {
		t.Errorf("name = %q", got)
	}
	if again.Settings() != (Settings{Lang: "fr", Theme: "dark"}) {
		t.Errorf("settings = %+v", again.Settings())
	}
	if len(again.Typing) != 0 {
		t.Errorf("typing is kept across visits: %v", again.Typing)
	}
	for _, tc := range []struct {
		f    Field
		text string
		code string
	}{
		{mAmount(3), "12abc", "num.invalid"},
		{mPeriodStart(), "2026-1", "field.date"},
	} {
		if got := again.Text(tc.f); got != tc.text {
			t.Errorf("reload: Text(%s) = %q; want the draft %q", tc.f.Path, got, tc.text)
		}
		if p, ok := again.Problem(tc.f.Path); !ok || p.Code != tc.code || !strings.Contains(p.String(), tc.text) {
			t.Errorf("reload: Problem(%s) = %v %q; want %s quoting %q", tc.f.Path, ok, p, tc.code, tc.text)
		}
	}
	if mDirect(again) != mDirect(st) {
		t.Errorf("reload: direct ROI %s; want %s", mDirect(again), mDirect(st))
	}
}

// A draft's problem is kept as code and arguments, not as the English
// sentence roi.Message marshals to, so it loads again. Data written with
// the sentence still loads, the sentence shown as it was.
func TestDraftStoredForm(t *testing.T) {
	d := Draft{Text: "12abc", Problem: roi.Message{Code: "num.invalid", Args: []string{`"12abc"`}}}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"text":"12abc","problem":{"code":"num.invalid","args":["\"12abc\""]}}`; string(b) != want {
		t.Errorf("Marshal = %s; want %s", b, want)
	}
	cases := []struct {
		name, json string
		want       Draft
		err        bool
	}{
		{"round trip", string(b), d, false},
		{"no args", `{"text":"-5","problem":{"code":"field.negative"}}`, Draft{Text: "-5", Problem: roi.Message{Code: "field.negative"}}, false},
		{"sentence", `{"text":"x","problem":"\"x\" is not a number"}`, Draft{Text: "x", Problem: roi.Message{Code: `"x" is not a number`}}, false},
		{"no problem", `{"text":"x"}`, Draft{Text: "x"}, false},
		{"null problem", `{"text":"x","problem":null}`, Draft{Text: "x"}, false},
		{"bad problem", `{"text":"x","problem":3}`, Draft{}, true},
		{"bad draft", `[]`, Draft{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got Draft
			err := json.Unmarshal([]byte(tc.json), &got)
			if (err != nil) != tc.err {
				t.Fatalf("Unmarshal error = %v; want error %v", err, tc.err)
			}
			if !tc.err && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Unmarshal = %+v; want %+v", got, tc.want)
			}
		})
	}
	// The sentence renders as itself.
	var old Draft
	json.Unmarshal([]byte(`{"text":"x","problem":"\"x\" is not a number"}`), &old)
	if old.Problem.String() != `"x" is not a number` {
		t.Errorf("old draft says %q", old.Problem.String())
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEditNumber(t *testing.T) {
	cases := []struct {
		name     string
		lang     string
		text     string
		want     string // the scenario's amount when taken
		shown    string // Text() once typing is done, when taken
		code     string // the draft's problem, when not taken
		mentions []string
	}{
		{name: "grouped", text: "1,234.56", want: "1234.56", shown: "1,234.56"},
		{name: "plain", text: "1234.5", want: "1234.5", shown: "1,234.5"},
		{name: "spaces around", text: "  1234  ", want: "1234", shown: "1,234"},
		{name: "space group", text: "1 234", want: "1234", shown: "1,234"},
		{name: "zero", text: "0", want: "0", shown: "0"},
		{name: "trailing zeros dropped", text: "12.50", want: "12.5", shown: "12.5"},
		{name: "leading point", text: ".5", want: "0.5", shown: "0.5"},
		{name: "percent sign", text: "12%", want: "12", shown: "12"},
		{name: "millions", text: "1,234,567", want: "1234567", shown: "1,234,567"},
		{name: "empty means none", text: "", want: "", shown: ""},
		{name: "blank means none", text: "   ", want: "", shown: ""},
		{name: "fr grouped", lang: "fr", text: "1 234,56", want: "1234.56", shown: "1 234,56"},
		{name: "fr no-break space", lang: "fr", text: "1\u00a0234,5", want: "1234.5", shown: "1 234,5"},
		{name: "fr phone point", lang: "fr", text: "12.5", want: "12.5", shown: "12,5"},
		{name: "nb decimal comma", lang: "nb", text: "0,75", want: "0.75", shown: "0,75"},
		{name: "de grouped", lang: "de", text: "1.234,5", want: "1234.5", shown: "1.234,5"},

		{name: "letters", text: "12abc", code: "num.invalid", mentions: []string{`"12abc"`, "not a number"}},
		{name: "negative", text: "-5", code: "field.negative", mentions: []string{"negative"}},
		{name: "negative grouped", text: "-1,000", code: "field.negative", mentions: []string{"negative"}},
		{name: "exponent", text: "1e5", code: "num.invalid", mentions: []string{`"1e5"`, "not a number"}},
		{name: "two points", text: "1.2.3", code: "num.grouping", mentions: []string{`"1.2.3"`, "digit groups"}},
		{name: "bad groups", text: "12,34,567", code: "num.grouping", mentions: []string{`"12,34,567"`, "digit groups"}},
		{name: "too large", text: "9999999999999999", code: "num.toolarge", mentions: []string{"too large"}},
		{name: "too precise", text: "0.1234567890123", code: "num.precision", mentions: []string{"decimal places"}},
		{name: "too long", text: strings.Repeat("1", 49), code: "num.toolong", mentions: []string{"too long"}},
		{name: "sign only", text: "-", code: "num.invalid", mentions: []string{`"-"`}},
		{name: "percent only", text: "%", code: "num.empty", mentions: []string{"number is needed"}},
		{name: "fr mixed marks", lang: "fr", text: "1,234,5", code: "num.grouping", mentions: []string{`"1,234,5"`, "digit groups"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, ms := mFresh(t)
			if tc.lang != "" {
				st.Locale = roi.LocaleFor(tc.lang)
			}
			f := mAmount(2)
			sc := st.Current().Scenario.Clone()
			report := st.Report()
			st.Edit(f, tc.text)
			if got := st.Text(f); got != tc.text {
				t.Errorf("while typing Text = %q; want %q as typed", got, tc.text)
			}
			if probs := roi.Validate(st.Current().Scenario); len(probs) > 0 {
				t.Fatalf("scenario invalid after Edit: %v", probs)
			}
			p, bad := st.Problem(f.Path)
			if tc.code == "" {
				if bad {
					t.Fatalf("draft %q for valid text", p)
				}
				if got := st.Current().Scenario.Costs[2].Amount; string(got) != tc.want {
					t.Errorf("amount = %q; want %q", got, tc.want)
				}
				if got := mEntry(t, ms, st.Current().ID).Scenario.Costs[2].Amount; string(got) != tc.want {
					t.Errorf("stored amount = %q; want %q", got, tc.want)
				}
				st.DoneTyping(f.Path)
				if got := st.Text(f); got != tc.shown {
					t.Errorf("done typing Text = %q; want %q", got, tc.shown)
				}
				return
			}
			if !bad || p.Code != tc.code {
				t.Fatalf("Problem = %v %+v; want %s", bad, p, tc.code)
			}
			for _, m := range tc.mentions {
				if !strings.Contains(p.String(), m) {
					t.Errorf("message %q does not mention %q", p.String(), m)
				}
			}
			if d := st.Current().Drafts[f.Path]; d.Text != tc.text || !reflect.DeepEqual(d.Problem, p) {
				t.Errorf("draft = %+v", d)
			}
			// The field is not counted: the scenario holds it empty, and the
			// report is the scenario's without it.
			without := withoutField(sc, f)
			if !reflect.DeepEqual(st.Current().Scenario, without) {
				t.Errorf("scenario = %+v; want the last one without the field", st.Current().Scenario.Costs[2])
			}
			if want, err := roi.Calculate(without); err != nil || !reflect.DeepEqual(st.Report(), want) {
				t.Errorf("report is not the one without the field (%v)", err)
			}
			if reflect.DeepEqual(st.Report(), report) {
				t.Errorf("report unchanged: the invalid field still counts")
			}
			if got := st.Uncounted(); !reflect.DeepEqual(got, []Uncounted{{Path: f.Path}}) {
				t.Errorf("Uncounted = %+v; want the field, counted as empty", got)
			}
			st.DoneTyping(f.Path)
			if got := st.Text(f); got != tc.text {
				t.Errorf("done typing Text = %q; want the draft %q", got, tc.text)
			}
			// The draft survives a reload, message and all.
			again := New(ms, nil)
			if again.Notice != NoticeNone {
				t.Fatalf("reload: Notice %q", again.Notice)
			}
			if got := again.Text(f); got != tc.text {
				t.Errorf("reload: Text = %q; want the draft %q", got, tc.text)
			}
			if rp, ok := again.Problem(f.Path); !ok || !reflect.DeepEqual(rp, p) {
				t.Errorf("reload: Problem = %v %+v; want %+v", ok, rp, p)
			}
			if !reflect.DeepEqual(again.Current().Scenario, without) {
				t.Error("reload: scenario changed")
			}
		})
	}
}

func TestEditText(t *testing.T) {
	cases := []struct {
		name  string
		f     Field
		text  string
		get   func(*roi.Scenario) string
		want  string // the scenario's value when taken
		code  string // the draft's problem otherwise
		quote bool   // the message quotes the text
	}{
		{name: "label", f: mLabel(2), text: "Reels ads", want: "Reels ads"},
		{name: "label trimmed", f: mLabel(2), text: "  Reels ads ", want: "Reels ads"},
		{name: "label emptied", f: mLabel(2), text: "", want: ""},
		{name: "label unicode", f: mLabel(2), text: "Annonces « été » 🌞", want: "Annonces « été » 🌞"},
		{name: "label at the limit", f: mLabel(2), text: strings.Repeat("é", roi.MaxTextLength/2), want: strings.Repeat("é", roi.MaxTextLength/2)},
		{name: "label too long", f: mLabel(2), text: strings.Repeat("x", roi.MaxTextLength+1), code: "doc.toolongtxt"},
		{name: "channel lowered", f: mChannel(2), text: " Instagram ", want: "instagram"},
		{name: "channel new id", f: mChannel(2), text: "Threads", want: "threads"},
		{name: "channel removed", f: mChannel(2), text: "", want: ""},
		{name: "channel invalid", f: mChannel(2), text: "my channel!", code: "field.channel", quote: true},
		{name: "name", f: mName(), text: "Summer", want: "Summer"},
		{name: "date", f: mPeriodStart(), text: "2026-02-01", want: "2026-02-01"},
		{name: "date invalid", f: mPeriodStart(), text: "2026-13-01", code: "field.date", quote: true},
		{name: "date after end", f: mPeriodStart(), text: "2026-04-01", code: "field.period"},
		{name: "margin percent", f: mMargin(), text: "55.5", want: "55.5"},
		{name: "margin over 100", f: mMargin(), text: "101", code: "field.percent"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, ms := mFresh(t)
			sc := st.Current().Scenario.Clone()
			st.Edit(tc.f, tc.text)
			if got := st.Text(tc.f); got != tc.text {
				t.Errorf("Text = %q; want %q as typed", got, tc.text)
			}
			if probs := roi.Validate(st.Current().Scenario); len(probs) > 0 {
				t.Fatalf("scenario invalid: %v", probs)
			}
			p, bad := st.Problem(tc.f.Path)
			if tc.code != "" {
				if !bad || p.Code != tc.code {
					t.Fatalf("Problem = %v %+v; want %s", bad, p, tc.code)
				}
				if tc.quote && !strings.Contains(p.String(), strings.TrimSpace(tc.text)) {
					t.Errorf("message %q does not quote %q", p.String(), tc.text)
				}
				want := sc
				if tc.f.Number {
					want = withoutField(sc, tc.f) // not counted
				}
				if !reflect.DeepEqual(st.Current().Scenario, want) {
					t.Error("scenario changed")
				}
			} else {
				if bad {
					t.Fatalf("draft %+v for valid text", p)
				}
				if got := tc.f.Get(&st.Current().Scenario); got != tc.want {
					t.Errorf("value = %q; want %q", got, tc.want)
				}
			}
			// Whatever was taken loads again on the next visit.
			again := New(ms, nil)
			if again.Notice != NoticeNone {
				t.Fatalf("reload: Notice %q", again.Notice)
			}
			if !reflect.DeepEqual(again.Current().Scenario, st.Current().Scenario) {
				t.Error("reload: scenario differs")
			}
			again.DoneTyping(tc.f.Path)
			st.DoneTyping(tc.f.Path)
			if again.Text(tc.f) != st.Text(tc.f) {
				t.Errorf("reload: Text %q; want %q", again.Text(tc.f), st.Text(tc.f))
			}
		})
	}
}

// A field whose line is gone (a stale closure after a removal) reads empty
// and writes nothing.
func TestEditStaleField(t *testing.T) {
	st, _ := mFresh(t)
	f := mAmount(99)
	if got := st.Text(f); got != "" {
		t.Errorf("Text = %q", got)
	}
	sc := st.Current().Scenario.Clone()
	st.Edit(f, "12")
	if !reflect.DeepEqual(st.Current().Scenario, sc) {
		t.Error("a stale field changed the scenario")
	}
}

func TestDraftFixed(t *testing.T) {
	st, _ := mFresh(t)
	f := mAmount(2)
	before := mDirect(st)
	sc := st.Current().Scenario.Clone()
	st.Edit(f, "12abc")
	st.Edit(f, "-5")
	if p, _ := st.Problem(f.Path); p.Code != "field.negative" {
		t.Errorf("Problem = %+v; want the latest, field.negative", p)
	}
	if r, err := roi.Calculate(withoutField(sc, f)); err != nil || mDirect(st) != r.ROI.Direct.String() || mDirect(st) == before {
		t.Errorf("direct ROI with a draft = %s; want the one without the field, %s (%v)", mDirect(st), r.ROI.Direct, err)
	}
	st.Edit(f, "1,200")
	if _, bad := st.Problem(f.Path); bad {
		t.Error("draft kept after the text was fixed")
	}
	if _, ok := st.Current().Drafts[f.Path]; ok {
		t.Error("draft still stored")
	}
	if got := st.Current().Scenario.Costs[2].Amount; got != "1200" {
		t.Errorf("amount = %q", got)
	}
	if mDirect(st) == before {
		t.Error("report not recomputed")
	}
	st.DoneTyping(f.Path)
	if got := st.Text(f); got != "1,200" {
		t.Errorf("Text = %q", got)
	}
}

// A draft on one field does not block edits to others, and each field keeps
// its own draft.
func TestDraftsIndependent(t *testing.T) {
	st, _ := mFresh(t)
	st.Edit(mAmount(2), "x")
	st.Edit(mAmount(3), "y")
	st.Edit(mAmount(4), "1000")
	if got := st.Current().Scenario.Costs[4].Amount; got != "1000" {
		t.Errorf("amount 4 = %q", got)
	}
	if len(st.Current().Drafts) != 2 {
		t.Errorf("drafts = %v", st.Current().Drafts)
	}
	st.Edit(mAmount(2), "1")
	if _, ok := st.Current().Drafts[mAmount(3).Path]; !ok {
		t.Error("fixing one draft dropped another")
	}
}

func TestShiftKeys(t *testing.T) {
	cases := []struct {
		name string
		in   map[string]int
		list string
		i    int
		want map[string]int
	}{
		{"nil", nil, "costs", 0, nil},
		{"empty", map[string]int{}, "costs", 0, map[string]int{}},
		{"drop, keep, move up", map[string]int{
			"costs[0].amount": 0, "costs[1].amount": 1, "costs[1].label": 11, "costs[2].amount": 2, "costs[3].hours": 3,
		}, "costs", 1, map[string]int{
			"costs[0].amount": 0, "costs[1].amount": 2, "costs[2].hours": 3,
		}},
		{"first line", map[string]int{"costs[0].amount": 0, "costs[1].amount": 1}, "costs", 0, map[string]int{"costs[0].amount": 1}},
		{"last line", map[string]int{"costs[0].amount": 0, "costs[1].amount": 1}, "costs", 1, map[string]int{"costs[0].amount": 0}},
		{"two digits", map[string]int{"costs[10].amount": 10, "costs[9].amount": 9}, "costs", 2, map[string]int{"costs[9].amount": 10, "costs[8].amount": 9}},
		{"other lists untouched", map[string]int{
			"revenue[2].amount": 2, "name": 0, "funnel.stages[2].rate": 3, "costs[2].amount": 4,
		}, "revenue", 1, map[string]int{
			"revenue[1].amount": 2, "name": 0, "funnel.stages[2].rate": 3, "costs[2].amount": 4,
		}},
		{"nested list name", map[string]int{"funnel.stages[0].count": 0, "funnel.stages[1].rate": 1, "funnel.stages[3].rate": 3}, "funnel.stages", 1,
			map[string]int{"funnel.stages[0].count": 0, "funnel.stages[2].rate": 3}},
		{"deeper path kept whole", map[string]int{"actions[2].valueFrom.rate": 2}, "actions", 0, map[string]int{"actions[1].valueFrom.rate": 2}},
		{"prefix of another list", map[string]int{"costsExtra[2].x": 2, "cost[2].x": 1}, "costs", 0, map[string]int{"costsExtra[2].x": 2, "cost[2].x": 1}},
		{"malformed keys kept", map[string]int{"costs[x].amount": 1, "costs[2": 2, "costs[].a": 3, "costs[-1].a": 4}, "costs", 0,
			map[string]int{"costs[x].amount": 1, "costs[2": 2, "costs[].a": 3, "costs[-1].a": 4}},
		{"line past the end", map[string]int{"costs[0].amount": 0}, "costs", 5, map[string]int{"costs[0].amount": 0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var in map[string]int
			if tc.in != nil {
				in = maps.Clone(tc.in)
			}
			got := shiftKeys(in, tc.list, tc.i)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("shiftKeys(%v, %q, %d) = %v; want %v", tc.in, tc.list, tc.i, got, tc.want)
			}
			if tc.in != nil && !reflect.DeepEqual(in, tc.in) {
				t.Errorf("input changed to %v", in)
			}
		})
	}
}

func TestRemoveMovesDrafts(t *testing.T) {
	st, ms := mFresh(t)
	s := roi.New("three lines", "EUR")
	s.Costs = []roi.Cost{
		{Label: "a", Category: "ads", Amount: "100"},
		{Label: "b", Category: "ads", Amount: "200"},
		{Label: "c", Category: "ads", Amount: "300"},
	}
	s.Revenue = []roi.Revenue{{Label: "r", Amount: "1000"}}
	st.Add(s)
	st.Edit(mAmount(0), "zero?")
	st.Edit(mAmount(2), "two?")
	st.Edit(mLabel(2), "c renamed") // typing, taken
	revAmount := mField(at("revenue", 0, "amount"))
	st.Edit(revAmount, "r?")
	st.Edit(mAmount(1), "bad one") // the line that goes

	st.Remove("costs", 1, func(s *roi.Scenario) { s.Costs = slices.Delete(s.Costs, 1, 2) })

	cur := st.Current()
	if got := []string{cur.Scenario.Costs[0].Label, cur.Scenario.Costs[1].Label}; !slices.Equal(got, []string{"a", "c renamed"}) {
		t.Fatalf("costs = %v", got)
	}
	wantDrafts := map[string]string{"costs[0].amount": "zero?", "costs[1].amount": "two?", "revenue[0].amount": "r?"}
	gotDrafts := map[string]string{}
	for k, d := range cur.Drafts {
		gotDrafts[k] = d.Text
	}
	if !reflect.DeepEqual(gotDrafts, wantDrafts) {
		t.Errorf("drafts = %v; want %v", gotDrafts, wantDrafts)
	}
	if got := st.Text(mAmount(1)); got != "two?" {
		t.Errorf("Text(costs[1].amount) = %q; want the moved draft", got)
	}
	if got := st.Text(mLabel(1)); got != "c renamed" {
		t.Errorf("Text(costs[1].label) = %q; want the moved typing", got)
	}
	if _, ok := st.Typing["costs[2].label"]; ok {
		t.Error("typing left under the old path")
	}
	if p, _ := st.Problem("costs[1].amount"); !strings.Contains(p.String(), "two?") {
		t.Errorf("moved draft's problem = %q", p.String())
	}
	if got := mEntry(t, ms, st.Current().ID); len(got.Drafts) != 3 {
		t.Errorf("stored drafts = %v", got.Drafts)
	}

	// A removal that would make the scenario invalid does nothing.
	before := mDeepCopy(t, st.Entries())
	st.Remove("costs", 0, func(s *roi.Scenario) { s.Costs[1].Amount = "-1" })
	mSameEntries(t, "invalid removal", st.Entries(), before)
}

// Change applies structural changes and drops drafts under the changed list.
func TestChange(t *testing.T) {
	st, _ := mFresh(t)
	st.Edit(mAmount(2), "x")
	revAmount := mField(at("revenue", 0, "amount"))
	st.Edit(revAmount, "y")
	n := len(st.Current().Scenario.Costs)
	st.Change("costs", func(s *roi.Scenario) { s.Costs = append(s.Costs, roi.Cost{Category: "ads"}) })
	if len(st.Current().Scenario.Costs) != n+1 {
		t.Error("line not added")
	}
	if _, ok := st.Current().Drafts[mAmount(2).Path]; ok {
		t.Error("draft under the changed list kept")
	}
	if _, ok := st.Current().Drafts[revAmount.Path]; !ok {
		t.Error("draft under another list dropped")
	}
	before := mDeepCopy(t, st.Entries())
	st.Change("", func(s *roi.Scenario) { s.Currency = "euro" })
	mSameEntries(t, "invalid change", st.Entries(), before)
}

func TestDuplicate(t *testing.T) {
	st, ms := mFresh(t)
	orig := st.Current().ID
	st.Rename("Shop")
	st.Edit(mAmount(2), "12abc")
	st.Edit(mAmount(3), "-5")
	id := st.Duplicate("(copy)")
	if id == orig || st.Current().ID != id || len(st.Entries()) != 2 {
		t.Fatalf("copy %q, current %q, %d entries", id, st.Current().ID, len(st.Entries()))
	}
	cp, o := st.Entry(id), st.Entry(orig)
	if cp.Scenario.Name != "Shop (copy)" {
		t.Errorf("name = %q; want %q", cp.Scenario.Name, "Shop (copy)")
	}
	want := o.Scenario.Clone()
	want.Name = "Shop (copy)"
	if !reflect.DeepEqual(cp.Scenario, want) {
		t.Error("scenario not copied")
	}
	if !reflect.DeepEqual(cp.Drafts, o.Drafts) || len(cp.Drafts) != 2 {
		t.Errorf("drafts = %v; want %v", cp.Drafts, o.Drafts)
	}
	if got := st.Text(mAmount(2)); got != "12abc" {
		t.Errorf("copy Text = %q", got)
	}
	// The copy is independent of the original.
	st.Edit(mAmount(2), "1")
	st.Edit(mAmount(4), "2")
	st.Edit(mLabel(5), "copy only")
	if _, ok := o.Drafts[mAmount(2).Path]; !ok {
		t.Error("fixing the copy's draft dropped the original's")
	}
	if o.Scenario.Costs[4].Amount == "2" || o.Scenario.Costs[5].Label == "copy only" {
		t.Error("editing the copy changed the original")
	}
	// Saved and reloaded.
	again := New(ms, nil)
	mSameEntries(t, "reload", again.Entries(), st.Entries())

	// Without a name the suffix stands alone; without drafts none appear.
	st2, _ := mFresh(t)
	st2.Rename("")
	st2.Duplicate("(copy)")
	if got := st2.Current().Scenario.Name; got != "(copy)" {
		t.Errorf("name = %q", got)
	}
	if st2.Current().Drafts != nil {
		t.Errorf("drafts = %v", st2.Current().Drafts)
	}
}

func TestDeleteUndo(t *testing.T) {
	st, ms := mFresh(t)
	a := st.Current().ID
	b := st.Add(mPreset(t, "b2b"))
	c := st.Add(mPreset(t, "saas"))
	st.Select(b)
	st.Edit(mAmount(2), "12abc")
	st.Typing["costs[3].amount"] = "typing"
	before := mDeepCopy(t, st.Entries())
	name := st.Current().Scenario.Name

	st.Delete(b)
	if st.Entry(b) != nil || len(st.Entries()) != 2 {
		t.Fatalf("not deleted: %d entries", len(st.Entries()))
	}
	if st.Current().ID != a {
		t.Errorf("current = %q; want the one before, %q", st.Current().ID, a)
	}
	if len(st.Typing) != 0 {
		t.Error("typing kept after delete")
	}
	if st.LastUndo == nil || st.LastUndo.What != "delete" || st.LastUndo.Name != name {
		t.Fatalf("LastUndo = %+v", st.LastUndo)
	}
	if got := mStoredIDs(t, ms); len(got) != 2 {
		t.Errorf("deletion not saved")
	}

	st.Undo()
	mSameEntries(t, "undo", st.Entries(), before)
	if st.Current().ID != b || st.LastUndo != nil {
		t.Errorf("current %q, LastUndo %v; want %q, nil", st.Current().ID, st.LastUndo, b)
	}
	if got := st.Text(mAmount(2)); got != "12abc" {
		t.Errorf("draft not restored: %q", got)
	}
	mSameEntries(t, "undo saved", New(ms, nil).Entries(), before)
	st.Undo() // nothing left to undo
	mSameEntries(t, "second undo", st.Entries(), before)

	// Deleting a scenario that is not the current one keeps the current.
	st.Delete(c)
	if st.Current().ID != b {
		t.Errorf("current = %q; want %q", st.Current().ID, b)
	}
	// Deleting the first one selects the next.
	st.Select(a)
	st.Delete(a)
	if st.Current().ID != b {
		t.Errorf("after deleting the first: current %q; want %q", st.Current().ID, b)
	}
	// Unknown ids do nothing and keep the undo offer.
	u := st.LastUndo
	st.Delete("nope")
	if st.LastUndo != u || len(st.Entries()) != 1 {
		t.Error("deleting an unknown id changed something")
	}
	st.DismissUndo()
	st.Undo()
	if len(st.Entries()) != 1 {
		t.Error("Undo after DismissUndo brought something back")
	}
}

// The undo offer holds a copy of what was deleted; taking it back keeps
// the edits made to other scenarios in between.
func TestUndoIsACopy(t *testing.T) {
	st, _ := mFresh(t)
	a := st.Current().ID
	b := st.Add(mPreset(t, "b2b"))
	st.Edit(mAmount(2), "12abc")
	deleted := mDeepCopy(t, []Entry{*st.Entry(b)})
	st.Select(a)
	st.Delete(b)
	st.Edit(mAmount(2), "1")
	st.Rename("changed")
	st.Undo()
	mSameEntries(t, "restored", []Entry{*st.Entry(b)}, deleted)
	if got := st.Entry(a).Scenario; got.Name != "changed" || got.Costs[2].Amount != "1" {
		t.Errorf("edits made after the delete were lost: name %q, amount %q", got.Name, got.Costs[2].Amount)
	}
}

func TestDeleteLastLeavesBlank(t *testing.T) {
	st, ms := mFresh(t)
	id := st.Current().ID
	before := mDeepCopy(t, st.Entries())
	st.Delete(id)
	if len(st.Entries()) != 1 {
		t.Fatalf("%d entries; want one blank", len(st.Entries()))
	}
	cur := st.Current()
	if cur.ID == id || cur.ID == "" {
		t.Errorf("blank id = %q", cur.ID)
	}
	if !reflect.DeepEqual(cur.Scenario, roi.New("", "EUR")) || len(cur.Drafts) != 0 {
		t.Errorf("blank = %+v", cur)
	}
	r := st.Report()
	if r.Totals.Cost.String() != "0.00" || r.ROI.Direct.Defined() {
		t.Errorf("blank report: cost %s, ROI %s", r.Totals.Cost, r.ROI.Direct)
	}
	if mMeta(t, ms).Last != cur.ID || len(mStoredIDs(t, ms)) != 1 {
		t.Error("blank not saved")
	}
	st.Undo()
	mSameEntries(t, "undo", st.Entries(), before)
	if st.Current().ID != id {
		t.Error("current not restored")
	}
}

// An import is added as a new scenario; Undo takes it away again and
// goes back to the scenario that was current, drafts and all.
func TestImportUndo(t *testing.T) {
	st, ms := mFresh(t)
	id := st.Current().ID
	st.Edit(mAmount(2), "12abc")
	before := mDeepCopy(t, st.Entries())

	imported := mPreset(t, "b2b")
	nid := st.ImportNew(imported)
	imported.Costs[0].Label = "changed after import" // the store holds a copy
	cur := st.Current()
	if cur.ID != nid || nid == id || len(st.Entries()) != 2 {
		t.Errorf("import: current %q, %d entries; want a new current scenario", cur.ID, len(st.Entries()))
	}
	if !reflect.DeepEqual(cur.Scenario, mPreset(t, "b2b")) {
		t.Error("scenario not imported (or shares memory with the import)")
	}
	if st.LastUndo == nil || st.LastUndo.What != "import" || st.LastUndo.Name != imported.Name {
		t.Fatalf("LastUndo = %+v", st.LastUndo)
	}
	if got := mEntry(t, ms, nid); got.Scenario.Currency != "USD" {
		t.Error("import not saved")
	}
	st.Undo()
	mSameEntries(t, "undo", st.Entries(), before)
	if st.Current().ID != id {
		t.Errorf("current = %q; want %q", st.Current().ID, id)
	}
	if got := st.Text(mAmount(2)); got != "12abc" {
		t.Errorf("draft lost: %q", got)
	}
	if _, ok, _ := ms.Get(ScenarioKey + nid); ok {
		t.Error("the undone import is still stored")
	}
	mSameEntries(t, "reload", New(ms, nil).Entries(), before)
}

func TestSelect(t *testing.T) {
	st, ms := mFresh(t)
	a := st.Current().ID
	b := st.Add(mPreset(t, "b2b"))
	st.Select(a)
	st.Typing["name"] = "typing"
	raw := mSnapshot(ms)
	report := st.Report()

	for _, id := range []string{"", "nope", a} {
		st.Select(id)
		if st.Current().ID != a || st.Typing["name"] != "typing" {
			t.Errorf("Select(%q) changed the current scenario or typing", id)
		}
		if !maps.Equal(mSnapshot(ms), raw) {
			t.Errorf("Select(%q) wrote storage", id)
		}
		if !reflect.DeepEqual(st.Report(), report) {
			t.Errorf("Select(%q) changed the report", id)
		}
	}

	st.Select(b)
	if st.Current().ID != b || len(st.Typing) != 0 {
		t.Errorf("Select(b): current %q, typing %v", st.Current().ID, st.Typing)
	}
	if mMeta(t, ms).Last != b {
		t.Error("selection not saved")
	}
	r, _ := roi.Calculate(mPreset(t, "b2b"))
	if !reflect.DeepEqual(st.Report(), r) {
		t.Error("report is not the selected scenario's")
	}
}

func TestAddClones(t *testing.T) {
	st, _ := mFresh(t)
	s := mPreset(t, "local")
	id := st.Add(s)
	s.Costs[0].Label = "changed"
	s.Funnel.Stages[0].Count = "1"
	if st.Entry(id).Scenario.Costs[0].Label == "changed" || st.Entry(id).Scenario.Funnel.Stages[0].Count == "1" {
		t.Error("Add keeps the caller's memory")
	}
	if st.Current().ID != id {
		t.Error("Add does not select")
	}
	ids := map[string]bool{}
	for i := 0; i < 50; i++ {
		ids[st.Add(roi.New("", "EUR"))] = true
	}
	if len(ids) != 50 {
		t.Errorf("ids not unique: %d of 50", len(ids))
	}
}

func TestRename(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Summer", "Summer"},
		{"trimmed", "  Summer \n", "Summer"},
		{"empty", "", ""},
		{"at the limit", strings.Repeat("a", 200), strings.Repeat("a", 200)},
		{"cut", strings.Repeat("a", 250), strings.Repeat("a", 200)},
		{"cut before a split character", strings.Repeat("a", 199) + "éééé", strings.Repeat("a", 199)},
		{"cut after a whole character", strings.Repeat("a", 198) + "éééé", strings.Repeat("a", 198) + "é"},
		{"cut inside an emoji", strings.Repeat("a", 197) + "🌞🌞", strings.Repeat("a", 197)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, ms := mFresh(t)
			st.Rename(tc.in)
			got := st.Current().Scenario.Name
			if got != tc.want || !utf8.ValidString(got) {
				t.Errorf("Rename(%q) = %q; want %q", tc.in, got, tc.want)
			}
			if again := New(ms, nil).Current().Scenario.Name; again != got {
				t.Errorf("reload: %q; want %q", again, got)
			}
		})
	}
}

func TestSettings(t *testing.T) {
	st, ms := mFresh(t)
	if st.Settings() != (Settings{}) {
		t.Errorf("fresh settings = %+v", st.Settings())
	}
	v := st.Report()
	st.SetSettings(Settings{Lang: "nb", Theme: "light"})
	if New(ms, nil).Settings() != (Settings{Lang: "nb", Theme: "light"}) {
		t.Error("settings not saved")
	}
	if !reflect.DeepEqual(st.Report(), v) {
		t.Error("settings changed the report")
	}
}

func TestReport(t *testing.T) {
	st, _ := mFresh(t)
	want, err := roi.Calculate(st.Current().Scenario)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Report(), want) {
		t.Fatal("Report() differs from roi.Calculate of the current scenario")
	}
	before := st.Report().ROI.Direct.String()
	st.Edit(mAmount(2), "2,200")
	want, _ = roi.Calculate(st.Current().Scenario)
	if !reflect.DeepEqual(st.Report(), want) {
		t.Error("Report() not recomputed after an edit")
	}
	if st.Report().ROI.Direct.String() == before {
		t.Errorf("direct ROI still %s after cutting a cost", before)
	}
	if st.Report().Totals.Cost.String() != want.Totals.Cost.String() {
		t.Error("cost total differs")
	}
	// Each change is seen: a few in a row, then a draft, then a structural
	// change.
	for _, amount := range []string{"0", "100", "1000000"} {
		st.Edit(mAmount(2), amount)
		want, _ = roi.Calculate(st.Current().Scenario)
		if !reflect.DeepEqual(st.Report(), want) {
			t.Errorf("amount %s: stale report", amount)
		}
	}
	st.Edit(mAmount(2), "bad")
	if want, _ = roi.Calculate(st.Current().Scenario); st.Current().Scenario.Costs[2].Amount != "" || !reflect.DeepEqual(st.Report(), want) {
		t.Error("a draft is counted, or the report is stale")
	}
	st.Change("costs", func(s *roi.Scenario) { s.Costs = s.Costs[:1] })
	want, _ = roi.Calculate(st.Current().Scenario)
	if !reflect.DeepEqual(st.Report(), want) {
		t.Error("stale report after Change")
	}
	st.Remove("costs", 0, func(s *roi.Scenario) { s.Costs = s.Costs[:0] })
	want, _ = roi.Calculate(st.Current().Scenario)
	if !reflect.DeepEqual(st.Report(), want) || st.Report().ROI.Direct.Defined() {
		t.Error("stale report after Remove")
	}
}

func TestInputNumber(t *testing.T) {
	en, fr, nb, de := roi.LocaleFor("en"), roi.LocaleFor("fr"), roi.LocaleFor("nb-NO"), roi.LocaleFor("de")
	cases := []struct {
		canon string
		loc   roi.Locale
		want  string
	}{
		{"0", en, "0"},
		{"7", en, "7"},
		{"123", en, "123"},
		{"1234", en, "1,234"},
		{"1234.5", en, "1,234.5"},
		{"12345.678", en, "12,345.678"},
		{"123456", en, "123,456"},
		{"1234567.25", en, "1,234,567.25"},
		{"0.5", en, "0.5"},
		{"-5", en, "-5"},
		{"-1234.5", en, "-1,234.5"},
		{"-123456789", en, "-123,456,789"},
		{"999999999999999", en, "999,999,999,999,999"},
		{"1234.5", fr, "1 234,5"},
		{"-1234567.89", fr, "-1 234 567,89"},
		{"0.75", fr, "0,75"},
		{"1234.5", nb, "1 234,5"},
		{"1000", nb, "1 000"},
		{"1234.5", de, "1.234,5"},
		{"1234567", de, "1.234.567"},
	}
	for _, tc := range cases {
		if got := InputNumber(tc.canon, tc.loc); got != tc.want {
			t.Errorf("InputNumber(%q, %q) = %q; want %q", tc.canon, tc.loc, got, tc.want)
		}
	}
	// The locales are what roi says they are.
	if fr != (roi.Locale{Decimal: ',', Group: ' '}) || nb != fr || de != (roi.Locale{Decimal: ',', Group: '.'}) || en != (roi.Locale{Decimal: '.', Group: ','}) {
		t.Errorf("locales changed: en %q fr %q nb %q de %q", en, fr, nb, de)
	}
}

// What InputNumber shows, ParseInput reads back as the same number, in every
// locale: a field shown the local way and typed into again is not changed.
func TestInputNumberRoundTrip(t *testing.T) {
	canons := []string{"0", "1", "12", "123", "1234", "12345", "123456", "1234567", "0.5", "0.05", "0.123",
		"1.5", "1234.5", "1234.567", "12345.6789", "100000", "999999999999999", "0.000000000001", "-1", "-1234.5", "-0.5"}
	for _, lang := range []string{"en", "fr", "nb", "sv", "pl", "de", "tr", "es", "xx"} {
		loc := roi.LocaleFor(lang)
		for _, c := range canons {
			shown := InputNumber(c, loc)
			back, err := roi.ParseInput(shown, loc)
			if err != nil || back != c {
				t.Errorf("%s: %q shown as %q reads back as %q, %v", lang, c, shown, back, err)
			}
		}
	}
}

// Typing into a field shown the local way never rewrites it under the
// visitor's fingers, and what shows once done parses to the stored value.
func TestTextLocal(t *testing.T) {
	for _, lang := range []string{"en", "fr", "de"} {
		st, _ := mFresh(t)
		st.Locale = roi.LocaleFor(lang)
		f := mField("costs[0].hours")
		shown := st.Text(f)
		back, err := roi.ParseInput(shown, st.Locale)
		if err != nil || back != "160" {
			t.Errorf("%s: %q reads as %q, %v", lang, shown, back, err)
		}
		st.Edit(f, shown)
		if st.Text(f) != shown || st.Current().Scenario.Costs[0].Hours != "160" {
			t.Errorf("%s: retyping %q changed it", lang, shown)
		}
		earned := mField("earnedMedia.visits")
		st.Current().Scenario.EarnedMedia = nil
		if got := st.Text(earned); got != "" {
			t.Errorf("%s: missing block reads %q", lang, got)
		}
	}
}

func FuzzEdit(f *testing.F) {
	for _, s := range []string{
		"", " ", "0", "1,234.56", "1 234,56", "1.234,56", "12abc", "-5", "−5", "1e5", ".5", "5.", "12%", "%",
		"9999999999999999", "0.1234567890123", "١٢٣", "\x00", "\xff\xfe", "Instagram", "my channel!",
		"Ünïcödé 🌞", "2026-01-01", strings.Repeat("9", 60), "'1'234", "1’234.5", "--1", "+1",
	} {
		for loc := range uint8(3) {
			f.Add(s, loc)
		}
	}
	langs := []string{"en", "fr", "de"}
	fields := []Field{mAmount(2), mLabel(2), mChannel(2), mPeriodStart(), mName()}
	f.Fuzz(func(t *testing.T, text string, loc uint8) {
		st, ms := mFresh(t)
		st.Locale = roi.LocaleFor(langs[int(loc)%len(langs)])
		for _, fd := range fields {
			st.Edit(fd, text)
			if probs := roi.Validate(st.Current().Scenario); len(probs) > 0 {
				t.Fatalf("%s: scenario invalid after Edit(%q): %v", fd.Path, text, probs)
			}
			if got := st.Text(fd); got != text {
				t.Fatalf("%s: Text = %q; want %q as typed", fd.Path, got, text)
			}
			if p, bad := st.Problem(fd.Path); bad {
				if p.Code == "" || p.String() == "" {
					t.Fatalf("%s: draft without a reason: %+v", fd.Path, p)
				}
			} else if fd.Number {
				// Taken: the value shown once done reads back the same.
				v := fd.Get(&st.Current().Scenario)
				st.DoneTyping(fd.Path)
				if v != "" {
					if back, err := roi.ParseInput(st.Text(fd), st.Locale); err != nil || back != v {
						t.Fatalf("%s: %q shown as %q reads back %q, %v", fd.Path, v, st.Text(fd), back, err)
					}
				}
			}
			_ = st.Report()
		}
		if !utf8.ValidString(text) {
			return // a browser hands over valid UTF-8 only; JSON would change it
		}
		again := New(ms, nil)
		if again.Notice != NoticeNone {
			t.Fatalf("reload after %q: Notice %q", text, again.Notice)
		}
		if !reflect.DeepEqual(again.Current().Scenario, st.Current().Scenario) {
			t.Fatalf("reload after %q: scenario differs", text)
		}
		if !reflect.DeepEqual(again.Current().Drafts, st.Current().Drafts) {
			t.Fatalf("reload after %q: drafts %v; want %v", text, again.Current().Drafts, st.Current().Drafts)
		}
	})
}

func ExampleStore_Edit() {
	st := New(NewMemoryStorage(), nil)
	ads := mField("costs[2].amount")

	fmt.Println(st.Current().Scenario.Costs[2].Label, st.Text(ads))
	fmt.Println("direct ROI:", st.Report().ROI.Direct.String())

	st.Edit(ads, "2,200") // typed the English way
	fmt.Println("amount:", st.Current().Scenario.Costs[2].Amount)
	fmt.Println("direct ROI:", st.Report().ROI.Direct.String())

	st.Edit(ads, "22OO") // letter O: kept as typed, and not counted
	p, _ := st.Problem("costs[2].amount")
	fmt.Println("problem:", p)
	fmt.Printf("not counted: %+v\n", st.Uncounted())
	fmt.Println("direct ROI:", st.Report().ROI.Direct.String())
	// Output:
	// Instagram ads 4,200
	// direct ROI: 59.93
	// amount: 2200
	// direct ROI: 77.58
	// problem: "22OO" is not a number
	// not counted: [{Path:costs[2].amount Uses:}]
	// direct ROI: 102.11
}

// withoutField is sc with the field emptied: how an invalid number counts.
func withoutField(sc roi.Scenario, f Field) roi.Scenario {
	out := sc.Clone()
	f.Set(&out, "")
	return out
}

// Work works the report out ahead of Report, once per version of the
// scenario: the calculator's staged start does it in a task of its own.
func ExampleStore_Work() {
	st := New(NewMemoryStorage(), nil)
	ads := mField("costs[2].amount")

	fmt.Println("worked out:", st.Work())
	fmt.Println("again:", st.Work())
	fmt.Println("direct ROI:", st.Report().ROI.Direct.String())

	st.Edit(ads, "2200")
	fmt.Println("after an edit:", st.Work())
	fmt.Println("direct ROI:", st.Report().ROI.Direct.String())
	fmt.Println("after Report:", st.Work())
	// Output:
	// worked out: true
	// again: false
	// direct ROI: 59.93
	// after an edit: true
	// direct ROI: 77.58
	// after Report: false
}
