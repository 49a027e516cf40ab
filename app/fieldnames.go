package app

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// A problem the engine finds is placed by the JSON path of its field
// ("costs[2].hours"); the app says the field as the form labels it, with
// its line ("Cost line 3, Hours"). The CLI keeps the path.

// listLabels name a line of a list, {0} its number from 1.
var listLabels = map[string]string{
	"costs": msg("Cost line {0}"), "revenue": msg("Revenue line {0}"), "actions": msg("Action {0}"),
	"funnel.stages": msg("Funnel stage {0}"), "savings": msg("Saving {0}"), "indirect": msg("Return without a figure {0}"),
	"goals": msg("Goal {0}"), "exchangeRates": msg("Exchange rate {0}"),
}

// formFieldLabels are the form's labels of fields, by path ("name") or by a
// list's field ("costs[].hours"), else by the field's name alone.
var formFieldLabels = map[string]string{
	"name": msg("Scenario name"), "currency": msg("Currency"), "businessModel": msg("Business model"),
	"period.start": msg("Period start"), "period.end": msg("Period end"), "period.months": msg("Months (without dates)"),
	"label": msg("Label"), "category": msg("Category"), "hours": msg("Hours"), "hourlyRate": msg("Hourly rate"),
	"amount": msg("Amount"), "costs[].paid": msg("Spent on paid campaigns"), "paid": msg("From paid social"),
	"attribution": msg("Share credited to social (%)"), "source": msg("Where the figure comes from"),
	"channel": msg("Channel (optional)"), "type": msg("Type"), "actions[].stage": msg("Funnel stage"), "count": msg("Count"),
	"method": msg("Value from"), "valueFrom.rate": msg("Close rate (%)"), "valueFrom.value": msg("Deal size"),
	"unitValue": msg("Value per action"), "inRevenue": msg("Already in revenue?"), "stage": msg("Stage"),
	"metric": msg("Metric"), "funnel.stages[].metric": msg("What is counted"), "mode": msg("Given as"),
	"rate": msg("Rate (%)"), "paidCount": msg("Of which paid (optional)"),
	"funnel.valuePerConversion": msg("Value per conversion"), "funnel.attribution": msg("Share credited to social (%)"),
	"funnel.useAsRevenue": msg("Count conversions × value as revenue"),
	"earnedMedia.visits":  msg("Visits"), "earnedMedia.costPerClick": msg("Pay-per-click price"),
	"savings[].count": msg("How many"), "unitCost": msg("Cost of each otherwise"),
	"lift.engagedCustomers": msg("Engaged customers"), "lift.engagedValue": msg("Yearly value of an engaged customer"),
	"lift.baselineValue": msg("Yearly value of a customer who does not engage"),
	"subscription.arpa":  msg("Average revenue per account, monthly"),
	"subscription.churn": msg("Churn, monthly (%)"), "subscription.newCustomers": msg("New customers (optional)"),
	"kind": msg("Kind"), "note": msg("Note"), "grossMargin": msg("Gross margin (%)"), "target": msg("Target"),
	"deadline": msg("field\x04Deadline"),
}

var (
	listPathOnce sync.Once // compiled on first use, not at start
	listPathRx   *regexp.Regexp
)

func listPathRE() *regexp.Regexp {
	listPathOnce.Do(func() { listPathRx = regexp.MustCompile(`^([a-zA-Z.]+)\[(\d+)\](?:\.(.+))?$`) })
	return listPathRx
}

// fieldName says a problem's field the way the form labels it, in lang:
// "Cost line 3, Hours", "Funnel stage 2, Rate (%), Low"; a path it does not
// know is shown as it is.
func fieldName(lang, path string) string {
	label := func(key, alt string) string {
		base, end := key, ""
		if b, ok := strings.CutSuffix(key, "Range.low"); ok {
			base, end = b, tr(lang, "Low")
		} else if b, ok := strings.CutSuffix(key, "Range.high"); ok {
			base, end = b, tr(lang, "High")
		}
		l, ok := formFieldLabels[alt+base]
		if !ok {
			l, ok = formFieldLabels[base]
		}
		if !ok {
			return ""
		}
		if end != "" {
			return tr(lang, l) + ", " + end
		}
		return tr(lang, l)
	}
	if m := listPathRE().FindStringSubmatch(path); m != nil {
		ll, ok := listLabels[m[1]]
		if !ok {
			return path
		}
		n, _ := strconv.Atoi(m[2])
		line := trf(lang, ll, strconv.Itoa(n+1))
		if m[3] == "" {
			return line
		}
		if f := label(m[3], m[1]+"[]."); f != "" {
			return line + ", " + f
		}
		return line + ", " + m[3]
	}
	if f := label(path, ""); f != "" {
		return f
	}
	return path
}
