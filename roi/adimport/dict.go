package adimport

import (
	"strings"
	"sync"
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
// corrects the rest in the mapping step. It is built from headerTable on
// first use, not when the program starts (the app starts faster).
func dictionary() map[string][]header {
	dictOnce.Do(func() { dict = buildDictionary() })
	return dict
}

var (
	dictOnce sync.Once
	dict     map[string][]header
)

// add puts names into dict. A name starting with "!" is a signature of the
// platform.
func add(to map[string][]header, p Platform, lang string, f Field, names ...string) {
	for _, n := range names {
		sig := strings.HasPrefix(n, "!")
		n = normHeader(strings.TrimPrefix(n, "!"))
		to[n] = append(to[n], header{p, lang, f, sig})
	}
}

// headerTable is the dictionary as text, one line per platform, language
// and meaning: "platform|language|field|name|name…", field "-" for
// FieldNone. It is text rather than code to keep the WebAssembly small.
const headerTable = `
meta|en|start|!Reporting starts
meta|en|end|!Reporting ends
meta|en|campaign|Campaign name
meta|en|day|Day
meta|en|spend|!Amount spent
meta|en|currency|Currency
meta|en|results|Results
meta|en|result-kind|!Result indicator|!Result type
meta|en|ratio|!Cost per results|Cost per result|Frequency|!CTR (link click-through rate)|!CPC (cost per link click)|!CPM (cost per 1,000 impressions)|!Purchase ROAS (return on ad spend)|CTR (all)|CPC (all)
meta|en|impressions|Impressions
meta|en|reach|Reach
meta|en|clicks|!Link clicks
meta|en|clicks-all|Clicks (all)
meta|en|conversions|Purchases|Website purchases
meta|en|conversion-value|!Purchases conversion value|!Website purchases conversion value
meta|en|leads|Leads
meta|en|account|Account name
meta|en|-|Ad set name|Ad name|!Attribution setting|Landing page views
meta|fr|start|!Début des rapports
meta|fr|end|!Fin des rapports
meta|fr|campaign|Nom de la campagne
meta|fr|day|Jour
meta|fr|spend|!Montant dépensé
meta|fr|currency|Devise
meta|fr|results|Résultats
meta|fr|result-kind|!Indicateur de résultat|!Type de résultat
meta|fr|ratio|Coût par résultat|Coût par résultats|Répétition|CTR (taux de clics sur le lien)|CPC (coût par clic sur un lien)|CPM (coût pour 1 000 impressions)
meta|fr|impressions|Impressions
meta|fr|reach|Couverture
meta|fr|clicks|!Clics sur un lien|!Clics sur le lien
meta|fr|clicks-all|Clics (tous)
meta|fr|conversions|Achats|Achats sur le site web
meta|fr|conversion-value|!Valeur de conversion des achats|!Valeur de conversion des achats sur le site web
meta|fr|leads|Prospects
meta|fr|account|Nom du compte
meta|fr|-|Nom de l'ensemble de publicités|Nom de la publicité|Paramètre d'attribution
meta|es|start|!Inicio del informe
meta|es|end|!Fin del informe
meta|es|campaign|Nombre de la campaña
meta|es|day|Día
meta|es|spend|!Importe gastado
meta|es|currency|Divisa|Moneda
meta|es|results|Resultados
meta|es|result-kind|!Indicador de resultado|!Tipo de resultado
meta|es|ratio|Coste por resultado|Costo por resultado|Frecuencia|CTR (porcentaje de clics en el enlace)|CPC (coste por clic en el enlace)|CPM (coste por mil impresiones)
meta|es|impressions|Impresiones
meta|es|reach|Alcance
meta|es|clicks|!Clics en el enlace
meta|es|clicks-all|Clics (todos)
meta|es|conversions|Compras|Compras en el sitio web
meta|es|conversion-value|!Valor de conversión de compras|!Valor de conversión de las compras
meta|es|leads|Clientes potenciales
meta|es|account|Nombre de la cuenta
meta|es|-|Nombre del conjunto de anuncios|Nombre del anuncio|Configuración de atribución
meta|de|start|!Berichtsbeginn|!Beginn des Berichtszeitraums
meta|de|end|!Berichtsende|!Ende des Berichtszeitraums
meta|de|campaign|Kampagnenname|Name der Kampagne
meta|de|day|Tag
meta|de|spend|!Ausgegebener Betrag
meta|de|currency|Währung
meta|de|results|Ergebnisse
meta|de|result-kind|!Ergebnisindikator|!Ergebnistyp
meta|de|ratio|Kosten pro Ergebnis|Frequenz|CTR (Link-Klickrate)|CPC (Kosten pro Link-Klick)|CPM (Kosten pro 1.000 Impressionen)
meta|de|impressions|Impressionen
meta|de|reach|Reichweite
meta|de|clicks|!Link-Klicks
meta|de|clicks-all|Klicks (alle)
meta|de|conversions|Käufe|Website-Käufe
meta|de|conversion-value|!Conversion-Wert der Käufe|!Conversion-Wert für Käufe
meta|de|leads|Leads
meta|de|account|Name des Kontos|Kontoname
meta|de|-|Name der Anzeigengruppe|Name der Anzeige|Attributionseinstellung
meta|nb|start|!Rapportering starter|!Rapporteringsstart
meta|nb|end|!Rapportering slutter|!Rapporteringsslutt
meta|nb|campaign|Kampanjenavn|Navn på kampanje
meta|nb|day|Dag
meta|nb|spend|!Beløp brukt|!Brukt beløp
meta|nb|currency|Valuta
meta|nb|results|Resultater
meta|nb|result-kind|!Resultatindikator|!Resultattype
meta|nb|ratio|Kostnad per resultat|Frekvens
meta|nb|impressions|Visninger
meta|nb|reach|Dekning|Rekkevidde
meta|nb|clicks|!Lenkeklikk|!Klikk på lenke
meta|nb|clicks-all|Klikk (alle)
meta|nb|conversions|Kjøp|Kjøp på nettsted
meta|nb|conversion-value|!Konverteringsverdi for kjøp
meta|nb|leads|Potensielle kunder|Leads
meta|nb|account|Kontonavn
meta|nb|-|Navn på annonsesett|Annonsenavn
meta|sv|start|!Rapporteringen startar|!Rapportering startar
meta|sv|end|!Rapporteringen slutar|!Rapportering slutar
meta|sv|campaign|Kampanjnamn
meta|sv|day|Dag
meta|sv|spend|!Spenderat belopp|!Belopp som spenderats
meta|sv|currency|Valuta
meta|sv|results|Resultat
meta|sv|result-kind|!Resultatindikator|!Resultattyp
meta|sv|ratio|Kostnad per resultat|Frekvens
meta|sv|impressions|Visningar|Exponeringar
meta|sv|reach|Räckvidd
meta|sv|clicks|!Länkklick
meta|sv|clicks-all|Klick (alla)
meta|sv|conversions|Köp|Webbplatsköp
meta|sv|conversion-value|!Konverteringsvärde för köp
meta|sv|leads|Leads|Potentiella kunder
meta|sv|account|Kontonamn
meta|sv|-|Namn på annonsuppsättning|Annonsnamn
meta|pl|start|!Początek raportowania
meta|pl|end|!Koniec raportowania
meta|pl|campaign|Nazwa kampanii
meta|pl|day|Dzień
meta|pl|spend|!Wydana kwota
meta|pl|currency|Waluta
meta|pl|results|Wyniki
meta|pl|result-kind|!Wskaźnik wyników|!Typ wyniku
meta|pl|ratio|Koszt na wynik|Częstotliwość
meta|pl|impressions|Wyświetlenia
meta|pl|reach|Zasięg
meta|pl|clicks|!Kliknięcia linku
meta|pl|clicks-all|Kliknięcia (wszystkie)
meta|pl|conversions|Zakupy
meta|pl|conversion-value|!Wartość konwersji z zakupów
meta|pl|leads|Kontakty|Leady
meta|pl|account|Nazwa konta
meta|pl|-|Nazwa zestawu reklam|Nazwa reklamy
meta|tr|start|!Raporlama başlangıcı
meta|tr|end|!Raporlama bitişi
meta|tr|campaign|Kampanya adı
meta|tr|day|Gün
meta|tr|spend|!Harcanan tutar
meta|tr|currency|Para birimi
meta|tr|results|Sonuçlar
meta|tr|result-kind|!Sonuç göstergesi|!Sonuç türü
meta|tr|ratio|Sonuç başına maliyet|Sıklık
meta|tr|impressions|Gösterimler
meta|tr|reach|Erişim
meta|tr|clicks|!Bağlantı tıklamaları
meta|tr|clicks-all|Tıklamalar (tümü)
meta|tr|conversions|Satın almalar
meta|tr|conversion-value|!Satın alma dönüşüm değeri
meta|tr|leads|Potansiyel müşteriler
meta|tr|account|Hesap adı
meta|tr|-|Reklam seti adı|Reklam adı
google-ads|en|day|Day|Date
google-ads|en|campaign|Campaign
google-ads|en|currency|!Currency code|Currency
google-ads|en|spend|Cost
google-ads|en|impressions|!Impr.|Impressions
google-ads|en|clicks|Clicks
google-ads|en|conversions|Conversions
google-ads|en|conversion-value|!Conv. value
google-ads|en|all-value|!All conv. value
google-ads|en|ratio|CTR|!Avg. CPC|!Avg. CPM|!Cost / conv.|!Conv. rate|!Search impr. share|!Conv. value / cost|Interaction rate
google-ads|en|-|!Ad group|!Campaign type|!Campaign status|Budget|Interactions|Status
google-ads|en|account|Account|Account name|!Customer ID
google-ads|de|day|Tag|Datum
google-ads|de|campaign|Kampagne
google-ads|de|currency|!Währungscode
google-ads|de|spend|Kosten
google-ads|de|impressions|Impr.|Impressionen
google-ads|de|clicks|Klicks
google-ads|de|conversions|Conversions
google-ads|de|conversion-value|!Conv.-Wert|!Conversion-Wert
google-ads|de|all-value|!Conv.-Wert (alle)|!Wert aller Conv.
google-ads|de|ratio|CTR|!Durchschn. CPC|!Durchschn. CPM|!Kosten/Conv.|!Conv.-Rate|!Kosten/Conversion
google-ads|de|-|!Anzeigengruppe|Budget|!Kampagnentyp|Interaktionen
google-ads|fr|day|Jour|Date
google-ads|fr|campaign|Campagne
google-ads|fr|currency|!Code de la devise|!Code devise
google-ads|fr|spend|Coût
google-ads|fr|impressions|Impr.|Impressions
google-ads|fr|clicks|Clics
google-ads|fr|conversions|Conversions
google-ads|fr|conversion-value|!Valeur de conv.|!Valeur conv.
google-ads|fr|all-value|!Valeur de toutes les conv.
google-ads|fr|ratio|CTR|!CPC moy.|!CPM moy.|!Coût/conv.|!Taux de conv.
google-ads|fr|-|!Groupe d'annonces|Budget|!Type de campagne|Interactions
google-ads|es|day|Día|Fecha
google-ads|es|campaign|Campaña
google-ads|es|currency|!Código de moneda
google-ads|es|spend|Coste|Costo
google-ads|es|impressions|Impr.|Impresiones
google-ads|es|clicks|Clics
google-ads|es|conversions|Conversiones
google-ads|es|conversion-value|!Valor de conv.|!Valor conv.
google-ads|es|all-value|!Valor de todas las conv.
google-ads|es|ratio|CTR|!CPC medio|!CPM medio|!Coste/conv.|!Tasa de conv.
google-ads|es|-|!Grupo de anuncios|Presupuesto|!Tipo de campaña
google-ads|nb|day|Dag|Dato
google-ads|nb|campaign|Kampanje
google-ads|nb|currency|!Valutakode
google-ads|nb|spend|Kostnad
google-ads|nb|impressions|!Visn.|Visninger
google-ads|nb|clicks|Klikk
google-ads|nb|conversions|Konverteringer
google-ads|nb|conversion-value|!Konv.verdi|!Konverteringsverdi
google-ads|nb|ratio|CTR|Klikkfrekvens|!Gj.sn. CPC|!Gjennomsnittlig CPC|!Kostnad/konv.|!Konv.frekvens
google-ads|nb|-|!Annonsegruppe|Budsjett
google-ads|sv|day|Dag|Datum
google-ads|sv|campaign|Kampanj
google-ads|sv|currency|!Valutakod
google-ads|sv|spend|Kostnad
google-ads|sv|impressions|!Visn.|Visningar
google-ads|sv|clicks|Klick
google-ads|sv|conversions|Konverteringar
google-ads|sv|conversion-value|!Konv.värde|!Konverteringsvärde
google-ads|sv|ratio|CTR|!Genomsn. CPC|!Kostnad/konv.|!Konv.frekvens
google-ads|sv|-|!Annonsgrupp|Budget
google-ads|pl|day|Dzień|Data
google-ads|pl|campaign|Kampania
google-ads|pl|currency|!Kod waluty
google-ads|pl|spend|Koszt
google-ads|pl|impressions|!Wyśw.|Wyświetlenia
google-ads|pl|clicks|Kliknięcia
google-ads|pl|conversions|Konwersje
google-ads|pl|conversion-value|!Wartość konw.
google-ads|pl|ratio|CTR|!Śr. CPC|!Koszt/konw.|!Współczynnik konw.
google-ads|pl|-|!Grupa reklam|Budżet
google-ads|tr|day|Gün|Tarih
google-ads|tr|campaign|Kampanya
google-ads|tr|currency|!Para birimi kodu
google-ads|tr|spend|Maliyet
google-ads|tr|impressions|!Gösterim|Gösterimler
google-ads|tr|clicks|Tıklama|Tıklamalar
google-ads|tr|conversions|Dönüşümler
google-ads|tr|conversion-value|!Dön. değeri|!Dönüşüm değeri
google-ads|tr|ratio|TO|Tıklama oranı|!Ort. TBM|!Maliyet/dön.|!Dön. oranı
google-ads|tr|-|!Reklam grubu|Bütçe
linkedin|en|start|!Start Date (in UTC)|!Start Date
linkedin|en|end|!End Date (in UTC)|!End Date
linkedin|en|campaign|Campaign Name
linkedin|en|currency|Currency
linkedin|en|spend|!Total Spent|!Amount Spent
linkedin|en|impressions|Impressions
linkedin|en|clicks|Clicks
linkedin|en|leads|Leads
linkedin|en|conversions|Conversions
linkedin|en|conversion-value|Conversion Value
linkedin|en|ratio|!Click Through Rate|!Average CPM|!Average CPC|!Cost per Lead|Cost per Conversion|Conversion Rate|!Lead Form Completion Rate
linkedin|en|account|Account Name
linkedin|en|-|!Campaign Group Name|!Campaign Objective|!Creative Name|!Total Engagements|!Clicks to Landing Page|!Lead Forms Opened|!Post-Click Conversions|!View-Through Conversions|!Total Social Actions|Campaign ID|!Campaign Type
linkedin|fr|start|!Date de début (en UTC)
linkedin|fr|campaign|Nom de la campagne
linkedin|fr|spend|!Total dépensé|!Montant total dépensé
linkedin|fr|impressions|Impressions
linkedin|fr|clicks|Clics
linkedin|fr|leads|Prospects|Leads
linkedin|fr|conversions|Conversions
linkedin|fr|conversion-value|Valeur de conversion
linkedin|fr|currency|Devise
linkedin|de|start|!Startdatum (in UTC)
linkedin|de|campaign|Kampagnenname
linkedin|de|spend|!Ausgaben insgesamt|!Gesamtausgaben
linkedin|de|impressions|Impressionen
linkedin|de|clicks|Klicks
linkedin|de|leads|Leads
linkedin|de|conversions|Conversions
linkedin|de|conversion-value|Conversion-Wert
linkedin|de|currency|Währung
linkedin|es|start|!Fecha de inicio (en UTC)
linkedin|es|campaign|Nombre de la campaña
linkedin|es|spend|!Total gastado|!Importe total gastado
linkedin|es|impressions|Impresiones
linkedin|es|clicks|Clics
linkedin|es|leads|Clientes potenciales
linkedin|es|conversions|Conversiones
linkedin|es|conversion-value|Valor de conversión
linkedin|es|currency|Moneda
tiktok|en|day|!By Day|Date
tiktok|en|campaign|Campaign name|Campaign Name
tiktok|en|spend|Cost|Total cost
tiktok|en|impressions|Impressions
tiktok|en|reach|Reach
tiktok|en|clicks|!Clicks (destination)
tiktok|en|clicks-all|Clicks (all)|Clicks
tiktok|en|conversions|Conversions
tiktok|en|results|Results
tiktok|en|conversion-value|!Total complete payment value|!Complete payment value
tiktok|en|currency|Currency
tiktok|en|ratio|Frequency|!CTR (destination)|!CPC (destination)|CPM|Cost per conversion|!Conversion rate (CVR)|Cost per result|CTR (all)|CPC (all)|!Complete payment ROAS
tiktok|en|-|Ad group name|Ad name|!Campaign ID|!Complete payment|Primary status
tiktok|de|campaign|Kampagnenname
tiktok|de|spend|Kosten
tiktok|de|impressions|Impressionen
tiktok|de|reach|Reichweite
tiktok|de|clicks|!Klicks (Ziel)
tiktok|de|conversions|Conversions
tiktok|de|day|Nach Tag|Datum
tiktok|de|ratio|!CTR (Ziel)|!CPC (Ziel)|CPM
tiktok|fr|campaign|Nom de la campagne
tiktok|fr|spend|Coût
tiktok|fr|impressions|Impressions
tiktok|fr|reach|Couverture
tiktok|fr|clicks|!Clics (destination)
tiktok|fr|conversions|Conversions
tiktok|fr|day|Par jour|Date
tiktok|fr|ratio|!CTR (destination)|!CPC (destination)|CPM
tiktok|es|campaign|Nombre de la campaña
tiktok|es|spend|Coste|Costo
tiktok|es|impressions|Impresiones
tiktok|es|reach|Alcance
tiktok|es|clicks|!Clics (destino)
tiktok|es|conversions|Conversiones
tiktok|es|day|Por día|Fecha
tiktok|es|ratio|!CTR (destino)|!CPC (destino)|CPM
ga4|en|source-medium|!Session source / medium|!First user source / medium|!Source / medium
ga4|en|source|!Session source|Source
ga4|en|medium|!Session medium|Medium
ga4|en|channel-group|!Session default channel group|!Default channel group|!First user default channel group|!Session primary channel group
ga4|en|campaign|!Session campaign|!Session campaign name
ga4|en|sessions|!Sessions
ga4|en|conversions|!Key events|Conversions
ga4|en|revenue|!Total revenue|!Purchase revenue
ga4|en|spend|!Advertising cost
ga4|en|event-name|!Event name
ga4|en|day|Date
ga4|en|ratio|!Engagement rate|!Session key event rate|!Average session duration|!Views per session|!Bounce rate
ga4|en|-|!Engaged sessions|!Transactions|!Total users|!New users|!Active users|!Landing page + query string|!Landing page|!Event count
ga4|de|source-medium|!Sitzung – Quelle/Medium|!Quelle/Medium der Sitzung|!Sitzungsquelle/-medium
ga4|de|channel-group|!Standard-Channelgruppe der Sitzung|!Sitzung – Standard-Channelgruppe
ga4|de|campaign|!Sitzungskampagne|!Sitzung – Kampagne
ga4|de|sessions|!Sitzungen
ga4|de|conversions|!Schlüsselereignisse|Conversions
ga4|de|revenue|!Gesamtumsatz|!Umsatz aus Käufen
ga4|de|event-name|!Ereignisname
ga4|de|day|Datum
ga4|de|ratio|!Interaktionsrate
ga4|de|-|!Sitzungen mit Interaktionen|!Nutzer insgesamt|!Neue Nutzer|!Transaktionen
ga4|fr|source-medium|!Source/Support de la session|!Session : source/support
ga4|fr|channel-group|!Groupe de canaux par défaut de la session|!Session : groupe de canaux par défaut
ga4|fr|campaign|!Campagne de la session|!Session : campagne
ga4|fr|sessions|Sessions
ga4|fr|conversions|!Événements clés|Conversions
ga4|fr|revenue|!Revenu total|!Revenus totaux|!Revenus générés par les achats
ga4|fr|event-name|!Nom de l'événement
ga4|fr|day|Date
ga4|fr|ratio|!Taux d'engagement
ga4|fr|-|!Sessions avec engagement|!Nombre total d'utilisateurs|!Nouveaux utilisateurs|!Transactions
ga4|es|source-medium|!Fuente/medio de la sesión|!Sesión: fuente/medio
ga4|es|channel-group|!Grupo de canales predeterminado de la sesión|!Sesión: grupo de canales predeterminado
ga4|es|campaign|!Campaña de la sesión|!Sesión: campaña
ga4|es|sessions|!Sesiones
ga4|es|conversions|!Eventos clave|Conversiones
ga4|es|revenue|!Ingresos totales|!Ingresos por compras
ga4|es|event-name|!Nombre del evento
ga4|es|day|Fecha
ga4|es|ratio|!Porcentaje de interacciones
ga4|es|-|!Sesiones con interacción|!Total de usuarios|!Usuarios nuevos|!Transacciones
ga4|nb|source-medium|!Øktkilde/-medium|!Økt – kilde/medium
ga4|nb|channel-group|!Standard kanalgruppe for økt|!Økt – standard kanalgruppe
ga4|nb|campaign|!Øktkampanje
ga4|nb|sessions|!Økter
ga4|nb|conversions|!Nøkkelhendelser|Konverteringer
ga4|nb|revenue|!Totale inntekter|!Kjøpsinntekter
ga4|nb|event-name|!Hendelsesnavn
ga4|nb|day|Dato
ga4|sv|source-medium|!Sessionskälla/medium|!Session – källa/medium
ga4|sv|channel-group|!Sessionens standardkanalgrupp|!Session – standardkanalgrupp
ga4|sv|campaign|!Sessionskampanj
ga4|sv|sessions|!Sessioner
ga4|sv|conversions|!Nyckelhändelser|Konverteringar
ga4|sv|revenue|!Totala intäkter|!Total intäkt|!Köpintäkter
ga4|sv|event-name|!Händelsenamn
ga4|sv|day|Datum
ga4|pl|source-medium|!Źródło/medium sesji|!Sesja – źródło/medium
ga4|pl|channel-group|!Domyślna grupa kanałów sesji|!Sesja – domyślna grupa kanałów
ga4|pl|campaign|!Kampania sesji
ga4|pl|sessions|!Sesje
ga4|pl|conversions|!Kluczowe zdarzenia|Konwersje
ga4|pl|revenue|!Łączne przychody|!Przychody z zakupów
ga4|pl|event-name|!Nazwa zdarzenia
ga4|pl|day|Data
ga4|tr|source-medium|!Oturum kaynağı/aracı|!Oturum – kaynak/araç
ga4|tr|channel-group|!Oturum varsayılan kanal grubu|!Oturum – varsayılan kanal grubu
ga4|tr|campaign|!Oturum kampanyası
ga4|tr|sessions|!Oturumlar
ga4|tr|conversions|!Önemli etkinlikler|Dönüşümler
ga4|tr|revenue|!Toplam gelir|!Satın alma geliri
ga4|tr|event-name|!Etkinlik adı
ga4|tr|day|Tarih
`

func buildDictionary() map[string][]header {
	d := map[string][]header{}
	for _, line := range strings.Split(strings.TrimSpace(headerTable), "\n") {
		parts := strings.Split(line, "|")
		field := Field(parts[2])
		if field == "-" {
			field = FieldNone
		}
		add(d, Platform(parts[0]), parts[1], field, parts[3:]...)
	}
	return d
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
