//go:build !js

package app

import (
	"os"
	"reflect"
	"testing"
)

// TestCatalogData: i18n_catalog.data, the catalog app.wasm embeds, says
// exactly what i18n_catalog.go's map says (-update writes it from the map),
// and reads back as that map.
func TestCatalogData(t *testing.T) {
	const path = "i18n_catalog.data"
	data, err := encodeCatalog(catalog)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./app -run TestCatalogData -update writes it)", err)
	}
	if string(file) != data {
		t.Fatalf("%s is not i18n_catalog.go's catalog: run go test ./app -run TestCatalogData -update", path)
	}
	rows, err := decodeCatalog(string(file))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows, catalog) {
		t.Errorf("%s reads back as %d rows, not as the catalog's %d", path, len(rows), len(catalog))
	}
}

// TestCatalogDataFormat: the format on small tables, and data that is not
// whole rows refused.
func TestCatalogDataFormat(t *testing.T) {
	tests := []struct {
		name string
		rows map[string][5]string
		data string
	}{
		{"empty", map[string][5]string{}, ""},
		{"sorted by key, empty texts kept", map[string][5]string{
			"b": {"1", "2", "3", "4", "5"},
			"a": {"", "x", "", "y\x04z", ""},
		}, "a\n\nx\n\ny\x04z\n\nb\n1\n2\n3\n4\n5\n"},
	}
	for _, tt := range tests {
		got, err := encodeCatalog(tt.rows)
		if err != nil || got != tt.data {
			t.Errorf("%s: encodeCatalog = %q, %v; want %q", tt.name, got, err, tt.data)
		}
		back, err := decodeCatalog(tt.data)
		if err != nil || !reflect.DeepEqual(back, tt.rows) {
			t.Errorf("%s: decodeCatalog = %v, %v; want %v", tt.name, back, err, tt.rows)
		}
	}
	if _, err := encodeCatalog(map[string][5]string{"a": {"b\nc"}}); err == nil {
		t.Error("encodeCatalog took a text holding a line break")
	}
	for _, bad := range []string{"a", "a\nb\n", "a\n\n\n\n\n\nx"} {
		if _, err := decodeCatalog(bad); err == nil {
			t.Errorf("decodeCatalog(%q) = nil error; want one", bad)
		}
	}
}

// BenchmarkDecodeCatalog: what app.wasm pays on the first text in another
// language than English (it used to build the map at every start).
func BenchmarkDecodeCatalog(b *testing.B) {
	data, err := encodeCatalog(catalog)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := decodeCatalog(data); err != nil {
			b.Fatal(err)
		}
	}
}
