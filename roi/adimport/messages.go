package adimport

import (
	"sort"

	"github.com/socialroi/socialroi/roi"
)

// Message is something the importer tells the user: why a row was skipped,
// or a warning about the import. Code picks the sentence and Args fill its
// {0}, {1}... places (as roi.Message does), so that the app can say it in
// any language; String says it in English. Arguments are plain text, exact
// decimal strings ("1234.5") or dates (YYYY-MM-DD).
type Message struct {
	Code string   `json:"code"`
	Args []string `json:"args,omitempty"`
}

// String renders the message in English.
func (m Message) String() string {
	return roi.Render(m.form("en", EnglishMessages[m.Code]), roi.Message{Code: m.Code, Args: m.Args})
}

func msg(code string, args ...string) Message { return Message{Code: code, Args: args} }

// MessageCodes lists every code the importer can emit, sorted; the app's
// translations are checked against it.
func MessageCodes() []string {
	codes := make([]string, 0, len(EnglishMessages))
	for c := range EnglishMessages {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// EnglishMessages are the importer's sentences in English, by code. Every
// code starts with "import.".
var EnglishMessages = map[string]string{
	// Files that cannot be read at all (the error of Read).
	"import.file.empty":     "the file is empty",
	"import.file.toolarge":  "the file is larger than {0} bytes and was not read",
	"import.file.xlsx":      "this is an Excel workbook: export the report as CSV and import that",
	"import.file.binary":    "this is not a text file (CSV or TSV)",
	"import.file.noheader":  "no header row with known column names was found in the first {0} lines",
	"import.file.toomany":   "the file has more than {0} data rows; export a shorter period or fewer breakdowns",
	"import.file.columns":   "the header has more than {0} columns",
	"import.file.nocolumns": "no column holds a figure the importer reads (spend, impressions, clicks, conversions, sessions, revenue)",

	// Rows skipped by Read (each with its line number).
	"import.row.total":      "a total row: totals are recomputed from the rows",
	"import.row.cells":      "one=has {0} cell where the header has {1}|other=has {0} cells where the header has {1}",
	"import.row.note":       "not a data row: {0}",
	"import.row.nocampaign": "has figures but no campaign name (a summary row)",
	"import.row.number":     "{0}: {1} is not a number",
	"import.row.date":       "{0}: {1} is not a date",
	"import.row.csv":        "cannot be split into cells: {0}",
	"import.row.more":       "one=and {0} more row that could not be read|other=and {0} more rows that could not be read",

	// Things Read noticed about the file.
	"import.read.encoding":      "the file is not UTF-8; it was read as Windows-1252 (Western European): check names with accents",
	"import.read.dateorder":     "dates such as {0} could be day/month or month/day; they were read as {1}",
	"import.read.decimal":       "numbers such as {0} could use a decimal comma or a thousands separator; they were read with {1} as the decimal mark",
	"import.read.currencymixed": "the file holds amounts in several currencies ({0}): import one currency per file",
	"import.read.platform":      "the platform could not be recognised from the headers: choose it, and check each column's meaning",
	"import.read.eventname":     "the report is broken down by event name, which repeats sessions per event: sessions were not summed",
	"import.read.reach":         "reach is not added up across days or campaigns (the same people are counted again): it is shown per campaign only where the file has one row for it",
	"import.read.results":       "results of different kinds ({0}) are not added up",
	"import.read.duplicate":     "columns {0} and {1} both mean {2}: only {0} is read",

	// Apply: problems that keep a file out of the scenario.
	"import.apply.norate":        "{0} is in {1} and the scenario in {2}: give an exchange rate (1 {1} in {2}) to import it",
	"import.apply.badrate":       "the exchange rate for {0} ({1}) must be a positive number with at most 12 decimals",
	"import.apply.badattr":       "the attribution share {0} must be a percent between 0 and 100",
	"import.apply.mixedcurrency": "{0} holds amounts in several currencies and was not imported",
	"import.apply.badgroup":      "grouping must be \"channel\" or \"campaign\", not {0}",
	"import.apply.badchannel":    "{0} is not a channel id (lower-case letters, digits and -)",

	// Apply: warnings.
	"import.apply.currencyunknown": "{0} does not say its currency: its amounts were taken as {1}",
	"import.apply.converted":       "{0}: amounts in {1} were converted at {2} {3} per {1} (rate of {4})",
	"import.apply.periodset":       "the scenario's period was set to {0} – {1}, from {2}",
	"import.apply.period":          "{0} covers {1} – {2}, the scenario {3} – {4}: check that they match",
	"import.apply.periodunknown":   "{0} does not say which period it covers: check that it matches the scenario's",
	"import.apply.conversionsboth": "{0} reports {1} conversions and {2} reports {3} for the same period: the funnel adds them, but the same sale may be claimed by both",
	"import.apply.conversionsfrom": "{0} reports {1} conversions and {2} reports {3} for the same period: the funnel uses only {4}'s",
	"import.apply.revenueboth":     "{0} reports {1} of revenue from paid {2} and {3} reports {4}: both lines were added, but the same sales may be counted twice (lower an attribution share or remove one)",
	"import.apply.funnel":          "the funnel's {0} were {1} and are now {2}, from {3}",
	"import.apply.funnelpart":      "the funnel's {0} came from {1} and now come from {2} only: import those files together to count them all",
	"import.apply.earned":          "unpaid visits from social (earned media) were {0} and are now {1}, from {2}",
	"import.apply.earnedcpc":       "earned media values unpaid visits at {0}, the cost per click the imported ads paid: change it if you know better",
	"import.apply.earnednocpc":     "one={0} unpaid visit from social was not valued: enter a cost per click in earned media|other={0} unpaid visits from social were not valued: enter a cost per click in earned media",
	"import.apply.replaced":        "one={0} line from an earlier import of the same platform and period was replaced|other={0} lines from an earlier import of the same platform and period were replaced",
	"import.apply.excluded":        "{0}: left out as not social media ({1}): {2}; include them in the mapping if they belong",
	"import.apply.duplicate":       "{0} and {1} cover the same platform, account and period: {1} replaces {0}",
	"import.apply.nothing":         "{0} holds nothing to import for the chosen campaigns",
	"import.apply.rounded":         "{0}: a converted amount had more than 12 decimals and was rounded to 12",
}
