package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// shStore is a store over fresh memory storage, with the e-commerce preset
// (the default) and the SaaS preset saved, the first current.
func shStore(t *testing.T) (*Store, *MemoryStorage) {
	t.Helper()
	ms := NewMemoryStorage()
	st := NewStore(ms)
	first := st.Current().ID
	sc, _ := roi.Preset("saas")
	st.Add(sc)
	st.Select(first)
	return st, ms
}

// shStored is everything localStorage holds, key by key.
func shStored(t *testing.T, ms *MemoryStorage) string {
	t.Helper()
	keys, err := ms.Keys()
	if err != nil || len(keys) == 0 {
		t.Fatalf("nothing stored: %v", err)
	}
	var b strings.Builder
	for _, k := range keys {
		v, _, _ := ms.Get(k)
		b.WriteString(k + "=" + v + "\n")
	}
	return b.String()
}

func shJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func shIDs(es []Entry) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

// A link opens as a new scenario that is shown, edited and calculated like
// any other, but never kept until Save: storage stays as it was, and a
// reload opens the saved work.
func TestOpenSharedIsNotKeptUntilSaved(t *testing.T) {
	st, ms := shStore(t)
	before := shStored(t, ms)
	prev := st.Current().ID
	b2b, _ := roi.Preset("b2b")

	id, err := st.OpenShared(roi.EncodeShare(b2b))
	if err != nil {
		t.Fatal(err)
	}
	if st.Current().ID != id || !st.CurrentIncoming() || !st.IsIncoming(id) {
		t.Fatalf("current = %s (incoming %v); want the incoming %s", st.Current().ID, st.CurrentIncoming(), id)
	}
	if got, want := shJSON(t, st.Current().Scenario), shJSON(t, b2b); got != want {
		t.Errorf("incoming scenario = %s\nwant %s", got, want)
	}
	if len(st.Entries()) != 3 {
		t.Errorf("%d entries; want 3 (two saved, one incoming)", len(st.Entries()))
	}
	if r, _ := roi.Calculate(b2b); st.Report().ROI.Direct.String() != r.ROI.Direct.String() {
		t.Errorf("report is not the incoming scenario's")
	}
	if got := shStored(t, ms); got != before {
		t.Errorf("opening a link changed storage:\n%s\nwant\n%s", got, before)
	}

	// Edits to it are not kept either.
	st.Edit(textField("name", func(s *roi.Scenario, _ bool) *string { return &s.Name }), "From Ola")
	if st.Current().Scenario.Name != "From Ola" {
		t.Fatalf("edit not applied: %q", st.Current().Scenario.Name)
	}
	if got := shStored(t, ms); got != before {
		t.Errorf("editing the incoming scenario changed storage")
	}
	// Nor is a change elsewhere lost: switching to a saved one and editing it is kept.
	reload := NewStore(ms)
	if reload.Current().ID != prev || len(reload.Entries()) != 2 || reload.IsIncoming(id) || reload.Entry(id) != nil {
		t.Errorf("after a reload: current %s of %v; want %s of the two saved", reload.Current().ID, shIDs(reload.Entries()), prev)
	}

	// Save keeps it, with the edit, and makes it the current one on reload.
	st.SaveIncoming(id)
	if st.CurrentIncoming() {
		t.Error("still incoming after Save")
	}
	reload = NewStore(ms)
	e := reload.Entry(id)
	if e == nil || e.Scenario.Name != "From Ola" || reload.Current().ID != id {
		t.Fatalf("after Save and a reload: entry %v, current %s; want the saved scenario, current", e, reload.Current().ID)
	}
	if len(reload.Entries()) != 3 {
		t.Errorf("%d entries after Save; want 3", len(reload.Entries()))
	}
}

func TestDiscardIncoming(t *testing.T) {
	st, ms := shStore(t)
	before := shStored(t, ms)
	prev := st.Current().ID
	ids := shIDs(st.Entries())
	sc, _ := roi.Preset("local")
	id := st.OpenIncoming(sc)
	st.DiscardIncoming(id)
	if st.Current().ID != prev {
		t.Errorf("current after Discard = %s; want %s, the one before", st.Current().ID, prev)
	}
	if got := shIDs(st.Entries()); strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Errorf("entries after Discard = %v; want %v", got, ids)
	}
	if st.Entry(id) != nil || st.IsIncoming(id) {
		t.Error("the discarded scenario is still there")
	}
	if got := shStored(t, ms); got != before {
		t.Errorf("storage changed:\n%s\nwant\n%s", got, before)
	}
	// After a reload too (nothing saved since), Discard goes back to the
	// scenario that was current.
	second := st.Entries()[1].ID
	st.Select(second)
	st2 := NewStore(ms)
	id = st2.OpenIncoming(sc)
	st2.DiscardIncoming(id)
	if st2.Current().ID != second {
		t.Errorf("current after a reload and Discard = %s; want %s", st2.Current().ID, second)
	}
	// Discarding twice, or a saved scenario, does nothing.
	st.DiscardIncoming(id)
	st.DiscardIncoming(prev)
	st.Select(prev)
	if len(st.Entries()) != len(ids) {
		t.Errorf("DiscardIncoming of a saved scenario removed it")
	}
}

// Two links opened one after the other are both there; switching to a
// saved scenario keeps the incoming ones listed, still unsaved.
func TestIncomingWhileSwitching(t *testing.T) {
	st, ms := shStore(t)
	saved := st.Entries()[1].ID
	a, _ := roi.Preset("b2b")
	b, _ := roi.Preset("local")
	ida := st.OpenIncoming(a)
	idb := st.OpenIncoming(b)
	st.Select(saved)
	if st.CurrentIncoming() || !st.IsIncoming(ida) || !st.IsIncoming(idb) {
		t.Fatal("switching lost an incoming scenario")
	}
	if d := shJSON(t, NewStore(ms).Entries()); strings.Contains(d, ida) || strings.Contains(d, idb) {
		t.Error("an incoming scenario was stored")
	}
	if got := NewStore(ms).Current().ID; got != saved {
		t.Errorf("current after reload = %s; want the selected saved %s", got, saved)
	}
	st.Select(ida)
	st.SaveIncoming(ida)
	if got := len(NewStore(ms).Entries()); got != 3 {
		t.Errorf("%d stored after saving one of two incoming; want 3", got)
	}
	if lbl := (&Page{st: st}).scenarioLabel(*st.Entry(idb)); !strings.Contains(lbl, "not saved") {
		t.Errorf("label of an incoming scenario = %q; want it to say not saved", lbl)
	}
}

// An undo offered before a link was opened never brings back a discarded
// incoming scenario; one deleted while incoming comes back incoming.
func TestIncomingAndUndo(t *testing.T) {
	st, ms := shStore(t)
	sc, _ := roi.Preset("b2b")
	id := st.OpenIncoming(sc)
	victim := st.Entries()[0].ID
	st.Delete(victim) // undo snapshot holds the incoming scenario
	st.DiscardIncoming(id)
	st.Undo()
	if st.Entry(id) != nil {
		t.Fatal("Undo brought back a discarded incoming scenario")
	}
	if st.Entry(victim) == nil {
		t.Fatal("Undo did not bring back the deleted scenario")
	}

	id = st.OpenIncoming(sc)
	st.Delete(id)
	st.Undo()
	if !st.IsIncoming(id) {
		t.Error("an incoming scenario deleted and brought back is no longer incoming")
	}
	if strings.Contains(shStored(t, ms), id) {
		t.Error("an incoming scenario brought back by Undo was stored")
	}
}

// A bad link changes nothing and says why, naming the field when there is one.
func TestBadShareLinks(t *testing.T) {
	good, _ := roi.Preset("ecommerce")
	payload := roi.EncodeShare(good)
	deflate := func(s string) string {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, flate.BestCompression)
		w.Write([]byte(s))
		w.Close()
		return base64.RawURLEncoding.EncodeToString(b.Bytes())
	}
	tampered := []byte(payload)
	tampered[len(tampered)/2] ^= 0x01
	cases := []struct {
		name, payload, want string
	}{
		{"empty", "", "carries no scenario"},
		{"not base64", "%%%!!!", "damaged"},
		{"cut short", payload[:len(payload)/2], "damaged"},
		{"tampered", string(tampered), ""},
		{"oversized", strings.Repeat("A", roi.MaxShareLength+1), "too long"},
		{"not JSON", deflate("hello"), "not valid JSON"},
		{"not a scenario", deflate(`{"format":"other","version":1}`), "format"},
		{"bad field", deflate(`{"format":"social-roi","version":1,"currency":"EUR","costs":[{"label":"x","category":"staff","hours":"-3","hourlyRate":"10"}],"revenue":[],"actions":[]}`),
			"Cost line 1, Hours: cannot be negative"},
		{"zip bomb", deflate(`{"format":"social-roi","version":1,"name":"` + strings.Repeat("a", roi.MaxDocumentBytes) + `"}`), "larger than"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, ms := shStore(t)
			before := shStored(t, ms)
			cur := st.Current().ID
			ids := shIDs(st.Entries())
			id, err := st.OpenShared(tc.payload)
			if err == nil {
				if tc.name == "tampered" {
					// A flipped bit can, rarely, still inflate to a valid
					// scenario; it then opens as incoming, never saved.
					if !st.IsIncoming(id) {
						t.Fatal("a tampered link that opened is not incoming")
					}
					return
				}
				t.Fatalf("no error for %s", tc.name)
			}
			lines := problemLines("en", roi.ProblemsOf(err), 10)
			if len(lines) == 0 || tc.want != "" && !strings.Contains(strings.Join(lines, "\n"), tc.want) {
				t.Errorf("notice %q; want it to say %q", lines, tc.want)
			}
			if id != "" || st.Current().ID != cur || strings.Join(shIDs(st.Entries()), ",") != strings.Join(ids, ",") {
				t.Error("a bad link changed the scenarios")
			}
			if shStored(t, ms) != before {
				t.Error("a bad link changed storage")
			}
		})
	}
}

func TestSharePayload(t *testing.T) {
	cases := []struct {
		fragment, payload, rest string
		ok                      bool
	}{
		{"", "", "", false},
		{"#main", "", "main", false},
		{"s=abc", "abc", "", true},
		{"#s=abc", "abc", "", true},
		{"lang=fr&s=abc", "abc", "lang=fr", true},
		{"s=abc&theme=dark", "abc", "theme=dark", true},
		{"s=", "", "", true},
		{"ss=abc", "", "ss=abc", false},
	}
	for _, tc := range cases {
		p, rest, ok := sharePayload(tc.fragment)
		if p != tc.payload || rest != tc.rest || ok != tc.ok {
			t.Errorf("sharePayload(%q) = %q, %q, %v; want %q, %q, %v", tc.fragment, p, rest, ok, tc.payload, tc.rest, tc.ok)
		}
	}
}

// The link Share makes opens the same scenario, at the site's root under
// any path prefix, and is the same as `roi share` makes.
func TestShareLinkRoundTrip(t *testing.T) {
	for _, root := range []string{"/", "/socialroi/", "/socialroi"} {
		for _, name := range roi.PresetNames {
			sc, _ := roi.Preset(name)
			sc.Tracking = &roi.Tracking{BaseURL: "https://shop.example/?a=1&b=2", Content: "story #1"}
			link, ok := shareURL("https://app.example", root, sc)
			if !ok {
				t.Fatalf("%s: no link", name)
			}
			u, err := url.Parse(link)
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.TrimSuffix(root, "/") + "/"; u.Path != want || u.Host != "app.example" {
				t.Errorf("%s: link %s; want it at https://app.example%s", name, link, want)
			}
			if cli := roi.ShareLink("https://app.example"+strings.TrimSuffix(root, "/")+"/", sc); cli != link {
				t.Errorf("%s: link %s differs from roi share's %s", name, link, cli)
			}
			payload, _, ok := sharePayload(u.Fragment)
			if !ok {
				t.Fatalf("%s: no s= in %s", name, link)
			}
			st, _ := shStore(t)
			if _, err := st.OpenShared(payload); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got, want := shJSON(t, st.Current().Scenario), shJSON(t, sc); got != want {
				t.Errorf("%s: opened %s\nwant %s", name, got, want)
			}
		}
	}
}

// A scenario too large for a link is refused when sharing, not cut.
func TestShareTooLarge(t *testing.T) {
	sc := roi.New("Huge", "EUR")
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for i := 0; i < roi.MaxListLength; i++ {
		b := make([]byte, 100)
		for j := range b {
			b[j] = letters[r.IntN(len(letters))]
		}
		sc.Costs = append(sc.Costs, roi.Cost{Label: string(b), Category: "tools", Amount: "1"})
	}
	if _, ok := shareURL("https://app.example", "/", sc); ok {
		t.Error("a link was made for a scenario over roi.MaxShareLength")
	}
}

// renderWith renders a page whose state the test has set.
func renderWith(t *testing.T, st *Store, p *Page) string {
	t.Helper()
	UseStore(st)
	t.Cleanup(func() { UseStore(nil) })
	e := app.NewTestEngine()
	r := p.route() // the route's own component over the shell p (routes.go)
	if err := e.Load(r); err != nil {
		t.Fatalf("Load(%s): %v", p.View, err)
	}
	e.ConsumeAll()
	return app.HTMLString(r)
}

func TestCalcShowsIncomingBanner(t *testing.T) {
	st, _ := shStore(t)
	html := renderWith(t, st, &Page{View: PathCalc})
	for _, id := range []string{"incoming-banner", "share-notice"} {
		if _, ok := byID(html, id); ok {
			t.Errorf("#%s shown without a link", id)
		}
	}
	if e, ok := byID(html, "share"); !ok || e.tag != "button" || e.attrs["type"] != "button" {
		t.Errorf("no Share button: %v", e)
	}
	if e, ok := byID(html, "share-status"); !ok || e.attrs["role"] != "status" {
		t.Errorf("no share status region: %v", e)
	}

	sc, _ := roi.Preset("b2b")
	st.OpenIncoming(sc)
	html = renderWith(t, st, &Page{View: PathCalc})
	banner, ok := byID(html, "incoming-banner")
	if !ok || banner.attrs["role"] != "status" || !strings.Contains(html, "Opened from a link — not saved yet") {
		t.Fatalf("no incoming banner: %v", banner)
	}
	if !strings.Contains(html, "(from a link, not saved)") {
		t.Error("the scenario list does not mark the incoming scenario as not saved")
	}
	for _, id := range []string{"save-shared", "discard-shared"} {
		if e, ok := byID(html, id); !ok || e.tag != "button" || e.attrs["type"] != "button" {
			t.Errorf("no #%s button", id)
		}
	}
	if got := figures(html)["roi.direct"]; got != st.Report().ROI.Direct.String() {
		t.Errorf("calculator shows %s; want the incoming scenario's %s", got, st.Report().ROI.Direct.String())
	}

	p := &Page{View: PathCalc}
	p.tools.shareNotice = []string{"costs[0].hours: cannot be negative"}
	p.tools.shareLink = "https://app.example/#s=abc"
	html = renderWith(t, st, p)
	if e, ok := byID(html, "share-notice"); !ok || e.attrs["role"] != "alert" || !strings.Contains(html, "costs[0].hours: cannot be negative") {
		t.Errorf("share notice not shown with its problem: %v", e)
	}
	if e, ok := byID(html, "share-link"); !ok || e.attrs["readonly"] != "true" || e.attrs["value"] != p.tools.shareLink {
		t.Errorf("share link input = %v; want a readonly input with the link", e)
	}
	if !strings.Contains(html, `for="share-link"`) {
		t.Error("the share link input has no label")
	}
}
