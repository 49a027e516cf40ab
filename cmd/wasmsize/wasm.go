package main

import (
	"errors"
	"fmt"
	"strings"
)

// Module is what wasmsize reads from a WebAssembly binary: the size of
// every function body in the code section, by name, and the size of every
// section.
type Module struct {
	Funcs    []Func
	Sections []Section
	Size     int // the whole file
	// Named is false when the binary has no "name" section (Go's linker
	// leaves it out with -ldflags=-s): the functions are then unnamed.
	Named bool
}

// Func is one function body of the code section.
type Func struct {
	Index int    // in the function index space (imports first)
	Name  string // from the "name" section, "" when there is none
	Size  int    // bytes of the body, with its size prefix
}

// Section is one section of the binary.
type Section struct {
	ID   byte
	Name string // a custom section's name; else the section's kind
	Size int    // with its header
}

var sectionNames = [...]string{"custom", "type", "import", "function", "table", "memory", "global",
	"export", "start", "element", "code", "data", "datacount", "tag"}

var errTruncated = errors.New("wasm: truncated")

// reader reads the binary format: bytes, LEB128 numbers and names. Every
// read checks the bounds, so any input gives an error, never a panic.
type reader struct {
	b   []byte
	off int
}

func (r *reader) byte() (byte, error) {
	if r.off >= len(r.b) {
		return 0, errTruncated
	}
	c := r.b[r.off]
	r.off++
	return c, nil
}

func (r *reader) uleb() (int, error) {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 1<<31 {
				return 0, fmt.Errorf("wasm: number %d too large at %d", v, r.off)
			}
			return int(v), nil
		}
	}
	return 0, fmt.Errorf("wasm: number too long at %d", r.off)
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.off {
		return nil, errTruncated
	}
	b := r.b[r.off : r.off+n]
	r.off += n
	return b, nil
}

func (r *reader) name() (string, error) {
	n, err := r.uleb()
	if err != nil {
		return "", err
	}
	b, err := r.bytes(n)
	return string(b), err
}

// Parse reads a WebAssembly binary.
func Parse(data []byte) (*Module, error) {
	if len(data) < 8 || string(data[:4]) != "\x00asm" {
		return nil, errors.New("wasm: not a WebAssembly binary")
	}
	if string(data[4:8]) != "\x01\x00\x00\x00" {
		return nil, fmt.Errorf("wasm: version % x not supported", data[4:8])
	}
	m := &Module{Size: len(data)}
	imported := 0 // functions imported: the code section's bodies come after them
	var code []Func
	names := map[int]string{}
	r := &reader{b: data, off: 8}
	for r.off < len(r.b) {
		start := r.off
		id, _ := r.byte()
		n, err := r.uleb()
		if err != nil {
			return nil, err
		}
		body, err := r.bytes(n)
		if err != nil {
			return nil, fmt.Errorf("wasm: section %d at %d: %w", id, start, err)
		}
		s := Section{ID: id, Size: r.off - start, Name: fmt.Sprintf("section %d", id)}
		if int(id) < len(sectionNames) {
			s.Name = sectionNames[id]
		}
		sr := &reader{b: body}
		switch id {
		case 0:
			if s.Name, err = sr.name(); err != nil {
				return nil, fmt.Errorf("wasm: custom section at %d: %w", start, err)
			}
			if s.Name == "name" {
				m.Named = true
				if err := readNames(sr, names); err != nil {
					return nil, err
				}
			}
			s.Name = "custom " + s.Name
		case 2:
			if imported, err = countFuncImports(sr); err != nil {
				return nil, err
			}
		case 10:
			if code, err = readCode(sr); err != nil {
				return nil, err
			}
		}
		m.Sections = append(m.Sections, s)
	}
	for i := range code {
		code[i].Index = imported + i
		code[i].Name = names[code[i].Index]
	}
	m.Funcs = code
	return m, nil
}

// countFuncImports counts the functions of the import section.
func countFuncImports(r *reader) (int, error) {
	count, err := r.uleb()
	if err != nil {
		return 0, err
	}
	funcs := 0
	for i := 0; i < count; i++ {
		if _, err := r.name(); err != nil { // module
			return 0, err
		}
		if _, err := r.name(); err != nil { // field
			return 0, err
		}
		kind, err := r.byte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // function: its type
			funcs++
			_, err = r.uleb()
		case 1: // table: its element type and limits
			if _, err = r.byte(); err == nil {
				err = r.limits()
			}
		case 2: // memory: its limits
			err = r.limits()
		case 3: // global: its type and mutability
			_, err = r.bytes(2)
		case 4: // tag: attribute and type
			if _, err = r.byte(); err == nil {
				_, err = r.uleb()
			}
		default:
			return 0, fmt.Errorf("wasm: import kind %d unknown", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func (r *reader) limits() error {
	flags, err := r.byte()
	if err != nil {
		return err
	}
	if _, err := r.uleb(); err != nil {
		return err
	}
	if flags&1 != 0 {
		_, err = r.uleb()
	}
	return err
}

// readCode reads the size of every function body.
func readCode(r *reader) ([]Func, error) {
	count, err := r.uleb()
	if err != nil {
		return nil, err
	}
	if count > len(r.b) { // every body takes at least one byte
		return nil, errTruncated
	}
	fns := make([]Func, 0, count)
	for i := 0; i < count; i++ {
		start := r.off
		n, err := r.uleb()
		if err != nil {
			return nil, err
		}
		if _, err := r.bytes(n); err != nil {
			return nil, fmt.Errorf("wasm: function body %d: %w", i, err)
		}
		fns = append(fns, Func{Size: r.off - start})
	}
	return fns, nil
}

// readNames reads the function names subsection (1) of the "name" section
// into names; the other subsections are skipped.
func readNames(r *reader, names map[int]string) error {
	for r.off < len(r.b) {
		id, _ := r.byte()
		n, err := r.uleb()
		if err != nil {
			return err
		}
		sub, err := r.bytes(n)
		if err != nil {
			return fmt.Errorf("wasm: name subsection %d: %w", id, err)
		}
		if id != 1 {
			continue
		}
		sr := &reader{b: sub}
		count, err := sr.uleb()
		if err != nil {
			return err
		}
		for i := 0; i < count; i++ {
			idx, err := sr.uleb()
			if err != nil {
				return err
			}
			name, err := sr.name()
			if err != nil {
				return err
			}
			names[idx] = name
		}
	}
	return nil
}

// domainEnds are the last labels of a module path's host ("github.com"):
// the dot before them is part of the package path, not its end.
var domainEnds = map[string]bool{"com": true, "org": true, "net": true, "io": true, "in": true, "dev": true}

// Package is the Go package a function name belongs to, as the linker
// writes it. Go's wasm linker writes every character other than letters,
// digits, '_' and '.' as '_' ("github.com/a/b.(*T).M" becomes
// "github.com_a_b.__T_.M"), so the path ends at the first '.' that is not a
// host's dot (".com_", ".org_", …: a heuristic, right for Go's names). Names
// without a package (the runtime's entry points) are "(no package)", the
// compiler's type functions ("type:.eq.…") "(type functions)", methods of
// unnamed structs "(struct methods)".
func Package(name string) string {
	switch {
	case strings.HasPrefix(name, "type_.") || strings.HasPrefix(name, "type:."):
		return "(type functions)"
	case strings.HasPrefix(name, "go_struct_") || strings.HasPrefix(name, "go___struct_"):
		return "(struct methods)" // "go:struct { io.Reader; … }.Read"
	}
	from := 0
	for {
		i := strings.IndexByte(name[from:], '.')
		if i < 0 {
			if from == 0 {
				return "(no package)"
			}
			return name
		}
		i += from
		rest := name[i+1:]
		label, _, found := strings.Cut(rest, "_")
		if found && domainEnds[label] && !strings.Contains(label, ".") {
			from = i + 1
			continue
		}
		return name[:i]
	}
}
