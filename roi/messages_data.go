package roi

import (
	"errors"
	"slices"
	"strings"
	"sync"
)

// app.wasm does not build its message tables (Messages, by language and
// code) from map literals, which compile to a header of 16 bytes per text
// and are filled at every start, but reads them from the same table as
// data on the first message in another language than English (this
// package's and roi/adimport's messages_i18n_js.go). The format: for each
// message, sorted by language then code, its language, code and text, each
// on a line of its own (no text holds a line break). A test in each
// package keeps its data file the same as its map.

// EncodeMessages writes a table of messages by language and code as data.
func EncodeMessages(table map[string]map[string]string) (string, error) {
	var b strings.Builder
	for _, lang := range slices.Sorted(mapKeys(table)) {
		for _, code := range slices.Sorted(mapKeys(table[lang])) {
			for _, s := range []string{lang, code, table[lang][code]} {
				if strings.IndexByte(s, '\n') >= 0 {
					return "", errors.New("messages: a text holds a line break: " + lang + " " + code)
				}
				b.WriteString(s)
				b.WriteByte('\n')
			}
		}
	}
	return b.String(), nil
}

// DecodeMessages reads what EncodeMessages wrote; its texts share data's
// memory.
func DecodeMessages(data string) (map[string]map[string]string, error) {
	if strings.Count(data, "\n")%3 != 0 || (data != "" && data[len(data)-1] != '\n') {
		return nil, errors.New("messages: the data does not end with a whole message")
	}
	table := map[string]map[string]string{}
	for data != "" {
		var f [3]string
		for i := range f {
			f[i], data, _ = strings.Cut(data, "\n")
		}
		if table[f[0]] == nil {
			table[f[0]] = map[string]string{}
		}
		table[f[0]][f[1]] = f[2]
	}
	return table, nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// LazyMessages is a table of messages kept as data (EncodeMessages) and
// read on its first use: app.wasm's message tables, which English, the
// language of most visits, never reads.
type LazyMessages struct {
	data  string
	once  sync.Once
	table map[string]map[string]string
}

// NewLazyMessages is the table data holds, not read yet.
func NewLazyMessages(data string) *LazyMessages { return &LazyMessages{data: data} }

// In is the message code in lang ("" when it has none, and for English,
// whose messages are in no table).
func (m *LazyMessages) In(lang, code string) string {
	if lang == "en" || lang == "" {
		return ""
	}
	m.once.Do(func() {
		table, err := DecodeMessages(m.data)
		if err != nil {
			panic(err) // each package's TestMessagesData checks the file it embeds
		}
		m.table = table
	})
	return m.table[lang][code]
}
