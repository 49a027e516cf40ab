//go:build !wasm

package app

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// Every route is a component type of its own (go-app dismounts one and
// mounts the next on navigation), over a shell of its own, with no exported
// field: go-app compares and copies a component's exported fields on every
// update.
func TestRoutesOwnComponents(t *testing.T) {
	seen := map[reflect.Type]string{}
	for _, path := range RoutePaths {
		c := newRoute(path)
		typ := reflect.TypeOf(c)
		if typ == reflect.TypeOf(&Page{}) {
			t.Errorf("route %s is the bare shell %v", path, typ)
		}
		if other, dup := seen[typ]; dup {
			t.Errorf("routes %s and %s are both %v", other, path, typ)
		}
		seen[typ] = path
		for i := 0; i < typ.Elem().NumField(); i++ {
			if f := typ.Elem().Field(i); f.IsExported() {
				t.Errorf("route %s (%v) has an exported field %s: go-app would compare it on every update", path, typ, f.Name)
			}
		}
		if a, b := newRoute(path), newRoute(path); reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer() {
			t.Errorf("route %s: two mounts share one component", path)
		}
	}
}

// The prerendered page of every route but the embed has the shell: the
// skip link, the header with the brand and the nav (the route's own link
// marked current), the main the skip link leads to, and the footer. The
// embed has none of it.
func TestRoutesPrerenderShell(t *testing.T) {
	srv := handlerServer(t, NewHandler("v1.0.0"))
	navs := map[string]bool{PathCalc: true, PathCompare: true, PathGuide: true, PathGetEmbed: true} // the nav's links
	for _, path := range RoutePaths {
		t.Run(path, func(t *testing.T) {
			page := handlerGet(t, srv, path)
			body := page[strings.Index(page, "<body"):]
			embed := path == PathEmbed
			for _, want := range []struct {
				what string
				ok   bool
			}{
				{"the skip link to #main", hasTag(body, "a", `class="skip"`, `href="#main"`)},
				{"the header", hasTag(body, "header", `class="top"`)},
				{"the brand", hasTag(body, "a", `class="brand"`, `href="/"`)},
				{"the nav", hasTag(body, "nav", `aria-label="Main"`)},
				{"the footer", hasTag(body, "footer", `class="foot"`)},
			} {
				if want.ok == embed {
					t.Errorf("%s: has %s = %v; want %v", path, want.what, want.ok, !embed)
				}
			}
			if !hasTag(body, "main", `id="main"`) {
				t.Errorf("%s: no main#main", path)
			}
			current := regexp.MustCompile(`<a\b[^>]*aria-current="page"[^>]*>`).FindAllString(body, -1)
			switch {
			case navs[path] && (len(current) != 1 || !strings.Contains(current[0], `href="`+path+`"`)):
				t.Errorf("%s: links marked current = %q; want the one to %s", path, current, path)
			case !navs[path] && len(current) != 0:
				t.Errorf("%s: links marked current = %q; want none (not in the nav)", path, current)
			}
		})
	}
}
