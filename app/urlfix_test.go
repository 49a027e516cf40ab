package app

import (
	"net/url"
	"testing"
)

func TestRepairURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"http://h/#s=abc", "http://h/#s=abc"},
		{"http://h/#s=%41", "http://h/#s=%41"},
		{"http://h/#s=%%%<script>", "http://h/#s=%25%25%25<script>"},
		{"http://h/#s=%4", "http://h/#s=%254"},
		{"http://h/#s=%zz", "http://h/#s=%25zz"},
		{"http://h/#s=a%\x01b", "http://h/#s=a%25%01b"},
		// What url.Parse takes is left as it is.
		{"http://h/compare?x=%", "http://h/compare?x=%"},
		{"http://h/#100%", "http://h/#100%25"},
	}
	for _, tc := range cases {
		got := repairURL(tc.in)
		if got != tc.want {
			t.Errorf("repairURL(%q) = %q; want %q", tc.in, got, tc.want)
		}
		if _, err := url.Parse(got); err != nil {
			t.Errorf("repairURL(%q) = %q does not parse: %v", tc.in, got, err)
		}
	}
}

// Whatever follows the origin, the repaired address parses.
func FuzzRepairURL(f *testing.F) {
	for _, s := range []string{"#s=%%%", "#s=%zz", "/compare?x=%", "#\x00", "#s=abc", "/%e0%a4", "#%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rest string) {
		got := repairURL("http://127.0.0.1:8080/" + rest)
		if _, err := url.Parse(got); err != nil {
			t.Fatalf("repairURL(...%q) = %q does not parse: %v", rest, got, err)
		}
	})
}
