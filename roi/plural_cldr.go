//go:build !(js && wasm)

package roi

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// pluralCategory asks CLDR's rules as golang.org/x/text carries them.
func pluralCategory(lang string, op operands) string {
	tag, err := language.Parse(lang)
	if err != nil {
		return "other"
	}
	switch plural.Cardinal.MatchPlural(tag, op.i, op.v, op.w, op.f, op.t) {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	}
	return "other"
}
