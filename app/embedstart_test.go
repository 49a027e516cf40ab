//go:build !wasm

package app

import (
	"encoding/json"
	"regexp"
	"slices"
	"testing"
)

// The start script's lists are the app's: the modes, each language's
// currency, the height message and the backgrounds an accent is read on.
func TestEmbedStartScriptConfig(t *testing.T) {
	m := regexp.MustCompile(`var C = (\{.*\});`).FindStringSubmatch(EmbedStartScript())
	if m == nil {
		t.Fatal("no configuration in the start script")
	}
	var c struct {
		Modes, All []string
		Cur        map[string]string
		Msg        string
		Bg         []string
	}
	if err := json.Unmarshal([]byte(m[1]), &c); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Modes, CompactModes) || !slices.Equal(c.All, EmbedModes) || c.Msg != EmbedHeightMessage ||
		!slices.Equal(c.Bg, []string{lightBackground, darkBackground}) {
		t.Errorf("start script configuration %+v", c)
	}
	for _, l := range EmbedLangs {
		if c.Cur[l] != DefaultCurrency(l) {
			t.Errorf("%s: currency %q; want %q", l, c.Cur[l], DefaultCurrency(l))
		}
	}
}
