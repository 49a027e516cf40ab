package app

import (
	"bytes"

	"github.com/socialroi/socialroi/roi"
)

// The spreadsheet export: roi.WriteLocalCSV with the words of the page's
// language. The machine CSV (ExportCSV, roi report -format csv) keeps its
// keys and "." decimals for tools.

// csvWords say the keys, units and answers of the machine CSV in words;
// funnel metrics, cost categories and kinds of returns without a figure
// use the app's own labels.
var csvWords = map[string]string{
	"section":               msg("csv\x04Section"),
	"metric":                msg("csv\x04Figure"),
	"value":                 msg("csv\x04Value"),
	"unit":                  msg("csv\x04Unit"),
	"unit.%":                msg("csv\x04%"),
	"unit.count":            msg("csv\x04number"),
	"unit.points":           msg("csv\x04percentage points"),
	"unit.ratio":            msg("csv\x04ratio"),
	"yes":                   msg("csv\x04yes"),
	"no":                    msg("csv\x04no"),
	"report":                msg("csv\x04Report"),
	"headline":              msg("csv\x04Headline"),
	"totals":                msg("csv\x04Totals"),
	"costBreakdown":         msg("csv\x04Cost by category"),
	"costLines":             msg("csv\x04Cost lines"),
	"costs":                 msg("csv\x04cost line"),
	"revenue":               msg("csv\x04Revenue"),
	"roi":                   msg("csv\x04ROI"),
	"ranges":                msg("csv\x04Ranges"),
	"roas":                  msg("csv\x04ROAS"),
	"actions":               msg("csv\x04Actions"),
	"funnel":                msg("csv\x04Funnel"),
	"breakEven":             msg("csv\x04Break-even"),
	"channels":              msg("csv\x04Channels"),
	"unallocated":           msg("csv\x04Shared by all channels"),
	"paid":                  msg("csv\x04Paid"),
	"organic":               msg("csv\x04Organic"),
	"goals":                 msg("csv\x04Goals"),
	"whatIf":                msg("csv\x04What if"),
	"indirect":              msg("csv\x04Returns without a figure"),
	"subscription":          msg("csv\x04Subscriptions"),
	"warnings":              msg("csv\x04Warnings"),
	"name":                  msg("csv\x04Name"),
	"currency":              msg("csv\x04Currency"),
	"businessModel":         msg("csv\x04Business model"),
	"period":                msg("csv\x04Period"),
	"start":                 msg("csv\x04start"),
	"end":                   msg("csv\x04end"),
	"basis":                 msg("csv\x04basis"),
	"days":                  msg("csv\x04days"),
	"months":                msg("csv\x04months"),
	"yearFraction":          msg("csv\x04share of a year"),
	"direct":                msg("csv\x04direct"),
	"total":                 msg("csv\x04total"),
	"low":                   msg("csv\x04low"),
	"high":                  msg("csv\x04high"),
	"profit":                msg("csv\x04on gross profit"),
	"totalProfit":           msg("csv\x04total on gross profit"),
	"cost":                  msg("csv\x04Cost"),
	"staffCost":             msg("csv\x04Staff time"),
	"staffHours":            msg("csv\x04Staff hours"),
	"adSpend":               msg("csv\x04Ad spend"),
	"paidCost":              msg("csv\x04Paid cost"),
	"revenueEntered":        msg("csv\x04Revenue entered"),
	"directRevenue":         msg("csv\x04Revenue credited to social"),
	"paidRevenue":           msg("csv\x04Revenue from paid ads"),
	"funnelRevenue":         msg("csv\x04Revenue from funnel conversions"),
	"actionValue":           msg("csv\x04Action value"),
	"actionValueNotCounted": msg("csv\x04Action value not added"),
	"microValue":            msg("csv\x04Micro action value"),
	"macroValue":            msg("csv\x04Macro action value"),
	"earnedMedia":           msg("csv\x04Earned media"),
	"savings":               msg("csv\x04Savings"),
	"lift":                  msg("csv\x04Customer lift"),
	"liftYearly":            msg("csv\x04Customer lift, yearly"),
	"estimatedReturn":       msg("csv\x04Estimated return"),
	"totalReturn":           msg("csv\x04Total return"),
	"grossProfit":           msg("csv\x04Gross profit"),
	"totalProfitReturn":     msg("csv\x04Total return on gross profit"),
	"netDirect":             msg("csv\x04Net result, direct"),
	"netTotal":              msg("csv\x04Net result, total"),
	"net":                   msg("csv\x04Net result"),
	"netProfit":             msg("csv\x04Net result on gross profit"),
	"netTotalProfit":        msg("csv\x04Net result, total on gross profit"),
	"share":                 msg("csv\x04share"),
	"amount":                msg("csv\x04amount"),
	"attributed":            msg("csv\x04credited to social"),
	"attribution":           msg("csv\x04attribution share"),
	"count":                 msg("csv\x04count"),
	"unitValue":             msg("csv\x04value per action"),
	"counted":               msg("csv\x04added to the return"),
	"rateFromPrevious":      msg("csv\x04% of the stage before"),
	"rateFromFirst":         msg("csv\x04% of the first stage"),
	"paidCount":             msg("csv\x04paid"),
	"media":                 msg("csv\x04ad spend only"),
	"cpm":                   msg("csv\x04CPM"),
	"cpc":                   msg("csv\x04CPC"),
	"cpl":                   msg("csv\x04CPL"),
	"cac":                   msg("csv\x04CAC"),
	"cost-per":              msg("csv\x04cost per unit"),
	"conversionRate":        msg("csv\x04funnel conversion rate"),
	"conversions":           msg("csv\x04conversions"),
	"gap":                   msg("csv\x04gap"),
	"reached":               msg("csv\x04reached"),
	"directCost":            msg("csv\x04own cost"),
	"sharedCost":            msg("csv\x04shared cost"),
	"return":                msg("csv\x04return"),
	"contribution":          msg("csv\x04contribution"),
	"roiProfit":             msg("csv\x04ROI on gross profit"),
	"results":               msg("csv\x04results"),
	"costPerResult":         msg("csv\x04cost per result"),
	"adCostPerResult":       msg("csv\x04ad spend per result"),
	"target":                msg("csv\x04target"),
	"actual":                msg("csv\x04actual"),
	"progress":              msg("csv\x04progress"),
	"met":                   msg("csv\x04met"),
	"best":                  msg("csv\x04best"),
	"gain":                  msg("csv\x04gain in ROI"),
	"rate":                  msg("csv\x04rate"),
	"newRate":               msg("csv\x04new rate"),
	"step":                  msg("csv\x04step"),
	"roiDelta":              msg("csv\x04change in ROI"),
	"costDelta":             msg("csv\x04change in cost"),
	"valueDelta":            msg("csv\x04change in value"),
	"profitDelta":           msg("csv\x04change in gross profit"),
	"conversionsDelta":      msg("csv\x04change in conversions"),
	"breakEvenRate":         msg("csv\x04rate for break-even"),
	"reachable":             msg("csv\x04reachable"),
	"curve":                 msg("csv\x04curve"),
	"arpa":                  msg("csv\x04revenue per account a month"),
	"churn":                 msg("csv\x04churn a month"),
	"customers":             msg("csv\x04new customers"),
	"lifetimeMonths":        msg("csv\x04average lifetime (months)"),
	"ltv":                   msg("csv\x04lifetime value"),
	"paybackMonths":         msg("csv\x04CAC payback (months)"),
	"roiLifetime":           msg("csv\x04ROI on lifetime value"),
	"roiTotal":              msg("csv\x04total ROI"),
}

// csvWord is a word of the machine CSV in lang, or "" to keep it as it is.
func csvWord(lang, s string) string {
	for _, labels := range []map[string]string{csvWords, metricLabels, categoryLabels, indirectLabels, modelLabels} {
		if l, ok := labels[s]; ok {
			return tr(lang, l)
		}
	}
	return ""
}

// ExportLocalCSV is the report as a spreadsheet in lang opens it: UTF-8
// with a BOM, ';' and a decimal comma where the language writes one,
// headers, figure names and units in words, formula-like cells neutralised.
func ExportLocalCSV(lang string, r roi.Report) ([]byte, error) {
	st := roi.CSVStyleFor(lang)
	st.Word = func(s string) string { return csvWord(lang, s) }
	st.Message = func(m roi.Message) string { return m.In(lang) }
	var b bytes.Buffer
	if err := roi.WriteLocalCSV(&b, r, st); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
