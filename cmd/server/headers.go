package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"slices"
	"strings"
)

// The Content-Security-Policy allows only what the app needs: its own
// scripts, styles, images, manifest and service worker from this origin,
// WebAssembly compilation ('wasm-unsafe-eval', not 'unsafe-eval'), fetch to
// this origin (app.wasm, the worker's cache), frames of this origin (the
// embed code page previews /embed), and nothing else. go-app's
// pages have no inline script or style; should a page grow one, its sha256
// hash is added at startup (see scanSite) rather than 'unsafe-inline'.
//
// frame-ancestors is 'none' everywhere except under the embed prefix, where
// it is the -frame-ancestors flag's value.
func buildCSP(scriptHashes, styleHashes []string, frameAncestors string) string {
	script := append([]string{"'self'", "'wasm-unsafe-eval'"}, scriptHashes...)
	style := append([]string{"'self'"}, styleHashes...)
	return strings.Join([]string{
		"default-src 'none'",
		"script-src " + strings.Join(script, " "),
		"style-src " + strings.Join(style, " "),
		"img-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"frame-src 'self'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// permissionsPolicy denies the powerful features the calculator never uses.
// Only features Chromium knows are listed: an unknown one is a console error.
// clipboard-write and storage-access are left alone: a share button and an
// embedded calculator's storage may want them.
const permissionsPolicy = "accelerometer=(), browsing-topics=(), camera=(), clipboard-read=(), " +
	"display-capture=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), local-fonts=(), " +
	"magnetometer=(), microphone=(), midi=(), otp-credentials=(), payment=(), " +
	"publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), " +
	"window-management=(), xr-spatial-tracking=()"

// notFoundCSP is the policy of the 404 page, which has one inline style
// and nothing else.
func notFoundCSP(styleHash, frameAncestors string) string {
	return "default-src 'none'; style-src " + styleHash + "; base-uri 'none'; form-action 'none'; frame-ancestors " + frameAncestors
}

// securityHeaders are the headers every response carries, for one value of
// frame-ancestors.
type securityHeaders struct {
	csp       string
	frameDeny bool // X-Frame-Options: DENY, for browsers without frame-ancestors
}

func (s *securityHeaders) set(h http.Header) {
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("Permissions-Policy", permissionsPolicy)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	// The files are public. A blog embed sandboxed without allow-same-origin
	// has an opaque origin, so its fetch of app.wasm is cross-origin: without
	// this it cannot start (GitHub Pages sends the same header).
	h.Set("Access-Control-Allow-Origin", "*")
	if s.frameDeny {
		h.Set("X-Frame-Options", "DENY")
	}
}

// validFrameAncestors reports whether v is usable as the source list of
// frame-ancestors: no directive separators or other characters that could
// change the policy's meaning or break the header.
func validFrameAncestors(v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("empty (use 'none' to forbid framing)")
	}
	for _, r := range v {
		if r < 0x21 && r != ' ' || r > 0x7e || r == ';' || r == ',' {
			return fmt.Errorf("%q: invalid character %q", v, r)
		}
	}
	return nil
}

// embedAncestors is the frame-ancestors of the embed pages for the flag's
// value: this origin is always allowed too (the embed code page previews
// the calculator in a frame), unless framing is refused altogether.
func embedAncestors(flag string) string {
	sources := strings.Fields(flag)
	if slices.Contains(sources, "*") || slices.Contains(sources, "'self'") || slices.Contains(sources, "'none'") {
		return strings.Join(sources, " ")
	}
	return strings.Join(append([]string{"'self'"}, sources...), " ")
}

// isEmbedPath reports whether urlPath is under the embed prefix: the prefix
// itself, anything below it, or its page file ("/embed.html").
func isEmbedPath(urlPath, prefix string) bool {
	if prefix == "" {
		return false
	}
	rest, ok := strings.CutPrefix(urlPath, prefix)
	return ok && (rest == "" || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, ".") || strings.HasSuffix(prefix, "/"))
}

// cspHash is a CSP hash source for an inline script or style's text.
func cspHash(text []byte) string {
	sum := sha256.Sum256(text)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// siteInline is what the site's HTML pages hold inline.
type siteInline struct {
	scriptHashes, styleHashes []string
	// blocked lists what the CSP blocks and a hash cannot allow: event
	// handler and style attributes, javascript: URLs ("guide.html: onclick").
	blocked []string
}

// scanSite reads every .html page under fsys (dotfiles excluded, as they
// are never served) and collects the hashes of inline scripts and styles.
func scanSite(fsys fs.FS) (siteInline, error) {
	var s siteInline
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || path.Ext(name) != ".html" {
			return nil
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		scripts, styles, blocked := scanHTML(b)
		for _, t := range scripts {
			s.scriptHashes = append(s.scriptHashes, cspHash(t))
		}
		for _, t := range styles {
			s.styleHashes = append(s.styleHashes, cspHash(t))
		}
		for _, b := range blocked {
			s.blocked = append(s.blocked, name+": "+b)
		}
		return nil
	})
	slices.Sort(s.scriptHashes)
	s.scriptHashes = slices.Compact(s.scriptHashes)
	slices.Sort(s.styleHashes)
	s.styleHashes = slices.Compact(s.styleHashes)
	return s, err
}

// scanHTML returns the text of the inline <script> (those without src) and
// <style> elements of an HTML document, exactly as a browser hashes it, and
// the attributes a CSP without 'unsafe-inline' blocks. It is a tokenizer
// for well-formed HTML such as go-app writes, not a full HTML5 parser; it
// errs on the side of reporting too much.
func scanHTML(b []byte) (scripts, styles [][]byte, blocked []string) {
	lower := bytes.ToLower(b)
	i := 0
	for {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			return
		}
		i += lt + 1
		if bytes.HasPrefix(b[i:], []byte("!--")) {
			end := bytes.Index(b[i+3:], []byte("-->"))
			if end < 0 {
				return
			}
			i += 3 + end + 3
			continue
		}
		if i >= len(b) || !isASCIILetter(b[i]) {
			continue // "</x>", "<!doctype", a stray "<"
		}
		start := i
		for i < len(b) && (isASCIILetter(b[i]) || b[i] >= '0' && b[i] <= '9' || b[i] == '-') {
			i++
		}
		tag := string(lower[start:i])
		var attrs []string
		attrs, i = scanAttrs(b, lower, i, tag, &blocked)
		if tag != "script" && tag != "style" {
			continue
		}
		end := bytes.Index(lower[i:], []byte("</"+tag))
		if end < 0 {
			end = len(b) - i
		}
		text := b[i : i+end]
		i += end
		switch {
		case tag == "style":
			styles = append(styles, text)
		case !slices.Contains(attrs, "src"):
			scripts = append(scripts, text)
		}
	}
}

// scanAttrs reads a start tag's attributes from b[i:] up to and including
// its '>', returning their lower-case names and the index after the tag.
func scanAttrs(b, lower []byte, i int, tag string, blocked *[]string) (names []string, next int) {
	for i < len(b) {
		for i < len(b) && isHTMLSpace(b[i]) || i < len(b) && b[i] == '/' {
			i++
		}
		if i >= len(b) {
			break
		}
		if b[i] == '>' {
			return names, i + 1
		}
		start := i
		for i < len(b) && !isHTMLSpace(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/' {
			i++
		}
		name := string(lower[start:i])
		for i < len(b) && isHTMLSpace(b[i]) {
			i++
		}
		var value string
		if i < len(b) && b[i] == '=' {
			i++
			for i < len(b) && isHTMLSpace(b[i]) {
				i++
			}
			if i < len(b) && (b[i] == '"' || b[i] == '\'') {
				q := b[i]
				end := bytes.IndexByte(b[i+1:], q)
				if end < 0 {
					end = len(b) - i - 1
				}
				value = string(lower[i+1 : i+1+end])
				i += end + 2
			} else {
				vs := i
				for i < len(b) && !isHTMLSpace(b[i]) && b[i] != '>' {
					i++
				}
				value = string(lower[vs:i])
			}
		}
		names = append(names, name)
		switch {
		case strings.HasPrefix(name, "on"):
			*blocked = append(*blocked, fmt.Sprintf("<%s %s>", tag, name))
		case name == "style":
			*blocked = append(*blocked, fmt.Sprintf("<%s style>", tag))
		case strings.HasPrefix(strings.TrimSpace(value), "javascript:"):
			*blocked = append(*blocked, fmt.Sprintf("<%s %s=javascript:>", tag, name))
		}
	}
	return names, len(b)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
