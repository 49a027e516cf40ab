// Package adimport turns the exports marketers already have — Meta Ads
// Manager, Google Ads, LinkedIn Campaign Manager, TikTok Ads Manager and
// Google Analytics 4 reports saved as CSV or TSV — into scenario lines. It
// is pure Go (no UI, no I/O): the app and the CLI hand it the file's bytes.
//
// Importing is three steps:
//
//  1. Read recognises one file: its platform and header language, period,
//     currency, each column's meaning, and the sums per campaign (and per
//     day). Missing cells ("", "--") are unknown, not zero; ratios (CTR,
//     CPC, CPM, ROAS) are never read but recomputed from the sums; total and
//     summary rows are skipped and every row that was not read is listed
//     with its line number and the reason.
//  2. The user checks this preview (a *File) and corrects it:
//     File.SetField changes a column's meaning, File.SetPlatform the
//     platform; Choices say each campaign's channel, paid or organic, and
//     whether to take it in, how to group lines, the attribution share of
//     platform-reported revenue, and exchange rates.
//  3. Apply builds a new scenario from an existing one. Lines carry an
//     Origin whose Key is the platform, the period and the channel (or
//     campaign): importing the same file or period again replaces them.
//     Apply's Summary lists problems (a file left out, for example for a
//     missing exchange rate) and warnings (two platforms claiming
//     conversions, a period that differs from the scenario's).
//
// Messages (row reasons, notes, problems, warnings) are codes with
// arguments; EnglishMessages has their English text, for the app to
// translate. The header dictionary covers English, Norwegian Bokmål,
// Swedish, French, Polish, Turkish, Spanish and German where the platforms
// translate headers; it is best-effort, since platforms rename columns and
// users pick their own, which is why the user confirms the mapping.
//
// Limits: files of at most MaxFileBytes (5 MiB) and MaxRows rows after the
// header, at most MaxColumns columns; the header row must be among the
// first 40 lines. XLSX workbooks are not read (an error asks for CSV).
// See docs/import.md.
package adimport
