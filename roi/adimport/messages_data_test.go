//go:build !js

package adimport

import (
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

var updateData = flag.Bool("update", false, "rewrite messages_i18n.data from Messages")

// TestMessagesData: messages_i18n.data, the importer's table app.wasm
// embeds, says exactly what messages_i18n.go's Messages says (-update
// writes it), and reads back as that table.
func TestMessagesData(t *testing.T) {
	const path = "messages_i18n.data"
	data, err := roi.EncodeMessages(Messages)
	if err != nil {
		t.Fatal(err)
	}
	if *updateData {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./roi/adimport -run TestMessagesData -update writes it)", err)
	}
	if string(file) != data {
		t.Fatalf("%s is not messages_i18n.go's Messages: run go test ./roi/adimport -run TestMessagesData -update", path)
	}
	back, err := roi.DecodeMessages(string(file))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, Messages) {
		t.Errorf("%s reads back as %d languages, not as Messages' %d", path, len(back), len(Messages))
	}
}
