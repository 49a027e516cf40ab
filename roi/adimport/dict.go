package adimport

import (
	"strings"
	"unicode"
)

// Platform is the ad platform or analytics tool a file comes from.
type Platform string

// The platforms Read recognises. Unknown means the headers did not say.
const (
	Unknown   Platform = ""
	Meta      Platform = "meta"
	GoogleAds Platform = "google-ads"
	LinkedIn  Platform = "linkedin"
	TikTok    Platform = "tiktok"
	GA4       Platform = "ga4"
)

// Platforms lists the known platforms in the order they are shown.
var Platforms = []Platform{Meta, GoogleAds, LinkedIn, TikTok, GA4}

// Title is the platform's name as people write it ("Google Ads").
func (p Platform) Title() string {
	switch p {
	case Meta:
		return "Meta"
	case GoogleAds:
		return "Google Ads"
	case LinkedIn:
		return "LinkedIn"
	case TikTok:
		return "TikTok"
	case GA4:
		return "GA4"
	}
	return "Unknown platform"
}

// Analytics reports whether the platform is web analytics (GA4) rather
// than an ad platform.
func (p Platform) Analytics() bool { return p == GA4 }

// Field is what a column means. The user may override it (File.SetField).
type Field string

// Column meanings. FieldNone columns are not read; FieldRatio columns (CTR,
// CPC, CPM, ROAS, cost per result) are recognised but never read: ratios
// are recomputed from the sums.
const (
	FieldNone            Field = ""
	FieldCampaign        Field = "campaign"         // campaign name: the rows are grouped by it
	FieldDay             Field = "day"              // the row's date (a day breakdown)
	FieldStart           Field = "start"            // the reporting period's first day
	FieldEnd             Field = "end"              // the reporting period's last day
	FieldCurrency        Field = "currency"         // the ISO 4217 code of the row's amounts
	FieldSpend           Field = "spend"            // money spent (cost)
	FieldImpressions     Field = "impressions"      // times shown
	FieldReach           Field = "reach"            // people reached (not additive)
	FieldClicks          Field = "clicks"           // link or destination clicks
	FieldClicksAll       Field = "clicks-all"       // all clicks: read only without a clicks column
	FieldResults         Field = "results"          // Meta's and TikTok's results, of the kind in FieldResultKind
	FieldResultKind      Field = "result-kind"      // what a result is (actions:lead…)
	FieldConversions     Field = "conversions"      // conversions, purchases, GA4 key events
	FieldConversionValue Field = "conversion-value" // the value of those conversions (money)
	FieldValueAll        Field = "all-value"        // all conversions' value: read only without a conversion value column
	FieldLeads           Field = "leads"            // leads
	FieldSessions        Field = "sessions"         // GA4 sessions
	FieldRevenue         Field = "revenue"          // GA4 total or purchase revenue (money)
	FieldSourceMedium    Field = "source-medium"    // GA4 "source / medium"
	FieldSource          Field = "source"           // GA4 source
	FieldMedium          Field = "medium"           // GA4 medium
	FieldChannelGroup    Field = "channel-group"    // GA4 default channel group
	FieldEventName       Field = "event-name"       // GA4 event name (sessions repeat per event)
	FieldAccount         Field = "account"          // the ad account: part of what a re-import replaces
	FieldRatio           Field = "ratio"            // a ratio, recomputed, never read
)

// Fields lists every meaning a column can be given, for the mapping step.
var Fields = []Field{FieldNone, FieldCampaign, FieldDay, FieldStart, FieldEnd, FieldCurrency,
	FieldSpend, FieldImpressions, FieldReach, FieldClicks, FieldClicksAll, FieldResults, FieldResultKind,
	FieldConversions, FieldConversionValue, FieldValueAll, FieldLeads, FieldSessions, FieldRevenue,
	FieldSourceMedium, FieldSource, FieldMedium, FieldChannelGroup, FieldEventName, FieldAccount, FieldRatio}

// numeric reports whether the field holds a number that is summed.
func (f Field) numeric() bool {
	switch f {
	case FieldSpend, FieldImpressions, FieldReach, FieldClicks, FieldClicksAll, FieldResults,
		FieldConversions, FieldConversionValue, FieldValueAll, FieldLeads, FieldSessions, FieldRevenue:
		return true
	}
	return false
}

// money reports whether the field is an amount in the file's currency.
func (f Field) money() bool {
	return f == FieldSpend || f == FieldConversionValue || f == FieldValueAll || f == FieldRevenue
}

// Languages lists the header languages of the dictionary.
var Languages = []string{"en", "nb", "sv", "fr", "pl", "tr", "es", "de"}

// header is one known column name: what it means, on which platform, in
// which language. sig marks names that only that platform uses.
type header struct {
	platform Platform
	lang     string
	field    Field
	sig      bool
}

// dictionary maps a normalized header (see normHeader) to what it may mean.
// It is best-effort: the platforms translate and rename their columns; the
// names below are those seen in exports and documentation, and the user
// corrects the rest in the mapping step.
var dictionary = map[string][]header{}

// add puts names into the dictionary. A name starting with "!" is a
// signature of the platform.
func add(p Platform, lang string, f Field, names ...string) {
	for _, n := range names {
		sig := strings.HasPrefix(n, "!")
		n = normHeader(strings.TrimPrefix(n, "!"))
		dictionary[n] = append(dictionary[n], header{p, lang, f, sig})
	}
}

func init() {
	// Meta Ads Manager.
	m := Meta
	add(m, "en", FieldStart, "!Reporting starts")
	add(m, "en", FieldEnd, "!Reporting ends")
	add(m, "en", FieldCampaign, "Campaign name")
	add(m, "en", FieldDay, "Day")
	add(m, "en", FieldSpend, "!Amount spent")
	add(m, "en", FieldCurrency, "Currency")
	add(m, "en", FieldResults, "Results")
	add(m, "en", FieldResultKind, "!Result indicator", "!Result type")
	add(m, "en", FieldRatio, "!Cost per results", "Cost per result", "Frequency", "!CTR (link click-through rate)", "!CPC (cost per link click)",
		"!CPM (cost per 1,000 impressions)", "!Purchase ROAS (return on ad spend)", "CTR (all)", "CPC (all)")
	add(m, "en", FieldImpressions, "Impressions")
	add(m, "en", FieldReach, "Reach")
	add(m, "en", FieldClicks, "!Link clicks")
	add(m, "en", FieldClicksAll, "Clicks (all)")
	add(m, "en", FieldConversions, "Purchases", "Website purchases")
	add(m, "en", FieldConversionValue, "!Purchases conversion value", "!Website purchases conversion value")
	add(m, "en", FieldLeads, "Leads")
	add(m, "en", FieldAccount, "Account name")
	add(m, "en", FieldNone, "Ad set name", "Ad name", "!Attribution setting", "Landing page views")

	add(m, "fr", FieldStart, "!Début des rapports")
	add(m, "fr", FieldEnd, "!Fin des rapports")
	add(m, "fr", FieldCampaign, "Nom de la campagne")
	add(m, "fr", FieldDay, "Jour")
	add(m, "fr", FieldSpend, "!Montant dépensé")
	add(m, "fr", FieldCurrency, "Devise")
	add(m, "fr", FieldResults, "Résultats")
	add(m, "fr", FieldResultKind, "!Indicateur de résultat", "!Type de résultat")
	add(m, "fr", FieldRatio, "Coût par résultat", "Coût par résultats", "Répétition", "CTR (taux de clics sur le lien)", "CPC (coût par clic sur un lien)", "CPM (coût pour 1 000 impressions)")
	add(m, "fr", FieldImpressions, "Impressions")
	add(m, "fr", FieldReach, "Couverture")
	add(m, "fr", FieldClicks, "!Clics sur un lien", "!Clics sur le lien")
	add(m, "fr", FieldClicksAll, "Clics (tous)")
	add(m, "fr", FieldConversions, "Achats", "Achats sur le site web")
	add(m, "fr", FieldConversionValue, "!Valeur de conversion des achats", "!Valeur de conversion des achats sur le site web")
	add(m, "fr", FieldLeads, "Prospects")
	add(m, "fr", FieldAccount, "Nom du compte")
	add(m, "fr", FieldNone, "Nom de l'ensemble de publicités", "Nom de la publicité", "Paramètre d'attribution")

	add(m, "es", FieldStart, "!Inicio del informe")
	add(m, "es", FieldEnd, "!Fin del informe")
	add(m, "es", FieldCampaign, "Nombre de la campaña")
	add(m, "es", FieldDay, "Día")
	add(m, "es", FieldSpend, "!Importe gastado")
	add(m, "es", FieldCurrency, "Divisa", "Moneda")
	add(m, "es", FieldResults, "Resultados")
	add(m, "es", FieldResultKind, "!Indicador de resultado", "!Tipo de resultado")
	add(m, "es", FieldRatio, "Coste por resultado", "Costo por resultado", "Frecuencia", "CTR (porcentaje de clics en el enlace)", "CPC (coste por clic en el enlace)", "CPM (coste por mil impresiones)")
	add(m, "es", FieldImpressions, "Impresiones")
	add(m, "es", FieldReach, "Alcance")
	add(m, "es", FieldClicks, "!Clics en el enlace")
	add(m, "es", FieldClicksAll, "Clics (todos)")
	add(m, "es", FieldConversions, "Compras", "Compras en el sitio web")
	add(m, "es", FieldConversionValue, "!Valor de conversión de compras", "!Valor de conversión de las compras")
	add(m, "es", FieldLeads, "Clientes potenciales")
	add(m, "es", FieldAccount, "Nombre de la cuenta")
	add(m, "es", FieldNone, "Nombre del conjunto de anuncios", "Nombre del anuncio", "Configuración de atribución")

	add(m, "de", FieldStart, "!Berichtsbeginn", "!Beginn des Berichtszeitraums")
	add(m, "de", FieldEnd, "!Berichtsende", "!Ende des Berichtszeitraums")
	add(m, "de", FieldCampaign, "Kampagnenname", "Name der Kampagne")
	add(m, "de", FieldDay, "Tag")
	add(m, "de", FieldSpend, "!Ausgegebener Betrag")
	add(m, "de", FieldCurrency, "Währung")
	add(m, "de", FieldResults, "Ergebnisse")
	add(m, "de", FieldResultKind, "!Ergebnisindikator", "!Ergebnistyp")
	add(m, "de", FieldRatio, "Kosten pro Ergebnis", "Frequenz", "CTR (Link-Klickrate)", "CPC (Kosten pro Link-Klick)", "CPM (Kosten pro 1.000 Impressionen)")
	add(m, "de", FieldImpressions, "Impressionen")
	add(m, "de", FieldReach, "Reichweite")
	add(m, "de", FieldClicks, "!Link-Klicks")
	add(m, "de", FieldClicksAll, "Klicks (alle)")
	add(m, "de", FieldConversions, "Käufe", "Website-Käufe")
	add(m, "de", FieldConversionValue, "!Conversion-Wert der Käufe", "!Conversion-Wert für Käufe")
	add(m, "de", FieldLeads, "Leads")
	add(m, "de", FieldAccount, "Name des Kontos", "Kontoname")
	add(m, "de", FieldNone, "Name der Anzeigengruppe", "Name der Anzeige", "Attributionseinstellung")

	add(m, "nb", FieldStart, "!Rapportering starter", "!Rapporteringsstart")
	add(m, "nb", FieldEnd, "!Rapportering slutter", "!Rapporteringsslutt")
	add(m, "nb", FieldCampaign, "Kampanjenavn", "Navn på kampanje")
	add(m, "nb", FieldDay, "Dag")
	add(m, "nb", FieldSpend, "!Beløp brukt", "!Brukt beløp")
	add(m, "nb", FieldCurrency, "Valuta")
	add(m, "nb", FieldResults, "Resultater")
	add(m, "nb", FieldResultKind, "!Resultatindikator", "!Resultattype")
	add(m, "nb", FieldRatio, "Kostnad per resultat", "Frekvens")
	add(m, "nb", FieldImpressions, "Visninger")
	add(m, "nb", FieldReach, "Dekning", "Rekkevidde")
	add(m, "nb", FieldClicks, "!Lenkeklikk", "!Klikk på lenke")
	add(m, "nb", FieldClicksAll, "Klikk (alle)")
	add(m, "nb", FieldConversions, "Kjøp", "Kjøp på nettsted")
	add(m, "nb", FieldConversionValue, "!Konverteringsverdi for kjøp")
	add(m, "nb", FieldLeads, "Potensielle kunder", "Leads")
	add(m, "nb", FieldAccount, "Kontonavn")
	add(m, "nb", FieldNone, "Navn på annonsesett", "Annonsenavn")

	add(m, "sv", FieldStart, "!Rapporteringen startar", "!Rapportering startar")
	add(m, "sv", FieldEnd, "!Rapporteringen slutar", "!Rapportering slutar")
	add(m, "sv", FieldCampaign, "Kampanjnamn")
	add(m, "sv", FieldDay, "Dag")
	add(m, "sv", FieldSpend, "!Spenderat belopp", "!Belopp som spenderats")
	add(m, "sv", FieldCurrency, "Valuta")
	add(m, "sv", FieldResults, "Resultat")
	add(m, "sv", FieldResultKind, "!Resultatindikator", "!Resultattyp")
	add(m, "sv", FieldRatio, "Kostnad per resultat", "Frekvens")
	add(m, "sv", FieldImpressions, "Visningar", "Exponeringar")
	add(m, "sv", FieldReach, "Räckvidd")
	add(m, "sv", FieldClicks, "!Länkklick")
	add(m, "sv", FieldClicksAll, "Klick (alla)")
	add(m, "sv", FieldConversions, "Köp", "Webbplatsköp")
	add(m, "sv", FieldConversionValue, "!Konverteringsvärde för köp")
	add(m, "sv", FieldLeads, "Leads", "Potentiella kunder")
	add(m, "sv", FieldAccount, "Kontonamn")
	add(m, "sv", FieldNone, "Namn på annonsuppsättning", "Annonsnamn")

	add(m, "pl", FieldStart, "!Początek raportowania")
	add(m, "pl", FieldEnd, "!Koniec raportowania")
	add(m, "pl", FieldCampaign, "Nazwa kampanii")
	add(m, "pl", FieldDay, "Dzień")
	add(m, "pl", FieldSpend, "!Wydana kwota")
	add(m, "pl", FieldCurrency, "Waluta")
	add(m, "pl", FieldResults, "Wyniki")
	add(m, "pl", FieldResultKind, "!Wskaźnik wyników", "!Typ wyniku")
	add(m, "pl", FieldRatio, "Koszt na wynik", "Częstotliwość")
	add(m, "pl", FieldImpressions, "Wyświetlenia")
	add(m, "pl", FieldReach, "Zasięg")
	add(m, "pl", FieldClicks, "!Kliknięcia linku")
	add(m, "pl", FieldClicksAll, "Kliknięcia (wszystkie)")
	add(m, "pl", FieldConversions, "Zakupy")
	add(m, "pl", FieldConversionValue, "!Wartość konwersji z zakupów")
	add(m, "pl", FieldLeads, "Kontakty", "Leady")
	add(m, "pl", FieldAccount, "Nazwa konta")
	add(m, "pl", FieldNone, "Nazwa zestawu reklam", "Nazwa reklamy")

	add(m, "tr", FieldStart, "!Raporlama başlangıcı")
	add(m, "tr", FieldEnd, "!Raporlama bitişi")
	add(m, "tr", FieldCampaign, "Kampanya adı")
	add(m, "tr", FieldDay, "Gün")
	add(m, "tr", FieldSpend, "!Harcanan tutar")
	add(m, "tr", FieldCurrency, "Para birimi")
	add(m, "tr", FieldResults, "Sonuçlar")
	add(m, "tr", FieldResultKind, "!Sonuç göstergesi", "!Sonuç türü")
	add(m, "tr", FieldRatio, "Sonuç başına maliyet", "Sıklık")
	add(m, "tr", FieldImpressions, "Gösterimler")
	add(m, "tr", FieldReach, "Erişim")
	add(m, "tr", FieldClicks, "!Bağlantı tıklamaları")
	add(m, "tr", FieldClicksAll, "Tıklamalar (tümü)")
	add(m, "tr", FieldConversions, "Satın almalar")
	add(m, "tr", FieldConversionValue, "!Satın alma dönüşüm değeri")
	add(m, "tr", FieldLeads, "Potansiyel müşteriler")
	add(m, "tr", FieldAccount, "Hesap adı")
	add(m, "tr", FieldNone, "Reklam seti adı", "Reklam adı")

	// Google Ads.
	g := GoogleAds
	add(g, "en", FieldDay, "Day", "Date")
	add(g, "en", FieldCampaign, "Campaign")
	add(g, "en", FieldCurrency, "!Currency code", "Currency")
	add(g, "en", FieldSpend, "Cost")
	add(g, "en", FieldImpressions, "!Impr.", "Impressions")
	add(g, "en", FieldClicks, "Clicks")
	add(g, "en", FieldConversions, "Conversions")
	add(g, "en", FieldConversionValue, "!Conv. value")
	add(g, "en", FieldValueAll, "!All conv. value")
	add(g, "en", FieldRatio, "CTR", "!Avg. CPC", "!Avg. CPM", "!Cost / conv.", "!Conv. rate", "!Search impr. share", "!Conv. value / cost", "Interaction rate")
	add(g, "en", FieldNone, "!Ad group", "!Campaign type", "!Campaign status", "Budget", "Interactions", "Status")
	add(g, "en", FieldAccount, "Account", "Account name", "!Customer ID")

	add(g, "de", FieldDay, "Tag", "Datum")
	add(g, "de", FieldCampaign, "Kampagne")
	add(g, "de", FieldCurrency, "!Währungscode")
	add(g, "de", FieldSpend, "Kosten")
	add(g, "de", FieldImpressions, "Impr.", "Impressionen")
	add(g, "de", FieldClicks, "Klicks")
	add(g, "de", FieldConversions, "Conversions")
	add(g, "de", FieldConversionValue, "!Conv.-Wert", "!Conversion-Wert")
	add(g, "de", FieldValueAll, "!Conv.-Wert (alle)", "!Wert aller Conv.")
	add(g, "de", FieldRatio, "CTR", "!Durchschn. CPC", "!Durchschn. CPM", "!Kosten/Conv.", "!Conv.-Rate", "!Kosten/Conversion")
	add(g, "de", FieldNone, "!Anzeigengruppe", "Budget", "!Kampagnentyp", "Interaktionen")

	add(g, "fr", FieldDay, "Jour", "Date")
	add(g, "fr", FieldCampaign, "Campagne")
	add(g, "fr", FieldCurrency, "!Code de la devise", "!Code devise")
	add(g, "fr", FieldSpend, "Coût")
	add(g, "fr", FieldImpressions, "Impr.", "Impressions")
	add(g, "fr", FieldClicks, "Clics")
	add(g, "fr", FieldConversions, "Conversions")
	add(g, "fr", FieldConversionValue, "!Valeur de conv.", "!Valeur conv.")
	add(g, "fr", FieldValueAll, "!Valeur de toutes les conv.")
	add(g, "fr", FieldRatio, "CTR", "!CPC moy.", "!CPM moy.", "!Coût/conv.", "!Taux de conv.")
	add(g, "fr", FieldNone, "!Groupe d'annonces", "Budget", "!Type de campagne", "Interactions")

	add(g, "es", FieldDay, "Día", "Fecha")
	add(g, "es", FieldCampaign, "Campaña")
	add(g, "es", FieldCurrency, "!Código de moneda")
	add(g, "es", FieldSpend, "Coste", "Costo")
	add(g, "es", FieldImpressions, "Impr.", "Impresiones")
	add(g, "es", FieldClicks, "Clics")
	add(g, "es", FieldConversions, "Conversiones")
	add(g, "es", FieldConversionValue, "!Valor de conv.", "!Valor conv.")
	add(g, "es", FieldValueAll, "!Valor de todas las conv.")
	add(g, "es", FieldRatio, "CTR", "!CPC medio", "!CPM medio", "!Coste/conv.", "!Tasa de conv.")
	add(g, "es", FieldNone, "!Grupo de anuncios", "Presupuesto", "!Tipo de campaña")

	add(g, "nb", FieldDay, "Dag", "Dato")
	add(g, "nb", FieldCampaign, "Kampanje")
	add(g, "nb", FieldCurrency, "!Valutakode")
	add(g, "nb", FieldSpend, "Kostnad")
	add(g, "nb", FieldImpressions, "!Visn.", "Visninger")
	add(g, "nb", FieldClicks, "Klikk")
	add(g, "nb", FieldConversions, "Konverteringer")
	add(g, "nb", FieldConversionValue, "!Konv.verdi", "!Konverteringsverdi")
	add(g, "nb", FieldRatio, "CTR", "Klikkfrekvens", "!Gj.sn. CPC", "!Gjennomsnittlig CPC", "!Kostnad/konv.", "!Konv.frekvens")
	add(g, "nb", FieldNone, "!Annonsegruppe", "Budsjett")

	add(g, "sv", FieldDay, "Dag", "Datum")
	add(g, "sv", FieldCampaign, "Kampanj")
	add(g, "sv", FieldCurrency, "!Valutakod")
	add(g, "sv", FieldSpend, "Kostnad")
	add(g, "sv", FieldImpressions, "!Visn.", "Visningar")
	add(g, "sv", FieldClicks, "Klick")
	add(g, "sv", FieldConversions, "Konverteringar")
	add(g, "sv", FieldConversionValue, "!Konv.värde", "!Konverteringsvärde")
	add(g, "sv", FieldRatio, "CTR", "!Genomsn. CPC", "!Kostnad/konv.", "!Konv.frekvens")
	add(g, "sv", FieldNone, "!Annonsgrupp", "Budget")

	add(g, "pl", FieldDay, "Dzień", "Data")
	add(g, "pl", FieldCampaign, "Kampania")
	add(g, "pl", FieldCurrency, "!Kod waluty")
	add(g, "pl", FieldSpend, "Koszt")
	add(g, "pl", FieldImpressions, "!Wyśw.", "Wyświetlenia")
	add(g, "pl", FieldClicks, "Kliknięcia")
	add(g, "pl", FieldConversions, "Konwersje")
	add(g, "pl", FieldConversionValue, "!Wartość konw.")
	add(g, "pl", FieldRatio, "CTR", "!Śr. CPC", "!Koszt/konw.", "!Współczynnik konw.")
	add(g, "pl", FieldNone, "!Grupa reklam", "Budżet")

	add(g, "tr", FieldDay, "Gün", "Tarih")
	add(g, "tr", FieldCampaign, "Kampanya")
	add(g, "tr", FieldCurrency, "!Para birimi kodu")
	add(g, "tr", FieldSpend, "Maliyet")
	add(g, "tr", FieldImpressions, "!Gösterim", "Gösterimler")
	add(g, "tr", FieldClicks, "Tıklama", "Tıklamalar")
	add(g, "tr", FieldConversions, "Dönüşümler")
	add(g, "tr", FieldConversionValue, "!Dön. değeri", "!Dönüşüm değeri")
	add(g, "tr", FieldRatio, "TO", "Tıklama oranı", "!Ort. TBM", "!Maliyet/dön.", "!Dön. oranı")
	add(g, "tr", FieldNone, "!Reklam grubu", "Bütçe")

	// LinkedIn Campaign Manager.
	l := LinkedIn
	add(l, "en", FieldStart, "!Start Date (in UTC)", "!Start Date")
	add(l, "en", FieldEnd, "!End Date (in UTC)", "!End Date")
	add(l, "en", FieldCampaign, "Campaign Name")
	add(l, "en", FieldCurrency, "Currency")
	add(l, "en", FieldSpend, "!Total Spent", "!Amount Spent")
	add(l, "en", FieldImpressions, "Impressions")
	add(l, "en", FieldClicks, "Clicks")
	add(l, "en", FieldLeads, "Leads")
	add(l, "en", FieldConversions, "Conversions")
	add(l, "en", FieldConversionValue, "Conversion Value")
	add(l, "en", FieldRatio, "!Click Through Rate", "!Average CPM", "!Average CPC", "!Cost per Lead", "Cost per Conversion", "Conversion Rate", "!Lead Form Completion Rate")
	add(l, "en", FieldAccount, "Account Name")
	add(l, "en", FieldNone, "!Campaign Group Name", "!Campaign Objective", "!Creative Name", "!Total Engagements",
		"!Clicks to Landing Page", "!Lead Forms Opened", "!Post-Click Conversions", "!View-Through Conversions", "!Total Social Actions", "Campaign ID", "!Campaign Type")
	add(l, "fr", FieldStart, "!Date de début (en UTC)")
	add(l, "fr", FieldCampaign, "Nom de la campagne")
	add(l, "fr", FieldSpend, "!Total dépensé", "!Montant total dépensé")
	add(l, "fr", FieldImpressions, "Impressions")
	add(l, "fr", FieldClicks, "Clics")
	add(l, "fr", FieldLeads, "Prospects", "Leads")
	add(l, "fr", FieldConversions, "Conversions")
	add(l, "fr", FieldConversionValue, "Valeur de conversion")
	add(l, "fr", FieldCurrency, "Devise")
	add(l, "de", FieldStart, "!Startdatum (in UTC)")
	add(l, "de", FieldCampaign, "Kampagnenname")
	add(l, "de", FieldSpend, "!Ausgaben insgesamt", "!Gesamtausgaben")
	add(l, "de", FieldImpressions, "Impressionen")
	add(l, "de", FieldClicks, "Klicks")
	add(l, "de", FieldLeads, "Leads")
	add(l, "de", FieldConversions, "Conversions")
	add(l, "de", FieldConversionValue, "Conversion-Wert")
	add(l, "de", FieldCurrency, "Währung")
	add(l, "es", FieldStart, "!Fecha de inicio (en UTC)")
	add(l, "es", FieldCampaign, "Nombre de la campaña")
	add(l, "es", FieldSpend, "!Total gastado", "!Importe total gastado")
	add(l, "es", FieldImpressions, "Impresiones")
	add(l, "es", FieldClicks, "Clics")
	add(l, "es", FieldLeads, "Clientes potenciales")
	add(l, "es", FieldConversions, "Conversiones")
	add(l, "es", FieldConversionValue, "Valor de conversión")
	add(l, "es", FieldCurrency, "Moneda")

	// TikTok Ads Manager.
	t := TikTok
	add(t, "en", FieldDay, "!By Day", "Date")
	add(t, "en", FieldCampaign, "Campaign name", "Campaign Name")
	add(t, "en", FieldSpend, "Cost", "Total cost")
	add(t, "en", FieldImpressions, "Impressions")
	add(t, "en", FieldReach, "Reach")
	add(t, "en", FieldClicks, "!Clicks (destination)")
	add(t, "en", FieldClicksAll, "Clicks (all)", "Clicks")
	add(t, "en", FieldConversions, "Conversions")
	add(t, "en", FieldResults, "Results")
	add(t, "en", FieldConversionValue, "!Total complete payment value", "!Complete payment value")
	add(t, "en", FieldCurrency, "Currency")
	add(t, "en", FieldRatio, "Frequency", "!CTR (destination)", "!CPC (destination)", "CPM", "Cost per conversion", "!Conversion rate (CVR)", "Cost per result", "CTR (all)", "CPC (all)", "!Complete payment ROAS")
	add(t, "en", FieldNone, "Ad group name", "Ad name", "!Campaign ID", "!Complete payment", "Primary status")
	add(t, "de", FieldCampaign, "Kampagnenname")
	add(t, "de", FieldSpend, "Kosten")
	add(t, "de", FieldImpressions, "Impressionen")
	add(t, "de", FieldReach, "Reichweite")
	add(t, "de", FieldClicks, "!Klicks (Ziel)")
	add(t, "de", FieldConversions, "Conversions")
	add(t, "de", FieldDay, "Nach Tag", "Datum")
	add(t, "de", FieldRatio, "!CTR (Ziel)", "!CPC (Ziel)", "CPM")
	add(t, "fr", FieldCampaign, "Nom de la campagne")
	add(t, "fr", FieldSpend, "Coût")
	add(t, "fr", FieldImpressions, "Impressions")
	add(t, "fr", FieldReach, "Couverture")
	add(t, "fr", FieldClicks, "!Clics (destination)")
	add(t, "fr", FieldConversions, "Conversions")
	add(t, "fr", FieldDay, "Par jour", "Date")
	add(t, "fr", FieldRatio, "!CTR (destination)", "!CPC (destination)", "CPM")
	add(t, "es", FieldCampaign, "Nombre de la campaña")
	add(t, "es", FieldSpend, "Coste", "Costo")
	add(t, "es", FieldImpressions, "Impresiones")
	add(t, "es", FieldReach, "Alcance")
	add(t, "es", FieldClicks, "!Clics (destino)")
	add(t, "es", FieldConversions, "Conversiones")
	add(t, "es", FieldDay, "Por día", "Fecha")
	add(t, "es", FieldRatio, "!CTR (destino)", "!CPC (destino)", "CPM")

	// Google Analytics 4.
	a := GA4
	add(a, "en", FieldSourceMedium, "!Session source / medium", "!First user source / medium", "!Source / medium")
	add(a, "en", FieldSource, "!Session source", "Source")
	add(a, "en", FieldMedium, "!Session medium", "Medium")
	add(a, "en", FieldChannelGroup, "!Session default channel group", "!Default channel group", "!First user default channel group", "!Session primary channel group")
	add(a, "en", FieldCampaign, "!Session campaign", "!Session campaign name")
	add(a, "en", FieldSessions, "!Sessions")
	add(a, "en", FieldConversions, "!Key events", "Conversions")
	add(a, "en", FieldRevenue, "!Total revenue", "!Purchase revenue")
	add(a, "en", FieldSpend, "!Advertising cost")
	add(a, "en", FieldEventName, "!Event name")
	add(a, "en", FieldDay, "Date")
	add(a, "en", FieldRatio, "!Engagement rate", "!Session key event rate", "!Average session duration", "!Views per session", "!Bounce rate")
	add(a, "en", FieldNone, "!Engaged sessions", "!Transactions", "!Total users", "!New users", "!Active users", "!Landing page + query string", "!Landing page", "!Event count")

	add(a, "de", FieldSourceMedium, "!Sitzung – Quelle/Medium", "!Quelle/Medium der Sitzung", "!Sitzungsquelle/-medium")
	add(a, "de", FieldChannelGroup, "!Standard-Channelgruppe der Sitzung", "!Sitzung – Standard-Channelgruppe")
	add(a, "de", FieldCampaign, "!Sitzungskampagne", "!Sitzung – Kampagne")
	add(a, "de", FieldSessions, "!Sitzungen")
	add(a, "de", FieldConversions, "!Schlüsselereignisse", "Conversions")
	add(a, "de", FieldRevenue, "!Gesamtumsatz", "!Umsatz aus Käufen")
	add(a, "de", FieldEventName, "!Ereignisname")
	add(a, "de", FieldDay, "Datum")
	add(a, "de", FieldRatio, "!Interaktionsrate")
	add(a, "de", FieldNone, "!Sitzungen mit Interaktionen", "!Nutzer insgesamt", "!Neue Nutzer", "!Transaktionen")

	add(a, "fr", FieldSourceMedium, "!Source/Support de la session", "!Session : source/support")
	add(a, "fr", FieldChannelGroup, "!Groupe de canaux par défaut de la session", "!Session : groupe de canaux par défaut")
	add(a, "fr", FieldCampaign, "!Campagne de la session", "!Session : campagne")
	add(a, "fr", FieldSessions, "Sessions")
	add(a, "fr", FieldConversions, "!Événements clés", "Conversions")
	add(a, "fr", FieldRevenue, "!Revenu total", "!Revenus totaux", "!Revenus générés par les achats")
	add(a, "fr", FieldEventName, "!Nom de l'événement")
	add(a, "fr", FieldDay, "Date")
	add(a, "fr", FieldRatio, "!Taux d'engagement")
	add(a, "fr", FieldNone, "!Sessions avec engagement", "!Nombre total d'utilisateurs", "!Nouveaux utilisateurs", "!Transactions")

	add(a, "es", FieldSourceMedium, "!Fuente/medio de la sesión", "!Sesión: fuente/medio")
	add(a, "es", FieldChannelGroup, "!Grupo de canales predeterminado de la sesión", "!Sesión: grupo de canales predeterminado")
	add(a, "es", FieldCampaign, "!Campaña de la sesión", "!Sesión: campaña")
	add(a, "es", FieldSessions, "!Sesiones")
	add(a, "es", FieldConversions, "!Eventos clave", "Conversiones")
	add(a, "es", FieldRevenue, "!Ingresos totales", "!Ingresos por compras")
	add(a, "es", FieldEventName, "!Nombre del evento")
	add(a, "es", FieldDay, "Fecha")
	add(a, "es", FieldRatio, "!Porcentaje de interacciones")
	add(a, "es", FieldNone, "!Sesiones con interacción", "!Total de usuarios", "!Usuarios nuevos", "!Transacciones")

	add(a, "nb", FieldSourceMedium, "!Øktkilde/-medium", "!Økt – kilde/medium")
	add(a, "nb", FieldChannelGroup, "!Standard kanalgruppe for økt", "!Økt – standard kanalgruppe")
	add(a, "nb", FieldCampaign, "!Øktkampanje")
	add(a, "nb", FieldSessions, "!Økter")
	add(a, "nb", FieldConversions, "!Nøkkelhendelser", "Konverteringer")
	add(a, "nb", FieldRevenue, "!Totale inntekter", "!Kjøpsinntekter")
	add(a, "nb", FieldEventName, "!Hendelsesnavn")
	add(a, "nb", FieldDay, "Dato")

	add(a, "sv", FieldSourceMedium, "!Sessionskälla/medium", "!Session – källa/medium")
	add(a, "sv", FieldChannelGroup, "!Sessionens standardkanalgrupp", "!Session – standardkanalgrupp")
	add(a, "sv", FieldCampaign, "!Sessionskampanj")
	add(a, "sv", FieldSessions, "!Sessioner")
	add(a, "sv", FieldConversions, "!Nyckelhändelser", "Konverteringar")
	add(a, "sv", FieldRevenue, "!Totala intäkter", "!Total intäkt", "!Köpintäkter")
	add(a, "sv", FieldEventName, "!Händelsenamn")
	add(a, "sv", FieldDay, "Datum")

	add(a, "pl", FieldSourceMedium, "!Źródło/medium sesji", "!Sesja – źródło/medium")
	add(a, "pl", FieldChannelGroup, "!Domyślna grupa kanałów sesji", "!Sesja – domyślna grupa kanałów")
	add(a, "pl", FieldCampaign, "!Kampania sesji")
	add(a, "pl", FieldSessions, "!Sesje")
	add(a, "pl", FieldConversions, "!Kluczowe zdarzenia", "Konwersje")
	add(a, "pl", FieldRevenue, "!Łączne przychody", "!Przychody z zakupów")
	add(a, "pl", FieldEventName, "!Nazwa zdarzenia")
	add(a, "pl", FieldDay, "Data")

	add(a, "tr", FieldSourceMedium, "!Oturum kaynağı/aracı", "!Oturum – kaynak/araç")
	add(a, "tr", FieldChannelGroup, "!Oturum varsayılan kanal grubu", "!Oturum – varsayılan kanal grubu")
	add(a, "tr", FieldCampaign, "!Oturum kampanyası")
	add(a, "tr", FieldSessions, "!Oturumlar")
	add(a, "tr", FieldConversions, "!Önemli etkinlikler", "Dönüşümler")
	add(a, "tr", FieldRevenue, "!Toplam gelir", "!Satın alma geliri")
	add(a, "tr", FieldEventName, "!Etkinlik adı")
	add(a, "tr", FieldDay, "Tarih")
}

// normHeader is how headers are compared: lower case, quotes and a byte
// order mark removed, curly apostrophes straight, spaces collapsed, no
// spaces around "/" and ":", and a currency code in brackets removed
// (see headerCurrency).
func normHeader(h string) string {
	h, _ = splitHeaderCurrency(h)
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(h) {
		switch {
		case r == '\uFEFF' || r == '"':
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case r == '–' || r == '—':
			r = '-'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	s := b.String()
	for _, sep := range []string{"/", ":"} {
		s = strings.ReplaceAll(s, " "+sep, sep)
		s = strings.ReplaceAll(s, sep+" ", sep)
	}
	return s
}

// splitHeaderCurrency takes an ISO 4217 code in brackets off the end of a
// header: "Amount spent (EUR)" is "Amount spent" and "EUR".
func splitHeaderCurrency(h string) (string, string) {
	t := strings.TrimSpace(h)
	if n := len(t); n >= 5 && (t[n-1] == ')' || t[n-1] == ']') {
		open := byte('(')
		if t[n-1] == ']' {
			open = '['
		}
		if t[n-5] == open && isUpper3(t[n-4:n-1]) {
			return strings.TrimSpace(t[:n-5]), t[n-4 : n-1]
		}
	}
	return h, ""
}

func isUpper3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}
