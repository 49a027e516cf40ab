package roi_test

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/socialroi/socialroi/roi"
)

func shareCode(t *testing.T, err error) string {
	t.Helper()
	ps := roi.ProblemsOf(err)
	if len(ps) == 0 {
		t.Fatal("no error")
	}
	return ps[0].Code
}

func TestShareRoundTrip(t *testing.T) {
	for _, name := range roi.PresetNames {
		s, _ := roi.Preset(name)
		text := roi.EncodeShare(s)
		if strings.ContainsAny(text, "+/=#&? ") {
			t.Errorf("%s: payload is not URL-safe: %q", name, text)
		}
		// A preset stays well under 2 KB, so links stay short.
		if len(text) > 2048 {
			t.Errorf("%s: payload is %d characters", name, len(text))
		}
		got, err := roi.DecodeShare(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("%s: round trip changed the scenario:\n%+v\n%+v", name, got, s)
		}
		// The "s=" prefix and surrounding space are tolerated.
		if again, err := roi.DecodeShare(" s=" + text + "\n"); err != nil || !reflect.DeepEqual(again, s) {
			t.Errorf("%s: with prefix: %v", name, err)
		}
	}
}

func TestShareLink(t *testing.T) {
	s := roi.New("x", "EUR")
	link := roi.ShareLink("https://example.org/app/#old", s)
	payload, ok := strings.CutPrefix(link, "https://example.org/app/#s=")
	if !ok {
		t.Fatalf("link = %q", link)
	}
	if got, err := roi.DecodeShare(payload); err != nil || got.Name != "x" {
		t.Errorf("decoded %+v, %v", got, err)
	}
}

func deflated(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

func pack(t testing.TB, doc string) string {
	return base64.RawURLEncoding.EncodeToString(deflated(t, []byte(doc)))
}

func TestShareBadInput(t *testing.T) {
	s, _ := roi.Preset("ecommerce")
	good := roi.EncodeShare(s)
	cases := []struct{ name, text, code string }{
		{"empty", "", "share.empty"},
		{"prefix only", "s=", "share.empty"},
		{"not base64", "this is not base64!", "share.corrupt"},
		{"standard base64 alphabet", strings.ReplaceAll(strings.ReplaceAll(good, "-", "+"), "_", "/") + "+/", "share.corrupt"},
		{"not deflate", base64.RawURLEncoding.EncodeToString([]byte("plain text, not deflated")), "share.corrupt"},
		{"truncated deflate", base64.RawURLEncoding.EncodeToString(deflated(t, []byte(`{"format":"social-roi"}`))[:8]), "share.corrupt"},
		{"oversized", strings.Repeat("A", roi.MaxShareLength+1), "share.toolarge"},
		{"not a scenario", pack(t, `{"hello":"world"}`), "doc.noformat"},
		{"not JSON", pack(t, `<html>`), "doc.syntax"},
		{"invalid scenario", pack(t, `{"format":"social-roi","version":1,"currency":"EUR","revenue":[{"amount":"-1"}]}`), "field.negative"},
		{"newer version", pack(t, `{"format":"social-roi","version":3}`), "doc.version"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := roi.DecodeShare(tc.text)
			if got := shareCode(t, err); got != tc.code {
				t.Errorf("code %s, want %s (%v)", got, tc.code, err)
			}
		})
	}
}

func TestShareTruncatedAnywhere(t *testing.T) {
	// A link cut short at any point never opens as some other scenario.
	s, _ := roi.Preset("b2b")
	text := roi.EncodeShare(s)
	for n := 0; n < len(text); n++ {
		if _, err := roi.DecodeShare(text[:n]); err == nil {
			t.Fatalf("a link cut to %d of %d characters opened", n, len(text))
		}
	}
}

func TestShareTampered(t *testing.T) {
	// Changing a character either breaks the link or, at worst, changes the
	// scenario into another one that is still fully validated; it never
	// panics. Most changes break it.
	s, _ := roi.Preset("saas")
	text := roi.EncodeShare(s)
	alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	broken := 0
	for i := 0; i < len(text); i++ {
		c := alphabet[(strings.IndexByte(alphabet, text[i])+17)%len(alphabet)]
		tampered := text[:i] + string(c) + text[i+1:]
		got, err := roi.DecodeShare(tampered)
		if err != nil {
			broken++
			continue
		}
		if p := roi.Validate(got); len(p) > 0 {
			t.Fatalf("tampered link opened an invalid scenario: %v", p)
		}
	}
	t.Logf("%d of %d tampered links refused", broken, len(text))
	if broken < len(text)*3/4 {
		t.Errorf("only %d of %d tampered links were refused", broken, len(text))
	}
}

// bomb deflates n zero bytes: a tiny payload that inflates to n bytes.
func bomb(t testing.TB, n int) string {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	for left := n; left > 0; left -= len(zeros) {
		w.Write(zeros[:min(left, len(zeros))])
	}
	w.Close()
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func TestShareZipBomb(t *testing.T) {
	cases := []struct {
		name string
		size int
		code string
	}{
		// 50 MB of zeros deflate to a payload just over the link limit.
		{"50 MB", 50 << 20, "share.toolarge"},
		// 40 MB fit in a link; inflation stops after 1 MiB.
		{"40 MB", 40 << 20, "doc.toolarge"},
		{"2 MB", 2 << 20, "doc.toolarge"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := bomb(t, tc.size)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := roi.DecodeShare(text)
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			if got := shareCode(t, err); got != tc.code {
				t.Errorf("code %s, want %s (%v)", got, tc.code, err)
			}
			// Refused without inflating it: a few MiB at most, never the bomb's size.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
				t.Errorf("decoding allocated %d bytes", alloc)
			}
			t.Logf("payload %d characters, refused in %v, %d bytes allocated", len(text), elapsed, after.TotalAlloc-before.TotalAlloc)
			if elapsed > 2*time.Second {
				t.Errorf("refusing took %v", elapsed)
			}
		})
	}
}
