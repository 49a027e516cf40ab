// Command roi computes the return on investment of social media work from a
// scenario file (format social-roi, version 1). See docs/cli.md.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
