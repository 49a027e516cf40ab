package roi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Document limits. A scenario a person builds is a few kilobytes; these keep
// a hostile or mistaken file from costing memory or time.
const (
	MaxDocumentBytes = 1 << 20 // 1 MiB
	MaxListLength    = 1000
	MaxTextLength    = 2000
)

// Problem is one thing wrong (or, as a warning, odd) in a scenario, located by
// its JSON path: `costs[2].hourlyRate`.
type Problem struct {
	Path string `json:"path"`
	Message
}

// Error says the problem in English, path first.
func (p Problem) Error() string {
	if p.Path == "" {
		return p.Message.String()
	}
	return p.Path + ": " + p.Message.String()
}

// MarshalJSON writes {"path": ..., "code": ..., "message": ...}.
func (p Problem) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Path    string   `json:"path"`
		Code    string   `json:"code"`
		Args    []string `json:"args,omitempty"`
		Message string   `json:"message"`
	}{p.Path, p.Code, p.Args, p.Message.String()})
}

// InvalidError lists every problem that keeps a scenario from being used.
type InvalidError struct {
	Problems []Problem
}

func (e *InvalidError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// ProblemsOf returns the problems an error from Parse, Validate or Calculate
// carries, or one problem without a path for any other error.
func ProblemsOf(err error) []Problem {
	if err == nil {
		return nil
	}
	var inv *InvalidError
	if errors.As(err, &inv) {
		return inv.Problems
	}
	return []Problem{{Message: Message{Code: "doc.syntax", Args: []string{err.Error()}}}}
}

func invalid(p ...Problem) error { return &InvalidError{Problems: p} }

// Parse reads a scenario document. It accepts numbers as strings or bare JSON
// numbers, reports every problem with its JSON path, and returns unknown keys
// as warnings (a file from a newer version still opens). The error, when not
// nil, is an *InvalidError.
func Parse(data []byte) (Scenario, []Problem, error) {
	if len(data) > MaxDocumentBytes {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "doc.toolarge", Args: []string{strconv.Itoa(MaxDocumentBytes)}}})
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "doc.syntax", Args: []string{syntaxText(data, err)}}})
	}
	if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "doc.syntax", Args: []string{"more than one JSON value"}}})
	}
	obj, ok := raw.(map[string]any)
	if !ok {
		return Scenario{}, nil, invalid(Problem{Message: Message{Code: "doc.notobject"}})
	}
	// Format and version first: a wrong document should say so, not list
	// a hundred unrelated problems.
	if f, ok := obj["format"]; !ok {
		return Scenario{}, nil, invalid(Problem{Path: "format", Message: Message{Code: "doc.noformat"}})
	} else if fs, _ := f.(string); fs != FormatID {
		return Scenario{}, nil, invalid(Problem{Path: "format", Message: Message{Code: "doc.format", Args: []string{clip(compact(f))}}})
	}
	from := 0
	if v, ok := obj["version"]; !ok {
		return Scenario{}, nil, invalid(Problem{Path: "version", Message: Message{Code: "doc.noversion"}})
	} else if vs := compact(v); vs == "1" || vs == "2" {
		from = int(vs[0] - '0')
	} else {
		return Scenario{}, nil, invalid(Problem{Path: "version", Message: Message{Code: "doc.version", Args: []string{clip(vs)}}})
	}

	w := walker{}
	w.walk(raw, reflect.TypeOf(Scenario{}), "")
	if len(w.problems) > 0 {
		return Scenario{}, w.warnings, invalid(w.problems...)
	}
	// Decode the checked tree, unknown keys removed: encoding/json would
	// otherwise match "Costs" to costs, which the walk reported as unknown.
	clean, err := json.Marshal(raw)
	if err != nil {
		return Scenario{}, w.warnings, invalid(Problem{Message: Message{Code: "doc.syntax", Args: []string{err.Error()}}})
	}
	var s Scenario
	if err := json.Unmarshal(clean, &s); err != nil {
		// The walk accepts only what decodes; this is a safety net.
		return Scenario{}, w.warnings, invalid(Problem{Message: Message{Code: "doc.syntax", Args: []string{err.Error()}}})
	}
	s = s.Clone() // nil lists become empty ones
	var notes []Problem
	if from < Version {
		s, notes = Migrate(s, from)
	}
	if probs := Validate(s); len(probs) > 0 {
		return s, append(notes, w.warnings...), invalid(probs...)
	}
	return s, append(notes, w.warnings...), nil
}

func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func syntaxText(data []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := 1, 1
		// Offset counts the offending byte: the column is the one before.
		for _, c := range data[:max(0, min(int(se.Offset)-1, len(data)))] {
			if c == '\n' {
				line++
				col = 1
			} else {
				col++
			}
		}
		return fmt.Sprintf("%s (line %d, column %d)", se.Error(), line, col)
	}
	if errors.Is(err, errEOF) || strings.Contains(err.Error(), "EOF") {
		return "the document ends too early"
	}
	return err.Error()
}

var errEOF = errors.New("unexpected EOF")

// walker checks a decoded JSON tree against the Go types, so every type
// problem gets an exact path and unknown keys become warnings.
type walker struct {
	problems []Problem
	warnings []Problem
}

func (w *walker) fail(path, code string, args ...string) {
	if len(w.problems) < 200 {
		w.problems = append(w.problems, Problem{Path: path, Message: Message{Code: code, Args: args}})
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (w *walker) walk(v any, t reflect.Type, path string) {
	if t == numberType {
		switch v.(type) {
		case string, json.Number, nil:
		default:
			w.fail(path, "doc.type", "a number")
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v != nil {
			w.walk(v, t.Elem(), path)
		}
	case reflect.String:
		switch s := v.(type) {
		case string:
			if len(s) > MaxTextLength {
				w.fail(path, "doc.toolongtxt", strconv.Itoa(MaxTextLength))
			}
		case nil:
		default:
			w.fail(path, "doc.type", "text")
		}
	case reflect.Bool:
		switch v.(type) {
		case bool, nil:
		default:
			w.fail(path, "doc.type", "true or false")
		}
	case reflect.Int:
		if n, ok := v.(json.Number); !ok {
			w.fail(path, "doc.type", "a whole number")
		} else if _, err := strconv.Atoi(n.String()); err != nil {
			w.fail(path, "doc.type", "a whole number")
		}
	case reflect.Slice:
		if v == nil {
			return
		}
		list, ok := v.([]any)
		if !ok {
			w.fail(path, "doc.type", "a list")
			return
		}
		if len(list) > MaxListLength {
			w.fail(path, "doc.toomany", strconv.Itoa(MaxListLength))
			return
		}
		for i, e := range list {
			w.walk(e, t.Elem(), path+"["+strconv.Itoa(i)+"]")
		}
	case reflect.Struct:
		if v == nil {
			return
		}
		obj, ok := v.(map[string]any)
		if !ok {
			w.fail(path, "doc.type", "an object")
			return
		}
		fields := jsonFields(t)
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			f, ok := fields[k]
			if !ok {
				if len(w.warnings) < 50 {
					w.warnings = append(w.warnings, Problem{Path: join(path, k), Message: Message{Code: "doc.unknownkey", Args: []string{strconv.Quote(clip(k))}}})
				}
				delete(obj, k)
				continue
			}
			w.walk(obj[k], f, join(path, k))
		}
	}
}

// jsonFields maps a struct's JSON keys to their field types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	m := make(map[string]reflect.Type, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		m[name] = f.Type
	}
	return m
}
