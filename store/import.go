package store

import (
	"bytes"
	"strconv"

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
// ignored; migration notes go with the scenario (PendingNotes).
func (st *Store) Import(data []byte) (id string, warnings []roi.Problem, err error) {
	sc, ws, err := ParseImport(data)
	if err != nil {
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
