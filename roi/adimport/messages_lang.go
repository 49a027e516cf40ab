package adimport

import "github.com/socialroi/socialroi/roi"

// In says the message in a language (a tag as roi.SupportedLanguage reads
// it), in English when the language or the sentence is not known.
func (m Message) In(lang string) string {
	l := roi.SupportedLanguage(lang)
	tpl := messageIn(l, m.Code)
	if tpl == "" {
		l, tpl = "en", EnglishMessages[m.Code]
	}
	return roi.Render(m.form(l, tpl), roi.Message{Code: m.Code, Args: m.Args})
}

// pluralArgs are the messages with a count: the index of the argument that
// holds it. Their templates are in plural forms (roi.PluralForm).
var pluralArgs = map[string]int{
	"import.row.cells":         0,
	"import.row.more":          0,
	"import.apply.earnednocpc": 0,
	"import.apply.replaced":    0,
}

// PluralArg is the index of the argument that picks the message's plural
// form, or -1 when the sentence has no count.
func PluralArg(code string) int {
	if i, ok := pluralArgs[code]; ok {
		return i
	}
	return -1
}

// form picks the template's plural form for the message's count.
func (m Message) form(lang, tpl string) string {
	if i := PluralArg(m.Code); i >= 0 && i < len(m.Args) {
		return roi.PluralForm(lang, tpl, m.Args[i])
	}
	return roi.PluralForm(lang, tpl, "")
}
