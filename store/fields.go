package store

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/socialroi/socialroi/roi"
)

func blank() roi.Scenario { return roi.New("", "EUR") }

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

func tooLarge() roi.Message {
	return roi.Message{Code: "doc.toolarge", Args: []string{strconv.Itoa(roi.MaxDocumentBytes)}}
}

// Edit applies typed text to a field. Text that makes a valid scenario (one
// that can be stored and read back) is taken; other text is kept as a draft
// with the reason, and the scenario (and so the result) stays as it was.
func (st *Store) Edit(f Field, text string) {
	e := st.Current()
	st.Typing[f.Path] = text
	value := strings.TrimSpace(text)
	if f.Lower {
		value = strings.ToLower(value)
	}
	delete(st.notes, f.Path)
	var note InputNote
	if f.Number && value != "" {
		r, err := roi.ReadInput(value, roi.InputOptions{Locale: st.Locale, Currency: e.Scenario.Currency, Kind: roi.KindOf(f.Path)})
		if err != nil {
			var ne *roi.NumberError
			msg := roi.Message{Code: "num.invalid", Args: []string{strconv.Quote(text)}}
			if errors.As(err, &ne) {
				msg = ne.Message()
			}
			st.uncount(e, f, Draft{Text: text, Problem: msg})
			return
		}
		value = r.Value
		note = InputNote{id: e.ID, Value: r.Value, Other: r.Other, Percent100: r.Percent100}
	}
	if len(value) > roi.MaxTextLength {
		st.setDraft(e, f.Path, Draft{Text: text, Problem: roi.Message{Code: "doc.toolongtxt", Args: []string{strconv.Itoa(roi.MaxTextLength)}}})
		return
	}
	next := editCopy(e.Scenario, f.Path)
	f.Set(&next, value)
	if probs := roi.Validate(next); len(probs) > 0 {
		p := probs[0]
		for _, q := range probs {
			if q.Path == f.Path {
				p = q
				break
			}
		}
		st.uncount(e, f, Draft{Text: text, Problem: p.Message})
		return
	}
	if !Fits(next) {
		st.uncount(e, f, Draft{Text: text, Problem: tooLarge()})
		return
	}
	e.Scenario = next
	delete(e.Drafts, f.Path)
	if note.Other != "" || note.Percent100 != "" {
		if st.notes == nil {
			st.notes = map[string]InputNote{}
		}
		st.notes[f.Path] = note
	}
	st.edited(e)
}

// editCopy is a copy of sc that a field at path can be set in without
// changing sc. A field of a line of costs, revenue or actions
// ("costs[2].amount") changes that line alone (a Field's Set writes where
// its path says): the copy has a list of its own with that line cloned,
// and shares every other line and block with sc, which nothing changes in
// place (every edit is made in a copy: Edit, apply). A key typed into one
// line of 600 copied 600 lines. Any other path gets a whole clone.
func editCopy(sc roi.Scenario, path string) roi.Scenario {
	list, i, _, ok := splitLine(path)
	if !ok {
		return sc.Clone()
	}
	one := func(n int) bool { return i >= 0 && i < n }
	c := sc // shares everything but what is copied below
	switch {
	case list == "costs" && one(len(sc.Costs)):
		c.Costs = slices.Clone(sc.Costs)
		c.Costs[i] = roi.Scenario{Costs: sc.Costs[i : i+1]}.Clone().Costs[0]
	case list == "revenue" && one(len(sc.Revenue)):
		c.Revenue = slices.Clone(sc.Revenue)
		c.Revenue[i] = roi.Scenario{Revenue: sc.Revenue[i : i+1]}.Clone().Revenue[0]
	case list == "actions" && one(len(sc.Actions)):
		c.Actions = slices.Clone(sc.Actions)
		c.Actions[i] = roi.Scenario{Actions: sc.Actions[i : i+1]}.Clone().Actions[0]
	default:
		return sc.Clone()
	}
	return c
}

func (st *Store) setDraft(e *Entry, path string, d Draft) {
	if e.Drafts == nil {
		e.Drafts = map[string]Draft{}
	}
	e.Drafts[path] = d
	st.edited(e)
}

// DoneTyping is called when a field loses focus: it then shows the value the
// local way (or the draft, if the text was not taken).
func (st *Store) DoneTyping(path string) {
	if _, ok := st.Typing[path]; ok {
		delete(st.Typing, path)
		st.version++
	}
}

// Change applies a structural change (add a line, a block). Drafts under
// list are dropped, since their paths move. A change that would make the
// scenario invalid, or too large to read back, is not made.
func (st *Store) Change(list string, f func(*roi.Scenario)) bool {
	e, ok := st.apply(f)
	if !ok {
		return false
	}
	if list != "" {
		for k := range e.Drafts {
			if strings.HasPrefix(k, list) {
				delete(e.Drafts, k)
			}
		}
		st.notes = nil // their paths move
		for k := range st.Typing {
			if strings.HasPrefix(k, list) {
				delete(st.Typing, k)
			}
		}
	}
	st.edited(e)
	return true
}

// Remove takes line i out of a list (costs, funnel.stages...), which Undo
// brings back. Drafts and typing of later lines move up with their lines.
func (st *Store) Remove(list string, i int, f func(*roi.Scenario)) {
	before := st.Current().clone()
	e, ok := st.apply(f)
	if !ok {
		return
	}
	e.Drafts = shiftKeys(e.Drafts, list, i)
	e.Kept = shiftKeys(e.Kept, list, i)
	st.Typing = shiftKeys(st.Typing, list, i)
	st.notes = shiftKeys(st.notes, list, i)
	st.put(e)
	st.LastUndo = &Undo{What: "remove", Name: e.Scenario.Name, id: e.ID, before: before, current: e.ID}
}

// RemoveLine removes line i of list ("costs", "funnel.stages"...): the
// one way a line goes, undoable.
func (st *Store) RemoveLine(list string, i int) {
	st.Remove(list, i, func(s *roi.Scenario) { removeLine(s, list, i) })
}

func removeLine(s *roi.Scenario, list string, i int) {
	cut := func(v reflect.Value) {
		if i >= 0 && i < v.Len() {
			reflect.Copy(v.Slice(i, v.Len()), v.Slice(i+1, v.Len()))
			v.Set(v.Slice(0, v.Len()-1))
		}
	}
	if list == "funnel.stages" {
		if s.Funnel != nil {
			cut(reflect.ValueOf(&s.Funnel.Stages).Elem())
			if len(s.Funnel.Stages) == 0 {
				s.Funnel = nil
			}
		}
		return
	}
	if v, ok := walk(reflect.ValueOf(s).Elem(), list, false); ok && v.Kind() == reflect.Slice {
		// A copy of the list, so that an undo snapshot sharing the old
		// backing array is never changed.
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		cut(v)
	}
}

// apply makes f's change to a copy of the current scenario and takes it
// when it is valid and fits.
func (st *Store) apply(f func(*roi.Scenario)) (*Entry, bool) {
	e := st.Current()
	next := e.Scenario.Clone()
	f(&next)
	if len(roi.Validate(next)) > 0 || !Fits(next) {
		return e, false
	}
	e.Scenario = next
	return e, true
}

// Choose applies a choice made in a select or a checkbox: path is the
// field's ("costs[1].category", "actions[0].method", "funnel.stages[2].mode",
// "revenue[0].paid"). Category, value method and stage mode go through
// roi's exact edits, so the line keeps its figures. It reports whether the
// scenario took the choice.
func (st *Store) Choose(path, value string) bool {
	e := st.Current()
	list, i, name, indexed := splitLine(path)
	kept := copyMap(e.Kept)
	if kept == nil {
		kept = map[string]roi.Number{}
	}
	var err error
	ok := st.Change("", func(s *roi.Scenario) {
		switch {
		case indexed && list == "costs" && name == "category":
			err = roi.SetCostCategory(s, i, value, kept)
		case indexed && list == "actions" && name == "method":
			err = roi.SetValueMethod(s, i, value, kept)
		case indexed && list == "funnel.stages" && name == "mode":
			err = roi.SetStageMode(s, i, value, kept)
		case indexed && list == "actions" && name == "inRevenue":
			err = roi.SetInRevenue(s, i, value)
		default:
			f, found := PathField(path)
			if !found {
				err = errors.New("no field " + path)
				return
			}
			f.Set(s, value)
		}
	})
	if !ok || err != nil {
		st.version++ // the control shows the scenario's value again
		return false
	}
	if e = st.Current(); len(kept) > 0 {
		e.Kept = kept
		st.put(e)
	}
	return true
}

// splitLine splits "costs[2].category" into "costs", 2, "category".
func splitLine(path string) (list string, i int, name string, ok bool) {
	open := strings.LastIndex(path, "[")
	close := strings.LastIndex(path, "]")
	if open < 0 || close < open || close+2 > len(path) || path[close+1] != '.' {
		return "", 0, "", false
	}
	n, err := strconv.Atoi(path[open+1 : close])
	if err != nil {
		return "", 0, "", false
	}
	return path[:open], n, path[close+2:], true
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

// PathField binds the scenario's field at a JSON path ("costs[2].hours",
// "period.start", "revenue[0].paid") by its JSON name: text, numbers and
// yes/no ("true"). A missing optional block reads as empty and is made on
// the first write; a list line must exist. ok is false for a path the
// scenario type does not have.
func PathField(path string) (Field, bool) {
	var probe roi.Scenario
	v, ok := walk(reflect.ValueOf(&probe).Elem(), path, true)
	if !ok {
		// Lines need not exist to know the type: try with one line each.
		v, ok = walkType(reflect.TypeOf(probe), path)
		if !ok {
			return Field{}, false
		}
	}
	t := v.Type()
	if t.Kind() != reflect.String && t.Kind() != reflect.Bool {
		return Field{}, false
	}
	f := Field{
		Path:   path,
		Number: t == reflect.TypeOf(roi.Number("")),
		Lower:  strings.HasSuffix(path, ".channel"),
		Get: func(s *roi.Scenario) string {
			v, ok := walk(reflect.ValueOf(s).Elem(), path, false)
			if !ok {
				return ""
			}
			if v.Kind() == reflect.Bool {
				return strconv.FormatBool(v.Bool())
			}
			return v.String()
		},
		Set: func(s *roi.Scenario, text string) {
			v, ok := walk(reflect.ValueOf(s).Elem(), path, true)
			if !ok || !v.CanSet() {
				return
			}
			if v.Kind() == reflect.Bool {
				b, _ := strconv.ParseBool(text)
				v.SetBool(b)
				return
			}
			v.SetString(text)
		},
	}
	return f, true
}

// walkType finds the type at path, lines or not.
func walkType(t reflect.Type, path string) (reflect.Value, bool) {
	for _, seg := range strings.Split(path, ".") {
		name, idx, _ := strings.Cut(seg, "[")
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		sf, ok := fieldByJSON(t, name)
		if !ok {
			return reflect.Value{}, false
		}
		t = sf.Type
		if idx != "" {
			if t.Kind() != reflect.Slice {
				return reflect.Value{}, false
			}
			t = t.Elem()
		}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return reflect.New(t).Elem(), true
}

func fieldByJSON(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if tag == name && name != "" && name != "-" {
			return sf, true
		}
	}
	return reflect.StructField{}, false
}

// walk follows path from v (a struct), making missing optional blocks when
// create is set.
func walk(v reflect.Value, path string, create bool) (reflect.Value, bool) {
	for _, seg := range strings.Split(path, ".") {
		name, idx, hasIdx := strings.Cut(seg, "[")
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !create || !v.CanSet() {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		sf, ok := fieldByJSON(v.Type(), name)
		if !ok {
			return reflect.Value{}, false
		}
		v = v.FieldByIndex(sf.Index)
		if hasIdx {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			if err != nil || v.Kind() != reflect.Slice || n < 0 || n >= v.Len() {
				return reflect.Value{}, false
			}
			v = v.Index(n)
		}
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			if !create || !v.CanSet() {
				return reflect.Value{}, false
			}
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	return v, true
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
