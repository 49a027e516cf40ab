//go:build !js

package app

// catalogRow is the row of English text s in the catalog. Outside the
// browser (the prerendering server, the tests) it is i18n_catalog.go's map
// itself.
func catalogRow(s string) ([5]string, bool) {
	row, ok := catalog[s]
	return row, ok
}
