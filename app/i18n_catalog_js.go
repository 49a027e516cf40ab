package app

import (
	_ "embed"
	"sync"
)

// catalogData is i18n_catalog.go's catalog as data (see i18n_data.go).
//
//go:embed i18n_catalog.data
var catalogData string

// catalog is read from catalogData on its first use.
var (
	catalog     map[string][5]string
	catalogOnce sync.Once
)

// catalogRow is the row of English text s in the catalog.
func catalogRow(s string) ([5]string, bool) {
	catalogOnce.Do(func() {
		rows, err := decodeCatalog(catalogData)
		if err != nil {
			panic(err) // TestCatalogData checks the file it embeds
		}
		catalog = rows
	})
	row, ok := catalog[s]
	return row, ok
}
