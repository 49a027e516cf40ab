package app

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// Export and import. Export JSON writes the current scenario (scenario v1,
// as `roi preset` prints one); Export CSV writes its report, the same file
// as `roi report -format csv`. Import reads a scenario file, picked or
// dropped on the calculator, and adds it as a new scenario: the work on
// screen is never replaced by a file, and Undo takes the import back.

// MaxImportBytes is the largest file Import reads: roi.Parse reads no more.
const MaxImportBytes = store.MaxImportBytes

// ExportJSON is the scenario as a file: indented by two spaces, with a
// final newline, "&", "<" and ">" kept readable.
func ExportJSON(sc roi.Scenario) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ExportCSV is the report as CSV, as `roi report -format csv` writes it.
func ExportCSV(r roi.Report) ([]byte, error) {
	var b bytes.Buffer
	if err := roi.WriteCSV(&b, r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// exportName is a file name for a scenario: its name as a slug, or
// "scenario" for one without a name.
func exportName(name, suffix, ext string) string {
	slug := roi.Slug(name)
	if slug == "" {
		slug = "scenario"
	}
	return slug + suffix + "." + ext
}

// ImportTooLarge says a file is too large to import, before it is read.
func ImportTooLarge(size int64) bool { return store.ImportTooLarge(size) }

// ImportScenario reads a scenario file (see store.ParseImport).
func ImportScenario(data []byte) (roi.Scenario, []roi.Problem, error) { return store.ParseImport(data) }

// importData imports a file's content and says how it went.
func (p *Page) importData(name string, data []byte) {
	st := p.store()
	t := &p.tools
	t.importProblems, t.importWarnings = nil, nil
	id, warnings, err := st.Import(data)
	openMenu() // the status is in the toolbar (toolbar.go)
	t.dragOver = false
	if err != nil {
		t.lastImport = "" // the store took the earlier import's undo offer away
		t.fileStatus, t.fileAlert = p.tf("“{0}” was not imported: nothing was changed.", name), true
		t.importProblems = problemLines(p.lang(), roi.ProblemsOf(err), 20)
		return
	}
	t.lastImport = id
	t.fileStatus, t.fileAlert = p.tf("Imported “{0}” as a new scenario. Your other scenarios are unchanged.", p.orUntitled(st.Entry(id).Scenario.Name)), false
	if len(warnings) > 0 {
		t.importWarnings = problemLines(p.lang(), warnings, 20)
	}
}

// importFile reads a file the visitor picked or dropped (a JavaScript
// File), refusing one too large before reading it.
func (p *Page) importFile(ctx app.Context, file app.Value) {
	t := &p.tools
	defer func() {
		if recover() != nil {
			t.fileStatus, t.fileAlert = p.t("The file could not be read. Nothing was changed."), true
		}
	}()
	openMenu() // what happens is said in the toolbar (toolbar.go)
	name := file.Get("name").String()
	size := int64(file.Get("size").Float())
	t.importProblems, t.importWarnings = nil, nil
	if ImportTooLarge(size) {
		t.fileStatus, t.fileAlert = p.tf("“{0}” is larger than 1 MiB and was not read: a scenario file is a few kilobytes. Nothing was changed.", name), true
		return
	}
	t.fileStatus, t.fileAlert = p.tf("Reading “{0}”…", name), false
	then(file.Call("arrayBuffer"), func(v app.Value) {
		buf := app.Window().Get("Uint8Array").New(v)
		data := make([]byte, buf.Length())
		app.CopyBytesToGo(data, buf)
		ctx.Dispatch(func(ctx app.Context) { p.importData(name, data) })
	}, func() {
		ctx.Dispatch(func(ctx app.Context) {
			t.fileStatus, t.fileAlert = p.tf("“{0}” could not be read. Nothing was changed.", name), true
		})
	})
}

// onImportPick imports the file chosen in the file input.
func (p *Page) onImportPick(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	files := in.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	p.importFile(ctx, files.Index(0))
	in.Set("value", "") // the same file can be picked again
}

// dropZone is the mounted calculator, where a dropped scenario file goes.
type dropZone struct {
	page *Page
	ctx  app.Context
}

var (
	drop          *dropZone
	dropListeners []app.Func
)

// watchDrops lets a scenario file be dropped anywhere on the calculator.
// The listeners are the browser's own, not go-app's: go-app runs handlers
// after the event is over, too late for preventDefault to keep the browser
// from opening the file in place of the app. Text dragged into a field is
// left to the browser.
func (p *Page) watchDrops(ctx app.Context) {
	if p.View != PathCalc {
		return
	}
	drop = &dropZone{page: p, ctx: ctx}
	if dropListeners != nil {
		return
	}
	target := func(ev app.Value) *dropZone {
		d := drop
		if d == nil || !d.page.Mounted() || !dragHasFiles(ev) {
			return nil
		}
		ev.Call("preventDefault")
		return d
	}
	over := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && target(args[0]) != nil {
			args[0].Get("dataTransfer").Set("dropEffect", "copy")
		}
		return nil
	})
	dropped := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		d := target(args[0])
		if d == nil {
			return nil
		}
		files := args[0].Get("dataTransfer").Get("files")
		if files.Length() == 0 {
			return nil
		}
		// Exports (CSV, TSV, a workbook) go to the ad import's mapping
		// step, all of them; anything else is a scenario file.
		if isAdExport(files.Index(0).Get("name").String()) {
			d.ctx.Dispatch(func(ctx app.Context) {
				d.page.adFiles(ctx, files)
				ctx.ScrollTo("ad-import")
			})
			return nil
		}
		file := files.Index(0)
		d.ctx.Dispatch(func(ctx app.Context) {
			d.page.importFile(ctx, file)
			ctx.ScrollTo("tools")
		})
		return nil
	})
	dropListeners = []app.Func{over, dropped}
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "dragover", over)
	doc.Call("addEventListener", "drop", dropped)
}

func dragHasFiles(ev app.Value) bool {
	dt := ev.Get("dataTransfer")
	if !dt.Truthy() {
		return false
	}
	types := dt.Get("types")
	for i := 0; i < types.Length(); i++ {
		if types.Index(i).String() == "Files" {
			return true
		}
	}
	return false
}

// download hands data to the browser as a file: a Blob, an object URL and
// a click on a download link.
func download(name, mime string, data []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	w := app.Window()
	arr := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	parts := w.Get("Array").New()
	parts.Call("push", arr)
	blob := w.Get("Blob").New(parts, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	doc := w.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	doc.Get("body").Call("removeChild", a)
	go func() {
		time.Sleep(time.Minute) // the download has started long before
		w.Get("URL").Call("revokeObjectURL", url)
	}()
	return true
}

func (p *Page) exportJSON() {
	sc := p.store().Current().Scenario
	name := exportName(sc.Name, "", "json")
	data, err := ExportJSON(sc)
	p.exported(name, err == nil && download(name, "application/json", data))
}

func (p *Page) exportCSV() {
	st := p.store()
	name := exportName(st.Current().Scenario.Name, "-report", "csv")
	data, err := ExportCSV(st.Report())
	p.exported(name, err == nil && download(name, "text/csv;charset=utf-8", data))
}

// exportSheet downloads the report for a spreadsheet in the page's
// language (csvlocal.go).
func (p *Page) exportSheet() {
	st := p.store()
	lang := p.lang()
	name := exportName(st.Current().Scenario.Name, "-"+roi.Slug(tr(lang, "file name\x04report")), "csv")
	data, err := ExportLocalCSV(lang, st.Report())
	p.exported(name, err == nil && download(name, "text/csv;charset=utf-8", data))
}

func (p *Page) exported(name string, ok bool) {
	t := &p.tools
	t.importProblems, t.importWarnings = nil, nil
	if ok {
		t.fileStatus, t.fileAlert = p.tf("Saved “{0}” to your downloads.", name), false
	} else {
		t.fileStatus, t.fileAlert = p.t("This browser did not let the calculator save a file."), true
	}
}
