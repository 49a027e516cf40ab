// Command app is the WebAssembly entry of the calculator: it registers the
// routes and hands over to go-app. Build it with GOOS=js GOARCH=wasm; it holds
// no server code (see cmd/site and cmd/server).
package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/app"
)

func main() {
	app.Routes()
	// The task that ran the package init ends here; the page is readied
	// for go-app in one of its own, and the first mount is in the next
	// (app/stage.go).
	app.NextTask()
	app.Prestart()
	app.NextTask()
	goapp.RunWhenOnBrowser()
}
