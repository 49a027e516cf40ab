package store

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/socialroi/socialroi/roi"
)

// MaxImportBytes is the largest file Import reads: roi.Parse reads no more.
const MaxImportBytes = roi.MaxDocumentBytes

// ImportTooLarge says a file is too large to import, before it is read.
func ImportTooLarge(size int64) bool { return size > MaxImportBytes }

// ParseImport reads a scenario file. Warnings are what was ignored (unknown
// keys) and what a version upgrade changed; the error, when not nil, is an
// *roi.InvalidError whose problems name the field at fault. A scenario
// whose stored form would be too large to read back is refused.
func ParseImport(data []byte) (roi.Scenario, []roi.Problem, error) {
	if len(data) > MaxImportBytes {
		return roi.Scenario{}, nil, &roi.InvalidError{Problems: []roi.Problem{{Message: roi.Message{Code: "doc.toolarge", Args: []string{strconv.Itoa(MaxImportBytes)}}}}}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte order mark some editors write
	sc, warnings, err := roi.Parse(data)
	if err != nil {
		return sc, warnings, err
	}
	if !Fits(sc) {
		return roi.Scenario{}, warnings, &roi.InvalidError{Problems: []roi.Problem{{Message: tooLarge()}}}
	}
	return sc, warnings, nil
}

// Import adds a scenario file as a new scenario ("Name (2)" when the name
// is taken) and makes it current; Undo takes it back. Warnings are what was
// ignored; migration notes go with the scenario (PendingNotes). A file
// that is refused changes nothing, and an earlier import's undo offer goes:
// "Undo import" next to "nothing was changed" would speak of another file.
func (st *Store) Import(data []byte) (id string, warnings []roi.Problem, err error) {
	sc, ws, err := ParseImport(data)
	if err != nil {
		if u := st.LastUndo; u != nil && u.What == "import" {
			st.LastUndo = nil
			st.version++
		}
		return "", nil, err
	}
	var notes []roi.Problem
	for _, w := range ws {
		if roi.IsMigration(w) {
			notes = append(notes, w)
		} else {
			warnings = append(warnings, w)
		}
	}
	id = st.ImportNew(sc)
	if e := st.Entry(id); e != nil && len(notes) > 0 {
		e.Notes = notes
		st.put(e)
	}
	return id, warnings, nil
}

// ImportNew adds sc as a new scenario, undoably; the scenario that was
// current stays as it was.
func (st *Store) ImportNew(sc roi.Scenario) string {
	previous := st.current
	sc = sc.Clone()
	sc.Name = st.uniqueName(sc.Name)
	id := st.Add(sc)
	if id != "" {
		st.LastUndo = &Undo{What: "import", Name: sc.Name, id: id, current: previous}
	}
	return id
}

// ApplyImport makes next (the current scenario with imported figures, as
// adimport.Apply returns it) the current scenario, as one change that Undo
// takes back. what names the import for the undo offer (the files' names).
// A scenario that roi cannot calculate, or whose stored form would be too
// large to read back, is refused and nothing changes; the error is an
// *roi.InvalidError. Texts typed into funnel stages that are not numbers
// yet go when the import changes the stages (they would land on another
// stage).
func (st *Store) ApplyImport(next roi.Scenario, what string) error {
	if ps := roi.Validate(next); len(ps) > 0 {
		return &roi.InvalidError{Problems: ps}
	}
	if !Fits(next) {
		return &roi.InvalidError{Problems: []roi.Problem{{Message: tooLarge()}}}
	}
	e := st.Current()
	before := e.clone()
	stagesBefore := 0
	if e.Scenario.Funnel != nil {
		stagesBefore = len(e.Scenario.Funnel.Stages)
	}
	e.Scenario = next.Clone()
	if next.Funnel != nil && len(next.Funnel.Stages) != stagesBefore {
		e.Drafts = dropPrefix(e.Drafts, "funnel.stages")
		e.Kept = dropPrefix(e.Kept, "funnel.stages")
	}
	st.Typing = map[string]string{}
	st.put(e)
	st.LastUndo = &Undo{What: "apply", Name: e.Scenario.Name, Detail: what, id: e.ID, before: before, current: e.ID}
	return nil
}

// dropPrefix is m without the keys under prefix.
func dropPrefix[V any](m map[string]V, prefix string) map[string]V {
	var out map[string]V
	for k, v := range m {
		if strings.HasPrefix(k, prefix) {
			continue
		}
		if out == nil {
			out = map[string]V{}
		}
		out[k] = v
	}
	return out
}
