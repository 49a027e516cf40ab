package roi

import "strings"

// Languages are the languages the engine's messages (and the app) speak,
// English first.
var Languages = []string{"en", "nb", "sv", "fr", "pl", "tr"}

// SupportedLanguage returns the language of Languages a tag such as "nb-NO",
// "fr_CA" or "no" is written in, or "" when it is none of them. Norwegian
// without a script ("no") and Nynorsk ("nn") read Bokmål.
func SupportedLanguage(tag string) string {
	base := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "en", "nb", "sv", "fr", "pl", "tr":
		return base
	case "no", "nn":
		return "nb"
	}
	return ""
}

// In says the message in a language (a tag as SupportedLanguage reads it),
// in English when the language or the sentence is not known.
func (m Message) In(lang string) string {
	l := SupportedLanguage(lang)
	tpl := Messages[l][m.Code]
	if tpl == "" {
		return m.String()
	}
	if m.Code == "doc.type" && len(m.Args) == 1 {
		if w := typeWords[l][m.Args[0]]; w != "" {
			m = Message{Code: m.Code, Args: []string{w}}
		}
	}
	return Render(tpl, m)
}

// typeWords are the arguments of "doc.type" (what a JSON value must be) in
// each language, in the form the sentence needs (Polish: instrumental).
var typeWords = map[string]map[string]string{
	"nb": {"a number": "et tall", "text": "tekst", "true or false": "true eller false", "a whole number": "et heltall", "a list": "en liste", "an object": "et objekt"},
	"sv": {"a number": "ett tal", "text": "text", "true or false": "true eller false", "a whole number": "ett heltal", "a list": "en lista", "an object": "ett objekt"},
	"fr": {"a number": "un nombre", "text": "du texte", "true or false": "true ou false", "a whole number": "un nombre entier", "a list": "une liste", "an object": "un objet"},
	"pl": {"a number": "liczbą", "text": "tekstem", "true or false": "wartością true lub false", "a whole number": "liczbą całkowitą", "a list": "listą", "an object": "obiektem"},
	"tr": {"a number": "bir sayı", "text": "metin", "true or false": "true ya da false", "a whole number": "bir tam sayı", "a list": "bir liste", "an object": "bir nesne"},
}

// Messages are the engine's sentences in the other languages, by language and
// code; EnglishMessages has the English ones. Every code is in every language
// with the same {0}, {1}... places (messages_i18n_test.go checks).
var Messages = map[string]map[string]string{
	"nb": {
		"num.empty":     "skriv inn et tall",
		"num.toolong":   "{0} er for langt til å være et tall",
		"num.invalid":   "{0} er ikke et tall",
		"num.grouping":  "{0} har tusenskille på feil sted",
		"num.toolarge":  "{0} er for stort (høyst 15 sifre før desimaltegnet)",
		"num.precision": "{0} har for mange desimaler (høyst 12)",

		"doc.toolarge":   "dokumentet er større enn {0} byte og ble ikke lest",
		"doc.syntax":     "dette er ikke gyldig JSON: {0}",
		"doc.notobject":  "dokumentet må være et JSON-objekt",
		"doc.format":     "format må være \"social-roi\", ikke {0}",
		"doc.noformat":   "format mangler: dette ser ikke ut som et ROI-scenario for sosiale medier",
		"doc.version":    "versjon {0} støttes ikke: dette programmet leser versjon 1",
		"doc.noversion":  "versjon mangler",
		"doc.unknownkey": "den ukjente nøkkelen {0} ble ignorert (den kan komme fra en nyere versjon)",
		"doc.type":       "må være {0}",
		"doc.toomany":    "høyst {0} oppføringer er tillatt",
		"doc.toolongtxt": "er for lang (høyst {0} tegn)",

		"share.empty":    "lenken inneholder ikke noe scenario",
		"share.toolarge": "lenken er for lang (over {0} tegn) og ble ikke åpnet",
		"share.corrupt":  "lenken er skadet (avkortet eller endret) og kan ikke leses",

		"field.required":    "må fylles ut",
		"field.negative":    "kan ikke være negativ",
		"field.percent":     "må være mellom 0 og 100",
		"field.enum":        "{0} er ikke blant disse: {1}",
		"field.currency":    "{0} er ikke en valutakode etter ISO 4217 (som NOK, EUR, USD)",
		"field.date":        "{0} er ikke en dato (ÅÅÅÅ-MM-DD)",
		"field.period":      "perioden slutter før den begynner",
		"field.channel":     "{0} er ikke en gyldig kanal-ID: bruk små bokstaver, sifre og -",
		"field.staffamount": "personalkostnad regnes som hours × hourlyRate: bruk disse i stedet for amount",
		"field.nostaffhrs":  "hours og hourlyRate hører bare til arbeidstid: bruk amount",
		"field.bothvalues":  "oppgi enten unitValue eller valueFrom, ikke begge",
		"field.countrate":   "oppgi enten et antall eller en andel, ikke begge",
		"field.nocountrate": "oppgi et antall eller en andel",
		"field.firstrate":   "det første steget trenger et antall: det finnes ikke noe steg før som en andel kan regnes av",
		"field.goalmetric":  "{0} kan ikke brukes som mål: bruk en av {1}, eller et tall fra trakten",

		"na.nocost":       "ingen kostnad er lagt inn, så det er ingenting å dele på",
		"na.noadspend":    "ingen annonsekostnad er lagt inn",
		"na.nomargin":     "ingen bruttomargin er lagt inn",
		"na.zerocount":    "antallet i dette steget er null",
		"na.zeroprev":     "antallet i forrige steg er null",
		"na.firststage":   "det første steget har ikke noe steg før seg",
		"na.novalue":      "ingen verdi per konvertering er lagt inn",
		"na.zerotarget":   "målet er null",
		"na.nofunnel":     "ingen trakt er lagt inn",
		"na.zerorate":     "andelen i dette steget er null, så ingen annen andel kan regnes ut fra den",
		"na.noconversion": "trakten ender uten konverteringer",
		"na.nocompare":    "tallet mangler på den ene siden",
		"na.currency":     "de to scenarioene bruker ulike valutaer",
		"na.zerobase":     "den første verdien er null",

		"warn.doublepurchase": "Kjøp er verdsatt som handlinger ({0}), samtidig som inntekter også er lagt inn: de samme salgene kan bli telt to ganger.",
		"warn.doublefunnel":   "Konverteringene i trakten regnes som inntekter, og det er også lagt inn inntektslinjer: sjekk at det ikke er de samme salgene.",
		"warn.funnelgrows":    "Trakten vokser fra {0} til {1}: hvert steg bør være en del av steget før.",
		"warn.tinycost":       "ROI-en bygger på en liten kostnad på {0} mot en avkastning på {1}: en liten endring i kostnaden slår kraftig ut. Sjekk at alle kostnader er med, arbeidstid først.",
		"warn.nostaff":        "Ingen arbeidstid er regnet med: timene folk bruker, er vanligvis den største kostnaden ved sosiale medier.",
		"warn.nocost":         "Ingen kostnader er lagt inn: ROI kan ikke beregnes uten dem.",
		"warn.adsnopaid":      "Annonser koster {0}, men ingen inntekter er merket som betalt, så ROAS er 0.",
		"warn.liftnegative":   "Engasjerte kunder er verdt mindre enn andre ({0} mot {1}): kundeløftet er negativt.",
		"warn.mostlyestimate": "{0} % av den totale avkastningen er anslått (verdi av handlinger, fortjent eksponering, besparelser, kundeløft): vis den direkte ROI-en først.",
		"warn.novalue":        "{0} har ingen verdi per handling og bidrar derfor ikke.",
	},
	"sv": {
		"num.empty":     "ange ett tal",
		"num.toolong":   "{0} är för långt för att vara ett tal",
		"num.invalid":   "{0} är inte ett tal",
		"num.grouping":  "{0} har tusentalsavgränsare på fel ställen",
		"num.toolarge":  "{0} är för stort (högst 15 siffror före decimaltecknet)",
		"num.precision": "{0} har för många decimaler (högst 12)",

		"doc.toolarge":   "dokumentet är större än {0} byte och lästes inte",
		"doc.syntax":     "det här är inte giltig JSON: {0}",
		"doc.notobject":  "dokumentet måste vara ett JSON-objekt",
		"doc.format":     "format måste vara \"social-roi\", inte {0}",
		"doc.noformat":   "format saknas: det här ser inte ut som ett ROI-scenario för sociala medier",
		"doc.version":    "version {0} stöds inte: det här programmet läser version 1",
		"doc.noversion":  "version saknas",
		"doc.unknownkey": "den okända nyckeln {0} ignorerades (den kan komma från en nyare version)",
		"doc.type":       "måste vara {0}",
		"doc.toomany":    "högst {0} poster är tillåtna",
		"doc.toolongtxt": "är för lång (högst {0} tecken)",

		"share.empty":    "länken innehåller inget scenario",
		"share.toolarge": "länken är för lång (över {0} tecken) och öppnades inte",
		"share.corrupt":  "länken är skadad (avkortad eller ändrad) och kan inte läsas",

		"field.required":    "måste fyllas i",
		"field.negative":    "kan inte vara negativt",
		"field.percent":     "måste vara mellan 0 och 100",
		"field.enum":        "{0} är inte något av: {1}",
		"field.currency":    "{0} är inte en valutakod enligt ISO 4217 (som SEK, EUR, USD)",
		"field.date":        "{0} är inte ett datum (ÅÅÅÅ-MM-DD)",
		"field.period":      "perioden slutar innan den börjar",
		"field.channel":     "{0} är inte ett giltigt kanal-id: använd små bokstäver, siffror och -",
		"field.staffamount": "personalkostnad räknas som hours × hourlyRate: använd dem i stället för amount",
		"field.nostaffhrs":  "hours och hourlyRate hör bara till arbetstid: använd amount",
		"field.bothvalues":  "ange antingen unitValue eller valueFrom, inte båda",
		"field.countrate":   "ange antingen ett antal eller en andel, inte båda",
		"field.nocountrate": "ange ett antal eller en andel",
		"field.firstrate":   "det första steget behöver ett antal: det finns inget tidigare steg att räkna en andel av",
		"field.goalmetric":  "{0} kan inte användas som mål: använd något av {1}, eller ett mått från tratten",

		"na.nocost":       "ingen kostnad är angiven, så det finns inget att dela med",
		"na.noadspend":    "ingen annonskostnad är angiven",
		"na.nomargin":     "ingen bruttomarginal är angiven",
		"na.zerocount":    "antalet i det här steget är noll",
		"na.zeroprev":     "antalet i föregående steg är noll",
		"na.firststage":   "det första steget har inget steg före sig",
		"na.novalue":      "inget värde per konvertering är angivet",
		"na.zerotarget":   "målet är noll",
		"na.nofunnel":     "ingen tratt är angiven",
		"na.zerorate":     "andelen i det här steget är noll, så ingen annan andel kan räknas fram ur den",
		"na.noconversion": "tratten slutar utan konverteringar",
		"na.nocompare":    "värdet saknas på ena sidan",
		"na.currency":     "de två scenarierna använder olika valutor",
		"na.zerobase":     "det första värdet är noll",

		"warn.doublepurchase": "Köp värderas som handlingar ({0}) samtidigt som intäkter också är angivna: samma försäljning kan räknas två gånger.",
		"warn.doublefunnel":   "Trattens konverteringar räknas som intäkter och det finns även intäktsrader: kontrollera att det inte är samma försäljning.",
		"warn.funnelgrows":    "Tratten växer från {0} till {1}: varje steg bör vara en delmängd av steget före.",
		"warn.tinycost":       "ROI:n vilar på en liten kostnad på {0} mot en avkastning på {1}: en liten kostnadsändring slår igenom kraftigt. Kontrollera att alla kostnader är med, arbetstiden först.",
		"warn.nostaff":        "Ingen arbetstid är medräknad: timmarna som läggs ned är oftast den största kostnaden för sociala medier.",
		"warn.nocost":         "Inga kostnader är angivna: ROI kan inte beräknas utan dem.",
		"warn.adsnopaid":      "Annonser kostar {0} men inga intäkter är markerade som betalda, så ROAS är 0.",
		"warn.liftnegative":   "Engagerade kunder är värda mindre än andra ({0} mot {1}): kundlyftet är negativt.",
		"warn.mostlyestimate": "{0} % av den totala avkastningen är uppskattad (handlingarnas värde, förtjänad exponering, besparingar, kundlyft): visa den direkta ROI:n först.",
		"warn.novalue":        "{0} har inget värde per handling och bidrar därför inte.",
	},
	"fr": {
		"num.empty":     "saisissez un nombre",
		"num.toolong":   "{0} est trop long pour être un nombre",
		"num.invalid":   "{0} n’est pas un nombre",
		"num.grouping":  "{0} a des séparateurs de milliers mal placés",
		"num.toolarge":  "{0} est trop grand (15 chiffres au plus avant la virgule)",
		"num.precision": "{0} a trop de décimales (12 au plus)",

		"doc.toolarge":   "le document dépasse {0} octets et n’a pas été lu",
		"doc.syntax":     "ce n’est pas du JSON valide\u00a0: {0}",
		"doc.notobject":  "le document doit être un objet JSON",
		"doc.format":     "format doit valoir \"social-roi\", et non {0}",
		"doc.noformat":   "format est absent\u00a0: ce document ne ressemble pas à un scénario de ROI des réseaux sociaux",
		"doc.version":    "la version {0} n’est pas prise en charge\u00a0: ce programme lit la version 1",
		"doc.noversion":  "la version est absente",
		"doc.unknownkey": "la clé inconnue {0} a été ignorée (elle vient peut-être d’une version plus récente)",
		"doc.type":       "doit être {0}",
		"doc.toomany":    "{0} entrées au maximum sont autorisées",
		"doc.toolongtxt": "est trop long ({0} caractères au plus)",

		"share.empty":    "le lien ne contient aucun scénario",
		"share.toolarge": "le lien est trop long (plus de {0} caractères)\u00a0: il n’a pas été ouvert",
		"share.corrupt":  "le lien est endommagé (tronqué ou modifié) et ne peut pas être lu",

		"field.required":    "est obligatoire",
		"field.negative":    "ne peut pas être négatif",
		"field.percent":     "doit être compris entre 0 et 100",
		"field.enum":        "{0} ne fait pas partie de\u00a0: {1}",
		"field.currency":    "{0} n’est pas un code de devise ISO 4217 (comme EUR, USD, CHF)",
		"field.date":        "{0} n’est pas une date (AAAA-MM-JJ)",
		"field.period":      "la période se termine avant de commencer",
		"field.channel":     "{0} n’est pas un identifiant de canal valide\u00a0: utilisez des minuscules, des chiffres et -",
		"field.staffamount": "le coût du personnel se calcule en hours × hourlyRate\u00a0: utilisez-les à la place de amount",
		"field.nostaffhrs":  "hours et hourlyRate ne concernent que le temps de l’équipe\u00a0: utilisez amount",
		"field.bothvalues":  "indiquez unitValue ou valueFrom, pas les deux",
		"field.countrate":   "indiquez un nombre ou un taux, pas les deux",
		"field.nocountrate": "indiquez un nombre ou un taux",
		"field.firstrate":   "la première étape doit avoir un nombre\u00a0: il n’y a pas d’étape précédente sur laquelle calculer un taux",
		"field.goalmetric":  "{0} n’est pas un indicateur d’objectif\u00a0: utilisez l’un de {1}, ou un indicateur du tunnel",

		"na.nocost":       "aucun coût n’est saisi, il n’y a donc rien par quoi diviser",
		"na.noadspend":    "aucune dépense publicitaire n’est saisie",
		"na.nomargin":     "aucune marge brute n’est saisie",
		"na.zerocount":    "cette étape est à zéro",
		"na.zeroprev":     "l’étape précédente est à zéro",
		"na.firststage":   "la première étape n’a pas d’étape précédente",
		"na.novalue":      "aucune valeur par conversion n’est saisie",
		"na.zerotarget":   "l’objectif est à zéro",
		"na.nofunnel":     "aucun tunnel n’est saisi",
		"na.zerorate":     "le taux de cette étape est nul\u00a0: aucun autre taux ne peut en être déduit",
		"na.noconversion": "le tunnel se termine sans aucune conversion",
		"na.nocompare":    "le chiffre manque d’un côté",
		"na.currency":     "les deux scénarios utilisent des devises différentes",
		"na.zerobase":     "la première valeur est nulle",

		"warn.doublepurchase": "Des achats sont valorisés comme actions ({0}) alors que des revenus sont aussi saisis\u00a0: les mêmes ventes risquent d’être comptées deux fois.",
		"warn.doublefunnel":   "Les conversions du tunnel sont comptées comme revenus et des lignes de revenus sont aussi saisies\u00a0: vérifiez qu’il ne s’agit pas des mêmes ventes.",
		"warn.funnelgrows":    "Le tunnel s’élargit de {0} à {1}\u00a0: chaque étape devrait être un sous-ensemble de la précédente.",
		"warn.tinycost":       "Le ROI repose sur un faible coût de {0} pour un retour de {1}\u00a0: une petite variation du coût le fait beaucoup bouger. Vérifiez que tous les coûts sont comptés, à commencer par le temps de l’équipe.",
		"warn.nostaff":        "Aucun temps de travail n’est compté\u00a0: les heures passées sont généralement le premier poste de coût des réseaux sociaux.",
		"warn.nocost":         "Aucun coût n’est saisi\u00a0: le ROI ne peut pas être calculé sans eux.",
		"warn.adsnopaid":      "Les publicités coûtent {0} mais aucun revenu n’est marqué comme payant\u00a0: le ROAS est donc de 0.",
		"warn.liftnegative":   "Les clients engagés valent moins que les autres ({0} contre {1})\u00a0: la valeur client additionnelle est négative.",
		"warn.mostlyestimate": "{0}\u00a0% du retour total est estimé (valeur des actions, médias acquis, économies, valeur client additionnelle)\u00a0: présentez d’abord le ROI direct.",
		"warn.novalue":        "{0} n’a pas de valeur par action et n’ajoute donc rien.",
	},
	"pl": {
		"num.empty":     "wpisz liczbę",
		"num.toolong":   "wartość {0} jest za długa jak na liczbę",
		"num.invalid":   "{0} nie jest liczbą",
		"num.grouping":  "{0} ma separatory tysięcy w złych miejscach",
		"num.toolarge":  "{0} to za duża liczba (najwyżej 15 cyfr przed przecinkiem)",
		"num.precision": "{0} ma za dużo miejsc po przecinku (najwyżej 12)",

		"doc.toolarge":   "dokument jest większy niż {0} bajtów i nie został wczytany",
		"doc.syntax":     "to nie jest poprawny JSON: {0}",
		"doc.notobject":  "dokument musi być obiektem JSON",
		"doc.format":     "format musi mieć wartość \"social-roi\", a nie {0}",
		"doc.noformat":   "brak pola format: to nie wygląda na scenariusz ROI mediów społecznościowych",
		"doc.version":    "wersja {0} nie jest obsługiwana: ten program odczytuje wersję 1",
		"doc.noversion":  "brak wersji",
		"doc.unknownkey": "pominięto nieznany klucz {0} (może pochodzić z nowszej wersji)",
		"doc.type":       "musi być {0}",
		"doc.toomany":    "dozwolonych jest najwyżej {0} pozycji",
		"doc.toolongtxt": "jest za długie (najwyżej {0} znaków)",

		"share.empty":    "link nie zawiera scenariusza",
		"share.toolarge": "link jest za długi (ponad {0} znaków), więc nie został otwarty",
		"share.corrupt":  "link jest uszkodzony (ucięty lub zmieniony) i nie da się go odczytać",

		"field.required":    "jest wymagane",
		"field.negative":    "nie może być ujemne",
		"field.percent":     "musi mieścić się w zakresie od 0 do 100",
		"field.enum":        "{0} nie jest jedną z wartości: {1}",
		"field.currency":    "{0} nie jest kodem waluty ISO 4217 (np. PLN, EUR, USD)",
		"field.date":        "{0} nie jest datą (RRRR-MM-DD)",
		"field.period":      "okres kończy się, zanim się zaczyna",
		"field.channel":     "{0} nie jest poprawnym identyfikatorem kanału: użyj małych liter, cyfr i -",
		"field.staffamount": "koszt pracy zespołu to hours × hourlyRate: użyj tych pól zamiast amount",
		"field.nostaffhrs":  "hours i hourlyRate dotyczą tylko czasu pracy zespołu: użyj amount",
		"field.bothvalues":  "podaj unitValue albo valueFrom, nie oba naraz",
		"field.countrate":   "podaj liczbę albo odsetek, nie oba naraz",
		"field.nocountrate": "podaj liczbę albo odsetek",
		"field.firstrate":   "pierwszy etap wymaga liczby: nie ma poprzedniego etapu, od którego można liczyć odsetek",
		"field.goalmetric":  "{0} nie jest miarą celu: użyj jednej z {1} albo miary z lejka",

		"na.nocost":       "nie wpisano kosztów, więc nie ma przez co dzielić",
		"na.noadspend":    "nie wpisano wydatków na reklamy",
		"na.nomargin":     "nie wpisano marży brutto",
		"na.zerocount":    "liczba na tym etapie wynosi zero",
		"na.zeroprev":     "liczba na poprzednim etapie wynosi zero",
		"na.firststage":   "pierwszy etap nie ma poprzedniego etapu",
		"na.novalue":      "nie wpisano wartości konwersji",
		"na.zerotarget":   "cel wynosi zero",
		"na.nofunnel":     "nie wpisano lejka",
		"na.zerorate":     "odsetek na tym etapie wynosi zero, więc nie da się z niego wyliczyć innego",
		"na.noconversion": "lejek kończy się bez konwersji",
		"na.nocompare":    "brak wartości po jednej stronie",
		"na.currency":     "oba scenariusze używają różnych walut",
		"na.zerobase":     "pierwsza wartość wynosi zero",

		"warn.doublepurchase": "Zakupy są wycenione jako działania ({0}), a jednocześnie wpisano przychód: te same sprzedaże mogą zostać policzone dwa razy.",
		"warn.doublefunnel":   "Konwersje z lejka są liczone jako przychód, a wpisano też pozycje przychodu: sprawdź, czy to nie te same sprzedaże.",
		"warn.funnelgrows":    "Lejek rośnie z {0} do {1}: każdy etap powinien być podzbiorem poprzedniego.",
		"warn.tinycost":       "ROI opiera się na niskim koszcie {0} przy zwrocie {1}: niewielka zmiana kosztu mocno je zmienia. Sprawdź, czy uwzględniono wszystkie koszty, zwłaszcza czas pracy zespołu.",
		"warn.nostaff":        "Nie uwzględniono czasu pracy zespołu: godziny pracy to zwykle największy koszt mediów społecznościowych.",
		"warn.nocost":         "Nie wpisano kosztów: bez nich nie da się obliczyć ROI.",
		"warn.adsnopaid":      "Reklamy kosztują {0}, ale żaden przychód nie jest oznaczony jako płatny, więc ROAS wynosi 0.",
		"warn.liftnegative":   "Zaangażowani klienci są warci mniej niż pozostali ({0} wobec {1}): wzrost wartości klienta jest ujemny.",
		"warn.mostlyestimate": "{0}% całkowitego zwrotu to szacunki (wartość działań, media zdobyte, oszczędności, wzrost wartości klienta): pokaż najpierw bezpośredni ROI.",
		"warn.novalue":        "{0} nie ma wartości działania, więc nic nie wnosi.",
	},
	"tr": {
		"num.empty":     "bir sayı girin",
		"num.toolong":   "{0} bir sayı olamayacak kadar uzun",
		"num.invalid":   "{0} bir sayı değil",
		"num.grouping":  "{0} içindeki binlik ayırıcılar yanlış yerde",
		"num.toolarge":  "{0} çok büyük (ondalık ayırıcıdan önce en fazla 15 basamak)",
		"num.precision": "{0} çok fazla ondalık basamak içeriyor (en fazla 12)",

		"doc.toolarge":   "belge {0} bayttan büyük olduğu için okunmadı",
		"doc.syntax":     "bu geçerli bir JSON değil: {0}",
		"doc.notobject":  "belge bir JSON nesnesi olmalı",
		"doc.format":     "format \"social-roi\" olmalı, {0} değil",
		"doc.noformat":   "format eksik: bu bir sosyal medya ROI senaryosuna benzemiyor",
		"doc.version":    "{0} sürümü desteklenmiyor: bu program 1. sürümü okur",
		"doc.noversion":  "sürüm bilgisi eksik",
		"doc.unknownkey": "bilinmeyen {0} anahtarı yok sayıldı (daha yeni bir sürümden gelmiş olabilir)",
		"doc.type":       "{0} olmalı",
		"doc.toomany":    "en fazla {0} kayda izin verilir",
		"doc.toolongtxt": "çok uzun (en fazla {0} karakter)",

		"share.empty":    "bağlantıda senaryo yok",
		"share.toolarge": "bağlantı çok uzun ({0} karakterden fazla), bu yüzden açılmadı",
		"share.corrupt":  "bağlantı bozuk (kesilmiş ya da değiştirilmiş) ve okunamıyor",

		"field.required":    "zorunlu",
		"field.negative":    "negatif olamaz",
		"field.percent":     "0 ile 100 arasında olmalı",
		"field.enum":        "{0} şunlardan biri değil: {1}",
		"field.currency":    "{0} bir ISO 4217 para birimi kodu değil (ör. TRY, EUR, USD)",
		"field.date":        "{0} bir tarih değil (YYYY-AA-GG)",
		"field.period":      "dönem, başlamadan önce bitiyor",
		"field.channel":     "{0} geçerli bir kanal kimliği değil: küçük harf, rakam ve - kullanın",
		"field.staffamount": "personel maliyeti hours × hourlyRate ile hesaplanır: amount yerine bunları kullanın",
		"field.nostaffhrs":  "hours ve hourlyRate yalnızca personel zamanı içindir: amount kullanın",
		"field.bothvalues":  "unitValue ya da valueFrom verin, ikisini birden değil",
		"field.countrate":   "bir sayı ya da oran verin, ikisini birden değil",
		"field.nocountrate": "bir sayı ya da oran verin",
		"field.firstrate":   "ilk aşama bir sayı gerektirir: oranın hesaplanacağı önceki bir aşama yok",
		"field.goalmetric":  "{0} bir hedef metriği değil: {1} seçeneklerinden birini ya da bir huni metriğini kullanın",

		"na.nocost":       "maliyet girilmedi, bu yüzden bölünecek bir değer yok",
		"na.noadspend":    "reklam harcaması girilmedi",
		"na.nomargin":     "brüt kâr marjı girilmedi",
		"na.zerocount":    "bu aşamadaki sayı sıfır",
		"na.zeroprev":     "önceki aşamadaki sayı sıfır",
		"na.firststage":   "ilk aşamanın öncesinde bir aşama yok",
		"na.novalue":      "dönüşüm başına değer girilmedi",
		"na.zerotarget":   "hedef sıfır",
		"na.nofunnel":     "huni girilmedi",
		"na.zerorate":     "bu aşamanın oranı sıfır, bu yüzden ondan başka bir oran türetilemez",
		"na.noconversion": "huni hiç dönüşüm olmadan bitiyor",
		"na.nocompare":    "değer taraflardan birinde eksik",
		"na.currency":     "iki senaryo farklı para birimleri kullanıyor",
		"na.zerobase":     "ilk değer sıfır",

		"warn.doublepurchase": "Satın almalar eylem olarak değerlendiriliyor ({0}) ve gelir de girilmiş: aynı satışlar iki kez sayılabilir.",
		"warn.doublefunnel":   "Huninin dönüşümleri gelir olarak sayılıyor ve ayrıca gelir satırları da girilmiş: bunların aynı satışlar olmadığını kontrol edin.",
		"warn.funnelgrows":    "Huni genişliyor ({0} → {1}): her aşama bir öncekinin alt kümesi olmalı.",
		"warn.tinycost":       "ROI, {1} getiriye karşı {0} gibi küçük bir maliyete dayanıyor: maliyetteki küçük bir değişiklik sonucu çok oynatır. Başta personel zamanı olmak üzere tüm maliyetlerin sayıldığından emin olun.",
		"warn.nostaff":        "Personel zamanı hesaba katılmamış: harcanan saatler genellikle sosyal medyanın en büyük maliyetidir.",
		"warn.nocost":         "Maliyet girilmedi: ROI maliyetler olmadan hesaplanamaz.",
		"warn.adsnopaid":      "Reklamların maliyeti {0}, ancak hiçbir gelir ücretli olarak işaretlenmemiş; bu yüzden ROAS 0.",
		"warn.liftnegative":   "Etkileşimli müşteriler diğerlerinden daha az değerli ({0} ve {1}): müşteri değeri artışı negatif.",
		"warn.mostlyestimate": "Toplam getirinin %{0} kadarı tahmini (eylem değerleri, kazanılmış medya, tasarruflar, müşteri değeri artışı): önce doğrudan ROI’yi gösterin.",
		"warn.novalue":        "{0} için eylem başına değer girilmemiş, bu yüzden toplama bir şey katmıyor.",
	},
}
