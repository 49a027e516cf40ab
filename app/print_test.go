//go:build !wasm

package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// print.css is loaded on every page and pre-cached for offline use, and
// outside the report it only changes how pages print.
func TestPrintStyles(t *testing.T) {
	h := NewHandler("v1.0.0")
	if !slices.Contains(h.Styles, PrintStyles) {
		t.Errorf("handler Styles %v lack %s", h.Styles, PrintStyles)
	}
	if !slices.Contains(h.CacheableResources, PrintStyles) || !slices.Contains(h.CacheableResources, PathReport) {
		t.Errorf("pre-cache list %v lacks %s or %s", h.CacheableResources, PrintStyles, PathReport)
	}
	css, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(strings.TrimPrefix(PrintStyles, "/"))))
	if err != nil {
		t.Fatal(err)
	}
	screen, _, _ := strings.Cut(string(css), "@media print")
	for _, line := range strings.Split(screen, "\n") {
		if i := strings.Index(line, "{"); i >= 0 && !strings.HasPrefix(strings.TrimSpace(line), "/*") {
			for _, sel := range strings.Split(line[:i], ",") {
				if !strings.Contains(sel, ".report") {
					t.Errorf("print.css styles %q on screen outside the report", strings.TrimSpace(sel))
				}
			}
		}
	}
}
