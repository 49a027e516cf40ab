package store

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/socialroi/socialroi/roi"
)

// The guided start (the first screen of the calculator) asks for the few
// figures that matter and writes them into the current scenario, so the
// full form below shows the same numbers: each of its fields edits the
// first line of its kind (the first staff cost line, the first ads line,
// the first tools line, the first revenue line, the first action valued
// per action), and the first value typed makes that line when there is
// none.

// The guided start's fields.
const (
	StartHours       = "hours"        // the first staff line's hours
	StartRate        = "rate"         // the first staff line's hourly rate
	StartAds         = "ads"          // the first ads line's amount
	StartTools       = "tools"        // the first tools line's amount
	StartRevenue     = "revenue"      // the first revenue line's amount
	StartActionLabel = "action.label" // the first action valued per action: its label
	StartActionCount = "action.count" // its count
	StartActionValue = "action.value" // its value per action
)

// The Typing keys that keep hours typed per week or per month: the
// scenario holds the period's hours.
const (
	startHoursText = "start.hours"
	startHoursPer  = "start.per"
)

// firstCost is the index of the first cost line of a category, or -1.
func firstCost(s *roi.Scenario, category string) int {
	for i, c := range s.Costs {
		if c.Category == category {
			return i
		}
	}
	return -1
}

// firstAction is the index of the first action valued per action (no
// close rate or click price), or -1.
func firstAction(s *roi.Scenario) int {
	for i, a := range s.Actions {
		if a.ValueFrom == nil {
			return i
		}
	}
	return -1
}

// StartField is the field of the guided start named what (StartHours...),
// bound to the first line of its kind in the current scenario. label names
// the line the field makes when there is none yet (in the visitor's
// language); an empty value never makes a line. Its Path is the line's own
// (a line to be made is the list's next one), so drafts and problems are
// the ones the full form shows. An unknown what is a field bound to nothing.
func (st *Store) StartField(what, label string) Field {
	sc := &st.Current().Scenario
	costField := func(category, name string, ptr func(*roi.Cost) *roi.Number) Field {
		i := firstCost(sc, category)
		if i < 0 {
			i = len(sc.Costs)
		}
		return lineField(linePath("costs", i, name), true,
			func(s *roi.Scenario) *string {
				return numPtr(s, func(s *roi.Scenario) int { return firstCost(s, category) }, func(s *roi.Scenario, j int) *roi.Number { return ptr(&s.Costs[j]) })
			},
			func(s *roi.Scenario) { s.Costs = append(s.Costs, roi.Cost{Label: label, Category: category}) })
	}
	actionField := func(name string, number bool, ptr func(*roi.Action) *string) Field {
		i := firstAction(sc)
		if i < 0 {
			i = len(sc.Actions)
		}
		return lineField(linePath("actions", i, name), number,
			func(s *roi.Scenario) *string {
				if j := firstAction(s); j >= 0 {
					return ptr(&s.Actions[j])
				}
				return nil
			},
			func(s *roi.Scenario) { s.Actions = append(s.Actions, roi.Action{Label: label, Type: "macro"}) })
	}
	switch what {
	case StartHours:
		return costField("staff", "hours", func(c *roi.Cost) *roi.Number { return &c.Hours })
	case StartRate:
		return costField("staff", "hourlyRate", func(c *roi.Cost) *roi.Number { return &c.HourlyRate })
	case StartAds:
		return costField("ads", "amount", func(c *roi.Cost) *roi.Number { return &c.Amount })
	case StartTools:
		return costField("tools", "amount", func(c *roi.Cost) *roi.Number { return &c.Amount })
	case StartRevenue:
		i := len(sc.Revenue)
		if i > 0 {
			i = 0
		}
		return lineField(linePath("revenue", i, "amount"), true,
			func(s *roi.Scenario) *string {
				if len(s.Revenue) > 0 {
					return (*string)(&s.Revenue[0].Amount)
				}
				return nil
			},
			func(s *roi.Scenario) { s.Revenue = append(s.Revenue, roi.Revenue{Label: label}) })
	case StartActionLabel:
		return actionField("label", false, func(a *roi.Action) *string { return &a.Label })
	case StartActionCount:
		return actionField("count", true, func(a *roi.Action) *string { return (*string)(&a.Count) })
	case StartActionValue:
		return actionField("unitValue", true, func(a *roi.Action) *string { return (*string)(&a.UnitValue) })
	}
	return Field{Path: "start." + what, Get: func(*roi.Scenario) string { return "" }, Set: func(*roi.Scenario, string) {}}
}

// numPtr is the number at line first(s) as a string pointer, or nil.
func numPtr(s *roi.Scenario, first func(*roi.Scenario) int, ptr func(*roi.Scenario, int) *roi.Number) *string {
	if j := first(s); j >= 0 {
		return (*string)(ptr(s, j))
	}
	return nil
}

// lineField reads and writes *ptr(s); make adds the line ptr then finds.
func lineField(path string, number bool, ptr func(*roi.Scenario) *string, make func(*roi.Scenario)) Field {
	return Field{
		Path:   path,
		Number: number,
		Get: func(s *roi.Scenario) string {
			if p := ptr(s); p != nil {
				return *p
			}
			return ""
		},
		Set: func(s *roi.Scenario, v string) {
			p := ptr(s)
			if p == nil {
				if v == "" {
					return // nothing typed makes no line
				}
				make(s)
				p = ptr(s)
			}
			*p = v
		},
	}
}

func linePath(list string, i int, name string) string {
	return list + "[" + strconv.Itoa(i) + "]." + name
}

// EditStartHours applies the hours typed in the guided start, given per
// (roi.PerWeek, roi.PerMonth or roi.PerPeriod): EditHours for the first
// staff line (made, named label, when there is none), with what was typed
// kept apart from the form's, to be shown again by StartHours.
func (st *Store) EditStartHours(text, per, label string) {
	st.editHours(st.StartField(StartHours, label), startHoursText, startHoursPer, text, per)
}

// StartHours is what the guided start's hours field shows, and per what
// (see Hours); with no hours yet, nothing per want (per week when want is
// empty).
func (st *Store) StartHours(want string) (text, per string) {
	if want == "" {
		want = roi.PerWeek
	}
	return st.hoursShown(st.StartField(StartHours, ""), startHoursText, startHoursPer, want)
}

// hoursKeys are the Typing keys that keep the hours typed per week or per
// month in the field at path (a staff line's "costs[2].hours") and what
// they were given per. They start with the path, so they move and go with
// their line.
func hoursKeys(path string) (text, per string) { return path + "#text", path + "#per" }

// EditHours applies hours typed into the number field at path (a staff
// cost line's "costs[2].hours"), given per (roi.PerWeek, roi.PerMonth or
// roi.PerPeriod): per week or per month they are turned into the period's
// hours (roi.PeriodHours, by the scenario's period) and the line holds
// those; what was typed is kept to be shown again (Hours). For the whole
// period it is the field's Edit. Text that is not a number is kept as the
// field's draft, with the reason, and not counted, as in any field; empty
// text with a unit keeps the unit; any other per is for the whole period.
// A path the scenario does not have, or not a number, changes nothing.
func (st *Store) EditHours(path, text, per string) {
	f, ok := PathField(path)
	if !ok || !f.Number {
		return
	}
	kt, kp := hoursKeys(path)
	st.editHours(f, kt, kp, text, per)
}

// Hours is what the hours field at path shows, and per what: the text
// typed per week or per month while it still gives the hours the scenario
// holds (a change of the period, of the hours elsewhere, or of the scenario
// shown forgets it); else the period's hours as the form shows them, for
// the whole period. With no hours yet it is nothing, per the unit last
// chosen, else per want (for the whole period when want is empty).
func (st *Store) Hours(path, want string) (text, per string) {
	if want == "" {
		want = roi.PerPeriod
	}
	f, ok := PathField(path)
	if !ok {
		return "", want
	}
	kt, kp := hoursKeys(path)
	return st.hoursShown(f, kt, kp, want)
}

// editHours is EditHours for field f, keeping what was typed under the
// Typing keys keyText and keyPer.
func (st *Store) editHours(f Field, keyText, keyPer, text, per string) {
	if per != roi.PerWeek && per != roi.PerMonth {
		delete(st.Typing, keyText)
		delete(st.Typing, keyPer)
		st.Edit(f, text)
		return
	}
	value := strings.TrimSpace(text)
	canon := ""
	if value != "" {
		r, err := roi.ReadInput(value, roi.InputOptions{Locale: st.Locale, Currency: st.Current().Scenario.Currency, Kind: roi.KindOf(f.Path)})
		if err != nil {
			st.Edit(f, text) // the draft, with the reason
			delete(st.Typing, f.Path)
			st.Typing[keyText], st.Typing[keyPer] = text, per
			return
		}
		canon = r.Value
	}
	hours, _, err := roi.PeriodHours(st.Current().Scenario.Period, roi.Number(canon), per)
	if err != nil {
		return
	}
	st.Edit(f, InputNumber(string(hours), st.Locale))
	delete(st.Typing, f.Path) // the form shows the period's hours
	st.Typing[keyText], st.Typing[keyPer] = text, per
}

// hoursShown is Hours for field f and its Typing keys; want is the unit of
// a field with no hours and no unit chosen.
func (st *Store) hoursShown(f Field, keyText, keyPer, want string) (text, per string) {
	if t, ok := st.Typing[keyText]; ok {
		p := st.Typing[keyPer]
		if d, bad := st.Current().Drafts[f.Path]; bad && d.Text == t {
			return t, p
		}
		r, err := roi.ReadInput(strings.TrimSpace(t), roi.InputOptions{Locale: st.Locale, Currency: st.Current().Scenario.Currency, Kind: roi.KindOf(f.Path)})
		if err == nil || strings.TrimSpace(t) == "" {
			h, _, err := roi.PeriodHours(st.Current().Scenario.Period, roi.Number(r.Value), p)
			if err == nil && sameNumber(string(h), f.Get(&st.Current().Scenario)) {
				return t, p
			}
		}
	}
	if shown := st.Text(f); shown != "" {
		return shown, roi.PerPeriod
	}
	return "", want
}

// sameNumber says whether two canonical numbers are equal ("30" and "30.00").
func sameNumber(a, b string) bool {
	if a == b {
		return true
	}
	x, err1 := roi.Number(a).Decimal()
	y, err2 := roi.Number(b).Decimal()
	return err1 == nil && err2 == nil && a != "" && b != "" && x.Equal(y)
}

// IsExample reports whether the current scenario is, exactly, one of
// examples (the presets as the app offers them), with nothing typed into
// it: its figures are an example, not the visitor's. It returns the
// example's index.
func (st *Store) IsExample(examples []roi.Scenario) (int, bool) {
	e := st.Current()
	if len(e.Drafts) > 0 {
		return -1, false
	}
	for i := range examples {
		if reflect.DeepEqual(e.Scenario, examples[i]) {
			return i, true
		}
	}
	return -1, false
}

// ShowsFresh reports whether the store shows exactly what a first visit
// starts with: the FreshPreset, untouched (IsExample), nothing being typed
// and no note of an opened link pending. The app then keeps the parts the
// visitor has not reached yet as their prerendered HTML (app/lazy.go).
func (st *Store) ShowsFresh() bool {
	if len(st.Typing) > 0 || len(st.PendingNotes()) > 0 {
		return false
	}
	sc, ok := roi.Preset(FreshPreset)
	if !ok {
		return false
	}
	_, ok = st.IsExample([]roi.Scenario{sc})
	return ok
}

// LocalizeExample follows a change of language on an example nobody has
// touched: when the current scenario is exactly examples[i] (IsExample), it
// becomes local(i), the same example in the store's language now (its
// names, and its currency where the app shows presets in another). A
// scenario with anything typed into it keeps its words: it is the
// visitor's. It reports whether the scenario was replaced.
func (st *Store) LocalizeExample(examples []roi.Scenario, local func(i int) (roi.Scenario, bool)) bool {
	i, ok := st.IsExample(examples)
	if !ok {
		return false
	}
	sc, ok := local(i)
	if !ok {
		return false
	}
	e := st.Current()
	if reflect.DeepEqual(e.Scenario, sc) {
		return false
	}
	e.Scenario = sc
	if !e.Unsaved {
		st.later(e)
	} else {
		st.version++
	}
	return true
}
