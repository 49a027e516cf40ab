package adimport

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

var updateFixtures = flag.Bool("update-fixtures", false, "write the encoded fixtures in testdata/ from their UTF-8 sources in testdata/src/")

// encodedFixtures are written from UTF-8 sources: Google Ads' UTF-16 with a
// byte order mark (little and big endian), and an Excel-style Windows-1252
// file. TestEncodedFixtures checks they match their sources; run
// `go test ./roi/adimport -run EncodedFixtures -update-fixtures` after
// editing a source.
var encodedFixtures = []struct{ src, dst, encoding string }{
	{"src/google-ads-en.tsv", "google-ads-en-utf16le.csv", EncodingUTF16LE},
	{"src/google-ads-es.tsv", "google-ads-es-utf16be.csv", EncodingUTF16BE},
	{"src/meta-sv.csv", "meta-sv-cp1252.csv", Encoding1252},
}

func encodeFixture(t *testing.T, text, encoding string) []byte {
	t.Helper()
	var b bytes.Buffer
	switch encoding {
	case EncodingUTF16LE, EncodingUTF16BE:
		u := append([]uint16{0xFEFF}, utf16.Encode([]rune(text))...)
		for _, c := range u {
			if encoding == EncodingUTF16LE {
				b.Write([]byte{byte(c), byte(c >> 8)})
			} else {
				b.Write([]byte{byte(c >> 8), byte(c)})
			}
		}
	case Encoding1252:
		for _, r := range text {
			if r >= 0x100 {
				t.Fatalf("%q is not in Latin-1", r)
			}
			b.WriteByte(byte(r))
		}
	}
	return b.Bytes()
}

func TestEncodedFixtures(t *testing.T) {
	for _, fx := range encodedFixtures {
		src, err := os.ReadFile(filepath.Join("testdata", fx.src))
		if err != nil {
			t.Fatal(err)
		}
		want := encodeFixture(t, string(src), fx.encoding)
		dst := filepath.Join("testdata", fx.dst)
		if *updateFixtures {
			if err := os.WriteFile(dst, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(dst)
		if err != nil {
			t.Fatalf("%v (run with -update-fixtures)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s does not match %s encoded as %s (run with -update-fixtures)", fx.dst, fx.src, fx.encoding)
		}
		text, enc, err := decodeText(got)
		if err != nil || enc != fx.encoding || text != string(src) {
			t.Errorf("decodeText(%s) = %s, %v; want the source text as %s", fx.dst, enc, err, fx.encoding)
		}
	}
}
