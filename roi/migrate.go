package roi

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Migrate converts a scenario of an older version to the current one. The
// data is kept as it is (no number is rewritten); what changes is what some
// figures mean. The notes say, for this scenario, which figures now differ
// and why, with the old and the new amount: the app shows them once, the
// CLI prints them as warnings. Each note's code starts with "migrate." (see
// IsMigration).
func Migrate(s Scenario, from int) (Scenario, []Problem) {
	if from >= Version {
		return s, nil
	}
	s.Version = Version
	notes := []Problem{{Path: "version", Message: Message{Code: "migrate.v1", Args: []string{itoa(from), itoa(Version)}}}}
	return s, append(notes, migrationNotes(s)...)
}

// IsMigration reports whether a Parse warning says what a version upgrade
// changed, rather than something odd in the document.
func IsMigration(p Problem) bool { return strings.HasPrefix(p.Code, "migrate.") }

// migrationNotes lists the figures of a version-1 scenario that version 2
// works out differently.
func migrationNotes(s Scenario) []Problem {
	r, err := Calculate(s)
	if err != nil {
		return nil // Parse reports the problems
	}
	var notes []Problem
	note := func(path, code string, args ...string) {
		notes = append(notes, Problem{Path: path, Message: Message{Code: code, Args: args}})
	}
	t := r.Totals
	if !t.LiftYearly.Exact().IsZero() {
		if r.PeriodInfo.Basis == "assumed" {
			note("lift", "migrate.period")
		} else if !t.Lift.Exact().Equal(t.LiftYearly.Exact()) {
			note("lift", "migrate.lift", t.LiftYearly.String(), t.Lift.String(), r.PeriodInfo.YearFraction.String())
		}
	}
	if r.BreakEven.Basis == "profit" && r.BreakEven.Revenue.ok && !t.Cost.Exact().IsZero() {
		note("grossMargin", "migrate.breakeven", t.Cost.String(), r.BreakEven.Revenue.String(), Canonical(d(s.GrossMargin)))
		note("grossMargin", "migrate.headline", r.ROI.Profit.String(), r.ROI.Direct.String())
	}
	for i, a := range r.Actions {
		switch a.Overlap {
		case "paidClick":
			note("actions["+itoa(i)+"]", "migrate.paidclick", labelOr(a.Label, "actions["+itoa(i)+"]"), a.Value.String())
		case "earnedMedia":
			note("actions["+itoa(i)+"]", "migrate.earnedclick", labelOr(a.Label, "actions["+itoa(i)+"]"), a.Value.String())
		}
	}
	shared := r.Unallocated.DirectCost
	if len(r.Channels) > 0 && shared.Exact().Sign() > 0 && r.Unallocated.Cost.Exact().IsZero() {
		note("costs", "migrate.channels", shared.String())
	}
	if len(r.WhatIf.Funnel) > 0 || len(r.WhatIf.Costs) > 0 {
		note("funnel", "migrate.whatif")
	}
	if x := t.EarnedMedia.Exact().Add(t.Savings.Exact()).Add(t.Lift.Exact()); x.Sign() != 0 {
		note("organic", "migrate.organic", c2(r, x))
	}
	return notes
}

// c2 is an amount of the report's currency as the report shows it.
func c2(r Report, x decimal.Decimal) string {
	return Value{exact: x, unit: UnitMoney, places: MinorUnits(r.Currency), ok: true}.String()
}
