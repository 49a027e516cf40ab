package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/store"
)

// Saving the visitor's data without a write per keystroke: the store keeps
// edits waiting (store.Saving) and this timer writes them saveDelay after
// the last one. They are also written when the page may go: on pagehide
// and when the page is hidden (storage_wasm.go watchPageHide), when a page
// of the app is left for another (Page.OnDismount), and by the store itself
// before any other write and before it reads another tab's change.

// While edits wait, the page's root element has data-saving="1": tests and
// scripts that read the stored data wait for it to go (markSaving).

// saveDelay is how long edits wait after the last one. Another tab sees an
// edit once it is written: well within a second.
const saveDelay = 300 * time.Millisecond

var (
	saveTimer *time.Timer
	saveArmed bool
	saveCtx   app.Context // the mounted page's: the flush runs on the UI goroutine
	saveCtxOK bool
)

// browserSaving is how the browser's store saves.
func browserSaving() store.Saving {
	return store.Saving{Delay: saveDelay, OnPending: func() { markSaving(true); armSave(saveDelay) }}
}

// armSave makes sure a flush comes within d.
func armSave(d time.Duration) {
	if saveArmed {
		return
	}
	saveArmed = true
	if saveTimer == nil {
		saveTimer = time.AfterFunc(d, saveDue)
	} else {
		saveTimer.Reset(d)
	}
}

// saveDue runs on the timer's goroutine: the flush itself runs on the UI
// goroutine, and updates the page only when what it shows about saving
// changed (storage full, say).
func saveDue() {
	saveArmed = false
	if !saveCtxOK {
		flushSaves()
		return
	}
	saveCtx.Dispatch(func(ctx app.Context) {
		st := shared
		if st == nil || !st.Pending() { // written meanwhile (another write came first)
			markSaving(false)
			ctx.PreventUpdate()
			return
		}
		if left := st.SaveIn(); left > 0 { // edited since the timer was armed
			armSave(left)
			ctx.PreventUpdate()
			return
		}
		if mounting || time.Now().Before(mountedAt.Add(saveDelay)) { // the page is not ready yet, or only just: the write would lengthen a stage's task (stage.go)
			armSave(saveDelay)
			ctx.PreventUpdate()
			return
		}
		changed := st.Flush()
		markSaving(false)
		if !changed {
			ctx.PreventUpdate()
		}
	})
}

// flushSaves writes every waiting edit now.
func flushSaves() {
	if shared != nil {
		shared.Flush()
		markSaving(false)
	}
}

// OnDismount writes what waits before the page goes (another route), and
// lets go of what the browser's listeners hold of it (ui.go, embedpage.go).
func (p *Page) OnDismount() {
	if p.View == PathEmbed {
		p.releaseEmbed()
		return
	}
	flushSaves()
	p.live.mounted = false // no key draws into a route that went (typing.go)
	p.release()
}
