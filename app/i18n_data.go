package app

import (
	"errors"
	"slices"
	"strings"
)

// The catalog in app.wasm is not i18n_catalog.go's map literal (which
// compiles to a header of 16 bytes per text and builds the map at every
// start) but i18n_catalog.data, the same rows as plain text, read on the
// first use of another language than English (i18n_catalog_js.go).
// i18n_catalog.go stays where texts are written and reviewed;
// TestCatalogData fails when the data file no longer says the same
// (`go test ./app -run TestCatalogData -update` writes it again).
//
// The format: each row, sorted by its English key, is the key then its
// five translations (nb, sv, fr, pl, tr; see column), each text on a line
// of its own (no text holds a line break), so that a change reads as one
// in a diff.

const catalogFields = 1 + 5

// encodeCatalog writes rows in the data file's format.
func encodeCatalog(rows map[string][5]string) (string, error) {
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		row := rows[k]
		for _, s := range append([]string{k}, row[:]...) {
			if strings.IndexByte(s, '\n') >= 0 {
				return "", errors.New("catalog: a text holds a line break: " + k)
			}
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}

// decodeCatalog reads the data file's format; its texts share data's
// memory.
func decodeCatalog(data string) (map[string][5]string, error) {
	n := strings.Count(data, "\n")
	if n%catalogFields != 0 || (data != "" && data[len(data)-1] != '\n') {
		return nil, errors.New("catalog: the data does not end with a whole row")
	}
	rows := make(map[string][5]string, n/catalogFields)
	for data != "" {
		var f [catalogFields]string
		for i := range f {
			f[i], data, _ = strings.Cut(data, "\n")
		}
		rows[f[0]] = [5]string(f[1:])
	}
	return rows, nil
}
