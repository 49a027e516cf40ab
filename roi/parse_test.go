package roi_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// problemTexts says each problem as "path: message".
func problemTexts(ps []roi.Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Error()
	}
	return out
}

func parseErrors(t *testing.T, doc string) []string {
	t.Helper()
	_, _, err := roi.Parse([]byte(doc))
	if err == nil {
		t.Fatalf("Parse accepted %s", clipDoc(doc))
	}
	var inv *roi.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("Parse error %T, want *roi.InvalidError", err)
	}
	return problemTexts(inv.Problems)
}

func clipDoc(doc string) string {
	if len(doc) > 200 {
		return doc[:200] + "…"
	}
	return doc
}

const head = `"format":"social-roi","version":2,"currency":"EUR"`

func TestParseDocumentErrors(t *testing.T) {
	cases := []struct {
		name, doc string
		want      string
	}{
		{"not JSON", `{"format":`, "this is not valid JSON: the document ends too early"},
		{"syntax error located", "{\"format\":\"social-roi\",\n  \"version\": 1,,}",
			"this is not valid JSON: invalid character ',' looking for beginning of object key string (line 2, column 16)"},
		{"two values", `{` + head + `} {}`, "this is not valid JSON: more than one JSON value"},
		{"trailing garbage", `{` + head + `}x`, "this is not valid JSON: more than one JSON value"},
		{"trailing bracket", `{` + head + `}]`, "this is not valid JSON: more than one JSON value"},
		{"trailing space is fine", `{` + head + `,"version":"x"}` + " \n", `version: version "x" is not supported: this program reads versions 1 and 2`},
		{"not an object", `[1,2]`, "the document must be a JSON object"},
		{"no format", `{"version":1}`, "format: format is missing: this does not look like a social ROI scenario"},
		{"wrong format", `{"format":"other","version":1}`, `format: format must be "social-roi", not "other"`},
		{"format not text", `{"format":1,"version":1}`, `format: format must be "social-roi", not 1`},
		{"no version", `{"format":"social-roi","currency":"EUR"}`, "version: version is missing"},
		{"version 3", `{"format":"social-roi","version":3,"costs":"whatever"}`, "version: version 3 is not supported: this program reads versions 1 and 2"},
		{"version as text", `{"format":"social-roi","version":"1"}`, `version: version "1" is not supported: this program reads versions 1 and 2`},
		{"version 1.0", `{"format":"social-roi","version":1.0}`, "version: version 1.0 is not supported: this program reads versions 1 and 2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := parseErrors(t, tc.doc)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("problems = %q\nwant       %q", got, tc.want)
			}
		})
	}
}

func TestParseTypeErrors(t *testing.T) {
	// Type problems are all reported, each at its JSON path.
	doc := `{` + head + `,
		"name": 5,
		"costs": [{"label":"a","category":"ads","amount":true}, {"label":"b","category":"ads","amount":{"v":1}}],
		"revenue": [{"label":"r","amount":"1","paid":"yes"}],
		"actions": {},
		"funnel": {"stages":[{"metric":"clicks","count":[1]}], "useAsRevenue": 1},
		"lift": "lots"}`
	want := []string{
		"actions: must be a list",
		"costs[0].amount: must be a number",
		"costs[1].amount: must be a number",
		"funnel.stages[0].count: must be a number",
		"funnel.useAsRevenue: must be true or false",
		"lift: must be an object",
		"name: must be text",
		"revenue[0].paid: must be true or false",
	}
	if got := parseErrors(t, doc); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseValueErrors(t *testing.T) {
	doc := `{"format":"social-roi","version":2,"currency":"EURO","businessModel":"shop",
		"period":{"start":"2026-03-01","end":"2026-02-01"},
		"costs":[
			{"label":"a","category":"staff","hours":"1","hourlyRate":"2","amount":"3"},
			{"label":"b","category":"food","amount":"1"},
			{"label":"c","category":"staff","hours":"10","hourlyRate":"12abc","channel":"Instagram"},
			{"label":"d","category":"ads","amount":"5","hours":"2"},
			{"label":"e","amount":"5"}],
		"revenue":[{"label":"r","amount":"-5"}, {"label":"s","amount":-0.01}],
		"actions":[
			{"label":"x","count":"1","unitValue":"1","valueFrom":{"method":"guess","value":"1"}},
			{"label":"y","type":"macro","count":"1","valueFrom":{"method":"conversion","rate":"120","value":"1"}},
			{"label":"z","type":"micro","stage":"delight","count":"1,5"}],
		"funnel":{"stages":[{"metric":"x","rate":"5"},{"metric":"y"},{"count":"5","rate":"5"}],"valuePerConversion":"-1"},
		"earnedMedia":{"visits":"0.1234567890123","costPerClick":"1"},
		"lift":{"engagedCustomers":"1e15","engagedValue":"1","baselineValue":"x"},
		"savings":[{"label":"s","count":"1","unitCost":"-2"}],
		"indirect":[{"kind":"fame"},{"note":"no kind"}],
		"grossMargin": 1e30,
		"goals":[{"metric":"likes","target":"1","deadline":"tomorrow"},{"target":"1"},{"metric":"revenue","target":"-1"}]}`
	want := []string{
		`currency: "EURO" is not an ISO 4217 currency code (such as EUR, USD, NOK)`,
		`businessModel: "shop" is not one of: ecommerce, b2b, saas, local, custom`,
		`period.end: the period ends before it starts`,
		`costs[0].amount: staff cost is hours x hourlyRate: use those instead of amount`,
		`costs[1].category: "food" is not one of: staff, ads, tools, content, training, service, other`,
		`costs[2].hourlyRate: "12abc" is not a number`,
		`costs[2].channel: "Instagram" is not a channel id: use lower-case letters, digits and -`,
		`costs[3].hours: hours and hourlyRate belong to staff lines only: use amount`,
		`costs[4].category: is required`,
		`revenue[0].amount: cannot be negative`,
		`revenue[1].amount: cannot be negative`,
		`actions[0].type: is required`,
		`actions[0].valueFrom: give either unitValue or valueFrom, not both`,
		`actions[0].valueFrom.method: "guess" is not one of: conversion, cpc`,
		`actions[1].valueFrom.rate: must be between 0 and 100`,
		`actions[2].stage: "delight" is not one of: awareness, interest, evaluation, purchase`,
		`actions[2].count: "1,5" is not a number`,
		`funnel.stages[0].rate: the first stage needs a count: there is no previous stage to take a rate of`,
		`funnel.stages[1].count: give a count or a rate`,
		`funnel.stages[2].metric: is required`,
		`funnel.stages[2].rate: give either a count or a rate, not both`,
		`funnel.valuePerConversion: cannot be negative`,
		`earnedMedia.visits: "0.1234567890123" has too many decimal places (at most 12)`,
		`savings[0].unitCost: cannot be negative`,
		`lift.engagedCustomers: "1e15" is too large (at most 15 digits before the decimal mark)`,
		`lift.baselineValue: "x" is not a number`,
		`indirect[0].kind: "fame" is not one of: thought-leadership, relationships, word-of-mouth, reputation, search-authority, indirect-sales, content-skills, other`,
		`indirect[1].kind: is required`,
		`grossMargin: "1e30" is too large (at most 15 digits before the decimal mark)`,
		`goals[0].metric: "likes" is not a goal metric: use one of revenue, return, roi, roiTotal, roiProfit, grossProfit, roas, cost, conversions, actionValue, earnedMedia, savings, or a funnel metric`,
		`goals[0].deadline: "tomorrow" is not a date (YYYY-MM-DD)`,
		`goals[1].metric: is required`,
		`goals[2].target: cannot be negative`,
	}
	if got := parseErrors(t, doc); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseOneProblem(t *testing.T) {
	// Each rule alone, so that no problem hides behind another.
	cases := []struct{ name, body, want string }{
		{"bad number", `"costs":[{"label":"a","category":"ads","amount":"1"},{"label":"b","category":"ads","amount":"2"},{"label":"c","category":"staff","hours":"3","hourlyRate":"12abc"}]`,
			`costs[2].hourlyRate: "12abc" is not a number`},
		{"negative as text", `"revenue":[{"label":"r","amount":"-1"}]`, `revenue[0].amount: cannot be negative`},
		{"negative bare", `"earnedMedia":{"visits":-3,"costPerClick":1}`, `earnedMedia.visits: cannot be negative`},
		{"too large bare", `"revenue":[{"label":"r","amount":1e30}]`, `revenue[0].amount: "1e30" is too large (at most 15 digits before the decimal mark)`},
		{"too large text", `"revenue":[{"label":"r","amount":"1000000000000000"}]`, `revenue[0].amount: "1000000000000000" is too large (at most 15 digits before the decimal mark)`},
		{"too many decimals", `"revenue":[{"label":"r","amount":"0.0000000000001"}]`, `revenue[0].amount: "0.0000000000001" has too many decimal places (at most 12)`},
		{"huge exponent", `"grossMargin":1e999`, `grossMargin: "1e999" is too large (at most 15 digits before the decimal mark)`},
		{"exponent too long", `"grossMargin":"1e1000"`, `grossMargin: "1e1000" is not a number`},
		{"margin over 100", `"grossMargin":"100.01"`, `grossMargin: must be between 0 and 100`},
		{"no currency", `"currency":""`, `currency: is required`},
		{"lower-case currency", `"currency":"eur"`, `currency: "eur" is not an ISO 4217 currency code (such as EUR, USD, NOK)`},
		{"bad date", `"period":{"start":"2026-02-30"}`, `period.start: "2026-02-30" is not a date (YYYY-MM-DD)`},
		{"channel with space", `"revenue":[{"label":"r","amount":"1","channel":"my shop"}]`, `revenue[0].channel: "my shop" is not a channel id: use lower-case letters, digits and -`},
		{"channel leading dash", `"actions":[{"label":"a","type":"micro","count":"1","channel":"-x"}]`, `actions[0].channel: "-x" is not a channel id: use lower-case letters, digits and -`},
		{"rate on cpc", `"actions":[{"label":"a","type":"micro","count":"1","valueFrom":{"method":"cpc","rate":"-1","value":"1"}}]`, `actions[0].valueFrom.rate: cannot be negative`},
		{"no method", `"actions":[{"label":"a","type":"micro","count":"1","valueFrom":{"value":"1"}}]`, `actions[0].valueFrom.method: is required`},
		{"stage metric", `"funnel":{"stages":[{"count":"1"}]}`, `funnel.stages[0].metric: is required`},
		{"stage rate negative", `"funnel":{"stages":[{"metric":"a","count":"1"},{"metric":"b","rate":"-5"}]}`, `funnel.stages[1].rate: cannot be negative`},
		{"text too long", `"name":"` + strings.Repeat("x", roi.MaxTextLength+1) + `"`, `name: is too long (at most 2000 characters)`},
		{"too many costs", `"costs":[` + strings.TrimSuffix(strings.Repeat(`{},`, roi.MaxListLength+1), ",") + `]`, `costs: at most 1000 entries are allowed`},
		{"too many stages", `"funnel":{"stages":[` + strings.TrimSuffix(strings.Repeat(`1,`, roi.MaxListLength+1), ",") + `]}`, `funnel.stages: at most 1000 entries are allowed`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := parseErrors(t, `{`+head+`,`+tc.body+`}`)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("problems = %q\nwant       %q", got, tc.want)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	// 1000 entries are fine, 1001 are not (above).
	var b strings.Builder
	b.WriteString(`{` + head + `,"costs":[`)
	for i := range roi.MaxListLength {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"label":"x","category":"tools","amount":"1"}`)
	}
	b.WriteString(`]}`)
	s, _, err := roi.Parse([]byte(b.String()))
	if err != nil || len(s.Costs) != roi.MaxListLength {
		t.Fatalf("1000 costs: %d, %v", len(s.Costs), err)
	}

	// A document over 1 MiB is refused before it is read, whatever it holds.
	big := `{` + head + `,"name":"` + strings.Repeat(" ", roi.MaxDocumentBytes) + `"}`
	got := parseErrors(t, big)
	if len(got) != 1 || got[0] != "the document is larger than 1048576 bytes and was not read" {
		t.Errorf("big document: %q", got)
	}
	// Exactly 1 MiB is read (and here fails only on its content).
	exact := `{` + head + `,"x":"`
	exact += strings.Repeat("y", roi.MaxDocumentBytes-len(exact)-2) + `"}`
	if len(exact) != roi.MaxDocumentBytes {
		t.Fatalf("test document is %d bytes", len(exact))
	}
	if _, warns, err := roi.Parse([]byte(exact)); err != nil || len(warns) != 1 {
		t.Errorf("1 MiB document: %v, %v", warns, err)
	}
}

func TestParseNumbersAsTextOrJSON(t *testing.T) {
	asText := `{` + head + `,"costs":[{"label":"ads","category":"ads","amount":"1500.50"}],"revenue":[{"label":"r","amount":"3001","paid":true}],"grossMargin":"40"}`
	asJSON := `{` + head + `,"costs":[{"label":"ads","category":"ads","amount":1500.50}],"revenue":[{"label":"r","amount":3001,"paid":true}],"grossMargin":40}`
	a, _, err := roi.Parse([]byte(asText))
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := roi.Parse([]byte(asJSON))
	if err != nil {
		t.Fatal(err)
	}
	// The exact text is kept: a bare 1500.50 is not turned into a float.
	if b.Costs[0].Amount != "1500.50" || b.GrossMargin != "40" {
		t.Errorf("bare numbers read as %q, %q", b.Costs[0].Amount, b.GrossMargin)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("text and bare numbers differ:\n%+v\n%+v", a, b)
	}
	// And they calculate the same: ROAS 3001 / 1500.50 = 2 exactly.
	r := calculate(t, b)
	checkValue(t, "roas", r.ROAS, "2", "2.00", "")
	// Output is always text.
	out, _ := json.Marshal(b)
	if !strings.Contains(string(out), `"amount":"1500.50"`) {
		t.Errorf("re-encoded: %s", out)
	}
}

func TestParseUnknownKeys(t *testing.T) {
	doc := `{` + head + `,"Costs":[{"label":"wrong case","category":"ads","amount":"999"}],
		"costs":[{"label":"a","category":"ads","amount":"10","amont":"5"}],
		"theme":"dark","funnel":{"stages":[{"metric":"clicks","count":"5","ctr":"1"}]}}`
	s, warns, err := roi.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`Costs: unknown key "Costs" was ignored (it may come from a newer version)`,
		`costs[0].amont: unknown key "amont" was ignored (it may come from a newer version)`,
		`funnel.stages[0].ctr: unknown key "ctr" was ignored (it may come from a newer version)`,
		`theme: unknown key "theme" was ignored (it may come from a newer version)`,
	}
	if got := problemTexts(warns); !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// "Costs" is not silently read as costs (encoding/json would match it).
	if len(s.Costs) != 1 || s.Costs[0].Label != "a" {
		t.Errorf("costs = %+v", s.Costs)
	}
	// Only "Costs" in place of "costs": still not used.
	s, warns, err = roi.Parse([]byte(`{` + head + `,"Costs":[{"label":"x","category":"ads","amount":"999"}]}`))
	if err != nil || len(s.Costs) != 0 || len(warns) != 1 {
		t.Errorf("Costs alone: costs %+v, warnings %v, %v", s.Costs, warns, err)
	}
	// Warnings are also given alongside errors.
	_, warns, err = roi.Parse([]byte(`{` + head + `,"costs":[{"category":"ads","amount":"x","note":"?"}]}`))
	if err == nil || len(warns) != 1 || warns[0].Path != "costs[0].note" {
		t.Errorf("warnings with an error: %v, %v", warns, err)
	}
}

func TestParseMinimal(t *testing.T) {
	s, warns, err := roi.Parse([]byte(`{` + head + `}`))
	if err != nil || len(warns) != 0 {
		t.Fatalf("minimal document: %v, %v", warns, err)
	}
	// Missing lists are empty, never nil, so they encode as [].
	if s.Costs == nil || s.Revenue == nil || s.Actions == nil {
		t.Errorf("lists should be empty, not nil: %+v", s)
	}
	// null means "not given" for any field.
	s, _, err = roi.Parse([]byte(`{` + head + `,"name":null,"costs":null,"funnel":null,"grossMargin":null,"revenue":[{"label":"r","amount":null,"paid":null}]}`))
	if err != nil || s.Funnel != nil || s.GrossMargin != "" || s.Revenue[0].Amount != "" {
		t.Errorf("nulls: %+v, %v", s, err)
	}
}

func TestProblemJSON(t *testing.T) {
	_, _, err := roi.Parse([]byte(`{` + head + `,"revenue":[{"label":"r","amount":"-1"}]}`))
	probs := roi.ProblemsOf(err)
	b, _ := json.Marshal(probs)
	want := `[{"path":"revenue[0].amount","code":"field.negative","message":"cannot be negative"}]`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	if got := roi.ProblemsOf(errors.New("disk full")); len(got) != 1 || got[0].Code != "doc.syntax" {
		t.Errorf("ProblemsOf(other error) = %v", got)
	}
	if roi.ProblemsOf(nil) != nil {
		t.Error("ProblemsOf(nil) should be nil")
	}
}

func TestValidate(t *testing.T) {
	if p := roi.Validate(roi.New("x", "JPY")); len(p) != 0 {
		t.Errorf("a new scenario is valid, got %v", p)
	}
	s := roi.New("x", "EUR")
	s.Format, s.Version = "", 3
	want := []string{`format: format must be "social-roi", not ""`, `version: version 3 is not supported: this program reads versions 1 and 2`}
	if got := problemTexts(roi.Validate(s)); !slices.Equal(got, want) {
		t.Errorf("Validate = %q, want %q", got, want)
	}
	// A funnel metric is a valid goal metric.
	s = scenario(func(s *roi.Scenario) {
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("demos", "3")}}
		s.Goals = []roi.Goal{{Metric: "demos", Target: "5"}}
	})
	if p := roi.Validate(s); len(p) != 0 {
		t.Errorf("funnel goal: %v", p)
	}
	// The list limit is Parse's, so what validates also reads back.
	s = roi.New("x", "EUR")
	s.Costs = make([]roi.Cost, roi.MaxListLength+1)
	for i := range s.Costs {
		s.Costs[i] = roi.Cost{Label: "c", Category: "tools", Amount: "1"}
	}
	if got := problemTexts(roi.Validate(s)); len(got) != 1 || !strings.HasPrefix(got[0], "costs: ") {
		t.Errorf("too many costs: Validate = %q, want one problem on costs", got)
	}
	s.Costs = s.Costs[:roi.MaxListLength]
	if p := roi.Validate(s); len(p) != 0 {
		t.Errorf("%d costs: %v", roi.MaxListLength, p)
	}
}

func TestIsChannelID(t *testing.T) {
	for c, want := range map[string]bool{
		"instagram": true, "x": true, "google-business": true, "web3": true, "9gag": true,
		"": false, "Instagram": false, "-x": false, "a b": false, "ø": false, strings.Repeat("a", 41): false, strings.Repeat("a", 40): true,
	} {
		if got := roi.IsChannelID(c); got != want {
			t.Errorf("IsChannelID(%q) = %v, want %v", c, got, want)
		}
	}
}
