package adimport

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readFixture reads testdata/name; a missing fixture fails the test.
func readFixture(t *testing.T, name string) *File {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	f, err := Read(name, b)
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return f
}

// totals are a file's expected sums, as exact decimals; "" is unknown.
type totals struct {
	spend, impressions, clicks, conversions, value, leads, sessions, revenue string
}

func totalsOf(m Metrics) totals {
	return totals{m.Spend.String(), m.Impressions.String(), m.Clicks.String(), m.Conversions.String(),
		m.ConversionValue.String(), m.Leads.String(), m.Sessions.String(), m.Revenue.String()}
}

// TestReadFixtures is the reader's specification over realistic exports:
// each platform in English and translated, comma, semicolon and tab
// separated, UTF-8 (with and without BOM), UTF-16 LE and BE, Windows-1252,
// with preamble lines, total rows, "--" cells, grouped numbers and days.
func TestReadFixtures(t *testing.T) {
	tests := []struct {
		file      string
		platform  Platform
		lang      string
		encoding  string
		sep       string
		decimal   string
		currency  string
		start     string
		end       string
		days      bool
		campaigns []string
		totals    totals
		skipped   []int // lines
	}{
		{"meta-en.csv", Meta, "en", EncodingUTF8, ",", ".", "EUR", "2026-03-01", "2026-03-31", false,
			[]string{"Spring sale – Instagram", "Spring sale – Facebook", "Newsletter leads"},
			totals{"2140.75", "412300", "5210", "96", "9870.4", "41", "", ""}, []int{2}},
		{"meta-fr-day.csv", Meta, "fr", EncodingUTF8BOM, ";", ",", "EUR", "2026-03-01", "2026-03-03", true,
			[]string{"Soldes de printemps", "Prospects B2B"},
			totals{"2023.6", "220800", "5080", "42", "4361", "9", "", ""}, []int{8}},
		{"meta-de.tsv", Meta, "de", EncodingUTF8, "\t", ",", "EUR", "2026-03-01", "2026-03-31", false,
			[]string{"Frühling Instagram", "Marke Facebook"},
			totals{"2000", "240500", "3500", "40", "4321", "", "", ""}, nil},
		{"meta-es.csv", Meta, "es", EncodingUTF8, ",", ".", "EUR", "2026-03-01", "2026-03-31", false,
			[]string{"Rebajas IG", "Leads FB"},
			totals{"1290.3", "246000", "3310", "51", "4590.75", "27", "", ""}, nil},
		{"meta-nb.csv", Meta, "nb", EncodingUTF8, ";", ",", "NOK", "2026-03-01", "2026-03-31", false,
			[]string{"Vårsalg Instagram", "Merkevare Facebook"},
			totals{"17000", "460000", "6000", "77", "54210", "", "", ""}, nil},
		{"meta-sv-cp1252.csv", Meta, "sv", Encoding1252, ",", ",", "SEK", "2026-03-01", "2026-03-31", false,
			[]string{"Vårkampanj Instagram"},
			totals{"12500", "410000", "5100", "88", "61600", "", "", ""}, []int{3}},
		{"google-ads-en-utf16le.csv", GoogleAds, "en", EncodingUTF16LE, "\t", ".", "EUR", "2026-03-01", "2026-03-31", true,
			[]string{"YouTube – Spring launch", "Search – Brand"},
			totals{"1265", "149850", "3070", "23.5", "2202.5", "", "", ""}, []int{9, 10, 11}},
		{"google-ads-es-utf16be.csv", GoogleAds, "es", EncodingUTF16BE, "\t", ",", "EUR", "2026-03-01", "2026-03-31", true,
			[]string{"Vídeo YouTube primavera"},
			totals{"2000", "200000", "4000", "14", "1380", "", "", ""}, []int{6}},
		{"google-ads-de.csv", GoogleAds, "de", EncodingUTF8, ";", ",", "EUR", "2026-03-01", "2026-03-31", true,
			[]string{"YouTube Frühling", "Suche Marke"},
			totals{"650", "81000", "1750", "12", "980", "", "", ""}, []int{7}},
		{"linkedin-en.csv", LinkedIn, "en", EncodingUTF8, ",", ".", "USD", "2026-03-01", "2026-03-31", false,
			[]string{"Whitepaper – CFO guide", "Webinar retargeting"},
			totals{"3000", "85000", "817", "19", "7600", "38", "", ""}, nil},
		{"linkedin-fr.csv", LinkedIn, "fr", EncodingUTF8, ";", ",", "EUR", "2026-03-01", "2026-03-15", false,
			[]string{"Livre blanc DAF", "Webinaire"},
			totals{"2500.5", "76000", "740", "6", "2400", "40", "", ""}, nil},
		{"linkedin-de.csv", LinkedIn, "de", EncodingUTF8, ",", ".", "EUR", "2026-03-01", "2026-03-01", false,
			[]string{"Whitepaper Finanzen", "Demo-Anfragen"},
			totals{"1500", "45000", "390", "3", "", "29", "", ""}, nil},
		{"tiktok-en.csv", TikTok, "en", EncodingUTF8, ",", ".", "EUR", "2026-03-01", "2026-03-02", true,
			[]string{"Spring UGC", "Creator collab"},
			totals{"237", "113000", "1685", "31", "2480", "", "", ""}, []int{5}},
		{"tiktok-de.csv", TikTok, "de", EncodingUTF8, ";", ",", "EUR", "2026-03-01", "2026-03-02", true,
			[]string{"Frühling UGC"},
			totals{"177", "83000", "1265", "31", "", "", "", ""}, []int{4}},
		{"tiktok-es.tsv", TikTok, "es", EncodingUTF8, "\t", ",", "EUR", "2026-03-01", "2026-03-02", true,
			[]string{"Primavera UGC"},
			totals{"177", "83000", "1265", "14", "", "", "", ""}, nil},
		{"ga4-en.csv", GA4, "en", EncodingUTF8, ",", ".", "", "2026-03-01", "2026-03-31", false,
			[]string{"google / organic", "facebook / paid", "instagram / paid", "l.facebook.com / referral", "instagram / social", "linkedin / cpc", "(direct) / (none)"},
			totals{"", "", "", "554", "", "", "25460", "44910.5"}, []int{11}},
		{"ga4-de.csv", GA4, "de", EncodingUTF8, ",", ".", "", "2026-03-01", "2026-03-31", false,
			[]string{"facebook / paid", "instagram / social", "google / organic"},
			totals{"", "", "", "150", "", "", "9800", "12400.75"}, []int{10}},
		{"ga4-fr.csv", GA4, "fr", EncodingUTF8, ";", ",", "", "2026-03-01", "2026-03-31", false,
			[]string{"facebook / paid", "l.instagram.com / referral", "newsletter / email"},
			totals{"", "", "", "88", "", "", "4210", "6210.4"}, []int{9}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := readFixture(t, tt.file)
			if f.Platform != tt.platform || f.Language != tt.lang {
				t.Errorf("platform, language = %s, %s; want %s, %s", f.Platform, f.Language, tt.platform, tt.lang)
			}
			if f.Encoding != tt.encoding || f.Separator != tt.sep || f.Decimal != tt.decimal {
				t.Errorf("encoding, separator, decimal = %s %q %q; want %s %q %q", f.Encoding, f.Separator, f.Decimal, tt.encoding, tt.sep, tt.decimal)
			}
			if f.Currency != tt.currency {
				t.Errorf("currency = %q; want %q", f.Currency, tt.currency)
			}
			if f.Period != (Period{tt.start, tt.end}) {
				t.Errorf("period = %v; want %s – %s", f.Period, tt.start, tt.end)
			}
			if f.HasDays != tt.days {
				t.Errorf("hasDays = %v; want %v", f.HasDays, tt.days)
			}
			var names []string
			for _, c := range f.Campaigns {
				names = append(names, c.Name)
			}
			if !slices.Equal(names, tt.campaigns) {
				t.Errorf("campaigns = %q; want %q", names, tt.campaigns)
			}
			if got := totalsOf(f.Totals); got != tt.totals {
				t.Errorf("totals =\n %+v; want\n %+v", got, tt.totals)
			}
			var lines []int
			for _, s := range f.Skipped {
				lines = append(lines, s.Line)
			}
			if !slices.Equal(lines, tt.skipped) {
				t.Errorf("skipped lines = %v; want %v (%v)", lines, tt.skipped, f.Skipped)
			}
			// The campaigns add up to the totals, and every day to its campaign.
			var sum Metrics
			for _, c := range f.Campaigns {
				sum.add(c.Metrics)
				if len(c.Days) > 0 {
					var days Metrics
					for _, d := range c.Days {
						days.add(d.Metrics)
					}
					if totalsOf(days) != totalsOf(c.Metrics) {
						t.Errorf("%s: days sum to %+v, the campaign to %+v", c.Name, totalsOf(days), totalsOf(c.Metrics))
					}
				}
			}
			if totalsOf(sum) != totalsOf(f.Totals) {
				t.Errorf("campaigns sum to %+v, totals are %+v", totalsOf(sum), totalsOf(f.Totals))
			}
		})
	}
}

// TestReadDetails checks what the fixtures table does not: column
// meanings, guesses, ratios, unknown cells, notes.
func TestReadDetails(t *testing.T) {
	t.Run("Meta columns", func(t *testing.T) {
		f := readFixture(t, "meta-en.csv")
		want := map[string]Field{
			"Amount spent (EUR)": FieldSpend, "Link clicks": FieldClicks, "Result indicator": FieldResultKind,
			"CTR (link click-through rate)": FieldRatio, "Purchases conversion value": FieldConversionValue,
			"Reporting starts": FieldStart, "Attribution setting": FieldNone,
		}
		for _, c := range f.Columns {
			if w, ok := want[c.Header]; ok && (c.Field != w || c.Recognised != w) {
				t.Errorf("%q means %q; want %q", c.Header, c.Field, w)
			}
			if c.Header == "Amount spent (EUR)" && c.Currency != "EUR" {
				t.Errorf("%q currency = %q", c.Header, c.Currency)
			}
		}
	})
	t.Run("ratios are recomputed from the sums", func(t *testing.T) {
		f := readFixture(t, "meta-en.csv")
		cpc, ok := f.Totals.CPC()
		if !ok || cpc.StringFixed(4) != "0.4109" { // 2140.75 / 5210, not an average of the CPC column
			t.Errorf("CPC = %v, %v; want 0.4109", cpc, ok)
		}
		cpm, _ := f.Totals.CPM()
		ctr, _ := f.Totals.CTR()
		roas, _ := f.Totals.ROAS()
		if cpm.StringFixed(2) != "5.19" || ctr.StringFixed(2) != "1.26" || roas.StringFixed(2) != "4.61" {
			t.Errorf("CPM, CTR, ROAS = %s, %s, %s", cpm.StringFixed(2), ctr.StringFixed(2), roas.StringFixed(2))
		}
		if _, ok := (Metrics{}).CPC(); ok {
			t.Error("CPC without clicks is defined")
		}
	})
	t.Run("results of different kinds are not summed", func(t *testing.T) {
		f := readFixture(t, "meta-en.csv")
		if f.Totals.Results.Known || f.Totals.ResultKind != "mixed" {
			t.Errorf("results = %v %q; want unknown, mixed", f.Totals.Results, f.Totals.ResultKind)
		}
		if c := f.Campaigns[2]; c.Leads.String() != "41" || c.ResultKind != "actions:lead" {
			t.Errorf("lead campaign: leads %s kind %q", c.Leads, c.ResultKind)
		}
		if !hasCode(f.Notes, "import.read.results") {
			t.Errorf("notes %v lack import.read.results", f.Notes)
		}
	})
	t.Run("reach is not summed over days", func(t *testing.T) {
		f := readFixture(t, "meta-fr-day.csv")
		if f.Campaigns[0].Reach.Known || f.Totals.Reach.Known {
			t.Errorf("reach summed over days: %v", f.Campaigns[0].Reach)
		}
		if d := f.Campaigns[0].Days[0]; d.Date != "2026-03-01" || d.Reach.String() != "21000" || d.Spend.String() != "412.5" {
			t.Errorf("first day = %s reach %s spend %s", d.Date, d.Reach, d.Spend)
		}
		g := readFixture(t, "meta-de.tsv")
		if g.Campaigns[0].Reach.String() != "60000" {
			t.Errorf("one-row campaign reach = %q", g.Campaigns[0].Reach)
		}
	})
	t.Run("-- is unknown, not zero", func(t *testing.T) {
		f := readFixture(t, "google-ads-en-utf16le.csv")
		brand := f.Campaigns[1]
		if len(brand.Days) != 2 || brand.Days[1].Spend.Known || brand.Days[1].Clicks.Known {
			t.Fatalf("a day of -- = %+v", brand.Days)
		}
		if !brand.Spend.Partial || brand.Spend.String() != "45" {
			t.Errorf("spend = %+v; want 45, partial", brand.Spend)
		}
	})
	t.Run("channel guesses", func(t *testing.T) {
		type g struct {
			channel      string
			paid, social bool
		}
		want := map[string]g{
			"google / organic": {"", false, false}, "facebook / paid": {"facebook", true, true},
			"l.facebook.com / referral": {"facebook", false, true}, "instagram / social": {"instagram", false, true},
			"linkedin / cpc": {"linkedin", true, true}, "(direct) / (none)": {"", false, false},
		}
		for _, c := range readFixture(t, "ga4-en.csv").Campaigns {
			if w, ok := want[c.Name]; ok && (g{c.Channel, c.Paid, c.Social} != w) {
				t.Errorf("%s: %s paid %v social %v; want %+v", c.Name, c.Channel, c.Paid, c.Social, w)
			}
		}
		gads := readFixture(t, "google-ads-en-utf16le.csv")
		if c := gads.Campaigns; c[0].Channel != "youtube" || !c[0].Social || c[1].Channel != "google" || c[1].Social {
			t.Errorf("Google Ads guesses: %+v %+v", c[0].Channel, c[1].Channel)
		}
		meta := readFixture(t, "meta-en.csv")
		if meta.Campaigns[0].Channel != "instagram" || meta.Campaigns[1].Channel != "facebook" {
			t.Errorf("Meta guesses: %s %s", meta.Campaigns[0].Channel, meta.Campaigns[1].Channel)
		}
	})
	t.Run("SetField overrides a column and sums again", func(t *testing.T) {
		f := readFixture(t, "meta-en.csv")
		i := slices.IndexFunc(f.Columns, func(c Column) bool { return c.Header == "Reach" })
		if err := f.SetField(i, FieldClicks); err != nil {
			t.Fatal(err)
		}
		if f.Totals.Clicks.String() != "113500" {
			t.Errorf("clicks from Reach = %s; want 113500", f.Totals.Clicks)
		}
		link := slices.IndexFunc(f.Columns, func(c Column) bool { return c.Header == "Link clicks" })
		if f.Columns[link].Field != FieldNone || f.Columns[link].Recognised != FieldClicks {
			t.Errorf("the former clicks column = %q (recognised %q)", f.Columns[link].Field, f.Columns[link].Recognised)
		}
		if err := f.SetField(99, FieldClicks); err == nil {
			t.Error("SetField(99) gave no error")
		}
		if err := f.SetField(0, "colour"); err == nil {
			t.Error("SetField with an unknown field gave no error")
		}
	})
}

func hasCode(ms []Message, code string) bool {
	return slices.ContainsFunc(ms, func(m Message) bool { return m.Code == code })
}

// TestReadCells checks the reading of single cells and small files.
func TestReadCells(t *testing.T) {
	numbers := []struct {
		cell string
		mark byte
		want string
	}{
		{"1,234.56", '.', "1234.56"}, {"1 234,56", ',', "1234.56"}, {"1.234,56", ',', "1234.56"},
		{"1\u00a0234,56", ',', "1234.56"}, {"1\u202f234\u202f567", ',', "1234567"}, {"12,5", ',', "12.5"},
		{"1,234", '.', "1234"}, {"1.234", ',', "1234"}, {"1.234", '.', "1.234"}, {"-3.5", '.', "-3.5"},
		{"2.04%", '.', "2.04"}, {"2,04 %", ',', "2.04"}, {"€1,250.50", '.', "1250.5"}, {"1 250,50 kr", ',', "1250.5"},
		{"EUR 12.00", '.', "12"}, {"0.123456789012", '.', "0.123456789012"},
	}
	for _, n := range numbers {
		d, _, err := parseNumber(n.cell, n.mark)
		if err != nil || d.String() != n.want {
			t.Errorf("parseNumber(%q, %c) = %v, %v; want %s", n.cell, n.mark, d, err, n.want)
		}
	}
	for _, bad := range []string{"abc", "1,23,4", "12.3.4", "1 2", "--5", "5-", "1e5", "N1", strings.Repeat("9", 16), "0.1234567890123", "%%1"} {
		if d, _, err := parseNumber(bad, '.'); err == nil {
			t.Errorf("parseNumber(%q) = %v; want an error", bad, d)
		}
	}
	for _, u := range []string{"", "-", "--", "n/a", "(not set)"} {
		if !isUnknownCell(u) {
			t.Errorf("%q is not unknown", u)
		}
	}
	dates := []struct {
		s     string
		order dateOrder
		want  string
	}{
		{"2026-03-01", orderUnknown, "2026-03-01"}, {"20260301", orderUnknown, "2026-03-01"}, {"2026/3/1", orderUnknown, "2026-03-01"},
		{"01.03.2026", orderMonthFirst, "2026-03-01"}, {"3/1/2026", orderMonthFirst, "2026-03-01"}, {"1/3/2026", orderDayFirst, "2026-03-01"},
		{"Mar 1, 2026", orderUnknown, "2026-03-01"}, {"1 March 2026", orderUnknown, "2026-03-01"}, {"2026-03-01 00:00:00", orderUnknown, "2026-03-01"},
	}
	for _, d := range dates {
		if got, ok := parseDate(d.s, d.order); !ok || got != d.want {
			t.Errorf("parseDate(%q) = %q, %v; want %s", d.s, got, ok, d.want)
		}
	}
	for _, bad := range []string{"2026-02-30", "31/31/2026", "Spring", "1 Smarch 2026", "1899-01-01"} {
		if got, ok := parseDate(bad, orderDayFirst); ok {
			t.Errorf("parseDate(%q) = %q; want not a date", bad, got)
		}
	}
	totalsRows := []string{"Total", "Total: Account", "Grand total", "Totalt", "Gesamt", "Gesamtsumme", "Total of 12 results", "Toplam", "Razem", "Summe"}
	for _, s := range totalsRows {
		if !isTotal(s) {
			t.Errorf("isTotal(%q) = false", s)
		}
	}
	for _, s := range []string{"Total Makeover campaign", "Totally new", "Spring sale"} {
		if isTotal(s) {
			t.Errorf("isTotal(%q) = true", s)
		}
	}
}

// TestReadProblems checks files that cannot be read, and rows that are
// listed with their line and reason.
func TestReadProblems(t *testing.T) {
	errs := []struct {
		name string
		data string
		code string
	}{
		{"empty", "", "import.file.empty"},
		{"blank", " \n\n", "import.file.empty"},
		{"xlsx", "PK\x03\x04rest of a zip", "import.file.xlsx"},
		{"binary", "a\x00b\x00c\x01\x02\x03\x04\x05", "import.file.binary"},
		{"no header", "name,colour\nA,red\n", "import.file.noheader"},
		{"no figures", "Campaign name,Ad set name,Ad name\nA,B,C\n", "import.file.nocolumns"},
		{"too large", strings.Repeat("x", MaxFileBytes+1), "import.file.toolarge"},
		{"too many rows", "Campaign,Cost,Clicks\n" + strings.Repeat("A,1,1\n", MaxRows+50), "import.file.toomany"},
	}
	for _, e := range errs {
		_, err := Read(e.name, []byte(e.data))
		ie, ok := err.(*Error)
		if !ok || ie.Code != e.code || ie.File != e.name {
			t.Errorf("Read(%s) error = %v; want %s", e.name, err, e.code)
		}
	}
	data := "Campaign,Day,Cost,Clicks,Impr.\n" +
		"A,2026-03-01,10.00,5,100\n" + // 2
		"B,2026-03-01,ten,5,100\n" + // 3: not a number
		"C,2026-13-45,10.00,5,100\n" + // 4: not a date
		"D,2026-03-01,10.00,5,100,7\n" + // 5: too many cells
		"Data as of today\n" + // 6: a note
		"\n" +
		",2026-03-01,3.00,1,10\n" + // 8: no campaign
		"Total,,20.00,10,200\n" // 9
	f, err := Read("rows.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line int
		code string
	}{{3, "import.row.number"}, {4, "import.row.date"}, {5, "import.row.cells"}, {6, "import.row.note"}, {8, "import.row.nocampaign"}, {9, "import.row.total"}}
	if len(f.Skipped) != len(want) {
		t.Fatalf("skipped = %v", f.Skipped)
	}
	for i, w := range want {
		if s := f.Skipped[i]; s.Line != w.line || s.Code != w.code {
			t.Errorf("skipped[%d] = line %d %s (%s); want line %d %s", i, s.Line, s.Code, s.Message, w.line, w.code)
		}
	}
	if got := f.Skipped[0].String(); got != `Cost: "ten" is not a number` {
		t.Errorf("message = %q", got)
	}
	if f.Totals.Spend.String() != "10" || len(f.Campaigns) != 1 {
		t.Errorf("only row 2 is read: %+v", f.Totals)
	}

	// Many bad rows: the first MaxSkippedListed are listed, the rest counted.
	many := "Campaign,Cost\n" + strings.Repeat("A,x\n", MaxSkippedListed+5)
	f, err = Read("many.csv", []byte(many))
	if err != nil {
		t.Fatal(err)
	}
	last := f.Skipped[len(f.Skipped)-1]
	if len(f.Skipped) != MaxSkippedListed+1 || last.Code != "import.row.more" || last.Args[0] != "5" {
		t.Errorf("%d skipped, last %v", len(f.Skipped), last)
	}
}

// TestReadAmbiguity checks the file-wide decisions and what they say.
func TestReadAmbiguity(t *testing.T) {
	// Only "1,234"-like numbers: English headers read "," as grouping.
	f, err := Read("en.csv", []byte("Campaign,Cost,Impr.\nA,\"1,234\",\"2,000\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Totals.Spend.String() != "1234" || !hasCode(f.Notes, "import.read.decimal") {
		t.Errorf("spend %s notes %v", f.Totals.Spend, f.Notes)
	}
	// One unambiguous cell decides for the whole file.
	f, _ = Read("fr.csv", []byte("Campagne;Coût;Impr.\nA;1,234;2,5\n"))
	if f.Totals.Spend.String() != "1.234" || hasCode(f.Notes, "import.read.decimal") {
		t.Errorf("spend %s notes %v", f.Totals.Spend, f.Notes)
	}
	// Dates 03/04/2026 alone: English reads month first and says so.
	f, _ = Read("d.csv", []byte("Campaign,Day,Cost\nA,03/04/2026,1\n"))
	if f.Period.Start != "2026-03-04" || !hasCode(f.Notes, "import.read.dateorder") {
		t.Errorf("period %v notes %v", f.Period, f.Notes)
	}
	// Several currencies in one file.
	f, _ = Read("c.csv", []byte("Campaign name,Amount spent,Currency\nA,1,EUR\nB,2,USD\n"))
	if !f.Mixed || f.Currency != "" || !hasCode(f.Notes, "import.read.currencymixed") {
		t.Errorf("mixed %v currency %q", f.Mixed, f.Currency)
	}
	// GA4 broken down by event name: sessions repeat per event.
	f, _ = Read("e.csv", []byte("Session source / medium,Event name,Sessions,Key events\nfacebook / paid,page_view,100,0\nfacebook / paid,purchase,100,4\n"))
	if f.Totals.Sessions.Known || f.Totals.Conversions.String() != "4" || !hasCode(f.Notes, "import.read.eventname") {
		t.Errorf("sessions %v conversions %v notes %v", f.Totals.Sessions, f.Totals.Conversions, f.Notes)
	}
	// A header shared by several platforms, and nothing else: unknown.
	f, _ = Read("u.csv", []byte("Impressions,Reach\n100,50\n"))
	if f.Platform != Unknown || !hasCode(f.Notes, "import.read.platform") {
		t.Errorf("platform %q notes %v", f.Platform, f.Notes)
	}
	f.SetPlatform(Meta)
	if f.Platform != Meta || hasCode(f.Notes, "import.read.platform") || f.Totals.Impressions.String() != "100" {
		t.Errorf("after SetPlatform: %q %v", f.Platform, f.Notes)
	}
}

// TestReadGA4Columns checks GA4 reports with source and medium in two
// columns, and with a channel group only.
func TestReadGA4Columns(t *testing.T) {
	f, err := Read("split.csv", []byte("# Start date: 20260301\n# End date: 20260331\nSession source,Session medium,Sessions,Total revenue\nfacebook,paid,10,100\nlinkedin.com,referral,5,0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Platform != GA4 || len(f.Campaigns) != 2 || f.Campaigns[0].Name != "facebook / paid" || !f.Campaigns[0].Paid || f.Campaigns[1].Channel != "linkedin" || f.Campaigns[1].Paid {
		t.Errorf("campaigns = %+v", f.Campaigns)
	}
	g, err := Read("groups.csv", []byte("Session default channel group,Sessions,Key events\nOrganic Social,40,2\nPaid Social,60,3\nOrganic Search,100,9\n"))
	if err != nil {
		t.Fatal(err)
	}
	var social []string
	for _, c := range g.Campaigns {
		if c.Social {
			social = append(social, c.Name)
		}
	}
	if !slices.Equal(social, []string{"Organic Social", "Paid Social"}) || g.Campaigns[0].Channel != "other" || !g.Campaigns[1].Paid {
		t.Errorf("social = %v, campaigns %+v", social, g.Campaigns)
	}
}
