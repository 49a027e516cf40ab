package adimport

import (
	"fmt"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// dailyExport is a Meta export broken down by day: campaigns x days rows,
// with grouped numbers and a few "--" cells.
func dailyExport(campaigns, days int) []byte {
	var b strings.Builder
	b.WriteString("Reporting starts,Reporting ends,Campaign name,Day,Amount spent (EUR),Impressions,Reach,Link clicks,Results,Result indicator,Purchases,Purchases conversion value\n")
	for c := range campaigns {
		for d := range days {
			day := fmt.Sprintf("2026-%02d-%02d", 1+d/28%12, 1+d%28)
			fmt.Fprintf(&b, "2026-01-01,2026-12-28,Campaign %d,%s,\"1,%03d.%02d\",\"12,%03d\",\"9,%03d\",%d,%d,offsite_conversion.fb_pixel_purchase,%d,\"%d.50\"\n",
				c, day, d%1000, c%100, d%1000, c%1000, 100+d%50, d%7, d%7, 100*(d%7))
		}
	}
	return []byte(b.String())
}

// BenchmarkRead reads a 5,000-row daily export (50 campaigns x 100 days).
func BenchmarkRead(b *testing.B) {
	data := dailyExport(50, 100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("bench.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadLargest reads an export just under MaxFileBytes.
func BenchmarkReadLargest(b *testing.B) {
	data := dailyExport(50, 100)
	for len(data) < MaxFileBytes-len(data)/2 {
		data = append(data, data[strings.IndexByte(string(data), '\n')+1:]...)
	}
	data = data[:strings.LastIndexByte(string(data[:MaxFileBytes]), '\n')+1]
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("large.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApply applies the 5,000-row export to a new scenario.
func BenchmarkApply(b *testing.B) {
	f, err := Read("bench.csv", dailyExport(50, 100))
	if err != nil {
		b.Fatal(err)
	}
	s := roi.New("bench", "EUR")
	b.ReportAllocs()
	for b.Loop() {
		Apply(s, []*File{f}, Choices{Group: GroupCampaign})
	}
}

func TestDailyExport(t *testing.T) {
	f, err := Read("bench.csv", dailyExport(3, 40))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Campaigns) != 3 || len(f.Campaigns[0].Days) != 40 || len(f.Skipped) != 0 || f.Period != (Period{"2026-01-01", "2026-12-28"}) {
		t.Errorf("%d campaigns, %d days, skipped %v, period %v", len(f.Campaigns), len(f.Campaigns[0].Days), f.Skipped, f.Period)
	}
}
