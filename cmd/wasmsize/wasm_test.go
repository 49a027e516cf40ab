package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("fixture: %v", err) // a missing fixture fails, never skips
	}
	return b
}

func parseFixture(t testing.TB, name string) *Module {
	t.Helper()
	m, err := Parse(fixture(t, name))
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return m
}

// TestParseFunctions: every function of the code section, with the index
// the name section gives it (after the imported function) and its size, as
// testdata/README.md lists them.
func TestParseFunctions(t *testing.T) {
	m := parseFixture(t, "tiny.wasm")
	want := []Func{
		{1, "runtime.main", 3},
		{2, "github.com_a_b.__T_.M", 6},
		{3, "github.com_a_b.F.func1", 13},
		{4, "type_.eq.github.com_a_b.T", 4},
		{5, "_rt0_wasm_js", 3},
	}
	if !m.Named {
		t.Errorf("Named = false; want true (the fixture has a name section)")
	}
	if len(m.Funcs) != len(want) {
		t.Fatalf("%d functions; want %d: %+v", len(m.Funcs), len(want), m.Funcs)
	}
	for i, w := range want {
		if m.Funcs[i] != w {
			t.Errorf("function %d = %+v; want %+v", i, m.Funcs[i], w)
		}
	}
	if got := len(fixture(t, "tiny.wasm")); m.Size != got {
		t.Errorf("Size = %d; want the file's %d bytes", m.Size, got)
	}
	sum := 8 // magic and version
	for _, s := range m.Sections {
		sum += s.Size
	}
	if sum != m.Size {
		t.Errorf("sections and header add up to %d bytes; want the file's %d", sum, m.Size)
	}
}

// TestParseWithoutNames: a binary without a name section (Go's -ldflags=-s)
// is read, its functions unnamed, and the tool refuses it with a reason.
func TestParseWithoutNames(t *testing.T) {
	data := fixture(t, "tiny.wasm")
	m := parseFixture(t, "tiny.wasm")
	last := m.Sections[len(m.Sections)-1]
	if last.Name != "custom name" {
		t.Fatalf("last section %q; want the name section (see testdata/README.md)", last.Name)
	}
	stripped := data[:len(data)-last.Size]
	s, err := Parse(stripped)
	if err != nil {
		t.Fatalf("Parse(without names): %v", err)
	}
	if s.Named || len(s.Funcs) != len(m.Funcs) || s.Funcs[0].Name != "" {
		t.Errorf("without names: Named %v, %d functions, first named %q; want false, %d, \"\"", s.Named, len(s.Funcs), s.Funcs[0].Name, len(m.Funcs))
	}
	path := filepath.Join(t.TempDir(), "stripped.wasm")
	if err := os.WriteFile(path, stripped, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(&out, path, "", 10, 0); err == nil {
		t.Errorf("run(stripped wasm) = nil error; want one saying to build without -s")
	}
}

// TestParseRejects: what is not a whole WebAssembly binary is an error.
func TestParseRejects(t *testing.T) {
	data := fixture(t, "tiny.wasm")
	m := parseFixture(t, "tiny.wasm")
	codeEnd := 8
	for _, s := range m.Sections {
		codeEnd += s.Size
		if s.Name == "code" {
			break
		}
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not wasm", []byte("\x7fELF\x01\x00\x00\x00")},
		{"version 2", []byte("\x00asm\x02\x00\x00\x00")},
		{"cut in the code section", data[:codeEnd-1]},
		{"section longer than the file", append([]byte("\x00asm\x01\x00\x00\x00\x0a\x10"), 1, 2)},
		{"number without end", []byte("\x00asm\x01\x00\x00\x00\x0a\xff\xff\xff\xff\xff\xff")},
		{"body longer than its section", []byte("\x00asm\x01\x00\x00\x00\x0a\x03\x01\x05\x00")},
		{"unknown import kind", []byte("\x00asm\x01\x00\x00\x00\x02\x05\x01\x00\x00\x09\x00")},
	}
	for _, tt := range tests {
		if m, err := Parse(tt.data); err == nil {
			t.Errorf("Parse(%s) = %d functions, nil error; want an error", tt.name, len(m.Funcs))
		}
	}
}

func TestPackage(t *testing.T) {
	tests := []struct{ name, want string }{
		{"runtime.main", "runtime"},
		{"runtime.__mheap_.alloc", "runtime"},
		{"runtime.gcBgMarkWorker.func1", "runtime"},
		{"internal_abi.Name.Name", "internal_abi"},
		{"github.com_socialroi_socialroi_roi.Calculate", "github.com_socialroi_socialroi_roi"},
		{"github.com_maxence_charriere_go_app_v10_pkg_app.__Compo_.Render", "github.com_maxence_charriere_go_app_v10_pkg_app"},
		{"github.com_shopspring_decimal.Decimal.Add", "github.com_shopspring_decimal"},
		{"vendor_golang.org_x_net_dns_dnsmessage.__Parser_.Start", "vendor_golang.org_x_net_dns_dnsmessage"},
		{"gopkg.in_yaml.v3.Unmarshal", "gopkg.in_yaml"},
		{"slices.SortFunc_go.shape.struct_", "slices"},
		{"type_.eq.github.com_a_b.T", "(type functions)"},
		{"go___struct___io.Reader__io.Closer_.Read", "(struct methods)"},
		{"_rt0_wasm_js", "(no package)"},
		{"wasm_export_run", "(no package)"},
		{"", "(no package)"},
	}
	for _, tt := range tests {
		if got := Package(tt.name); got != tt.want {
			t.Errorf("Package(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
}

// TestByPackage: the sizes of testdata/README.md's table, summed.
func TestByPackage(t *testing.T) {
	got := ByPackage(parseFixture(t, "tiny.wasm"))
	want := []PackageSize{
		{"github.com_a_b", 6 + 13, 2},
		{"(type functions)", 4, 1},
		{"(no package)", 3, 1},
		{"runtime", 3, 1},
	}
	if len(got) != len(want) {
		t.Fatalf("ByPackage = %+v; want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ByPackage[%d] = %+v; want %+v", i, got[i], want[i])
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (go test -update writes it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// TestReport: the report of tiny.wasm, the top 2 packages and the rest in
// one line; the same with its 3 largest functions (13, 6 and 4 bytes in
// testdata/README.md's table); and the change since tiny-old.wasm. Both run the command's
// own code path (run) on the fixture files.
func TestReport(t *testing.T) {
	for _, tt := range []struct {
		golden, base string
		funcs        int
	}{
		{"report.golden", "", 0},
		{"largest.golden", "", 3},
		{"diff.golden", filepath.Join("testdata", "tiny-old.wasm"), 0},
	} {
		fixture(t, "tiny.wasm")
		var out bytes.Buffer
		if err := run(&out, filepath.Join("testdata", "tiny.wasm"), tt.base, 2, tt.funcs); err != nil {
			t.Fatalf("run: %v", err)
		}
		golden(t, tt.golden, out.String())
	}
}

// FuzzParse: any input is read or refused with an error, never a panic,
// and what is read is consistent: sizes within the file, sections adding
// up to it.
func FuzzParse(f *testing.F) {
	f.Add(fixture(f, "tiny.wasm"))
	f.Add(fixture(f, "tiny-old.wasm"))
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(data)
		if err != nil {
			return
		}
		sum := 8
		for _, s := range m.Sections {
			if s.Size < 2 {
				t.Fatalf("section %q of %d bytes; a section has at least its id and size", s.Name, s.Size)
			}
			sum += s.Size
		}
		if sum != len(data) {
			t.Fatalf("sections add up to %d bytes; the input has %d", sum, len(data))
		}
		if code := CodeBytes(m); code > len(data) {
			t.Fatalf("code of %d bytes in %d bytes of input", code, len(data))
		}
		_ = Report(m, 3)
		_ = Largest(m, 3)
		_ = Diff(m, m, 3)
	})
}
