package app

import (
	"os"
	"regexp"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// web/embed.js names its iframe in the embed's language: its titles are
// the catalog's, in every language.
func TestEmbedScriptTitles(t *testing.T) {
	src, err := os.ReadFile("../web/embed.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range roi.Languages {
		want := tr(lang, "Social media ROI calculator")
		re := regexp.MustCompile(`\n\s*` + lang + `: "([^"]*)"`)
		m := re.FindSubmatch(src)
		if m == nil || string(m[1]) != want {
			t.Errorf("embed.js title in %s = %q; want %q", lang, m, want)
		}
	}
}
