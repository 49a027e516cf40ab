package app

import (
	"strconv"

	"github.com/socialroi/socialroi/roi"
)

// This file binds form fields to the scenario by JSON path. Each binder
// returns the pointer a field reads and writes; with create false it never
// changes the scenario (a missing optional block reads as empty).

type strPtr func(s *roi.Scenario, create bool) *string
type numPtr func(s *roi.Scenario, create bool) *roi.Number

func textField(path string, ptr strPtr) Field {
	return Field{
		Path: path,
		Get: func(s *roi.Scenario) string {
			if p := ptr(s, false); p != nil {
				return *p
			}
			return ""
		},
		Set: func(s *roi.Scenario, v string) {
			if p := ptr(s, true); p != nil {
				*p = v
			}
		},
	}
}

func numField(path string, ptr numPtr) Field {
	return Field{
		Path:   path,
		Number: true,
		Get: func(s *roi.Scenario) string {
			if p := ptr(s, false); p != nil {
				return string(*p)
			}
			return ""
		},
		Set: func(s *roi.Scenario, v string) {
			if p := ptr(s, true); p != nil {
				*p = roi.Number(v)
			}
		},
	}
}

func at(list string, i int, name string) string {
	return list + "[" + strconv.Itoa(i) + "]." + name
}

// line binds a field of line i of a list. It checks the index, since a
// list can shrink under a stale closure (a removed line).
func line[T, V any](list func(*roi.Scenario) []T, i int, f func(*T) *V) func(*roi.Scenario, bool) *V {
	return func(s *roi.Scenario, _ bool) *V {
		if l := list(s); i < len(l) {
			return f(&l[i])
		}
		return nil
	}
}

// block binds a field of an optional block (earned media, lift, the
// funnel, the period, tracking): made on the first write, read as empty
// before.
func block[B, V any](get func(*roi.Scenario) **B, f func(*B) *V) func(*roi.Scenario, bool) *V {
	return func(s *roi.Scenario, create bool) *V {
		b := get(s)
		if *b == nil {
			if !create {
				return nil
			}
			*b = new(B)
		}
		return f(*b)
	}
}

// The lists and blocks of a scenario, for line and block.
func costsOf(s *roi.Scenario) []roi.Cost        { return s.Costs }
func revenueOf(s *roi.Scenario) []roi.Revenue   { return s.Revenue }
func actionsOf(s *roi.Scenario) []roi.Action    { return s.Actions }
func savingsOf(s *roi.Scenario) []roi.Saving    { return s.Savings }
func indirectOf(s *roi.Scenario) []roi.Indirect { return s.Indirect }
func goalsOf(s *roi.Scenario) []roi.Goal        { return s.Goals }
func stagesOf(s *roi.Scenario) []roi.Stage {
	if s.Funnel == nil {
		return nil
	}
	return s.Funnel.Stages
}
func earnedOf(s *roi.Scenario) **roi.Earned     { return &s.EarnedMedia }
func liftOf(s *roi.Scenario) **roi.Lift         { return &s.Lift }
func funnelOf(s *roi.Scenario) **roi.Funnel     { return &s.Funnel }
func periodOf(s *roi.Scenario) **roi.Period     { return &s.Period }
func trackingOf(s *roi.Scenario) **roi.Tracking { return &s.Tracking }

// actFrom binds a field of an action's derived value, absent until the
// action's value is derived.
func actFrom(i int, f func(*roi.ValueFrom) *roi.Number) numPtr {
	return line(actionsOf, i, func(a *roi.Action) *roi.Number {
		if a.ValueFrom == nil {
			return nil
		}
		return f(a.ValueFrom)
	})
}

// rangeEnd binds the low or the high end of an estimate's range; the range is
// made on the first write, read as empty before.
func rangeEnd(get func(*roi.Scenario, bool) **roi.Range, high bool) numPtr {
	return func(s *roi.Scenario, create bool) *roi.Number {
		pp := get(s, create)
		if pp == nil {
			return nil
		}
		if *pp == nil {
			if !create {
				return nil
			}
			*pp = &roi.Range{}
		}
		if high {
			return &(*pp).High
		}
		return &(*pp).Low
	}
}

// lineRange binds the range field of line i of a list.
func lineRange[T any](list func(*roi.Scenario) []T, i int, f func(*T) **roi.Range) func(*roi.Scenario, bool) **roi.Range {
	return func(s *roi.Scenario, _ bool) **roi.Range {
		if l := list(s); i < len(l) {
			return f(&l[i])
		}
		return nil
	}
}

// blockRange binds the range field of an optional block, made on write.
func blockRange[B any](get func(*roi.Scenario) **B, f func(*B) **roi.Range) func(*roi.Scenario, bool) **roi.Range {
	return func(s *roi.Scenario, create bool) **roi.Range {
		b := get(s)
		if *b == nil {
			if !create {
				return nil
			}
			*b = new(B)
		}
		return f(*b)
	}
}

// actFromRange binds a range of an action's derived value.
func actFromRange(i int, f func(*roi.ValueFrom) **roi.Range) func(*roi.Scenario, bool) **roi.Range {
	return func(s *roi.Scenario, _ bool) **roi.Range {
		if i < len(s.Actions) && s.Actions[i].ValueFrom != nil {
			return f(s.Actions[i].ValueFrom)
		}
		return nil
	}
}

func subscriptionOf(s *roi.Scenario) **roi.Subscription { return &s.Subscription }
