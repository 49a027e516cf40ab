package roi

import "strings"

// Languages are the languages the engine's messages (and the app) speak,
// English first.
var Languages = []string{"en", "nb", "sv", "fr", "pl", "tr"}

// SupportedLanguage returns the language of Languages a tag such as "nb-NO",
// "fr_CA" or "no" is written in, or "" when it is none of them. Norwegian
// without a script ("no") and Nynorsk ("nn") read Bokmål.
func SupportedLanguage(tag string) string {
	base := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "en", "nb", "sv", "fr", "pl", "tr":
		return base
	case "no", "nn":
		return "nb"
	}
	return ""
}

// In says the message in a language (a tag as SupportedLanguage reads it),
// in English when the language or the sentence is not known.
func (m Message) In(lang string) string {
	l := SupportedLanguage(lang)
	tpl := m.Template(l)
	if m.Code == "doc.type" && len(m.Args) == 1 {
		if w := typeWords[l][m.Args[0]]; w != "" {
			m = Message{Code: m.Code, Args: []string{w}}
		}
	}
	return Render(tpl, m)
}

// typeWords are the arguments of "doc.type" (what a JSON value must be) in
// each language, in the form the sentence needs (Polish: instrumental).
var typeWords = map[string]map[string]string{
	"nb": {"a number": "et tall", "text": "tekst", "true or false": "true eller false", "a whole number": "et heltall", "a list": "en liste", "an object": "et objekt"},
	"sv": {"a number": "ett tal", "text": "text", "true or false": "true eller false", "a whole number": "ett heltal", "a list": "en lista", "an object": "ett objekt"},
	"fr": {"a number": "un nombre", "text": "du texte", "true or false": "true ou false", "a whole number": "un nombre entier", "a list": "une liste", "an object": "un objet"},
	"pl": {"a number": "liczbą", "text": "tekstem", "true or false": "wartością true lub false", "a whole number": "liczbą całkowitą", "a list": "listą", "an object": "obiektem"},
	"tr": {"a number": "bir sayı", "text": "metin", "true or false": "true ya da false", "a whole number": "bir tam sayı", "a list": "bir liste", "an object": "bir nesne"},
}
