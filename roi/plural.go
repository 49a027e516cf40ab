package roi

import "strings"

// Plural forms. A sentence with a count is written with one form per CLDR
// plural category, "one=in {1} category|other=in {1} categories", and the
// category of the count picks the form. The categories come from CLDR, not
// from hand-written guesses: outside the browser from golang.org/x/text
// (plural_cldr.go), in the browser from Intl.PluralRules (plural_js.go), so
// that the wasm carries no plural tables (x/text's language and plural
// tables would add about 470 kB raw, 140 kB gzipped).
//
// The languages need these categories for whole and fractional counts:
//   en, nb, sv: one (1), other;
//   fr: one (0, 1 and 0.x, 1.x), other;
//   pl: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions);
//   tr: one (1), other (the same words: Turkish does not inflect after a
//   number, so its one and other forms are the same).

// PluralCategories are CLDR's category names, in CLDR's order.
var PluralCategories = []string{"zero", "one", "two", "few", "many", "other"}

// IsPlural reports whether a template is written in plural forms.
func IsPlural(tpl string) bool {
	for _, c := range PluralCategories {
		if strings.HasPrefix(tpl, c+"=") {
			return true
		}
	}
	return false
}

// PluralForms splits a plural template into its forms by category; a
// template without forms is its own "other".
func PluralForms(tpl string) map[string]string {
	if !IsPlural(tpl) {
		return map[string]string{"other": tpl}
	}
	out := map[string]string{}
	for _, part := range strings.Split(tpl, "|") {
		cat, text, ok := strings.Cut(part, "=")
		if ok {
			out[cat] = text
		}
	}
	return out
}

// PluralForm picks the form of a plural template for count n (a decimal
// string such as "3" or "1.5") in lang: the form of n's category, else
// "other". A template without forms is returned as it is.
func PluralForm(lang, tpl, n string) string {
	if !IsPlural(tpl) {
		return tpl
	}
	forms := PluralForms(tpl)
	if f, ok := forms[PluralCategory(lang, n)]; ok {
		return f
	}
	return forms["other"]
}

// PluralCategory is CLDR's cardinal category of count n (a decimal string
// as the engine writes it: "3", "1.5", "-2"; digit groups and a comma
// decimal mark are read too) in lang.
func PluralCategory(lang, n string) string {
	l := SupportedLanguage(lang)
	if l == "" {
		l = "en"
	}
	op, ok := pluralOperands(n)
	if !ok {
		return "other"
	}
	return pluralCategory(l, op)
}

// operands are CLDR's plural operands: i the integer digits (the last six,
// plus a million when there are more, which keeps i%10, i%100 and i != 1),
// v the number of fraction digits shown, f those digits, t f without
// trailing zeros and w their number; s is the number as written, for Intl.
type operands struct {
	i, v, f, t, w int
	s             string
}

func pluralOperands(n string) (operands, bool) {
	s := strings.TrimSpace(n)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\'', '’':
			return -1
		}
		return r
	}, s)
	// One comma and no dot is a decimal comma; otherwise commas group digits.
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") && len(s)-strings.Index(s, ",") != 4 {
		s = strings.Replace(s, ",", ".", 1)
	} else {
		s = strings.ReplaceAll(s, ",", "")
	}
	ip, fp, _ := strings.Cut(s, ".")
	if ip == "" {
		ip = "0"
	}
	if !digits(ip) || (fp != "" && !digits(fp)) {
		return operands{}, false
	}
	var op operands
	ip = strings.TrimLeft(ip, "0")
	if len(ip) > 6 {
		op.i = 1000000
		ip = ip[len(ip)-6:]
	}
	op.i += atoiDigits(ip)
	if len(fp) > 6 {
		fp = fp[:6]
	}
	op.v = len(fp)
	op.f = atoiDigits(fp)
	tp := strings.TrimRight(fp, "0")
	op.w = len(tp)
	op.t = atoiDigits(tp)
	op.s = ip
	if op.s == "" {
		op.s = "0"
	}
	if fp != "" {
		op.s += "." + fp
	}
	return op, true
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func atoiDigits(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// pluralSamples are counts that reach every category of the six languages:
// whole numbers through the teens and twenties, and fractions.
var pluralSamples = func() []string {
	var out []string
	for i := 0; i <= 112; i++ {
		out = append(out, pluralItoa(i))
	}
	return append(out, "0.5", "1.5", "2.5", "5.5", "22.5", "1.25")
}()

func pluralItoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return pluralItoa(i/10) + string(rune('0'+i%10))
}

// LanguagePluralCategories lists the categories lang's counts fall in, in
// CLDR's order: the forms a plural template needs in lang.
func LanguagePluralCategories(lang string) []string {
	seen := map[string]bool{}
	for _, n := range pluralSamples {
		seen[PluralCategory(lang, n)] = true
	}
	var out []string
	for _, c := range PluralCategories {
		if seen[c] {
			out = append(out, c)
		}
	}
	return out
}
