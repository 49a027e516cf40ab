package roi

import _ "embed"

// SchemaJSON is the JSON Schema (draft 2020-12) of scenario format v1. It is
// checked against the Go types and the presets by the package tests.
//
//go:embed schema.json
var SchemaJSON []byte
