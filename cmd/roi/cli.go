package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"

	"github.com/socialroi/socialroi/roi"
)

// Exit codes.
const (
	exitOK      = 0 // success
	exitInvalid = 1 // an invalid scenario, an unreadable file, a failed write
	exitUsage   = 2 // wrong usage: unknown command or flag, missing argument
)

// defaultBase is where the app runs when started locally.
const defaultBase = "http://localhost:8080/"

const usageText = `roi works out the return on investment of social media from a scenario
file (JSON, format "social-roi", version 2; version-1 files are read and converted).

Usage:
  roi report [-format text|json|csv] FILE   print the report of a scenario
  roi validate FILE                         check a scenario: ok, or every problem
  roi compare [-format text|json] A B       compare two scenarios side by side
  roi share [-base URL] FILE                print a link that opens the scenario in the app
  roi presets                               list the ready-made scenarios
  roi preset NAME                           print a ready-made scenario as JSON
  roi schema                                print the JSON Schema of the scenario format
  roi import [-into FILE] [flags] EXPORT... turn ad-platform and GA4 exports into a scenario
  roi help [COMMAND]                        print this help, or a command's

FILE may be - to read standard input.
Exit status: 0 success, 1 invalid scenario or unreadable file, 2 wrong usage.
`

// command is one subcommand: its synopsis, what it does, and how it runs.
type command struct {
	name, synopsis, help string
	run                  func(c *cli, args []string) int
}

// commands is filled in init: the commands refer back to it for their help.
var commands []command

func init() {
	commands = []command{
		{"report", "report [-format text|json|csv] FILE",
			"Print the report of a scenario: a text summary (the default), the full report\nas JSON, or every figure as CSV (section,metric,value,unit).", (*cli).report},
		{"validate", "validate FILE",
			"Check a scenario. Print ok and any warnings (unknown keys, likely double\ncounting); or list every problem on standard error and exit 1.", (*cli).validate},
		{"compare", "compare [-format text|json] A B",
			"Compare two scenarios: every total and ROI of A and B, the change and the\nchange relative to A.", (*cli).compare},
		{"share", "share [-base URL] FILE",
			"Print a share link: the app's address followed by #s= and the scenario,\ncompressed. Nothing is sent anywhere: the scenario travels in the link.", (*cli).share},
		{"presets", "presets", "List the ready-made scenarios with a one-line description.", (*cli).presets},
		{"preset", "preset NAME", "Print a ready-made scenario as JSON, to start from or to try the other commands.", (*cli).preset},
		{"schema", "schema", "Print the JSON Schema of the scenario format.", (*cli).schema},
		{"import", importSynopsis, importHelp, (*cli).importExports},
	}
}

func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// presetDescriptions say in a line what each preset is.
var presetDescriptions = map[string]string{
	"ecommerce": "online shop selling to consumers: paid and organic orders, link clicks, sign-ups",
	"b2b":       "business services on LinkedIn: whitepapers, demo requests, long sales cycles",
	"saas":      "subscription software: free trials, first-year subscriptions, support savings",
	"local":     "local café or shop: area ads, store visits, table bookings",
}

type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdinUsed      bool
}

// run is the whole program: it reads args (without the program name) and
// returns the exit code. It never panics on bad input.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			cmd, ok := findCommand(args[1])
			if !ok {
				return c.usageError("", fmt.Sprintf("unknown command %q", args[1]))
			}
			commandHelp(stdout, cmd)
			return exitOK
		}
		fmt.Fprint(stdout, usageText)
		return exitOK
	}
	cmd, ok := findCommand(args[0])
	if !ok {
		return c.usageError("", fmt.Sprintf("unknown command %q", args[0]))
	}
	return cmd.run(c, args[1:])
}

// usageError says what is wrong with the command line, and how to use it.
func (c *cli) usageError(cmd, msg string) int {
	if cmd == "" {
		fmt.Fprintf(c.stderr, "roi: %s\n\n%s", msg, usageText)
		return exitUsage
	}
	co, _ := findCommand(cmd)
	fmt.Fprintf(c.stderr, "roi %s: %s\nusage: roi %s\nRun 'roi help' for all commands.\n", cmd, msg, co.synopsis)
	return exitUsage
}

// newFlags returns a command's flag set with its flags defined.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	switch name {
	case "report":
		fs.String("format", "text", "output format: text, json or csv")
	case "compare":
		fs.String("format", "text", "output format: text or json")
	case "share":
		fs.String("base", defaultBase, "address of the app the link opens")
	case "import":
		importFlags(fs)
	}
	return fs
}

// flagValue is the value a parsed flag set holds for name.
func flagValue(fs *flag.FlagSet, name string) string { return fs.Lookup(name).Value.String() }

func commandHelp(w io.Writer, cmd command) {
	fmt.Fprintf(w, "usage: roi %s\n\n%s\n", cmd.synopsis, cmd.help)
	fs := newFlags(cmd.name)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprint(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// parse reads a command's flags and positional arguments, which may come in
// any order ("report FILE -format csv" works); "--" ends the flags. want is
// the number of positional arguments the command takes, -1 for one or
// more. ok is false when the
// command should stop and return code.
func (c *cli) parse(name string, args []string, want int, what string) (fs *flag.FlagSet, pos []string, code int, ok bool) {
	fs = newFlags(name)
	cmd, _ := findCommand(name)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				commandHelp(c.stdout, cmd)
				return nil, nil, exitOK, false
			}
			return nil, nil, c.usageError(name, err.Error()), false
		}
		rest := fs.Args()
		used := len(args) - len(rest)
		if used > 0 && args[used-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	switch {
	case len(pos) < want, want < 0 && len(pos) == 0:
		return nil, nil, c.usageError(name, "missing "+what), false
	case want >= 0 && len(pos) > want:
		return nil, nil, c.usageError(name, fmt.Sprintf("unexpected argument %q", pos[want])), false
	}
	return fs, pos, exitOK, true
}

func (c *cli) checkFormat(name, format string, choices ...string) (string, bool) {
	f := strings.ToLower(format)
	for _, ch := range choices {
		if f == ch {
			return f, true
		}
	}
	c.usageError(name, fmt.Sprintf("unknown format %q (use %s)", format, strings.Join(choices, ", ")))
	return "", false
}

// displayName is how a file is named in messages.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// read reads a scenario file, or standard input for "-", up to one byte more
// than a document may have (Parse then says it is too large).
func (c *cli) read(name string) ([]byte, error) {
	return c.readUpTo(name, int64(roi.MaxDocumentBytes)+1)
}

// readUpTo reads a file, or standard input for "-" (once), up to limit bytes.
func (c *cli) readUpTo(name string, limit int64) ([]byte, error) {
	if name == "-" {
		if c.stdinUsed {
			return nil, errors.New("standard input can be read only once")
		}
		c.stdinUsed = true
		return io.ReadAll(io.LimitReader(c.stdin, limit))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// readError is the reason a file could not be read, without Go's wrapping.
func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// load reads and parses a scenario. Problems go to stderr as
// "FILE: path: message"; warnings (unknown keys) go to warnTo.
func (c *cli) load(name string, warnTo io.Writer) (roi.Scenario, bool) {
	label := displayName(name)
	data, err := c.read(name)
	if err != nil {
		fmt.Fprintf(c.stderr, "%s: cannot read the file: %s\n", label, readError(err))
		return roi.Scenario{}, false
	}
	s, warnings, err := roi.Parse(data)
	for _, w := range warnings {
		printWarning(warnTo, label, w)
	}
	if err != nil {
		for _, p := range roi.ProblemsOf(err) {
			fmt.Fprintf(c.stderr, "%s: %s\n", label, p.Error())
		}
		return roi.Scenario{}, false
	}
	return s, true
}

func printWarning(w io.Writer, label string, p roi.Problem) {
	if p.Path == "" {
		fmt.Fprintf(w, "%s: warning: %s\n", label, p.Message.String())
		return
	}
	fmt.Fprintf(w, "%s: %s: warning: %s\n", label, p.Path, p.Message.String())
}

// calculate is roi.Calculate with its problems reported like load's.
func (c *cli) calculate(name string, s roi.Scenario) (roi.Report, bool) {
	r, err := roi.Calculate(s)
	if err != nil {
		for _, p := range roi.ProblemsOf(err) {
			fmt.Fprintf(c.stderr, "%s: %s\n", displayName(name), p.Error())
		}
		return roi.Report{}, false
	}
	return r, true
}

// writeJSON writes v indented by two spaces, with a final newline, keeping
// "&", "<" and ">" readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// done turns a write error into exit code 1 with a message.
func (c *cli) done(err error) int {
	if err != nil {
		fmt.Fprintf(c.stderr, "roi: cannot write the output: %v\n", err)
		return exitInvalid
	}
	return exitOK
}

func (c *cli) report(args []string) int {
	fs, pos, code, ok := c.parse("report", args, 1, "FILE (use - for standard input)")
	if !ok {
		return code
	}
	f, ok := c.checkFormat("report", flagValue(fs, "format"), "text", "json", "csv")
	if !ok {
		return exitUsage
	}
	s, ok := c.load(pos[0], c.stderr)
	if !ok {
		return exitInvalid
	}
	r, ok := c.calculate(pos[0], s)
	if !ok {
		return exitInvalid
	}
	switch f {
	case "json":
		return c.done(writeJSON(c.stdout, r))
	case "csv":
		return c.done(roi.WriteCSV(c.stdout, r))
	}
	return c.done(roi.WriteText(c.stdout, r))
}

func (c *cli) validate(args []string) int {
	_, pos, code, ok := c.parse("validate", args, 1, "FILE (use - for standard input)")
	if !ok {
		return code
	}
	// Warnings are part of the answer here: collect them for stdout, after "ok".
	var warnings strings.Builder
	s, ok := c.load(pos[0], &warnings)
	if !ok {
		fmt.Fprint(c.stderr, warnings.String())
		return exitInvalid
	}
	r, ok := c.calculate(pos[0], s)
	if !ok {
		return exitInvalid
	}
	label := displayName(pos[0])
	for _, m := range r.Warnings {
		printWarning(&warnings, label, roi.Problem{Message: m})
	}
	_, err := fmt.Fprintf(c.stdout, "ok\n%s", warnings.String())
	return c.done(err)
}

func (c *cli) compare(args []string) int {
	fs, pos, code, ok := c.parse("compare", args, 2, "the two files A and B")
	if !ok {
		return code
	}
	f, ok := c.checkFormat("compare", flagValue(fs, "format"), "text", "json")
	if !ok {
		return exitUsage
	}
	if pos[0] == "-" && pos[1] == "-" {
		return c.usageError("compare", "only one of A and B can be standard input")
	}
	// Load both, so that the problems of both files are listed at once.
	sa, okA := c.load(pos[0], c.stderr)
	sb, okB := c.load(pos[1], c.stderr)
	if !okA || !okB {
		return exitInvalid
	}
	ra, okA := c.calculate(pos[0], sa)
	rb, okB := c.calculate(pos[1], sb)
	if !okA || !okB {
		return exitInvalid
	}
	cmp := roi.Compare(ra, rb)
	if f == "json" {
		return c.done(writeJSON(c.stdout, cmp))
	}
	return c.done(roi.WriteCompareText(c.stdout, cmp))
}

func (c *cli) share(args []string) int {
	fs, pos, code, ok := c.parse("share", args, 1, "FILE (use - for standard input)")
	if !ok {
		return code
	}
	base := flagValue(fs, "base")
	if u, err := url.Parse(base); err != nil || u.Scheme == "" || u.Host == "" {
		return c.usageError("share", fmt.Sprintf("-base %q is not an absolute address such as %s", base, defaultBase))
	}
	s, ok := c.load(pos[0], c.stderr)
	if !ok {
		return exitInvalid
	}
	_, err := fmt.Fprintln(c.stdout, roi.ShareLink(base, s))
	return c.done(err)
}

func (c *cli) presets(args []string) int {
	if _, _, code, ok := c.parse("presets", args, 0, ""); !ok {
		return code
	}
	width := 0
	for _, n := range roi.PresetNames {
		width = max(width, len(n))
	}
	var b strings.Builder
	for _, n := range roi.PresetNames {
		s, _ := roi.Preset(n)
		desc := presetDescriptions[n]
		if desc == "" {
			desc = s.Name
		}
		fmt.Fprintf(&b, "%-*s  %s (%s)\n", width, n, desc, s.Currency)
	}
	_, err := io.WriteString(c.stdout, b.String())
	return c.done(err)
}

func (c *cli) preset(args []string) int {
	_, pos, code, ok := c.parse("preset", args, 1, "NAME (see roi presets)")
	if !ok {
		return code
	}
	s, ok := roi.Preset(pos[0])
	if !ok {
		return c.usageError("preset", fmt.Sprintf("unknown preset %q (use one of: %s)", pos[0], strings.Join(roi.PresetNames, ", ")))
	}
	return c.done(writeJSON(c.stdout, s))
}

func (c *cli) schema(args []string) int {
	if _, _, code, ok := c.parse("schema", args, 0, ""); !ok {
		return code
	}
	out := roi.SchemaJSON
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out[:len(out):len(out)], '\n')
	}
	_, err := c.stdout.Write(out)
	return c.done(err)
}
