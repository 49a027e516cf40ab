package adimport

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Encodings Read recognises, as File.Encoding says them.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
	Encoding1252    = "windows-1252"
)

// decodeText turns the file's bytes into text: UTF-8 with or without a
// byte order mark, UTF-16 little or big endian (with a BOM, or without one
// when every other byte is zero, as UTF-16 ASCII text is), or, for bytes
// that are not UTF-8, Windows-1252.
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")), bytes.HasPrefix(b, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "", "", errors.New("import.file.xlsx")
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return windows1252(b), Encoding1252, nil
		}
		return string(b), EncodingUTF8BOM, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], false), EncodingUTF16LE, nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true), EncodingUTF16BE, nil
	}
	if be, ok := looksUTF16(b); ok {
		if be {
			return decodeUTF16(b, true), EncodingUTF16BE, nil
		}
		return decodeUTF16(b, false), EncodingUTF16LE, nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", errors.New("import.file.binary")
	}
	if !utf8.Valid(b) {
		return windows1252(b), Encoding1252, nil
	}
	return string(b), EncodingUTF8, nil
}

// looksUTF16 reports whether b, without a BOM, is UTF-16 text: in its first
// kilobyte nearly every byte at odd (little endian) or even (big endian)
// places is zero and nearly none at the others.
func looksUTF16(b []byte) (bigEndian, ok bool) {
	n := min(len(b), 1024) &^ 1
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*8 && even*10 <= half:
		return false, true
	case even*10 >= half*8 && odd*10 <= half:
		return true, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2) // an odd last byte is dropped
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	s := string(utf16.Decode(u))
	return strings.TrimPrefix(s, "\uFEFF")
}

// cp1252 maps the bytes 0x80-0x9F of Windows-1252; the rest is Latin-1.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

func windows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// normalizeNewlines turns CR LF and lone CR line ends into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// detectSeparator picks tab, semicolon or comma: the one that splits the
// most of the first lines (comments and blank lines aside) into the same
// number of cells, more than one; on a tie, the one giving more cells.
func detectSeparator(text string) rune {
	lines := make([]string, 0, 60)
	for rest := text; rest != "" && len(lines) < 60; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		lines = append(lines, line)
	}
	best, bestLines, bestCells := ',', 0, 0
	for _, sep := range []rune{'\t', ';', ','} {
		freq := map[int]int{}
		for _, l := range lines {
			if n := countOutsideQuotes(l, sep); n > 0 {
				freq[n+1]++
			}
		}
		for cells, count := range freq {
			if count > bestLines || count == bestLines && cells > bestCells {
				best, bestLines, bestCells = sep, count, cells
			}
		}
	}
	return best
}

func countOutsideQuotes(line string, sep rune) int {
	n, quoted := 0, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case r == sep && !quoted:
			n++
		}
	}
	return n
}

// record is one line (or quoted multi-line record) of the file.
type record struct {
	line  int
	cells []string
	err   string // why it could not be split, when it could not
}

// splitRecords splits text into records, at most limit of them (ok is false
// when there were more). Blank lines are left out.
func splitRecords(text string, sep rune, limit int) (recs []record, ok bool) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	for {
		cells, err := r.Read()
		if err == io.EOF {
			return recs, true
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return recs, true
			}
			recs = append(recs, record{line: pe.StartLine, err: pe.Err.Error()})
		} else {
			recs = append(recs, record{line: line, cells: cells})
		}
		if len(recs) > limit {
			return recs, false
		}
	}
}
