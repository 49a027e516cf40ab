package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/socialroi/socialroi/roi"
)

// The translation tests read the app's source: every English text passed to
// t, tf, tui, tr, trf or msg must be in the catalog in every language, and
// user-visible text must not be written without them.

// wrappers are the functions that take English UI text, with the index of
// the argument that holds it.
var wrappers = map[string]int{"t": 0, "tf": 0, "tn": 0, "tui": 0, "msg": 0, "tr": 1, "trf": 1, "trn": 1}

// textParams are parameter names of the app's own functions that take text
// a person reads: a literal passed there must be wrapped.
var textParams = map[string]bool{
	"label": true, "title": true, "text": true, "hint": true, "caption": true, "fallback": true,
	"heading": true, "desc": true, "description": true, "summary": true, "message": true,
	"placeholder": true, "prompt": true, "note": true, "alt": true,
}

// textAttrs are attributes whose value a person reads (or hears).
var textAttrs = map[string]bool{
	"label": true, "description": true, "roledescription": true, "valuetext": true, "placeholder": true,
	"title": true, "alt": true, "aria-label": true, "aria-description": true, "aria-roledescription": true,
	"aria-valuetext": true, "aria-placeholder": true, "content": false,
}

// neutralCalls take ids, classes, URLs and other text nobody reads as prose.
var neutralCalls = map[string]bool{
	"Class": true, "ID": true, "DataSet": true, "Href": true, "Src": true, "Type": true, "Role": true,
	"For": true, "Name": true, "Get": true, "Set": true, "Call": true, "Getenv": true, "Route": true,
	"Style": true, "Styles": true, "Value": true, "Rel": true, "Download": true, "Accept": true,
	"Method": true, "Target": true, "AutoComplete": true, "InputMode": true, "Pattern": true, "Lang": true,
	"Fatalf": true, "Errorf": true, "Logf": true, "Log": true, "Error": true, "Fatal": true,
	"Quote": true, "Replace": true, "ReplaceAll": true, "NewReplacer": true, "Split": true, "Join": true,
	"HasPrefix": true, "HasSuffix": true, "TrimPrefix": true, "TrimSuffix": true, "Contains": true,
	"Index": true, "Cut": true, "CutPrefix": true, "CutSuffix": true, "New": true, "Sprintf": true,
	"Fprintf": true, "Printf": true, "Println": true, "Print": true, "Debug": true, "Info": true,
	"Warn": true, "WriteString": true, "Fields": true, "Trim": true, "TrimSpace": true, "Count": true,
	"Preset": true, "Render": true, "In": true, "Dispatch": true, "NewAction": true, "Handle": true,
	"ObserveState": true, "SetState": true, "GetState": true, "LocalStorage": true, "SessionStorage": true,
	"Equal": true, "EqualFold": true, "Compare": true, "MatchString": true, "MustCompile": true,
	"Unix": true, "Format": true, "Parse": true, "ParseInput": true, "ParseDecimal": true,
}

// neutralVars are variables that hold classes, roles, ids and the like.
var neutralVars = map[string]bool{"class": true, "role": true, "id": true, "kind": true, "key": true, "mime": true}

// allowedText is user-visible text that is the same in every language.
var allowedText = map[string]bool{
	"Social ROI": true, // the product's name
	"ROI":        true, "ROAS": true, "CPM": true, "CPC": true, "CPL": true, "CAC": true,
	"×": true, "—": true, "–": true, "·": true, ": ": true, " — ": true, " · ": true,
	"Range.low": true, "Range.high": true, // JSON path suffixes of an estimate's range, never shown
}

// serverOnlyFiles would be files whose text stays English. None is: the
// page head (title, description, loading label) is in head.go, translated,
// and web/boot.js says it in the visitor's language (head_test.go).
var serverOnlyFiles = map[string]bool{}

// pendingFiles are files of features other people are still writing: they
// are translated once they land, and skipped (with a note) until then.
var pendingFiles = map[string]bool{}

// developerFiles write only for developers: embed.go's option problems go
// to the browser console of the blogger setting the embed up, in English
// like the rest of the console.
var developerFiles = map[string]bool{"embed.go": true}

// translationFiles hold the translations themselves (and the languages'
// own names, the same in every language).
var translationFiles = map[string]bool{"i18n.go": true, "i18n_catalog.go": true}

type literal struct {
	text string
	pos  string
}

type sourceScan struct {
	fset     *token.FileSet
	wrapped  []literal // text passed to a wrapper
	plural   []literal // text passed to tn or trn (sentences with a count)
	bare     []literal // user-visible text passed without one
	prose    []literal // other literals that read like prose
	params   map[string][]string
	fileName string
	pending  []string // pendingFiles that exist
}

func scanSources(t *testing.T) *sourceScan {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	s := &sourceScan{fset: token.NewFileSet(), params: map[string][]string{}}
	var parsed []*ast.File
	var names []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(s.fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parsing %s: %v", f, err)
		}
		parsed = append(parsed, af)
		names = append(names, f)
		// Parameter names of the app's own functions and methods.
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			var ps []string
			for _, field := range fd.Type.Params.List {
				if len(field.Names) == 0 {
					ps = append(ps, "")
				}
				for _, n := range field.Names {
					ps = append(ps, n.Name)
				}
			}
			s.params[fd.Name.Name] = ps
		}
	}
	for i, af := range parsed {
		s.fileName = names[i]
		if pendingFiles[s.fileName] {
			s.pending = append(s.pending, s.fileName)
		}
		s.scanFile(af)
	}
	return s
}

func (s *sourceScan) at(n ast.Node) string {
	p := s.fset.Position(n.Pos())
	return p.Filename + ":" + strconv.Itoa(p.Line)
}

func stringLit(e ast.Expr) (string, bool) {
	if p, ok := e.(*ast.ParenExpr); ok {
		return stringLit(p.X)
	}
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	v, err := strconv.Unquote(bl.Value)
	return v, err == nil
}

func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.IndexExpr: // generic call
		if id, ok := f.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// hasLetters reports whether text holds a letter, so a person reads it.
func hasLetters(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// readsLikeProse is the heuristic for text written for people: several
// words, or one capitalised word ("Ads"), but not ids, keys, CSS or paths.
func readsLikeProse(s string) bool {
	if allowedText[s] || !hasLetters(s) {
		return false
	}
	if strings.ContainsAny(s, "{}<>=;/\\#@$") && !strings.Contains(s, "{0}") {
		return false // CSS, JavaScript, markup, paths, URLs
	}
	words := 0
	for _, w := range strings.Fields(s) {
		if hasLetters(w) {
			words++
		}
	}
	if words >= 2 {
		return true
	}
	r := []rune(strings.TrimSpace(s))
	return len(r) >= 2 && unicode.IsUpper(r[0]) && strings.IndexFunc(string(r[1:]), unicode.IsLower) >= 0
}

// bareText returns the literals of e that a person would read: e itself or
// the parts of a + concatenation. Calls (t(...)) are not looked into.
func bareText(e ast.Expr) []*ast.BasicLit {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return bareText(x.X)
	case *ast.BasicLit:
		if v, ok := stringLit(x); ok && hasLetters(v) && !allowedText[v] {
			return []*ast.BasicLit{x}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return append(bareText(x.X), bareText(x.Y)...)
		}
	}
	return nil
}

func (s *sourceScan) scanFile(af *ast.File) {
	serverOnly := serverOnlyFiles[s.fileName] || translationFiles[s.fileName] || pendingFiles[s.fileName]
	handled := map[*ast.BasicLit]bool{}
	var stack []ast.Node
	ast.Inspect(af, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch x := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.Field:
			if x.Tag != nil {
				handled[x.Tag] = true
			}
		case *ast.CallExpr:
			name := callName(x)
			if i, ok := wrappers[name]; ok && i < len(x.Args) {
				if v, ok := stringLit(x.Args[i]); ok {
					s.wrapped = append(s.wrapped, literal{v, s.at(x)})
					if name == "tn" || name == "trn" {
						s.plural = append(s.plural, literal{v, s.at(x)})
					}
					handled[x.Args[i].(*ast.BasicLit)] = true
				}
				for _, a := range x.Args {
					if bl, ok := a.(*ast.BasicLit); ok {
						handled[bl] = true
					}
				}
				return true
			}
			var textArgs []ast.Expr
			switch name {
			case "Text", "Placeholder", "Title", "Alt":
				textArgs = x.Args
			case "Aria", "Attr":
				if len(x.Args) == 2 {
					if k, ok := stringLit(x.Args[0]); ok && textAttrs[k] {
						textArgs = x.Args[1:]
					}
				}
			default:
				if ps, ok := s.params[name]; ok {
					for i, a := range x.Args {
						if i < len(ps) && textParams[ps[i]] {
							textArgs = append(textArgs, a)
						}
					}
				}
			}
			for _, a := range textArgs {
				for _, bl := range bareText(a) {
					v, _ := stringLit(bl)
					if !serverOnly {
						s.bare = append(s.bare, literal{v, s.at(bl)})
					}
					handled[bl] = true
				}
			}
			if neutralCalls[name] {
				for _, a := range x.Args {
					for _, bl := range literalsIn(a) {
						handled[bl] = true
					}
				}
			}
		case *ast.CaseClause:
			for _, e := range x.List {
				for _, bl := range literalsIn(e) {
					handled[bl] = true
				}
			}
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				for _, bl := range append(literalsIn(x.X), literalsIn(x.Y)...) {
					handled[bl] = true
				}
			}
		case *ast.AssignStmt:
			for i, l := range x.Lhs {
				if id, ok := l.(*ast.Ident); ok && neutralVars[id.Name] && i < len(x.Rhs) {
					for _, bl := range literalsIn(x.Rhs[i]) {
						handled[bl] = true
					}
				}
			}
		case *ast.KeyValueExpr:
			for _, bl := range literalsIn(x.Key) {
				handled[bl] = true // map keys are ids
			}
		case *ast.IndexExpr:
			for _, bl := range literalsIn(x.Index) {
				handled[bl] = true
			}
		case *ast.GenDecl:
			if x.Tok == token.CONST || x.Tok == token.IMPORT {
				return false // ids and keys
			}
		case *ast.BasicLit:
			if x.Kind != token.STRING || handled[x] || serverOnly {
				return true
			}
			if v, ok := stringLit(x); ok && readsLikeProse(v) && !developerFiles[s.fileName] {
				s.prose = append(s.prose, literal{v, s.at(x)})
			}
		}
		return true
	})
}

// literalsIn lists the string literals of an expression, calls included.
func literalsIn(e ast.Expr) []*ast.BasicLit {
	var out []*ast.BasicLit
	ast.Inspect(e, func(n ast.Node) bool {
		if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
			out = append(out, bl)
		}
		return true
	})
	return out
}

var placeRE = regexp.MustCompile(`\{[0-9]\}`)

func places(s string) []string {
	p := placeRE.FindAllString(s, -1)
	slices.Sort(p)
	return p
}

var catalogLangs = []string{"nb", "sv", "fr", "pl", "tr"}

// spaceAt reports whether s starts (at 0) or ends (at -1) with a space of
// any kind (French writes a no-break one).
func spaceAt(s string, at int) bool {
	r := []rune(s)
	if len(r) == 0 {
		return false
	}
	if at < 0 {
		return unicode.IsSpace(r[len(r)-1])
	}
	return unicode.IsSpace(r[0])
}

// Every English text the app wraps is in the catalog, in every language,
// with the same {0} places; and the catalog holds nothing the app no longer
// says.
func TestCatalogComplete(t *testing.T) {
	s := scanSources(t)
	if len(s.wrapped) < 200 {
		t.Errorf("only %d wrapped texts found: is the scan broken?", len(s.wrapped))
	}
	used := map[string]bool{}
	var missing []string
	for _, l := range s.wrapped {
		used[l.text] = true
		row, ok := catalog[l.text]
		if !ok {
			if !slices.Contains(missing, l.text) {
				missing = append(missing, l.text)
				t.Errorf("%s: %q is not in the catalog", l.pos, l.text)
			}
			continue
		}
		for i, lang := range catalogLangs {
			if strings.TrimSpace(row[i]) == "" {
				t.Errorf("%s: %q has no %s translation", l.pos, l.text, lang)
			}
		}
	}
	if len(missing) > 0 {
		var b strings.Builder
		for _, m := range missing {
			b.WriteString("\t" + strconv.Quote(m) + ": {\"\", \"\", \"\", \"\", \"\"},\n")
		}
		t.Logf("missing rows:\n%s", b.String())
	}
	for k, row := range catalog {
		if !used[k] {
			t.Errorf("catalog row %q is not used by the app", k)
		}
		for i, lang := range catalogLangs {
			want := places(roi.PluralForms(k)["other"])
			for cat, form := range roi.PluralForms(row[i]) {
				if got := places(form); !slices.Equal(got, want) {
					t.Errorf("%q in %s (%s) has places %v; English has %v", k, lang, cat, got, want)
				}
			}
			if spaceAt(k, 0) != spaceAt(row[i], 0) || spaceAt(k, -1) != spaceAt(row[i], -1) {
				t.Errorf("%q in %s (%q) does not keep the spaces around it", k, lang, row[i])
			}
		}
	}
}

// No user-visible text is written without a translation: not in .Text,
// labels, titles, aria-labels, placeholders, nor the app's own helpers that
// take a label or a title, nor any literal that reads like a sentence.
func TestNoUntranslatedText(t *testing.T) {
	s := scanSources(t)
	if len(s.pending) > 0 {
		t.Logf("not checked yet (being written): %s", strings.Join(s.pending, ", "))
	}
	for _, l := range s.bare {
		t.Errorf("%s: %q is shown untranslated: wrap it in p.t (or msg where it is stored)", l.pos, l.text)
	}
	for _, l := range s.prose {
		t.Errorf("%s: %q reads like text for people: wrap it in p.t or msg (or, if it is not, add its context to i18n_test.go)", l.pos, l.text)
	}
}

// Every code the engine can say reaches the page in the page's language:
// the roi package's own test checks the sentences, this checks the app
// speaks the languages roi does.
func TestAppLanguagesAreEngineLanguages(t *testing.T) {
	if !slices.Equal(roi.Languages[1:], catalogLangs) {
		t.Errorf("roi.Languages = %v; the catalog's columns are %v", roi.Languages, catalogLangs)
	}
	for _, l := range roi.Languages {
		if langNames[l] == "" {
			t.Errorf("no name for %s in the language picker", l)
		}
		if i := column(l); (l == "en") != (i < 0) {
			t.Errorf("column(%s) = %d", l, i)
		}
	}
}

func TestPreferredLanguage(t *testing.T) {
	cases := []struct {
		tags []string
		want string
	}{
		{nil, "en"},
		{[]string{"de-DE", "fr-FR", "en"}, "fr"},
		{[]string{"nb-NO"}, "nb"},
		{[]string{"no"}, "nb"},
		{[]string{"sv-FI", "fi"}, "sv"},
		{[]string{"pl"}, "pl"},
		{[]string{"tr-TR", "en-US"}, "tr"},
		{[]string{"zh-CN", "ja"}, "en"},
		{[]string{"en-GB", "fr"}, "en"},
	}
	for _, tc := range cases {
		if got := PreferredLanguage(tc.tags); got != tc.want {
			t.Errorf("PreferredLanguage(%q) = %q; want %q", tc.tags, got, tc.want)
		}
	}
}
