//go:build wasm

package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var formatter numberFormatter = &intlFormatter{cache: map[string]app.Value{}, done: map[string]string{}}

// intlFormatter formats with the browser's Intl.NumberFormat, fed with the
// exact decimal string (Intl reads strings without going through a float).
type intlFormatter struct {
	cache map[string]app.Value
	// done keeps what was formatted: the results show the same figures
	// render after render, and each call into Intl crosses into JavaScript.
	done map[string]string
}

// maxFormatted bounds done; past it, it starts afresh.
const maxFormatted = 4096

func (f *intlFormatter) format(lang, value string, st formatStyle) (out string) {
	defer func() {
		if recover() != nil {
			out = plainFormatter{}.format(lang, value, st)
		}
	}()
	key := lang + "|" + st.currency + "|" + strconv.Itoa(int(st.places)) + "|" + strconv.FormatBool(st.percent) + strconv.FormatBool(st.signed) + strconv.FormatBool(st.maxOnly)
	if s, ok := f.done[key+"|"+value]; ok {
		return s
	}
	nf, ok := f.cache[key]
	if !ok {
		opts := map[string]any{"maximumFractionDigits": int(st.places)}
		if !st.maxOnly {
			opts["minimumFractionDigits"] = int(st.places)
		}
		if st.currency != "" {
			opts["style"] = "currency"
			opts["currency"] = st.currency
		}
		if st.percent {
			opts["style"] = "unit"
			opts["unit"] = "percent"
		}
		if st.signed {
			opts["signDisplay"] = "exceptZero"
		}
		nf = app.Window().Get("Intl").Get("NumberFormat").New(lang, opts)
		f.cache[key] = nf
	}
	out = trueMinus(nf.Call("format", value).String()) // the minus sign in every language (format.go)
	if len(f.done) >= maxFormatted {
		clear(f.done)
	}
	f.done[key+"|"+value] = out
	return out
}
