package main

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/roi/adimport"
)

const importSynopsis = "import [-into FILE] [-currency CODE] [-attribution N] [-rate CUR=RATE[@DATE]]... [-group channel|campaign] EXPORT..."

const importHelp = `Read exports of Meta Ads Manager, Google Ads, LinkedIn Campaign Manager,
TikTok Ads Manager and Google Analytics 4 (CSV or TSV, as downloaded) and
print a scenario (JSON, version 2) with their ad costs per channel, funnel
counts, platform-reported revenue and GA4 revenue and sessions. With -into,
the figures go into that scenario: lines from an earlier import of the same
platform and period are replaced, never added twice. What was recognised,
rows that were skipped (with their line) and warnings go to standard error.
See docs/import.md.`

// rateFlags collects repeated -rate CUR=RATE[@DATE] flags.
type rateFlags []string

func (r *rateFlags) String() string     { return strings.Join(*r, " ") }
func (r *rateFlags) Set(v string) error { *r = append(*r, v); return nil }

func importFlags(fs *flag.FlagSet) {
	fs.String("into", "", "scenario to add the figures to (default: a new one)")
	fs.String("currency", "", "currency of a new scenario (default: the first export's)")
	fs.String("attribution", "", "percent of platform-reported revenue credited to social media (default 100)")
	fs.Var(&rateFlags{}, "rate", "exchange rate CUR=RATE[@YYYY-MM-DD]: 1 CUR in the scenario's currency (repeatable)")
	fs.String("group", adimport.GroupChannel, "one line per channel, or per campaign")
}

// parseRate reads CUR=RATE[@DATE].
func parseRate(s string) (roi.ExchangeRate, error) {
	cur, rest, ok := strings.Cut(s, "=")
	if !ok {
		return roi.ExchangeRate{}, fmt.Errorf("-rate %q is not CUR=RATE[@DATE], such as NOK=0.0856@2026-03-31", s)
	}
	cur = strings.ToUpper(strings.TrimSpace(cur))
	if !roi.IsCurrency(cur) {
		return roi.ExchangeRate{}, fmt.Errorf("-rate %q: %q is not an ISO 4217 currency code", s, cur)
	}
	rate, date, _ := strings.Cut(rest, "@")
	d, err := roi.ParseDecimal(rate)
	if err != nil || !d.IsPositive() {
		return roi.ExchangeRate{}, fmt.Errorf("-rate %q: %q is not a positive number", s, rate)
	}
	if date != "" {
		if _, err := time.Parse("2006-01-02", date); err != nil {
			return roi.ExchangeRate{}, fmt.Errorf("-rate %q: %q is not a date YYYY-MM-DD", s, date)
		}
	}
	return roi.ExchangeRate{Currency: cur, Rate: roi.Number(roi.Canonical(d)), Date: date}, nil
}

// readExport reads an export, or standard input for "-", up to one byte
// more than adimport reads.
func (c *cli) readExport(name string) ([]byte, error) {
	return c.readUpTo(name, int64(adimport.MaxFileBytes)+1)
}

func (c *cli) importExports(args []string) int {
	fs, pos, code, ok := c.parse("import", args, -1, "EXPORT (one or more exported reports; - for standard input)")
	if !ok {
		return code
	}
	group := strings.ToLower(flagValue(fs, "group"))
	if group != adimport.GroupChannel && group != adimport.GroupCampaign {
		return c.usageError("import", fmt.Sprintf("unknown grouping %q (use channel or campaign)", group))
	}
	choices := adimport.Choices{Group: group, Attribution: roi.Number(strings.TrimSuffix(flagValue(fs, "attribution"), "%"))}
	for _, r := range *fs.Lookup("rate").Value.(*rateFlags) {
		rate, err := parseRate(r)
		if err != nil {
			return c.usageError("import", err.Error())
		}
		choices.Rates = append(choices.Rates, rate)
	}
	newCurrency := strings.ToUpper(flagValue(fs, "currency"))
	if newCurrency != "" && !roi.IsCurrency(newCurrency) {
		return c.usageError("import", fmt.Sprintf("-currency %q is not an ISO 4217 currency code", newCurrency))
	}
	into := flagValue(fs, "into")
	if into != "" && newCurrency != "" {
		return c.usageError("import", "-currency is for a new scenario; the -into scenario has its own")
	}

	// Read every export, and say what was recognised.
	var files []*adimport.File
	failed := false
	for _, name := range pos {
		label := displayName(name)
		data, err := c.readExport(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "%s: cannot read the file: %s\n", label, readError(err))
			failed = true
			continue
		}
		f, err := adimport.Read(filepath.Base(label), data)
		if err != nil {
			var e *adimport.Error
			if errors.As(err, &e) {
				fmt.Fprintf(c.stderr, "%s: %s\n", label, e.Message)
			} else {
				fmt.Fprintf(c.stderr, "%s: %v\n", label, err)
			}
			failed = true
			continue
		}
		c.describe(label, f)
		files = append(files, f)
	}
	if failed {
		return exitInvalid
	}

	var s roi.Scenario
	if into != "" {
		if s, ok = c.load(into, c.stderr); !ok {
			return exitInvalid
		}
	} else {
		cur := newCurrency
		for _, f := range files {
			if cur == "" {
				cur = f.Currency
			}
		}
		if cur == "" {
			return c.usageError("import", "no export says its currency: give -currency CODE, or -into a scenario")
		}
		names := make([]string, len(files))
		for i, f := range files {
			names[i] = f.Name
		}
		s = roi.New("Imported from "+strings.Join(names, ", "), cur)
	}
	out, sum := adimport.Apply(s, files, choices)
	for _, w := range sum.Warnings {
		fmt.Fprintf(c.stderr, "roi import: warning: %s\n", w)
	}
	if !sum.OK() {
		for _, p := range sum.Problems {
			fmt.Fprintf(c.stderr, "roi import: %s\n", p)
		}
		return exitInvalid
	}
	return c.done(writeJSON(c.stdout, out))
}

// describe prints what was recognised in an export, the rows skipped with
// their line, and the reader's notes, on standard error.
func (c *cli) describe(label string, f *adimport.File) {
	period := "unknown period"
	if f.Period.Known() {
		period = f.Period.Start + " – " + f.Period.End
	}
	cur := f.Currency
	if cur == "" {
		cur = "currency not given"
	}
	fmt.Fprintf(c.stderr, "%s: %s (%s headers, %s, %s), %s, %s, %d campaigns\n", label, f.Platform.Title(), orUnknown(f.Language),
		f.Encoding, separatorName(f.Separator), period, cur, len(f.Campaigns))
	for _, s := range f.Skipped {
		if s.Line == 0 {
			fmt.Fprintf(c.stderr, "%s: skipped %s\n", label, s.Message)
			continue
		}
		fmt.Fprintf(c.stderr, "%s:%d: skipped: %s\n", label, s.Line, s.Message)
	}
	for _, n := range f.Notes {
		fmt.Fprintf(c.stderr, "%s: warning: %s\n", label, n)
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func separatorName(s string) string {
	switch s {
	case "\t":
		return "tab-separated"
	case ";":
		return "semicolon-separated"
	}
	return "comma-separated"
}
