package store

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/roi/adimport"
)

// An import applied to the current scenario is one change: stored at once,
// offered for undo, and undo brings the scenario back exactly.
func TestApplyImportUndo(t *testing.T) {
	mem := NewMemoryStorage()
	st := New(mem, nil)
	st.Add(mPreset(t, "ecommerce"))
	before := st.Current().Scenario.Clone()
	st.Typing["costs[0].amount"] = "12"

	data, err := os.ReadFile("../roi/adimport/testdata/meta-en.csv")
	if err != nil {
		t.Fatal(err)
	}
	f, err := adimport.Read("meta-en.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	next, sum := adimport.Apply(before, []*adimport.File{f}, adimport.Choices{Attribution: "50"})
	if !sum.OK() {
		t.Fatalf("Apply problems: %v", sum.Problems)
	}
	if err := st.ApplyImport(next, "meta-en.csv"); err != nil {
		t.Fatal(err)
	}
	if got, want := mustJSON(t, st.Current().Scenario), mustJSON(t, next); got != want {
		t.Errorf("current scenario after ApplyImport\n %s\nwant\n %s", got, want)
	}
	if len(st.Typing) != 0 {
		t.Errorf("typing kept after the import: %v", st.Typing)
	}
	u := st.LastUndo
	if u == nil || u.What != "apply" || u.Detail != "meta-en.csv" || u.Name != before.Name {
		t.Fatalf("LastUndo = %+v; want an apply of meta-en.csv to %q", u, before.Name)
	}
	// Stored: a new store over the same storage reads the imported scenario.
	if got := mustJSON(t, New(mem, nil).Current().Scenario); got != mustJSON(t, next) {
		t.Errorf("stored scenario is\n %s\nwant the imported one", got)
	}
	st.Undo()
	if got, want := mustJSON(t, st.Current().Scenario), mustJSON(t, before); got != want {
		t.Errorf("after undo\n %s\nwant\n %s", got, want)
	}
	if got := mustJSON(t, New(mem, nil).Current().Scenario); got != mustJSON(t, before) {
		t.Errorf("stored scenario after undo is\n %s\nwant the one before", got)
	}

	// An edit after the import ends the offer: undo would lose it.
	if err := st.ApplyImport(next, "meta-en.csv"); err != nil {
		t.Fatal(err)
	}
	st.Rename("Edited")
	if st.LastUndo != nil {
		t.Errorf("LastUndo = %+v after an edit; want none", st.LastUndo)
	}
}

// A scenario roi cannot calculate, or too large to store, changes nothing.
func TestApplyImportRefuses(t *testing.T) {
	st := New(NewMemoryStorage(), nil)
	before := mustJSON(t, st.Current().Scenario)
	bad := st.Current().Scenario.Clone()
	bad.Costs = append(bad.Costs, roi.Cost{Label: "x", Category: "ads", Amount: "-5"})
	err := st.ApplyImport(bad, "x.csv")
	var inv *roi.InvalidError
	if !errors.As(err, &inv) || len(inv.Problems) == 0 {
		t.Fatalf("ApplyImport of an invalid scenario: err = %v; want an *roi.InvalidError", err)
	}
	big := st.Current().Scenario.Clone()
	// Too large to store, yet valid: fewer lines than a list may hold,
	// with labels as long as a label may be.
	label := strings.Repeat("a long imported campaign name ", roi.MaxTextLength/30)
	for range roi.MaxDocumentBytes/len(label) + 1 {
		big.Costs = append(big.Costs, roi.Cost{Label: label, Category: "ads", Amount: "1"})
	}
	if ps := roi.Validate(big); len(ps) > 0 || StoredSize(big) <= roi.MaxDocumentBytes {
		t.Fatalf("the large scenario (%d lines, %d bytes) is not what this test needs: problems %v", len(big.Costs), StoredSize(big), ps)
	}
	if err := st.ApplyImport(big, "big.csv"); !errors.As(err, &inv) || len(inv.Problems) != 1 || inv.Problems[0].Message.Code != tooLarge().Code {
		t.Errorf("ApplyImport of a scenario too large to store (%d lines): err = %v; want the one problem %v", len(big.Costs), err, tooLarge())
	}
	if got := mustJSON(t, st.Current().Scenario); got != before {
		t.Errorf("a refused import changed the scenario:\n %s", got)
	}
	if st.LastUndo != nil {
		t.Errorf("a refused import left an undo offer: %+v", st.LastUndo)
	}
}
