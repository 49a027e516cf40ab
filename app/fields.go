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

// Line binders: each checks the index, since a list can shrink under a
// stale closure (a removed line).

func costStr(i int, f func(*roi.Cost) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if i < len(s.Costs) {
			return f(&s.Costs[i])
		}
		return nil
	}
}

func costNum(i int, f func(*roi.Cost) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if i < len(s.Costs) {
			return f(&s.Costs[i])
		}
		return nil
	}
}

func revStr(i int, f func(*roi.Revenue) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if i < len(s.Revenue) {
			return f(&s.Revenue[i])
		}
		return nil
	}
}

func revNum(i int, f func(*roi.Revenue) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if i < len(s.Revenue) {
			return f(&s.Revenue[i])
		}
		return nil
	}
}

func actStr(i int, f func(*roi.Action) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if i < len(s.Actions) {
			return f(&s.Actions[i])
		}
		return nil
	}
}

func actNum(i int, f func(*roi.Action) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if i < len(s.Actions) {
			return f(&s.Actions[i])
		}
		return nil
	}
}

func actFrom(i int, f func(*roi.ValueFrom) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if i < len(s.Actions) && s.Actions[i].ValueFrom != nil {
			return f(s.Actions[i].ValueFrom)
		}
		return nil
	}
}

func stageStr(i int, f func(*roi.Stage) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if s.Funnel != nil && i < len(s.Funnel.Stages) {
			return f(&s.Funnel.Stages[i])
		}
		return nil
	}
}

func stageNum(i int, f func(*roi.Stage) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if s.Funnel != nil && i < len(s.Funnel.Stages) {
			return f(&s.Funnel.Stages[i])
		}
		return nil
	}
}

func savStr(i int, f func(*roi.Saving) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if i < len(s.Savings) {
			return f(&s.Savings[i])
		}
		return nil
	}
}

func savNum(i int, f func(*roi.Saving) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if i < len(s.Savings) {
			return f(&s.Savings[i])
		}
		return nil
	}
}

func indStr(i int, f func(*roi.Indirect) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if i < len(s.Indirect) {
			return f(&s.Indirect[i])
		}
		return nil
	}
}

func goalStr(i int, f func(*roi.Goal) *string) strPtr {
	return func(s *roi.Scenario, _ bool) *string {
		if i < len(s.Goals) {
			return f(&s.Goals[i])
		}
		return nil
	}
}

func goalNum(i int, f func(*roi.Goal) *roi.Number) numPtr {
	return func(s *roi.Scenario, _ bool) *roi.Number {
		if i < len(s.Goals) {
			return f(&s.Goals[i])
		}
		return nil
	}
}

// Optional blocks are made on the first write and read as empty before.

func earnedNum(f func(*roi.Earned) *roi.Number) numPtr {
	return func(s *roi.Scenario, create bool) *roi.Number {
		if s.EarnedMedia == nil {
			if !create {
				return nil
			}
			s.EarnedMedia = &roi.Earned{}
		}
		return f(s.EarnedMedia)
	}
}

func liftNum(f func(*roi.Lift) *roi.Number) numPtr {
	return func(s *roi.Scenario, create bool) *roi.Number {
		if s.Lift == nil {
			if !create {
				return nil
			}
			s.Lift = &roi.Lift{}
		}
		return f(s.Lift)
	}
}

func funnelNum(f func(*roi.Funnel) *roi.Number) numPtr {
	return func(s *roi.Scenario, create bool) *roi.Number {
		if s.Funnel == nil {
			if !create {
				return nil
			}
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{}}
		}
		return f(s.Funnel)
	}
}

func periodStr(f func(*roi.Period) *string) strPtr {
	return func(s *roi.Scenario, create bool) *string {
		if s.Period == nil {
			if !create {
				return nil
			}
			s.Period = &roi.Period{}
		}
		return f(s.Period)
	}
}
