package store

import (
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// Undoing a delete brings the scenario back where it was and keeps every
// edit made in between.
func TestUndoDeleteKeepsLaterEdits(t *testing.T) {
	st := New(NewMemoryStorage(), nil)
	a := st.Current().ID
	b := st.Add(roi.New("B", "EUR"))
	c := st.Add(roi.New("C", "USD"))
	st.Delete(b)
	st.Select(a)
	st.Rename("A edited")
	st.Undo()

	var ids []string
	for _, e := range st.Entries() {
		ids = append(ids, e.ID)
	}
	if len(ids) != 3 || ids[0] != a || ids[1] != b || ids[2] != c {
		t.Fatalf("after undo: ids = %v; want [%s %s %s]", ids, a, b, c)
	}
	if got := st.Entry(a).Scenario.Name; got != "A edited" {
		t.Errorf("edit made after the delete was lost: name = %q", got)
	}
	if st.Current().ID != b {
		t.Errorf("current = %s; want the restored %s", st.Current().ID, b)
	}
	if st.LastUndo != nil {
		t.Error("undo offer still there after undo")
	}
}

// Deleting the only scenario leaves a blank one; undo takes the blank away
// again unless something was entered in it.
func TestUndoDeleteLast(t *testing.T) {
	cases := []struct {
		name      string
		edit      bool
		wantCount int
	}{
		{"blank untouched", false, 1},
		{"blank edited", true, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := New(NewMemoryStorage(), nil)
			only := st.Current().ID
			st.Delete(only)
			if n := len(st.Entries()); n != 1 || st.Current().ID == only {
				t.Fatalf("after deleting the last: %d entries, current %s", n, st.Current().ID)
			}
			if tc.edit {
				st.Rename("typed in the blank")
			}
			st.Undo()
			if n := len(st.Entries()); n != tc.wantCount {
				t.Errorf("after undo: %d entries; want %d", n, tc.wantCount)
			}
			if st.Current().ID != only {
				t.Errorf("current = %s; want the restored %s", st.Current().ID, only)
			}
		})
	}
}

func TestSetTheme(t *testing.T) {
	cases := []struct{ in, want string }{
		{"dark", "dark"}, {"light", "light"}, {"", ""}, {"purple", ""}, {"DARK", ""},
	}
	for _, tc := range cases {
		m := NewMemoryStorage()
		st := New(m, nil)
		st.SetTheme(tc.in)
		if got := New(m, nil).Settings().Theme; got != tc.want {
			t.Errorf("SetTheme(%q), reloaded: theme = %q; want %q", tc.in, got, tc.want)
		}
	}
}
