package roi

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// MaxShareLength bounds a share payload: far more than any real scenario
// needs (a preset encodes to well under 2 KB), far less than a URL can carry.
const MaxShareLength = 64 << 10

// EncodeShare packs a scenario into the text of a share link's #s= fragment:
// compact JSON, deflated, base64url without padding.
func EncodeShare(s Scenario) string {
	// Without HTML escaping: & < > stay one byte each, as the stored form
	// keeps them, so what is stored can always be shared at the same size.
	var doc bytes.Buffer
	enc := json.NewEncoder(&doc)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil { // a Scenario always marshals; keep the contract total anyway
		return ""
	}
	data := bytes.TrimSuffix(doc.Bytes(), []byte("\n"))
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(data)
	w.Close()
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

// DecodeShare reads a share payload (the text after #s=). Tampered, truncated
// or oversized input gives an error, never a panic; inflation stops at
// MaxDocumentBytes, so a zip bomb costs nothing. The scenario is validated
// like any document; the error is an *InvalidError.
func DecodeShare(text string) (Scenario, error) {
	s, _, err := DecodeShareNotes(text)
	return s, err
}

// DecodeShareNotes is DecodeShare that also returns what Parse says of the
// document: unknown keys, and for a link made with an older version, what
// changed (see Migrate).
func DecodeShareNotes(text string) (Scenario, []Problem, error) {
	text = strings.TrimSpace(text)
	text = strings.TrimPrefix(text, "s=")
	if text == "" {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "share.empty"}})
	}
	if len(text) > MaxShareLength {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "share.toolarge", Args: []string{strconv.Itoa(MaxShareLength)}}})
	}
	packed, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(text, "="))
	if err != nil {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "share.corrupt"}})
	}
	r := flate.NewReader(bytes.NewReader(packed))
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentBytes+1))
	if err != nil {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "share.corrupt"}})
	}
	if len(data) > MaxDocumentBytes {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "doc.toolarge", Args: []string{strconv.Itoa(MaxDocumentBytes)}}})
	}
	s, notes, err := Parse(data)
	if err != nil {
		return Scenario{}, notes, err
	}
	return s, notes, nil
}

// ShareLink is the full link the app opens: base URL plus #s=payload.
func ShareLink(base string, s Scenario) string {
	if i := strings.IndexByte(base, '#'); i >= 0 {
		base = base[:i]
	}
	return base + "#s=" + EncodeShare(s)
}
