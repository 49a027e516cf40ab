package adimport

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Limits of Read: work and memory stay bounded whatever the file holds.
const (
	MaxFileBytes     = 5 << 20 // 5 MiB: a year of daily rows for hundreds of campaigns
	MaxRows          = 100_000 // records (lines) after the header
	MaxColumns       = 256     // cells in the header row
	MaxSkippedListed = 200     // rows listed in File.Skipped; the rest are counted
	headerScanLines  = 40      // the header row must be among the first lines
)

// Error is why a file could not be read at all.
type Error struct {
	File string // the file's name
	Message
}

// Error says the problem in English, the file's name first.
func (e *Error) Error() string { return e.File + ": " + e.Message.String() }

// Column is one column of the file: its header as written, the meaning the
// reader recognised, and the meaning in use (the user may change Field with
// File.SetField).
type Column struct {
	Index      int    `json:"index"`
	Header     string `json:"header"`
	Field      Field  `json:"field"`
	Recognised Field  `json:"recognised"`
	Language   string `json:"language,omitempty"` // the header's language, when recognised
	Currency   string `json:"currency,omitempty"` // a currency code in the header: "Amount spent (EUR)"
}

// Period is the time a file covers, as YYYY-MM-DD dates; empty when unknown.
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Known reports whether both dates are known.
func (p Period) Known() bool { return p.Start != "" && p.End != "" }

// Skipped is a row that was not read: its line number (from 1) and why.
type Skipped struct {
	Line int `json:"line"`
	Message
}

// Metrics are the sums of a campaign's (or a day's, or the file's) rows.
// Money is in the file's currency. Ratios are methods, recomputed from the
// sums.
type Metrics struct {
	Spend           Num    `json:"spend"`
	Impressions     Num    `json:"impressions"`
	Reach           Num    `json:"reach"`
	Clicks          Num    `json:"clicks"`
	Results         Num    `json:"results"`
	ResultKind      string `json:"resultKind,omitempty"` // "mixed" when kinds differ (Results is then unknown)
	Conversions     Num    `json:"conversions"`
	ConversionValue Num    `json:"conversionValue"`
	Leads           Num    `json:"leads"`
	Sessions        Num    `json:"sessions"`
	Revenue         Num    `json:"revenue"`
}

func (m *Metrics) add(o Metrics) {
	m.Spend.add(o.Spend)
	m.Impressions.add(o.Impressions)
	m.Reach.add(o.Reach)
	m.Clicks.add(o.Clicks)
	m.Conversions.add(o.Conversions)
	m.ConversionValue.add(o.ConversionValue)
	m.Leads.add(o.Leads)
	m.Sessions.add(o.Sessions)
	m.Revenue.add(o.Revenue)
	switch {
	case m.ResultKind == "mixed":
	case !o.Results.Known && o.ResultKind == "":
		m.Results.add(o.Results)
	case m.Results.Known && m.ResultKind != o.ResultKind:
		m.ResultKind, m.Results = "mixed", Num{}
	default:
		m.Results.add(o.Results)
		m.ResultKind = o.ResultKind
	}
}

// ratioScale is the number of decimals ratios are computed to.
const ratioScale = 8

func ratio(num, den Num, times int64) (decimal.Decimal, bool) {
	if !num.Known || !den.Known || den.Value.IsZero() {
		return decimal.Decimal{}, false
	}
	return num.Value.Mul(decimal.NewFromInt(times)).DivRound(den.Value, ratioScale), true
}

// CTR is clicks / impressions in percent; false when undefined.
func (m Metrics) CTR() (decimal.Decimal, bool) { return ratio(m.Clicks, m.Impressions, 100) }

// CPC is spend / clicks; false when undefined.
func (m Metrics) CPC() (decimal.Decimal, bool) { return ratio(m.Spend, m.Clicks, 1) }

// CPM is spend / impressions x 1000; false when undefined.
func (m Metrics) CPM() (decimal.Decimal, bool) { return ratio(m.Spend, m.Impressions, 1000) }

// ROAS is conversion value / spend; false when undefined.
func (m Metrics) ROAS() (decimal.Decimal, bool) { return ratio(m.ConversionValue, m.Spend, 1) }

// CostPerResult is spend / results; false when undefined.
func (m Metrics) CostPerResult() (decimal.Decimal, bool) { return ratio(m.Spend, m.Results, 1) }

// Day is one day of a campaign, when the file breaks its rows down by day.
type Day struct {
	Date string `json:"date"`
	Metrics
}

// Campaign is the rows of one campaign summed (for GA4: of one session
// source / medium, or channel group). Channel, Paid and Social are the
// reader's guesses; the user confirms or changes them in Choices.
type Campaign struct {
	Name         string `json:"name"`
	Channel      string `json:"channel,omitempty"`
	Paid         bool   `json:"paid"`
	Social       bool   `json:"social"`
	Source       string `json:"source,omitempty"`       // GA4
	Medium       string `json:"medium,omitempty"`       // GA4
	ChannelGroup string `json:"channelGroup,omitempty"` // GA4
	Rows         int    `json:"rows"`
	Line         int    `json:"line"` // the first row's line
	Metrics
	Days []Day `json:"days,omitempty"`
}

// File is what Read recognised in an export: the preview the user checks
// and corrects before Apply. Change a column's meaning with SetField and the
// platform with SetPlatform; both compute Campaigns, Totals and Skipped again.
type File struct {
	Name       string     `json:"name"`
	Platform   Platform   `json:"platform"`
	Language   string     `json:"language,omitempty"` // the headers' language
	Encoding   string     `json:"encoding"`
	Separator  string     `json:"separator"`  // ",", ";" or "\t"
	HeaderLine int        `json:"headerLine"` // line of the header row
	Columns    []Column   `json:"columns"`
	Period     Period     `json:"period"`
	Currency   string     `json:"currency,omitempty"` // ISO 4217, or empty when the file does not say
	Account    string     `json:"account,omitempty"`  // the ad account, when the file names one (and only one)
	Mixed      bool       `json:"mixedCurrency,omitempty"`
	Decimal    string     `json:"decimal"` // the decimal mark numbers were read with
	HasDays    bool       `json:"hasDays"`
	Campaigns  []Campaign `json:"campaigns"`
	Totals     Metrics    `json:"totals"`
	Skipped    []Skipped  `json:"skipped,omitempty"`
	Notes      []Message  `json:"notes,omitempty"` // warnings about the file

	recs      []record // the rows after the header
	sep       rune
	preDates  []string
	readNotes []Message
}

// Read recognises an export of Meta Ads Manager, Google Ads, LinkedIn
// Campaign Manager, TikTok Ads Manager or Google Analytics 4 (CSV or TSV)
// and sums it per campaign. name is the file's name, for messages. The
// error, when not nil, is an *Error. Read never panics; its work is bounded
// by MaxFileBytes and MaxRows.
func Read(name string, data []byte) (*File, error) {
	fail := func(code string, args ...string) (*File, error) {
		return nil, &Error{File: name, Message: msg(code, args...)}
	}
	if len(data) > MaxFileBytes {
		return fail("import.file.toolarge", strconv.Itoa(MaxFileBytes))
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return fail("import.file.empty")
	}
	text, enc, err := decodeText(data)
	if err != nil {
		return fail(err.Error())
	}
	f := &File{Name: name, Encoding: enc}
	if enc == Encoding1252 {
		f.readNotes = append(f.readNotes, msg("import.read.encoding"))
	}
	text = normalizeNewlines(text)
	f.sep = detectSeparator(text)
	f.Separator = string(f.sep)
	recs, ok := splitRecords(text, f.sep, MaxRows+headerScanLines)
	if !ok {
		return fail("import.file.toomany", strconv.Itoa(MaxRows))
	}

	// The header: the line among the first ones naming the most known columns.
	head, best := -1, 1
	var gaComments bool
	for i, r := range recs {
		if i >= headerScanLines {
			break
		}
		if isComment(r) {
			gaComments = true
			f.scanPreamble(strings.Join(r.cells, string(f.sep)))
			continue
		}
		n := 0
		for _, c := range r.cells {
			if len(dictionary()[normHeader(c)]) > 0 {
				n++
			}
		}
		if n > best {
			head, best = i, n
		}
	}
	if head < 0 {
		return fail("import.file.noheader", strconv.Itoa(headerScanLines))
	}
	for _, r := range recs[:head] {
		if !isComment(r) {
			f.scanPreamble(strings.Join(r.cells, string(f.sep)))
		}
	}
	cells := recs[head].cells
	if len(cells) > MaxColumns {
		return fail("import.file.columns", strconv.Itoa(MaxColumns))
	}
	f.HeaderLine = recs[head].line
	f.recs = recs[head+1:]
	f.recognise(cells, gaComments)
	hasFigure := false
	for _, c := range f.Columns {
		hasFigure = hasFigure || c.Field.numeric()
	}
	if !hasFigure {
		return fail("import.file.nocolumns")
	}
	f.evaluate()
	return f, nil
}

func isComment(r record) bool {
	return len(r.cells) > 0 && strings.HasPrefix(strings.TrimSpace(r.cells[0]), "#")
}

// scanPreamble looks for the period in a line above the header (or a GA4
// comment line): "# Start date: 20260301", "Report Start: 3/1/2026", Google
// Ads' "1 March 2026 - 31 March 2026". The dates are read in evaluate, once
// the file's date order is known; the period spans them all.
func (f *File) scanPreamble(line string) {
	if len(line) > 300 || len(f.preDates) >= 8 {
		return
	}
	f.preDates = append(f.preDates, reDateIn.get().FindAllString(line, 2)...)
}

// widen makes the period include date d.
func (p *Period) widen(d string) {
	if d == "" {
		return
	}
	if p.Start == "" || d < p.Start {
		p.Start = d
	}
	if p.End == "" || d > p.End {
		p.End = d
	}
}

// recognise finds the platform, the language and each column's meaning.
func (f *File) recognise(cells []string, gaComments bool) {
	score := map[Platform]int{}
	if gaComments {
		score[GA4] += 2
	}
	for _, c := range cells {
		seen := map[Platform]bool{}
		for _, h := range dictionary()[normHeader(c)] {
			if seen[h.platform] {
				continue
			}
			seen[h.platform] = true
			if h.sig {
				score[h.platform] += 3
			} else {
				score[h.platform]++
			}
		}
	}
	best, tie := 0, false
	for _, p := range Platforms {
		switch {
		case score[p] > best:
			f.Platform, best, tie = p, score[p], false
		case score[p] == best && best > 0:
			tie = true
		}
	}
	if tie {
		f.Platform = Unknown
	}
	f.Columns = make([]Column, len(cells))
	for i, c := range cells {
		_, cur := splitHeaderCurrency(c)
		f.Columns[i] = Column{Index: i, Header: strings.TrimPrefix(strings.TrimSpace(c), "\uFEFF"), Currency: cur}
	}
	f.assignFields()
}

// assignFields gives each column the meaning the dictionary has for the
// file's platform (or any platform's, when unknown or not listed).
func (f *File) assignFields() {
	langs := map[string]int{}
	used := map[Field]int{}
	notes := []Message{}
	for i := range f.Columns {
		c := &f.Columns[i]
		c.Field, c.Language = FieldNone, ""
		entries := dictionary()[normHeader(c.Header)]
		var pick *header
		for j := range entries {
			if entries[j].platform == f.Platform {
				if pick == nil {
					pick = &entries[j]
				}
				langs[entries[j].lang]++
			}
		}
		if pick == nil && len(entries) > 0 {
			pick = &entries[0]
		}
		if pick != nil {
			c.Field, c.Language = pick.field, pick.lang
		}
		if c.Field != FieldNone && c.Field != FieldRatio {
			if j, dup := used[c.Field]; dup {
				notes = append(notes, msg("import.read.duplicate", f.Columns[j].Header, c.Header, string(c.Field)))
				c.Field = FieldNone
			} else {
				used[c.Field] = i
			}
		}
		c.Recognised = c.Field
	}
	f.Language = ""
	bestN := 0
	for _, l := range Languages {
		if langs[l] > bestN {
			f.Language, bestN = l, langs[l]
		}
	}
	if f.Platform == Unknown {
		notes = append(notes, msg("import.read.platform"))
	}
	f.readNotes = append(slices.DeleteFunc(f.readNotes, func(m Message) bool {
		return m.Code == "import.read.duplicate" || m.Code == "import.read.platform"
	}), notes...)
}

// SetField changes what column i means and computes the sums again. A
// field other than FieldNone and FieldRatio that another column had is
// taken from it.
func (f *File) SetField(i int, field Field) error {
	if i < 0 || i >= len(f.Columns) {
		return fmt.Errorf("no column %d", i)
	}
	if !slices.Contains(Fields, field) {
		return fmt.Errorf("unknown field %q", field)
	}
	if field != FieldNone && field != FieldRatio {
		for j := range f.Columns {
			if j != i && f.Columns[j].Field == field {
				f.Columns[j].Field = FieldNone
			}
		}
	}
	f.Columns[i].Field = field
	f.readNotes = slices.DeleteFunc(f.readNotes, func(m Message) bool { return m.Code == "import.read.duplicate" })
	f.evaluate()
	return nil
}

// SetPlatform says which platform the file comes from when the reader got
// it wrong or could not tell; the columns are recognised again.
func (f *File) SetPlatform(p Platform) {
	f.Platform = p
	f.assignFields()
	f.evaluate()
}

// isTotal reports whether a cell starts a total row: "Total", "Total:
// Account", "Grand total", "Total of 12 results", "Totalt", "Gesamt"…
func isTotal(cell string) bool {
	s := strings.ToLower(strings.TrimSpace(cell))
	if s == "" {
		return false
	}
	for _, w := range totalWords {
		if s == w {
			return true
		}
		if rest, ok := strings.CutPrefix(s, w); ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " of ") ||
			strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " de ")) {
			return true
		}
	}
	return false
}

var totalWords = []string{"total", "totals", "grand total", "totalt", "totalsumma", "summa", "sum", "gesamt", "insgesamt",
	"gesamtsumme", "summe", "gesamtergebnis", "total général", "totaux", "total general", "suma", "razem", "łącznie", "suma całkowita",
	"toplam", "genel toplam", "totaal"}

// evaluate reads the rows with the current column meanings.
func (f *File) evaluate() {
	f.Campaigns, f.Totals, f.Skipped, f.HasDays, f.Mixed = nil, Metrics{}, nil, false, false
	f.Notes = append([]Message(nil), f.readNotes...)
	col := map[Field]int{}
	for i, c := range f.Columns {
		if _, ok := col[c.Field]; !ok && c.Field != FieldNone {
			col[c.Field] = i
		}
	}
	has := func(fd Field) bool { _, ok := col[fd]; return ok }
	cell := func(cells []string, fd Field) string {
		if i, ok := col[fd]; ok && i < len(cells) {
			return strings.TrimSpace(cells[i])
		}
		return ""
	}
	mark := f.decimalMark()
	f.Decimal = string(mark)
	order := f.dateOrder(col)

	skipped := 0
	skip := func(line int, m Message) {
		skipped++
		if len(f.Skipped) < MaxSkippedListed {
			f.Skipped = append(f.Skipped, Skipped{Line: line, Message: m})
		}
	}
	index := map[string]int{}
	days := map[int]map[string]*Metrics{}
	dates := map[string]string{} // date cells read, as the same dates repeat
	currencies, accounts := []string{}, []string{}
	var period Period
	eventNames := has(FieldEventName)
	width := len(f.Columns)
rows:
	for _, r := range f.recs {
		if r.err != "" {
			skip(r.line, msg("import.row.csv", clipText(r.err)))
			continue
		}
		if isComment(r) || isBlank(r.cells) {
			continue
		}
		cells := r.cells
		if isTotal(cells[0]) || isTotal(cell(cells, FieldCampaign)) || isTotal(cell(cells, FieldSourceMedium)) || isTotal(cell(cells, FieldChannelGroup)) {
			skip(r.line, msg("import.row.total"))
			continue
		}
		if len(cells) == 1 && width > 1 || nonBlank(cells) == 1 && width > 2 && strings.TrimSpace(cells[0]) != "" && !hasNumber(cells[1:]) {
			skip(r.line, msg("import.row.note", clipText(strings.TrimSpace(strings.Join(cells, " ")))))
			continue
		}
		if len(cells) > width && !isBlank(cells[width:]) {
			skip(r.line, msg("import.row.cells", strconv.Itoa(len(cells)), strconv.Itoa(width)))
			continue
		}
		if len(cells) < width {
			cells = append(cells[:len(cells):len(cells)], make([]string, width-len(cells))...)
		}
		// The campaign, or for GA4 the traffic source.
		name, source, medium, group := "", "", "", cell(cells, FieldChannelGroup)
		if sm := cell(cells, FieldSourceMedium); sm != "" {
			source, medium, _ = strings.Cut(sm, "/")
			source, medium = strings.TrimSpace(source), strings.TrimSpace(medium)
		} else {
			source, medium = cell(cells, FieldSource), cell(cells, FieldMedium)
		}
		switch {
		case source != "" || medium != "":
			name = source + " / " + medium
			if c := cell(cells, FieldCampaign); c != "" && !isUnknownCell(c) {
				name += " · " + c
			}
		case has(FieldCampaign):
			name = cell(cells, FieldCampaign)
			if name == "" && group != "" {
				name = group
			}
			if name == "" {
				skip(r.line, msg("import.row.nocampaign"))
				continue
			}
		case group != "":
			name = group
		default:
			name = "(all)"
		}
		// Dates.
		var day string
		for _, fd := range []Field{FieldDay, FieldStart, FieldEnd} {
			s := cell(cells, fd)
			if s == "" || isUnknownCell(s) {
				continue
			}
			d, ok := dates[s]
			if !ok && len(dates) < 4096 {
				d, ok = parseDate(s, order)
				if ok {
					dates[s] = d
				}
			} else if !ok {
				d, ok = parseDate(s, order)
			}
			if !ok {
				skip(r.line, msg("import.row.date", f.Columns[col[fd]].Header, strconv.Quote(clipText(s))))
				continue rows
			}
			period.widen(d)
			if fd == FieldDay {
				day = d
			}
		}
		// Figures.
		var m Metrics
		for i, c := range f.Columns {
			if !c.Field.numeric() || col[c.Field] != i {
				continue
			}
			s := strings.TrimSpace(cells[i])
			if isUnknownCell(s) {
				continue
			}
			v, _, err := parseNumber(s, mark)
			if err != nil {
				skip(r.line, msg("import.row.number", c.Header, strconv.Quote(clipText(s))))
				continue rows
			}
			n := known(v)
			switch c.Field {
			case FieldSpend:
				m.Spend = n
			case FieldImpressions:
				m.Impressions = n
			case FieldReach:
				m.Reach = n
			case FieldClicks:
				m.Clicks = n
			case FieldClicksAll:
				if !has(FieldClicks) {
					m.Clicks = n
				}
			case FieldResults:
				m.Results = n
			case FieldConversions:
				m.Conversions = n
			case FieldConversionValue:
				m.ConversionValue = n
			case FieldValueAll:
				if !has(FieldConversionValue) {
					m.ConversionValue = n
				}
			case FieldLeads:
				m.Leads = n
			case FieldSessions:
				if !eventNames {
					m.Sessions = n
				}
			case FieldRevenue:
				m.Revenue = n
			}
		}
		if m.Results.Known {
			m.ResultKind = cell(cells, FieldResultKind)
			kind := strings.ToLower(m.ResultKind)
			switch {
			case !has(FieldLeads) && strings.Contains(kind, "lead"):
				m.Leads = m.Results
			case !has(FieldConversions) && (strings.Contains(kind, "purchase") || strings.Contains(kind, "conversion")):
				m.Conversions = m.Results
			case !has(FieldClicks) && !has(FieldClicksAll) && strings.Contains(kind, "link_click"):
				m.Clicks = m.Results
			}
		}
		if a := cell(cells, FieldAccount); a != "" && len(accounts) < 2 && !slices.Contains(accounts, a) {
			accounts = append(accounts, a)
		}
		if cur := strings.ToUpper(cell(cells, FieldCurrency)); isUpper3(cur) && !slices.Contains(currencies, cur) {
			currencies = append(currencies, cur)
		}
		k, ok := index[name]
		if !ok {
			k = len(f.Campaigns)
			index[name] = k
			f.Campaigns = append(f.Campaigns, Campaign{Name: name, Source: source, Medium: medium, ChannelGroup: group, Line: r.line})
		}
		c := &f.Campaigns[k]
		c.Rows++
		c.Metrics.add(m)
		if day != "" {
			f.HasDays = true
			if days[k] == nil {
				days[k] = map[string]*Metrics{}
			}
			dm := days[k][day]
			if dm == nil {
				dm = &Metrics{}
				days[k][day] = dm
			}
			dm.add(m)
		}
	}
	if skipped > len(f.Skipped) {
		f.Skipped = append(f.Skipped, Skipped{Message: msg("import.row.more", strconv.Itoa(skipped-len(f.Skipped)))})
	}

	reachCut, kinds := false, []string{}
	for k := range f.Campaigns {
		c := &f.Campaigns[k]
		if c.Rows > 1 && c.Reach.Known {
			c.Reach, reachCut = Num{}, true
		}
		dates := make([]string, 0, len(days[k]))
		for d := range days[k] {
			dates = append(dates, d)
		}
		slices.Sort(dates)
		for _, d := range dates {
			c.Days = append(c.Days, Day{Date: d, Metrics: *days[k][d]})
		}
		f.Totals.add(c.Metrics)
		if c.ResultKind != "" && !slices.Contains(kinds, c.ResultKind) {
			kinds = append(kinds, c.ResultKind)
		}
		f.guess(c)
	}
	if len(f.Campaigns) > 1 && f.Totals.Reach.Known {
		f.Totals.Reach, reachCut = Num{}, true
	}
	if reachCut {
		f.Notes = append(f.Notes, msg("import.read.reach"))
	}
	if len(kinds) > 1 {
		f.Notes = append(f.Notes, msg("import.read.results", strings.Join(kinds, ", ")))
	}
	if eventNames {
		f.Notes = append(f.Notes, msg("import.read.eventname"))
	}
	for _, s := range f.preDates {
		if d, ok := parseDate(s, order); ok {
			period.widen(d)
		}
	}
	f.Period = period
	f.Account = ""
	if len(accounts) == 1 {
		f.Account = accounts[0]
	}
	f.Currency = ""
	switch {
	case len(currencies) == 1:
		f.Currency = currencies[0]
	case len(currencies) > 1:
		f.Mixed = true
		f.Notes = append(f.Notes, msg("import.read.currencymixed", strings.Join(currencies, ", ")))
	default:
		for _, c := range f.Columns {
			if c.Currency != "" && c.Field.money() {
				f.Currency = c.Currency
				break
			}
		}
	}
}

func isBlank(cells []string) bool { return nonBlank(cells) == 0 }

func nonBlank(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

func hasNumber(cells []string) bool {
	for _, c := range cells {
		if _, _, _, ok := cleanNumber(c); ok && !isUnknownCell(strings.TrimSpace(c)) {
			return true
		}
	}
	return false
}

func clipText(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := 60
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// commaLanguages write numbers with a decimal comma.
var commaLanguages = []string{"nb", "sv", "fr", "pl", "tr", "es", "de"}

// decimalMark decides, for the whole file, whether numbers use a decimal
// point or a decimal comma: from the cells that can only be read one way;
// when none can, from the headers' language and the separator.
func (f *File) decimalMark() byte {
	var dots, commas int
	example := ""
	for _, r := range f.recs {
		for i, c := range f.Columns {
			if !c.Field.numeric() || i >= len(r.cells) {
				continue
			}
			body, _, _, ok := cleanNumber(r.cells[i])
			if !ok {
				continue
			}
			switch vote(body) {
			case voteDot:
				dots++
			case voteComma:
				commas++
			case voteAmbig:
				if example == "" {
					example = strings.TrimSpace(r.cells[i])
				}
			}
		}
	}
	switch {
	case dots > commas:
		return '.'
	case commas > dots:
		return ','
	}
	mark := byte('.')
	if f.sep == ';' || slices.Contains(commaLanguages, f.Language) {
		mark = ','
	}
	if example != "" {
		f.Notes = append(f.Notes, msg("import.read.decimal", example, "\""+string(mark)+"\""))
	}
	return mark
}

// dateOrder decides whether n/n/yyyy dates are day or month first: from a
// date where one of the two is over 12; when none is, from the language
// (month first in English, day first elsewhere).
func (f *File) dateOrder(col map[Field]int) dateOrder {
	dayFirst, monthFirst := false, false
	example := ""
	var cells []string
	cells = append(cells, f.preDates...)
	for _, r := range f.recs {
		for _, fd := range []Field{FieldDay, FieldStart, FieldEnd} {
			if i, ok := col[fd]; ok && i < len(r.cells) {
				cells = append(cells, r.cells[i])
			}
		}
	}
	{
		for _, cell := range cells {
			a, b, sep, ok := slashParts(cell)
			if !ok || sep == '.' {
				continue
			}
			switch {
			case a > 12:
				dayFirst = true
			case b > 12:
				monthFirst = true
			case example == "" && a != b:
				example = strings.TrimSpace(cell)
			}
		}
	}
	switch {
	case dayFirst && !monthFirst:
		return orderDayFirst
	case monthFirst && !dayFirst:
		return orderMonthFirst
	}
	order, says := orderDayFirst, "day/month"
	if f.Language == "en" || f.Language == "" {
		order, says = orderMonthFirst, "month/day"
	}
	if example != "" {
		f.Notes = append(f.Notes, msg("import.read.dateorder", example, says))
	}
	return order
}

// guess sets a campaign's likely channel, paid or organic, and whether it
// is social media at all.
func (f *File) guess(c *Campaign) {
	name := " " + strings.ToLower(c.Name) + " "
	c.Social, c.Paid = true, true
	switch f.Platform {
	case Meta:
		c.Channel = "facebook"
		if strings.Contains(name, "instagram") || strings.Contains(name, " ig ") || strings.Contains(name, " ig_") || strings.Contains(name, " ig-") {
			c.Channel = "instagram"
		}
	case GoogleAds:
		c.Channel, c.Social = "google", false
		if strings.Contains(name, "youtube") || strings.Contains(name, "video") || strings.Contains(name, " yt") {
			c.Channel, c.Social = "youtube", true
		}
	case LinkedIn:
		c.Channel = "linkedin"
	case TikTok:
		c.Channel = "tiktok"
	case GA4:
		c.Channel = sourceChannel(c.Source)
		group := strings.ToLower(c.ChannelGroup)
		medium := strings.ToLower(c.Medium)
		c.Social = strings.Contains(group, "social") || c.Channel != "" && group == ""
		if c.Channel == "" && c.Social {
			c.Channel = slug(c.Source)
		}
		c.Paid = strings.Contains(group, "paid") || slices.Contains(paidMedia, medium)
	default:
		c.Channel = ""
	}
}

var paidMedia = []string{"cpc", "ppc", "paid", "paidsocial", "paid-social", "paid_social", "cpm", "ads", "paid social"}

// sourceChannel is the social channel a GA4 session source stands for, or "".
func sourceChannel(source string) string {
	s := strings.ToLower(strings.TrimSpace(source))
	s = strings.TrimPrefix(s, "www.")
	for _, p := range [][2]string{
		{"facebook", "facebook"}, {"fb", "facebook"}, {"meta", "facebook"}, {"instagram", "instagram"}, {"ig", "instagram"},
		{"linkedin", "linkedin"}, {"lnkd.in", "linkedin"}, {"t.co", "x"}, {"twitter", "x"}, {"x.com", "x"}, {"x", "x"},
		{"tiktok", "tiktok"}, {"youtube", "youtube"}, {"pinterest", "pinterest"}, {"pin.it", "pinterest"},
	} {
		if s == p[0] || strings.Contains(p[0], ".") && strings.HasPrefix(s, p[0]) ||
			len(p[0]) > 3 && strings.Contains(s, p[0]) {
			return p[1]
		}
	}
	return ""
}

// slug makes a channel id from a text: lower-case letters, digits and '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	if b.Len() == 0 {
		return "other"
	}
	return strings.TrimSuffix(b.String(), "-")
}
