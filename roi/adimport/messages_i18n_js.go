package adimport

import (
	_ "embed"

	"github.com/socialroi/socialroi/roi"
)

// messagesData is messages_i18n.go's Messages as data (see
// roi.EncodeMessages).
//
//go:embed messages_i18n.data
var messagesData string

// messages are read from messagesData on the first message in another
// language than English.
var messages = roi.NewLazyMessages(messagesData)

// messageIn is the sentence code in lang ("" when it has none).
func messageIn(lang, code string) string { return messages.In(lang, code) }
