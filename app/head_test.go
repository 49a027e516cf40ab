//go:build !wasm

package app

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// Every route has a title and a description in every language, and
// web/boot.js carries them with the loading label.
func TestHeadInEveryLanguage(t *testing.T) {
	js := BootScript()
	for _, lang := range roi.Languages {
		for _, p := range RoutePaths {
			title, desc := RouteTitle(lang, p), RouteDescription(lang, p)
			if lang != "en" && (title == RouteTitle("en", p) || desc == RouteDescription("en", p)) {
				t.Errorf("%s %s: the head is English", lang, p)
			}
			for _, s := range []string{title, desc} {
				q, _ := json.Marshal(s)
				if !strings.Contains(js, string(q)) {
					t.Errorf("boot.js lacks %s", q)
				}
			}
		}
		label := trf(lang, loadingLabel, "{0}")
		if lang != "en" && label == trf("en", loadingLabel, "{0}") {
			t.Errorf("%s: the loading label is English", lang)
		}
		if q, _ := json.Marshal(label); !strings.Contains(js, string(q)) {
			t.Errorf("boot.js lacks the loading label %s", q)
		}
	}
	if !strings.Contains(LoadingLabel("fr"), "{progress}") {
		t.Errorf("LoadingLabel(fr) = %q; want a {progress} place", LoadingLabel("fr"))
	}
}
