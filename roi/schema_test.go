package roi_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/socialroi/socialroi/roi"
)

const schemaURL = "https://github.com/socialroi/socialroi/roi/schema.json"

// compileSchema compiles roi.SchemaJSON, which also checks it against the
// draft 2020-12 meta-schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(roi.SchemaJSON))
	if err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		t.Fatalf("schema.json does not compile: %v", err)
	}
	return sch
}

func schemaValidate(t *testing.T, sch *jsonschema.Schema, doc []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return sch.Validate(v)
}

// schemaTree is the schema as plain JSON, to walk.
func schemaTree(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(roi.SchemaJSON, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// pointer follows a JSON pointer ("/$defs/cost/properties/category").
func pointer(root map[string]any, ptr string) any {
	var cur any = root
	for _, part := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[part]
	}
	return cur
}

// resolved merges a node with what its $ref chain points at (the node's own
// keywords win), so that {"$ref": "#/$defs/text"} reads as a string.
func resolved(root map[string]any, node map[string]any) (map[string]any, []string) {
	out := map[string]any{}
	var refs []string
	for node != nil {
		for k, v := range node {
			if _, ok := out[k]; !ok && k != "$ref" {
				out[k] = v
			}
		}
		ref, _ := node["$ref"].(string)
		if ref == "" {
			break
		}
		refs = append(refs, ref)
		node, _ = pointer(root, strings.TrimPrefix(ref, "#")).(map[string]any)
	}
	return out, refs
}

func types(node map[string]any) []string {
	switch t := node["type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			out = append(out, x.(string))
		}
		return out
	}
	return nil
}

// TestSchemaMatchesGoTypes walks the Scenario type by its json tags and the
// schema side by side: every field is in the schema with a compatible type,
// and the schema has no property without a field.
func TestSchemaMatchesGoTypes(t *testing.T) {
	root := schemaTree(t)
	var numberType = reflect.TypeOf(roi.Number(""))
	var walk func(path string, typ reflect.Type, node map[string]any)
	walk = func(path string, typ reflect.Type, raw map[string]any) {
		node, refs := resolved(root, raw)
		ts := types(node)
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		switch {
		case typ == numberType:
			if !slices.Contains(refs, "#/$defs/number") {
				t.Errorf("%s: a Number must refer to #/$defs/number, has %v", path, refs)
			}
		case typ.Kind() == reflect.String:
			if c, ok := node["const"]; ok {
				if _, isString := c.(string); !isString {
					t.Errorf("%s: const %v is not text", path, c)
				}
			} else if !slices.Equal(ts, []string{"string"}) {
				t.Errorf("%s: Go string, schema type %v", path, ts)
			}
			if slices.Contains(refs, "#/$defs/text") && node["maxLength"] != float64(roi.MaxTextLength) {
				t.Errorf("%s: maxLength %v, want %d", path, node["maxLength"], roi.MaxTextLength)
			}
		case typ.Kind() == reflect.Bool:
			if !slices.Equal(ts, []string{"boolean"}) {
				t.Errorf("%s: Go bool, schema type %v", path, ts)
			}
		case typ.Kind() == reflect.Int:
			if !slices.Equal(ts, []string{"integer"}) {
				t.Errorf("%s: Go int, schema type %v", path, ts)
			}
		case typ.Kind() == reflect.Slice:
			if !slices.Contains(ts, "array") {
				t.Errorf("%s: Go slice, schema type %v", path, ts)
			}
			limit := roi.ListLimit(strings.TrimSuffix(strings.TrimPrefix(path, "scenario."), "[]"))
			if node["maxItems"] != float64(limit) {
				t.Errorf("%s: maxItems %v, want %d", path, node["maxItems"], limit)
			}
			items, _ := node["items"].(map[string]any)
			if items == nil {
				t.Errorf("%s: no items", path)
				return
			}
			walk(path+"[]", typ.Elem(), items)
		case typ.Kind() == reflect.Struct:
			if !slices.Equal(ts, []string{"object"}) {
				t.Errorf("%s: Go struct, schema type %v", path, ts)
			}
			if node["additionalProperties"] != false {
				t.Errorf("%s: additionalProperties should be false", path)
			}
			props, _ := node["properties"].(map[string]any)
			fields := map[string]bool{}
			for i := range typ.NumField() {
				f := typ.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "" || name == "-" {
					continue
				}
				fields[name] = true
				p, ok := props[name].(map[string]any)
				if !ok {
					t.Errorf("%s.%s: field %s is not in the schema", path, name, f.Name)
					continue
				}
				walk(path+"."+name, f.Type, p)
			}
			for name := range props {
				if !fields[name] {
					t.Errorf("%s.%s: in the schema but not a field of %s", path, name, typ.Name())
				}
			}
			req, _ := node["required"].([]any)
			for _, r := range req {
				if !fields[r.(string)] {
					t.Errorf("%s: required %v is not a field", path, r)
				}
			}
		default:
			t.Errorf("%s: Go kind %s has no schema rule in this test", path, typ.Kind())
		}
	}
	walk("scenario", reflect.TypeOf(roi.Scenario{}), root)
}

// TestSchemaEnums: every enumeration in the schema is the Go one, and no
// enumeration of the schema is left out of this list.
func TestSchemaEnums(t *testing.T) {
	root := schemaTree(t)
	want := map[string][]string{
		"/properties/currency/enum":                   roi.Currencies(),
		"/properties/businessModel/enum":              roi.BusinessModels,
		"/$defs/cost/properties/category/enum":        roi.CostCategories,
		"/$defs/action/properties/type/enum":          roi.ActionTypes,
		"/$defs/stage/enum":                           roi.FunnelStages,
		"/$defs/valueFrom/properties/method/enum":     roi.ValueMethods,
		"/$defs/indirect/properties/kind/enum":        roi.IndirectKinds,
		"/$defs/channel/examples":                     roi.KnownChannels,
		"/$defs/goal/properties/metric/examples":      roi.GoalMetrics,
		"/$defs/revenue/properties/source/enum":       roi.RevenueSources,
		"/$defs/cost/if/properties/category/const":    {"staff"},
		"/$defs/valueFrom/if/properties/method/const": {"conversion"},
		"/properties/format/const":                    {roi.FormatID},
		"/properties/version/enum":                    {"1", fmt.Sprint(roi.Version)},
	}
	for ptr, goList := range want {
		var got []string
		switch v := pointer(root, ptr).(type) {
		case []any:
			for _, x := range v {
				got = append(got, fmt.Sprint(x))
			}
		case nil:
		default:
			got = []string{fmt.Sprint(v)}
		}
		if !slices.Equal(got, goList) {
			t.Errorf("%s = %v\nwant %v", ptr, got, goList)
		}
	}
	// Find every enum and const in the schema: each must be checked above.
	var found []string
	var find func(ptr string, v any)
	find = func(ptr string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				if (k == "enum" || k == "const" || k == "examples") && !strings.HasSuffix(ptr, "/properties") {
					found = append(found, ptr+"/"+k)
					continue
				}
				find(ptr+"/"+k, c)
			}
		case []any:
			for i, c := range x {
				find(fmt.Sprintf("%s/%d", ptr, i), c)
			}
		}
	}
	find("", root)
	sort.Strings(found)
	for _, ptr := range found {
		if _, ok := want[ptr]; !ok {
			t.Errorf("schema enumeration %s is not checked against Go", ptr)
		}
	}
}

// TestSchemaPatterns: the schema's number and channel patterns accept what
// the engine accepts.
func TestSchemaPatterns(t *testing.T) {
	root := schemaTree(t)
	number := regexp.MustCompile(pointer(root, "/$defs/number/pattern").(string))
	for _, s := range []string{"0", "12", "1234.56", ".5", "1e3", "2.5E-2", " 7 ", "", "  ", "007", "1e999",
		"-1", "-0.5", "1,5", "1.", "abc", "1e1000", "+1", "1 000", "e5", "0x10"} {
		d, err := roi.ParseDecimal(s)
		engine := roi.N(s).IsZero() || (err == nil && d.Sign() >= 0) ||
			(err != nil && strings.Contains(err.Error(), "too large"))
		if got := number.MatchString(s); got != engine {
			t.Errorf("number pattern on %q: %v, engine accepts: %v", s, got, engine)
		}
	}
	channel := regexp.MustCompile(pointer(root, "/$defs/channel/pattern").(string))
	for _, c := range []string{"instagram", "x", "google-business", "9gag", strings.Repeat("a", 40),
		strings.Repeat("a", 41), "-x", "Instagram", "a b", "ø"} {
		if got, want := channel.MatchString(c), roi.IsChannelID(c); got != want {
			t.Errorf("channel pattern on %q: %v, IsChannelID: %v", c, got, want)
		}
	}
	date := regexp.MustCompile(pointer(root, "/$defs/date/pattern").(string))
	if !date.MatchString("2026-03-31") || date.MatchString("31.03.2026") {
		t.Error("date pattern")
	}
}

func TestPresetsMatchSchema(t *testing.T) {
	sch := compileSchema(t)
	for _, name := range roi.PresetNames {
		s, _ := roi.Preset(name)
		doc, _ := json.Marshal(s)
		if err := schemaValidate(t, sch, doc); err != nil {
			t.Errorf("preset %s does not match the schema: %v", name, err)
		}
	}
	// An empty scenario, one read from a minimal document, and one with bare
	// numbers as people may write them.
	for _, doc := range []string{
		mustJSON(roi.New("x", "JPY")),
		`{"format":"social-roi","version":1,"currency":"EUR"}`,
		`{"format":"social-roi","version":1,"currency":"EUR","costs":null,"funnel":{"stages":null},
		  "revenue":[{"label":"r","amount":1500.5,"paid":true}],"grossMargin":40}`,
	} {
		if err := schemaValidate(t, sch, []byte(doc)); err != nil {
			t.Errorf("%s does not match the schema: %v", doc, err)
		}
		_, warns, err := roi.Parse([]byte(doc))
		for _, w := range warns {
			if !roi.IsMigration(w) {
				err = w
			}
		}
		if err != nil {
			t.Errorf("the engine refuses %s: %v", doc, err)
		}
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestSchemaRejects: what the engine refuses (or warns about) the schema
// refuses too, so the schema is not a rubber stamp.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	const h = `"format":"social-roi","version":1,"currency":"EUR"`
	for _, body := range []string{
		`"currency":"EURO"`,
		`"costs":[{"label":"a","category":"food","amount":"1"}]`,
		`"costs":[{"label":"a","category":"staff","hours":"1","hourlyRate":"2","amount":"3"}]`,
		`"costs":[{"label":"a","category":"ads","amount":"3","hours":"1"}]`,
		`"costs":[{"label":"a","amount":"3"}]`,
		`"costs":[{"label":"a","category":"ads","amount":"-3"}]`,
		`"costs":[{"label":"a","category":"ads","amount":-3}]`,
		`"costs":[{"label":"a","category":"ads","amount":"12abc"}]`,
		`"costs":[{"label":"a","category":"ads","amount":1e30}]`,
		`"costs":[{"label":"a","category":"ads","amount":"1","channel":"Instagram"}]`,
		`"costs":[{"label":"a","category":"ads","amount":"1","amont":"2"}]`,
		`"Costs":[]`,
		`"revenue":[{"label":"r","amount":"1","paid":"yes"}]`,
		`"actions":[{"label":"a","count":"1"}]`,
		`"actions":[{"label":"a","type":"micro","count":"1","unitValue":"1","valueFrom":{"method":"cpc","value":"1"}}]`,
		`"actions":[{"label":"a","type":"micro","count":"1","valueFrom":{"method":"conversion","rate":120,"value":"1"}}]`,
		`"actions":[{"label":"a","type":"micro","stage":"delight","count":"1"}]`,
		`"funnel":{"stages":[{"metric":"a","rate":"5"}]}`,
		`"funnel":{"stages":[{"metric":"a","count":"5"},{"metric":"b"}]}`,
		`"funnel":{"stages":[{"metric":"a","count":"5","rate":"5"}]}`,
		`"funnel":{"stages":[{"count":"5"}]}`,
		`"indirect":[{"kind":"fame"}]`,
		`"grossMargin":120`,
		`"goals":[{"target":"1"}]`,
		`"period":{"start":"1 March"}`,
		`"name":"` + strings.Repeat("x", roi.MaxTextLength+1) + `"`,
		`"savings":[` + strings.TrimSuffix(strings.Repeat(`{},`, roi.MaxShortList+1), ",") + `]`,
		`"costs":[` + strings.TrimSuffix(strings.Repeat(`{"category":"tools"},`, roi.MaxListLength+1), ",") + `]`,
		`"funnel":{"stages":[{"metric":"a","count":"5"}` + strings.Repeat(`,{"metric":"b","rate":"50"}`, roi.MaxFunnelStages) + `]}`,
		`"revenue":[{"label":"r","amount":"1","attribution":120}]`,
		`"revenue":[{"label":"r","amount":"1","source":"facebook"}]`,
		`"revenue":[{"label":"r","amount":"1","attributionRange":{"low":"50","mid":"60"}}]`,
		`"actions":[{"label":"a","type":"macro","count":"1","unitValue":"5","inRevenue":"yes"}]`,
		`"funnel":{"stages":[{"metric":"a","count":"5","paidCount":"-1"}]}`,
		`"subscription":{"arpa":"10"}`,
		`"subscription":{"arpa":"10","churn":140}`,
		`"exchangeRates":[{"currency":"USD"}]`,
		`"costs":[{"label":"a","category":"ads","amount":"1","origin":{"platform":"meta"}}]`,
	} {
		doc := `{` + h + `,` + body + `}`
		if err := schemaValidate(t, sch, []byte(doc)); err == nil {
			t.Errorf("the schema accepts %s", clipDoc(doc))
		}
		if _, warns, err := roi.Parse([]byte(doc)); err == nil && len(warns) == 0 {
			t.Errorf("the engine accepts %s without a word", clipDoc(doc))
		}
	}
	for _, doc := range []string{`{"format":"social-roi","version":3,"currency":"EUR"}`, `{"format":"x","version":1,"currency":"EUR"}`, `{"version":1,"currency":"EUR"}`, `[]`} {
		if err := schemaValidate(t, sch, []byte(doc)); err == nil {
			t.Errorf("the schema accepts %s", doc)
		}
	}
}
