//go:build !wasm

package app

// focusLine is a browser's job (keepvisible_wasm.go); prerendering has no focus.
func focusLine(string, int) {}

// focusUndo is a browser's job (keepvisible_wasm.go).
func focusUndo() {}
