//go:build js && wasm

package roi

import (
	"sync"
	"syscall/js"
)

// pluralRules are the browser's Intl.PluralRules by language and number of
// fraction digits, made once.
var pluralRules sync.Map

// pluralCategory asks the browser's Intl.PluralRules (CLDR's rules), so the
// wasm carries no plural tables. Without Intl, English's rule.
func pluralCategory(lang string, op operands) (cat string) {
	defer func() {
		if recover() != nil {
			cat = "other"
			if op.i == 1 && op.v == 0 {
				cat = "one"
			}
		}
	}()
	key := lang + "/" + string(rune('0'+op.v))
	pr, ok := pluralRules.Load(key)
	if !ok {
		opts := map[string]any{"minimumFractionDigits": op.v, "maximumFractionDigits": op.v}
		pr = js.Global().Get("Intl").Get("PluralRules").New(lang, opts)
		pluralRules.Store(key, pr)
	}
	return pr.(js.Value).Call("select", js.Global().Get("Number").Invoke(op.s)).String()
}
