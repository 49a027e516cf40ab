//go:build wasm

package app

import "syscall/js"

// NextTask blocks the calling goroutine until the browser has run a task of
// its own: what follows runs in a new task of the main thread, after the
// browser handled what waited (input, a frame to paint).
//
// Go's wasm runtime gives the main thread back to the browser only when
// every goroutine waits. A time.Sleep does not make sure of that: the
// sleep's timer can be due before the runtime sees nothing left to run (a
// millisecond goes fast while V8 compiles the functions called the first
// time), and then the sleeper runs on in the same task. Measured in a
// trace: the package init and the first mount were one task of 284 ms now
// and then, despite a sleep between them. Here the goroutine waits for a
// message that the browser delivers in a task of its own, so the runtime
// has to give the thread back first. A MessageChannel's message, not a
// setTimeout(0): the browser makes nested timers wait 4 ms at least.
func NextTask() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		close(done)
		return nil
	})
	if ch := js.Global().Get("MessageChannel"); ch.Truthy() {
		c := ch.New()
		c.Get("port1").Set("onmessage", f)
		c.Get("port2").Call("postMessage", nil)
	} else {
		js.Global().Call("setTimeout", f, 0)
	}
	<-done
}
