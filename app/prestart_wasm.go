//go:build wasm

package app

// Prestart readies the page for go-app: storage that throws replaced
// (storage_wasm.go), the address made parseable (urlfix_wasm.go), the
// focused field kept in sight (keepvisible_wasm.go). cmd/app calls it
// before go-app starts, in a task of its own: run from the package's init
// (var x = install()), their calls into the page were a fifth of the
// package init's task (traced), where V8 compiles the syscall/js calls'
// functions for the first time.
func Prestart() {
	storageBlocked = replaceBlockedStorage("localStorage")
	replaceBlockedStorage("sessionStorage")
	installURLRepair()
	installKeepVisible()
}
