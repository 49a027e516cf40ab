package adimport

import (
	_ "embed"
	"sync"

	"github.com/socialroi/socialroi/roi"
)

// messagesData is messages_i18n.go's Messages as data (see
// roi.EncodeMessages).
//
//go:embed messages_i18n.data
var messagesData string

// Messages are read from messagesData on the first message in another
// language than English.
var (
	Messages     map[string]map[string]string
	messagesOnce sync.Once
)

// messageIn is the sentence code in lang ("" when it has none).
func messageIn(lang, code string) string {
	if lang == "en" || lang == "" { // English is EnglishMessages: no table to read
		return ""
	}
	messagesOnce.Do(func() {
		table, err := roi.DecodeMessages(messagesData)
		if err != nil {
			panic(err) // TestMessagesData checks the file it embeds
		}
		Messages = table
	})
	return Messages[lang][code]
}
