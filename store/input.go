package store

import (
	"sort"
	"strings"

	"github.com/socialroi/socialroi/roi"
)

// InputNote says how a number just typed was read, when the visitor may
// have meant another number: an ambiguous "1.500" (read as Value, Other the
// other reading) or a rate below 1 in a percent field (Percent100 the rate
// a hundred times larger). It belongs to this tab, like Typing.
type InputNote struct {
	id         string // the scenario it was typed into
	Value      string // canonical: what the scenario holds and the results use
	Other      string
	Percent100 string
}

// Note is the note of the field at path, while the scenario still holds the
// value it was about (and no invalid text stands in the field).
func (st *Store) Note(f Field) (InputNote, bool) {
	n, ok := st.notes[f.Path]
	if !ok || n.id != st.current {
		return InputNote{}, false
	}
	e := st.Current()
	if _, bad := e.Drafts[f.Path]; bad || f.Get(&e.Scenario) != n.Value {
		return InputNote{}, false
	}
	return n, true
}

// OtherReading reads the field's ambiguous number the other way ("1.500"
// as 1.5 instead of 1500, and back): the scenario then holds exactly the
// number the note names.
func (st *Store) OtherReading(f Field) bool {
	n, ok := st.Note(f)
	if !ok || n.Other == "" {
		return false
	}
	if !st.set(f, n.Other) {
		return false
	}
	st.notes[f.Path] = InputNote{id: n.id, Value: n.Other, Other: n.Value, Percent100: percent100(f.Path, n.Other)}
	return true
}

// FixPercent makes a rate typed as a fraction into a percent field ("0.15")
// the percent it probably meant (15): the value a hundred times larger,
// exactly (roi.Times100).
func (st *Store) FixPercent(f Field) bool {
	n, ok := st.Note(f)
	if !ok || n.Percent100 == "" {
		return false
	}
	if !st.set(f, n.Percent100) {
		return false
	}
	delete(st.notes, f.Path)
	return true
}

// set puts a canonical number into a field, as if typed (and finished):
// written without grouping, the local way, so that it reads as itself.
func (st *Store) set(f Field, canon string) bool {
	st.Edit(f, strings.Replace(canon, ".", string(st.Locale.Decimal), 1))
	delete(st.Typing, f.Path)
	st.version++
	e := st.Current()
	_, bad := e.Drafts[f.Path]
	return !bad && f.Get(&e.Scenario) == canon
}

func percent100(path, canon string) string {
	if roi.KindOf(path) != roi.KindPercent {
		return ""
	}
	r, err := roi.ReadInput(canon, roi.InputOptions{Locale: roi.LocaleFor("en"), Kind: roi.KindPercent})
	if err != nil {
		return ""
	}
	return r.Percent100
}

// Uncounted is a number field holding text that is not a valid number: the
// results do not count it. Uses is what they use instead: "" when the field
// counts as empty (the rule: invalid text empties the field in the
// scenario), or the last valid value when the scenario cannot be without
// one (a funnel stage needs a count or a rate).
type Uncounted struct {
	Path string
	Uses string
}

// Uncounted lists the current scenario's number fields with invalid text,
// in path order, with what the results use for each: exactly what the
// scenario, and so the report, holds there.
func (st *Store) Uncounted() []Uncounted {
	e := st.Current()
	var out []Uncounted
	for path := range e.Drafts {
		f, ok := PathField(path)
		if !ok || !f.Number {
			continue
		}
		out = append(out, Uncounted{Path: path, Uses: f.Get(&e.Scenario)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// uncount keeps invalid text as a draft and takes the field's value out of
// the scenario, so that the results never use a number the field does not
// show. When the scenario cannot be valid without the field, it keeps the
// last valid value (and Uncounted says so).
func (st *Store) uncount(e *Entry, f Field, d Draft) {
	if f.Number && f.Get(&e.Scenario) != "" {
		next := editCopy(e.Scenario, f.Path)
		f.Set(&next, "")
		if len(roi.Validate(next)) == 0 && Fits(next) {
			e.Scenario = next
		}
	}
	st.setDraft(e, f.Path, d)
}

// Notes are the notes the fields of the current scenario show now, by path
// (a copy: the form's parts keep it to know when to draw again).
func (st *Store) Notes() map[string]InputNote {
	out := map[string]InputNote{}
	for path := range st.notes {
		if f, ok := PathField(path); ok {
			if n, ok := st.Note(f); ok {
				out[path] = n
			}
		}
	}
	return out
}
