package adimport

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/socialroi/socialroi/roi"
)

// FuzzRead feeds Read any bytes: it returns an *Error or a file whose sums
// add up, never panics, and stays within its limits. The seeds are the
// fixtures (added here) and the hostile inputs in testdata/fuzz/FuzzRead.
// `make fuzz` runs it for a minute.
func FuzzRead(f *testing.F) {
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, p := range fixtures {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		file, err := Read("fuzz.csv", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code == "" || EnglishMessages[e.Code] == "" {
				t.Fatalf("error %T %v is not an *Error with a known code", err, err)
			}
			return
		}
		if len(file.Columns) == 0 || len(file.Columns) > MaxColumns || len(file.Skipped) > MaxSkippedListed+1 {
			t.Fatalf("%d columns, %d skipped", len(file.Columns), len(file.Skipped))
		}
		for _, m := range append(append([]Message(nil), file.Notes...), skippedMessages(file)...) {
			if EnglishMessages[m.Code] == "" {
				t.Fatalf("unknown code %q", m.Code)
			}
		}
		var sum Metrics
		for _, c := range file.Campaigns {
			sum.add(c.Metrics)
		}
		if totalsOf(sum) != totalsOf(file.Totals) {
			t.Fatalf("campaigns sum to %+v, totals are %+v", totalsOf(sum), totalsOf(file.Totals))
		}
		// Every column meaning can be set, and what is read imports.
		for i := range min(len(file.Columns), 3) {
			if err := file.SetField(i, FieldSpend); err != nil {
				t.Fatal(err)
			}
		}
		s, _ := Apply(roi.New("fuzz", "EUR"), []*File{file}, Choices{Rates: []roi.ExchangeRate{{Currency: file.Currency, Rate: "2"}}})
		for _, c := range s.Costs {
			if _, err := roi.ParseDecimal(string(c.Amount)); err != nil && len(c.Amount) < 40 {
				t.Fatalf("cost amount %q: %v", c.Amount, err)
			}
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("Read took %v on %d bytes", d, len(data))
		}
	})
}

func skippedMessages(f *File) []Message {
	var ms []Message
	for _, s := range f.Skipped {
		ms = append(ms, s.Message)
	}
	return ms
}
