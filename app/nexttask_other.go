//go:build !wasm

package app

// NextTask outside a browser has no task to wait for.
func NextTask() {}
