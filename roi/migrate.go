package roi

import "strings"

// Migrate converts a scenario of an older version to the current one. The
// data is kept as it is (no number is rewritten); what changes is what some
// figures mean. The notes say, for this scenario, which figures now differ
// and why: the app shows them once, the CLI prints them as warnings. Each
// note's code starts with "migrate." (see IsMigration).
func Migrate(s Scenario, from int) (Scenario, []Problem) {
	if from >= Version {
		return s, nil
	}
	s.Version = Version
	notes := []Problem{{Path: "version", Message: Message{Code: "migrate.v1", Args: []string{"1", itoa(Version)}}}}
	return s, append(notes, migrationNotes(s)...)
}

// IsMigration reports whether a Parse warning says what a version upgrade
// changed, rather than something odd in the document.
func IsMigration(p Problem) bool { return strings.HasPrefix(p.Code, "migrate.") }

// migrationNotes lists the figures of s whose meaning version 2 changed.
func migrationNotes(s Scenario) []Problem { return nil }
