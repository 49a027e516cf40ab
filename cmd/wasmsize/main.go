// Command wasmsize prints how many bytes of a Go WebAssembly binary's code
// each Go package takes, from the code section and the function names of
// the "name" section (which `-ldflags=-s` leaves out: measure an unstripped
// build; the code is the same).
//
//	wasmsize [-n 25] [-funcs 0] [-base old.wasm] app.wasm
//
// With -funcs N it also lists the N largest functions (where a package's
// size comes from: a map literal's init, a long render function). With
// -base it prints what changed per package since old.wasm instead.
// `make size` runs it on an unstripped build of the app.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

func main() {
	top := flag.Int("n", 25, "packages to list (the rest are summed in one line)")
	funcs := flag.Int("funcs", 0, "also list this many of the largest functions")
	base := flag.String("base", "", "an earlier wasm: print the change per package since it")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-n 25] [-funcs 0] [-base old.wasm] app.wasm")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *base, *top, *funcs); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, path, basePath string, top, funcs int) error {
	m, err := load(path)
	if err != nil {
		return err
	}
	if basePath == "" {
		out := Report(m, top)
		if funcs > 0 {
			out += Largest(m, funcs)
		}
		_, err = io.WriteString(w, out)
		return err
	}
	b, err := load(basePath)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, Diff(b, m, top))
	return err
}

func load(path string) (*Module, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !m.Named {
		return nil, fmt.Errorf("%s has no name section (built with -ldflags=-s?): build it without -s", path)
	}
	return m, nil
}

// PackageSize is the code of one package.
type PackageSize struct {
	Package string
	Bytes   int
	Funcs   int
}

// ByPackage sums the code per package, largest first.
func ByPackage(m *Module) []PackageSize {
	sums := map[string]*PackageSize{}
	for _, f := range m.Funcs {
		p := Package(f.Name)
		s := sums[p]
		if s == nil {
			s = &PackageSize{Package: p}
			sums[p] = s
		}
		s.Bytes += f.Size
		s.Funcs++
	}
	out := make([]PackageSize, 0, len(sums))
	for _, s := range sums {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b PackageSize) int {
		return cmp.Or(cmp.Compare(b.Bytes, a.Bytes), strings.Compare(a.Package, b.Package))
	})
	return out
}

// CodeBytes is the size of every function body.
func CodeBytes(m *Module) int {
	n := 0
	for _, f := range m.Funcs {
		n += f.Size
	}
	return n
}

func sectionBytes(m *Module, name string) int {
	n := 0
	for _, s := range m.Sections {
		if s.Name == name {
			n += s.Size
		}
	}
	return n
}

// Report lists the top packages by code size, the rest in one line, the
// total, and the size of the data and name sections.
func Report(m *Module, top int) string {
	var b strings.Builder
	pkgs := ByPackage(m)
	code := CodeBytes(m)
	fmt.Fprintf(&b, "code per package (%d functions, %d packages)\n", len(m.Funcs), len(pkgs))
	fmt.Fprintf(&b, "%10s %6s  %s\n", "bytes", "share", "package")
	rest, restN := 0, 0
	for i, p := range pkgs {
		if i >= top {
			rest += p.Bytes
			restN++
			continue
		}
		fmt.Fprintf(&b, "%10d %5.1f%%  %s\n", p.Bytes, pct(p.Bytes, code), p.Package)
	}
	if restN > 0 {
		fmt.Fprintf(&b, "%10d %5.1f%%  (%s)\n", rest, pct(rest, code), more(restN))
	}
	fmt.Fprintf(&b, "%10d %5.1f%%  code in all\n", code, 100.0)
	fmt.Fprintf(&b, "%10d         data section\n", sectionBytes(m, "data"))
	fmt.Fprintf(&b, "%10d         name section (not in the stripped build served)\n", sectionBytes(m, "custom name"))
	fmt.Fprintf(&b, "%10d         the whole file\n", m.Size)
	return b.String()
}

// Largest lists the n largest functions, largest first (by name when two
// are the same size), with their share of all code.
func Largest(m *Module, n int) string {
	fs := slices.Clone(m.Funcs)
	slices.SortFunc(fs, func(a, b Func) int {
		return cmp.Or(cmp.Compare(b.Size, a.Size), strings.Compare(a.Name, b.Name))
	})
	fs = fs[:min(n, len(fs))]
	code := CodeBytes(m)
	var b strings.Builder
	fmt.Fprintf(&b, "largest functions\n%10s %6s  %s\n", "bytes", "share", "function")
	for _, f := range fs {
		fmt.Fprintf(&b, "%10d %5.1f%%  %s\n", f.Size, pct(f.Size, code), f.Name)
	}
	return b.String()
}

// Diff lists the packages whose code changed from base to m, the largest
// change first, and the change of the total.
func Diff(base, m *Module, top int) string {
	type change struct {
		pkg         string
		before, now int
	}
	all := map[string]*change{}
	get := func(p string) *change {
		if all[p] == nil {
			all[p] = &change{pkg: p}
		}
		return all[p]
	}
	for _, p := range ByPackage(base) {
		get(p.Package).before = p.Bytes
	}
	for _, p := range ByPackage(m) {
		get(p.Package).now = p.Bytes
	}
	var changed []change
	for _, c := range all {
		if c.now != c.before {
			changed = append(changed, *c)
		}
	}
	abs := func(n int) int { return max(n, -n) }
	slices.SortFunc(changed, func(a, b change) int {
		return cmp.Or(cmp.Compare(abs(b.now-b.before), abs(a.now-a.before)), strings.Compare(a.pkg, b.pkg))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "code per package, change since the base (%d packages changed)\n", len(changed))
	fmt.Fprintf(&b, "%10s %10s %10s  %s\n", "base", "now", "change", "package")
	rest, restN := 0, 0
	for i, c := range changed {
		if i >= top {
			rest += c.now - c.before
			restN++
			continue
		}
		fmt.Fprintf(&b, "%10d %10d %+10d  %s\n", c.before, c.now, c.now-c.before, c.pkg)
	}
	if restN > 0 {
		fmt.Fprintf(&b, "%10s %10s %+10d  (%s)\n", "", "", rest, more(restN))
	}
	cb, cm := CodeBytes(base), CodeBytes(m)
	fmt.Fprintf(&b, "%10d %10d %+10d  code in all\n", cb, cm, cm-cb)
	db, dm := sectionBytes(base, "data"), sectionBytes(m, "data")
	fmt.Fprintf(&b, "%10d %10d %+10d  data section\n", db, dm, dm-db)
	return b.String()
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

func more(n int) string {
	if n == 1 {
		return "1 more package"
	}
	return fmt.Sprintf("%d more packages", n)
}
