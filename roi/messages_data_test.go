//go:build !js

package roi_test

import (
	"flag"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

var updateData = flag.Bool("update", false, "rewrite messages_i18n.data from Messages")

// TestMessagesData: messages_i18n.data, the table app.wasm embeds, says
// exactly what messages_i18n.go's Messages says (-update writes it), and
// reads back as that table.
func TestMessagesData(t *testing.T) {
	checkMessagesData(t, roi.Messages, "messages_i18n.data", *updateData)
}

func checkMessagesData(t *testing.T, table map[string]map[string]string, path string, update bool) {
	t.Helper()
	data, err := roi.EncodeMessages(table)
	if err != nil {
		t.Fatal(err)
	}
	if update {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -run TestMessagesData -update writes it)", err)
	}
	if string(file) != data {
		t.Fatalf("%s is not messages_i18n.go's Messages: run go test -run TestMessagesData -update", path)
	}
	back, err := roi.DecodeMessages(string(file))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, table) {
		t.Errorf("%s reads back as %d languages, not as Messages' %d", path, len(back), len(table))
	}
}

// TestMessagesDataFormat: the format on small tables, and data that is
// not whole messages refused.
func TestMessagesDataFormat(t *testing.T) {
	tests := []struct {
		name  string
		table map[string]map[string]string
		data  string
	}{
		{"empty", map[string]map[string]string{}, ""},
		{"sorted by language then code", map[string]map[string]string{
			"sv": {"b": "två", "a": "ett {0}"},
			"fr": {"a": "one=un|other=des"},
		}, "fr\na\none=un|other=des\nsv\na\nett {0}\nsv\nb\ntvå\n"},
	}
	for _, tt := range tests {
		got, err := roi.EncodeMessages(tt.table)
		if err != nil || got != tt.data {
			t.Errorf("%s: EncodeMessages = %q, %v; want %q", tt.name, got, err, tt.data)
		}
		back, err := roi.DecodeMessages(tt.data)
		if err != nil || !reflect.DeepEqual(back, tt.table) {
			t.Errorf("%s: DecodeMessages = %v, %v; want %v", tt.name, back, err, tt.table)
		}
	}
	if _, err := roi.EncodeMessages(map[string]map[string]string{"sv": {"a": "x\ny"}}); err == nil {
		t.Error("EncodeMessages took a text holding a line break")
	}
	for _, bad := range []string{"sv", "sv\na\n", "sv\na\nx\ny"} {
		if _, err := roi.DecodeMessages(bad); err == nil {
			t.Errorf("DecodeMessages(%q) = nil error; want one", bad)
		}
	}
}

// A table kept as data is read on the first message asked for in a
// language other than English; English has no table.
func ExampleLazyMessages() {
	data, err := roi.EncodeMessages(map[string]map[string]string{
		"fr": {"num.empty": "saisissez un nombre"},
	})
	if err != nil {
		panic(err)
	}
	m := roi.NewLazyMessages(data)
	fmt.Printf("%q %q %q\n", m.In("fr", "num.empty"), m.In("fr", "num.nope"), m.In("en", "num.empty"))
	// Output: "saisissez un nombre" "" ""
}
