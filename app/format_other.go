//go:build !wasm

package app

var formatter numberFormatter = plainFormatter{}
