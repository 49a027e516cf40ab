package app

import (
	"net/url"
	"strings"
)

// repairURL makes an address Go's url.Parse accepts, changing as little as
// possible: a "%" not followed by two hex digits becomes "%25" and control
// characters are percent-encoded. A link cut short or typed by hand
// ("#s=%%%") is otherwise enough to stop go-app, which parses
// location.href on start and on every navigation and does not expect it to
// fail. The share code then reports what the fragment holds.
func repairURL(href string) string {
	if _, err := url.Parse(href); err == nil {
		return href
	}
	const hex = "0123456789ABCDEF"
	isHex := func(c byte) bool { return strings.IndexByte("0123456789abcdefABCDEF", c) >= 0 }
	var b strings.Builder
	for i := 0; i < len(href); i++ {
		c := href[i]
		switch {
		case c == '%' && !(i+2 < len(href) && isHex(href[i+1]) && isHex(href[i+2])):
			b.WriteString("%25")
		case c < 0x20 || c == 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	fixed := b.String()
	if _, err := url.Parse(fixed); err != nil {
		// Still not an address (a broken host, say): keep what precedes
		// the fragment, which the browser did load.
		if i := strings.IndexByte(fixed, '#'); i >= 0 {
			fixed = fixed[:i]
		}
	}
	return fixed
}
