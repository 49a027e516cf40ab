package adimport

import "github.com/socialroi/socialroi/roi"

// In says the message in a language (a tag as roi.SupportedLanguage reads
// it), in English when the language or the sentence is not known.
func (m Message) In(lang string) string {
	l := roi.SupportedLanguage(lang)
	tpl := Messages[l][m.Code]
	if tpl == "" {
		l, tpl = "en", EnglishMessages[m.Code]
	}
	return roi.Render(m.form(l, tpl), roi.Message{Code: m.Code, Args: m.Args})
}

// pluralArgs are the messages with a count: the index of the argument that
// holds it. Their templates are in plural forms (roi.PluralForm).
var pluralArgs = map[string]int{
	"import.row.cells":         0,
	"import.row.more":          0,
	"import.apply.earnednocpc": 0,
	"import.apply.replaced":    0,
}

// PluralArg is the index of the argument that picks the message's plural
// form, or -1 when the sentence has no count.
func PluralArg(code string) int {
	if i, ok := pluralArgs[code]; ok {
		return i
	}
	return -1
}

// form picks the template's plural form for the message's count.
func (m Message) form(lang, tpl string) string {
	if i := PluralArg(m.Code); i >= 0 && i < len(m.Args) {
		return roi.PluralForm(lang, tpl, m.Args[i])
	}
	return roi.PluralForm(lang, tpl, "")
}

// Messages are the importer's sentences in the app's other languages, by
// language and code; EnglishMessages has the English ones. Every code is in
// every language with the same {0}, {1}... places (messages_i18n_test.go).
var Messages = map[string]map[string]string{
	"nb": {
		"import.file.empty":     "filen er tom",
		"import.file.toolarge":  "filen er større enn {0} byte og ble ikke lest",
		"import.file.xlsx":      "dette er en Excel-arbeidsbok: eksporter rapporten som CSV og importer den",
		"import.file.binary":    "dette er ikke en tekstfil (CSV eller TSV)",
		"import.file.noheader":  "fant ingen overskriftsrad med kjente kolonnenavn i de første {0} linjene",
		"import.file.toomany":   "filen har mer enn {0} datarader; eksporter en kortere periode eller færre inndelinger",
		"import.file.columns":   "overskriftsraden har mer enn {0} kolonner",
		"import.file.nocolumns": "ingen kolonne har et tall importen leser (forbruk, visninger, klikk, konverteringer, økter, inntekter)",

		"import.row.total":      "en totalrad: totalene regnes ut på nytt fra radene",
		"import.row.cells":      "one=har {0} celle der overskriften har {1}|other=har {0} celler der overskriften har {1}",
		"import.row.note":       "ikke en datarad: {0}",
		"import.row.nocampaign": "har tall, men ikke noe kampanjenavn (en sammendragsrad)",
		"import.row.number":     "{0}: {1} er ikke et tall",
		"import.row.date":       "{0}: {1} er ikke en dato",
		"import.row.csv":        "kan ikke deles opp i celler: {0}",
		"import.row.more":       "one=og {0} rad til som ikke kunne leses|other=og {0} rader til som ikke kunne leses",

		"import.read.encoding":      "filen er ikke UTF-8; den ble lest som Windows-1252 (vesteuropeisk): kontroller navn med aksenter",
		"import.read.dateorder":     "datoer som {0} kan være dag/måned eller måned/dag; de ble lest som {1}",
		"import.read.decimal":       "tall som {0} kan ha desimalkomma eller tusenskille; de ble lest med {1} som desimaltegn",
		"import.read.currencymixed": "filen har beløp i flere valutaer ({0}): importer én valuta per fil",
		"import.read.platform":      "plattformen kunne ikke gjenkjennes fra overskriftene: velg den, og kontroller hva hver kolonne betyr",
		"import.read.eventname":     "rapporten er delt opp etter hendelsesnavn, som gjentar økter per hendelse: øktene ble ikke summert",
		"import.read.reach":         "rekkevidde summeres ikke over dager eller kampanjer (de samme personene telles igjen): den vises per kampanje bare der filen har én rad for den",
		"import.read.results":       "resultater av ulike slag ({0}) summeres ikke",
		"import.read.duplicate":     "kolonnene {0} og {1} betyr begge {2}: bare {0} leses",

		"import.apply.norate":        "{0} er i {1} og scenarioet i {2}: oppgi en valutakurs (1 {1} i {2}) for å importere den",
		"import.apply.badrate":       "valutakursen for {0} ({1}) må være et positivt tall med høyst 12 desimaler",
		"import.apply.badattr":       "attribusjonsandelen {0} må være en prosent mellom 0 og 100",
		"import.apply.mixedcurrency": "{0} har beløp i flere valutaer og ble ikke importert",
		"import.apply.badgroup":      "grupperingen må være «channel» eller «campaign», ikke {0}",
		"import.apply.badchannel":    "{0} er ikke en kanal-ID (små bokstaver, sifre og -)",

		"import.apply.currencyunknown": "{0} oppgir ikke valutaen sin: beløpene ble regnet som {1}",
		"import.apply.converted":       "{0}: beløp i {1} ble omregnet til {2} {3} per {1} (kurs per {4})",
		"import.apply.periodset":       "scenarioets periode ble satt til {0} – {1}, fra {2}",
		"import.apply.period":          "{0} gjelder {1} – {2}, scenarioet {3} – {4}: kontroller at de stemmer overens",
		"import.apply.periodunknown":   "{0} oppgir ikke hvilken periode den gjelder: kontroller at den stemmer med scenarioets",
		"import.apply.conversionsboth": "{0} rapporterer {1} konverteringer og {2} rapporterer {3} for samme periode: trakten legger dem sammen, men det samme salget kan bli krevd av begge",
		"import.apply.conversionsfrom": "{0} rapporterer {1} konverteringer og {2} rapporterer {3} for samme periode: trakten bruker bare tallene fra {4}",
		"import.apply.revenueboth":     "{0} rapporterer {1} i inntekt fra betalt {2} og {3} rapporterer {4}: begge linjene ble lagt til, men det samme salget kan telles to ganger (senk en attribusjonsandel eller fjern én)",
		"import.apply.funnel":          "traktens {0} var {1} og er nå {2}, fra {3}",
		"import.apply.funnelpart":      "traktens {0} kom fra {1} og kommer nå bare fra {2}: importer filene sammen for å telle alle",
		"import.apply.earned":          "ubetalte besøk fra sosiale medier (fortjent eksponering) var {0} og er nå {1}, fra {2}",
		"import.apply.earnedcpc":       "fortjent eksponering verdsetter ubetalte besøk til {0}, klikkprisen de importerte annonsene betalte: endre den om du vet bedre",
		"import.apply.earnednocpc":     "one={0} ubetalt besøk fra sosiale medier ble ikke verdsatt: oppgi en klikkpris under fortjent eksponering|other={0} ubetalte besøk fra sosiale medier ble ikke verdsatt: oppgi en klikkpris under fortjent eksponering",
		"import.apply.replaced":        "one={0} linje fra en tidligere import av samme plattform og periode ble erstattet|other={0} linjer fra en tidligere import av samme plattform og periode ble erstattet",
		"import.apply.excluded":        "{0}: utelatt som ikke sosiale medier ({1}): {2}; ta dem med i tilordningen hvis de hører til",
		"import.apply.duplicate":       "{0} og {1} gjelder samme plattform, konto og periode: {1} erstatter {0}",
		"import.apply.nothing":         "{0} har ingenting å importere for de valgte kampanjene",
		"import.apply.rounded":         "{0}: et omregnet beløp hadde mer enn 12 desimaler og ble avrundet til 12",
	},
	"sv": {
		"import.file.empty":     "filen är tom",
		"import.file.toolarge":  "filen är större än {0} byte och lästes inte",
		"import.file.xlsx":      "det här är en Excel-arbetsbok: exportera rapporten som CSV och importera den",
		"import.file.binary":    "det här är inte en textfil (CSV eller TSV)",
		"import.file.noheader":  "ingen rubrikrad med kända kolumnnamn hittades på de första {0} raderna",
		"import.file.toomany":   "filen har mer än {0} datarader; exportera en kortare period eller färre uppdelningar",
		"import.file.columns":   "rubrikraden har mer än {0} kolumner",
		"import.file.nocolumns": "ingen kolumn innehåller en siffra som importen läser (kostnad, visningar, klick, konverteringar, sessioner, intäkter)",

		"import.row.total":      "en totalrad: totalerna räknas om från raderna",
		"import.row.cells":      "one=har {0} cell där rubriken har {1}|other=har {0} celler där rubriken har {1}",
		"import.row.note":       "inte en datarad: {0}",
		"import.row.nocampaign": "har siffror men inget kampanjnamn (en sammanfattningsrad)",
		"import.row.number":     "{0}: {1} är inte ett tal",
		"import.row.date":       "{0}: {1} är inte ett datum",
		"import.row.csv":        "kan inte delas upp i celler: {0}",
		"import.row.more":       "one=och {0} rad till som inte kunde läsas|other=och {0} rader till som inte kunde läsas",

		"import.read.encoding":      "filen är inte UTF-8; den lästes som Windows-1252 (västeuropeisk): kontrollera namn med accenter",
		"import.read.dateorder":     "datum som {0} kan vara dag/månad eller månad/dag; de lästes som {1}",
		"import.read.decimal":       "tal som {0} kan ha decimalkomma eller tusentalsavgränsare; de lästes med {1} som decimaltecken",
		"import.read.currencymixed": "filen har belopp i flera valutor ({0}): importera en valuta per fil",
		"import.read.platform":      "plattformen kunde inte kännas igen från rubrikerna: välj den och kontrollera vad varje kolumn betyder",
		"import.read.eventname":     "rapporten är uppdelad per händelsenamn, vilket upprepar sessioner per händelse: sessionerna summerades inte",
		"import.read.reach":         "räckvidd summeras inte över dagar eller kampanjer (samma personer räknas igen): den visas per kampanj bara där filen har en rad för den",
		"import.read.results":       "resultat av olika slag ({0}) summeras inte",
		"import.read.duplicate":     "kolumnerna {0} och {1} betyder båda {2}: bara {0} läses",

		"import.apply.norate":        "{0} är i {1} och scenariot i {2}: ange en växelkurs (1 {1} i {2}) för att importera den",
		"import.apply.badrate":       "växelkursen för {0} ({1}) måste vara ett positivt tal med högst 12 decimaler",
		"import.apply.badattr":       "attributionsandelen {0} måste vara en procentsats mellan 0 och 100",
		"import.apply.mixedcurrency": "{0} har belopp i flera valutor och importerades inte",
		"import.apply.badgroup":      "grupperingen måste vara ”channel” eller ”campaign”, inte {0}",
		"import.apply.badchannel":    "{0} är inte ett kanal-id (små bokstäver, siffror och -)",

		"import.apply.currencyunknown": "{0} anger inte sin valuta: beloppen togs som {1}",
		"import.apply.converted":       "{0}: belopp i {1} räknades om till {2} {3} per {1} (kurs från {4})",
		"import.apply.periodset":       "scenariots period sattes till {0} – {1}, från {2}",
		"import.apply.period":          "{0} gäller {1} – {2}, scenariot {3} – {4}: kontrollera att de stämmer",
		"import.apply.periodunknown":   "{0} anger inte vilken period den gäller: kontrollera att den stämmer med scenariots",
		"import.apply.conversionsboth": "{0} rapporterar {1} konverteringar och {2} rapporterar {3} för samma period: tratten lägger ihop dem, men samma försäljning kan tas upp av båda",
		"import.apply.conversionsfrom": "{0} rapporterar {1} konverteringar och {2} rapporterar {3} för samma period: tratten använder bara siffrorna från {4}",
		"import.apply.revenueboth":     "{0} rapporterar {1} i intäkter från betald {2} och {3} rapporterar {4}: båda raderna lades till, men samma försäljning kan räknas två gånger (sänk en attributionsandel eller ta bort en)",
		"import.apply.funnel":          "trattens {0} var {1} och är nu {2}, från {3}",
		"import.apply.funnelpart":      "trattens {0} kom från {1} och kommer nu bara från {2}: importera filerna tillsammans för att räkna alla",
		"import.apply.earned":          "obetalda besök från sociala medier (förtjänad exponering) var {0} och är nu {1}, från {2}",
		"import.apply.earnedcpc":       "förtjänad exponering värderar obetalda besök till {0}, klickpriset som de importerade annonserna betalade: ändra det om du vet bättre",
		"import.apply.earnednocpc":     "one={0} obetalt besök från sociala medier värderades inte: ange ett klickpris under förtjänad exponering|other={0} obetalda besök från sociala medier värderades inte: ange ett klickpris under förtjänad exponering",
		"import.apply.replaced":        "one={0} rad från en tidigare import av samma plattform och period ersattes|other={0} rader från en tidigare import av samma plattform och period ersattes",
		"import.apply.excluded":        "{0}: utelämnade som inte sociala medier ({1}): {2}; ta med dem i mappningen om de hör dit",
		"import.apply.duplicate":       "{0} och {1} gäller samma plattform, konto och period: {1} ersätter {0}",
		"import.apply.nothing":         "{0} har inget att importera för de valda kampanjerna",
		"import.apply.rounded":         "{0}: ett omräknat belopp hade mer än 12 decimaler och avrundades till 12",
	},
	"fr": {
		"import.file.empty":     "le fichier est vide",
		"import.file.toolarge":  "le fichier dépasse {0} octets et n’a pas été lu",
		"import.file.xlsx":      "c’est un classeur Excel\u00a0: exportez le rapport en CSV et importez ce fichier",
		"import.file.binary":    "ce n’est pas un fichier texte (CSV ou TSV)",
		"import.file.noheader":  "aucune ligne d’en-tête avec des noms de colonnes connus dans les {0} premières lignes",
		"import.file.toomany":   "le fichier a plus de {0} lignes de données\u00a0; exportez une période plus courte ou moins de ventilations",
		"import.file.columns":   "l’en-tête a plus de {0} colonnes",
		"import.file.nocolumns": "aucune colonne ne contient un chiffre que l’import lit (dépenses, impressions, clics, conversions, sessions, chiffre d’affaires)",

		"import.row.total":      "une ligne de total\u00a0: les totaux sont recalculés à partir des lignes",
		"import.row.cells":      "one=a {0}\u00a0cellule là où l’en-tête en a {1}|other=a {0}\u00a0cellules là où l’en-tête en a {1}",
		"import.row.note":       "pas une ligne de données\u00a0: {0}",
		"import.row.nocampaign": "a des chiffres mais pas de nom de campagne (une ligne de synthèse)",
		"import.row.number":     "{0}\u00a0: {1} n’est pas un nombre",
		"import.row.date":       "{0}\u00a0: {1} n’est pas une date",
		"import.row.csv":        "ne peut pas être découpée en cellules\u00a0: {0}",
		"import.row.more":       "one=et {0}\u00a0autre ligne illisible|other=et {0}\u00a0autres lignes illisibles",

		"import.read.encoding":      "le fichier n’est pas en UTF-8\u00a0; il a été lu en Windows-1252 (Europe occidentale)\u00a0: vérifiez les noms accentués",
		"import.read.dateorder":     "des dates comme {0} peuvent être jour/mois ou mois/jour\u00a0; elles ont été lues comme {1}",
		"import.read.decimal":       "des nombres comme {0} peuvent avoir une virgule décimale ou un séparateur de milliers\u00a0; ils ont été lus avec {1} comme séparateur décimal",
		"import.read.currencymixed": "le fichier contient des montants en plusieurs devises ({0})\u00a0: importez une devise par fichier",
		"import.read.platform":      "la plateforme n’a pas été reconnue d’après les en-têtes\u00a0: choisissez-la et vérifiez le sens de chaque colonne",
		"import.read.eventname":     "le rapport est ventilé par nom d’événement, ce qui répète les sessions pour chaque événement\u00a0: les sessions n’ont pas été additionnées",
		"import.read.reach":         "la couverture n’est pas additionnée entre jours ou campagnes (les mêmes personnes seraient comptées à nouveau)\u00a0: elle n’est affichée par campagne que si le fichier a une seule ligne pour celle-ci",
		"import.read.results":       "des résultats de natures différentes ({0}) ne sont pas additionnés",
		"import.read.duplicate":     "les colonnes {0} et {1} signifient toutes deux {2}\u00a0: seule {0} est lue",

		"import.apply.norate":        "{0} est en {1} et le scénario en {2}\u00a0: indiquez un taux de change (1 {1} en {2}) pour l’importer",
		"import.apply.badrate":       "le taux de change pour {0} ({1}) doit être un nombre positif d’au plus 12 décimales",
		"import.apply.badattr":       "la part attribuée {0} doit être un pourcentage entre 0 et 100",
		"import.apply.mixedcurrency": "{0} contient des montants en plusieurs devises et n’a pas été importé",
		"import.apply.badgroup":      "le regroupement doit être «\u00a0channel\u00a0» ou «\u00a0campaign\u00a0», et non {0}",
		"import.apply.badchannel":    "{0} n’est pas un identifiant de canal (minuscules, chiffres et -)",

		"import.apply.currencyunknown": "{0} n’indique pas sa devise\u00a0: ses montants ont été pris en {1}",
		"import.apply.converted":       "{0}\u00a0: les montants en {1} ont été convertis à {2} {3} pour 1 {1} (taux du {4})",
		"import.apply.periodset":       "la période du scénario a été fixée du {0} au {1}, d’après {2}",
		"import.apply.period":          "{0} couvre {1} – {2}, le scénario {3} – {4}\u00a0: vérifiez qu’elles correspondent",
		"import.apply.periodunknown":   "{0} n’indique pas la période couverte\u00a0: vérifiez qu’elle correspond à celle du scénario",
		"import.apply.conversionsboth": "{0} déclare {1} conversions et {2} en déclare {3} pour la même période\u00a0: le tunnel les additionne, mais une même vente peut être revendiquée par les deux",
		"import.apply.conversionsfrom": "{0} déclare {1} conversions et {2} en déclare {3} pour la même période\u00a0: le tunnel ne retient que celles de {4}",
		"import.apply.revenueboth":     "{0} déclare {1} de chiffre d’affaires venant de {2} payant et {3} déclare {4}\u00a0: les deux lignes ont été ajoutées, mais les mêmes ventes peuvent être comptées deux fois (baissez une part attribuée ou supprimez-en une)",
		"import.apply.funnel":          "les {0} du tunnel étaient {1} et sont maintenant {2}, d’après {3}",
		"import.apply.funnelpart":      "les {0} du tunnel venaient de {1} et ne viennent plus que de {2}\u00a0: importez ces fichiers ensemble pour tout compter",
		"import.apply.earned":          "les visites non payées venant des réseaux sociaux (médias acquis) étaient {0} et sont maintenant {1}, d’après {2}",
		"import.apply.earnedcpc":       "les médias acquis valorisent les visites non payées à {0}, le coût par clic payé par les annonces importées\u00a0: modifiez-le si vous avez mieux",
		"import.apply.earnednocpc":     "one={0}\u00a0visite non payée venant des réseaux sociaux n’a pas été valorisée\u00a0: saisissez un coût par clic dans les médias acquis|other={0}\u00a0visites non payées venant des réseaux sociaux n’ont pas été valorisées\u00a0: saisissez un coût par clic dans les médias acquis",
		"import.apply.replaced":        "one={0}\u00a0ligne d’un import antérieur de la même plateforme et de la même période a été remplacée|other={0}\u00a0lignes d’un import antérieur de la même plateforme et de la même période ont été remplacées",
		"import.apply.excluded":        "{0}\u00a0: laissé de côté car hors réseaux sociaux ({1})\u00a0: {2}\u00a0; incluez-les dans la correspondance s’ils en font partie",
		"import.apply.duplicate":       "{0} et {1} couvrent la même plateforme, le même compte et la même période\u00a0: {1} remplace {0}",
		"import.apply.nothing":         "{0} ne contient rien à importer pour les campagnes choisies",
		"import.apply.rounded":         "{0}\u00a0: un montant converti avait plus de 12 décimales et a été arrondi à 12",
	},
	"pl": {
		"import.file.empty":     "plik jest pusty",
		"import.file.toolarge":  "plik jest większy niż {0} bajtów i nie został odczytany",
		"import.file.xlsx":      "to skoroszyt Excela: wyeksportuj raport jako CSV i zaimportuj ten plik",
		"import.file.binary":    "to nie jest plik tekstowy (CSV ani TSV)",
		"import.file.noheader":  "w pierwszych {0} wierszach nie znaleziono wiersza nagłówka ze znanymi nazwami kolumn",
		"import.file.toomany":   "plik ma więcej niż {0} wierszy danych; wyeksportuj krótszy okres lub mniej podziałów",
		"import.file.columns":   "nagłówek ma więcej niż {0} kolumn",
		"import.file.nocolumns": "żadna kolumna nie zawiera liczby, którą import odczytuje (wydatki, wyświetlenia, kliknięcia, konwersje, sesje, przychody)",

		"import.row.total":      "wiersz sumy: sumy są liczone na nowo z wierszy",
		"import.row.cells":      "one=ma {0} komórkę, a nagłówek ma {1}|few=ma {0} komórki, a nagłówek ma {1}|many=ma {0} komórek, a nagłówek ma {1}|other=ma {0} komórki, a nagłówek ma {1}",
		"import.row.note":       "to nie wiersz danych: {0}",
		"import.row.nocampaign": "ma liczby, ale nie ma nazwy kampanii (wiersz podsumowania)",
		"import.row.number":     "{0}: {1} nie jest liczbą",
		"import.row.date":       "{0}: {1} nie jest datą",
		"import.row.csv":        "nie da się podzielić na komórki: {0}",
		"import.row.more":       "one=i jeszcze {0} wiersz, którego nie udało się odczytać|few=i jeszcze {0} wiersze, których nie udało się odczytać|many=i jeszcze {0} wierszy, których nie udało się odczytać|other=i jeszcze {0} wiersza, których nie udało się odczytać",

		"import.read.encoding":      "plik nie jest w UTF-8; odczytano go jako Windows-1252 (zachodnioeuropejskie): sprawdź nazwy ze znakami diakrytycznymi",
		"import.read.dateorder":     "daty takie jak {0} mogą oznaczać dzień/miesiąc lub miesiąc/dzień; odczytano je jako {1}",
		"import.read.decimal":       "liczby takie jak {0} mogą mieć przecinek dziesiętny lub separator tysięcy; odczytano je z {1} jako separatorem dziesiętnym",
		"import.read.currencymixed": "plik zawiera kwoty w kilku walutach ({0}): importuj jedną walutę na plik",
		"import.read.platform":      "nie udało się rozpoznać platformy po nagłówkach: wybierz ją i sprawdź znaczenie każdej kolumny",
		"import.read.eventname":     "raport jest podzielony według nazwy zdarzenia, co powtarza sesje dla każdego zdarzenia: sesji nie zsumowano",
		"import.read.reach":         "zasięgu nie sumuje się między dniami ani kampaniami (te same osoby byłyby liczone ponownie): jest pokazany dla kampanii tylko wtedy, gdy plik ma dla niej jeden wiersz",
		"import.read.results":       "wyniki różnego rodzaju ({0}) nie są sumowane",
		"import.read.duplicate":     "kolumny {0} i {1} oznaczają {2}: odczytywana jest tylko {0}",

		"import.apply.norate":        "{0} jest w {1}, a scenariusz w {2}: podaj kurs wymiany (1 {1} w {2}), aby go zaimportować",
		"import.apply.badrate":       "kurs wymiany dla {0} ({1}) musi być liczbą dodatnią o najwyżej 12 miejscach po przecinku",
		"import.apply.badattr":       "udział atrybucji {0} musi być procentem od 0 do 100",
		"import.apply.mixedcurrency": "{0} zawiera kwoty w kilku walutach i nie został zaimportowany",
		"import.apply.badgroup":      "grupowanie musi mieć wartość „channel” lub „campaign”, a nie {0}",
		"import.apply.badchannel":    "{0} nie jest identyfikatorem kanału (małe litery, cyfry i -)",

		"import.apply.currencyunknown": "{0} nie podaje swojej waluty: jego kwoty potraktowano jako {1}",
		"import.apply.converted":       "{0}: kwoty w {1} przeliczono po kursie {2} {3} za 1 {1} (kurs z {4})",
		"import.apply.periodset":       "okres scenariusza ustawiono na {0} – {1}, na podstawie {2}",
		"import.apply.period":          "{0} obejmuje {1} – {2}, a scenariusz {3} – {4}: sprawdź, czy się zgadzają",
		"import.apply.periodunknown":   "{0} nie podaje, jakiego okresu dotyczy: sprawdź, czy zgadza się z okresem scenariusza",
		"import.apply.conversionsboth": "{0} zgłasza {1} konwersji, a {2} zgłasza {3} w tym samym okresie: lejek je sumuje, ale tę samą sprzedaż mogą przypisywać sobie obie platformy",
		"import.apply.conversionsfrom": "{0} zgłasza {1} konwersji, a {2} zgłasza {3} w tym samym okresie: lejek używa tylko danych z {4}",
		"import.apply.revenueboth":     "{0} zgłasza {1} przychodu z płatnego kanału {2}, a {3} zgłasza {4}: dodano oba wiersze, ale ta sama sprzedaż może być policzona dwa razy (obniż jeden udział atrybucji lub usuń jeden wiersz)",
		"import.apply.funnel":          "etap lejka {0} wynosił {1}, a teraz wynosi {2}, na podstawie {3}",
		"import.apply.funnelpart":      "etap lejka {0} pochodził z {1}, a teraz tylko z {2}: zaimportuj te pliki razem, aby policzyć wszystko",
		"import.apply.earned":          "nieopłacone wizyty z mediów społecznościowych (media zdobyte) wynosiły {0}, a teraz wynoszą {1}, na podstawie {2}",
		"import.apply.earnedcpc":       "media zdobyte wyceniają nieopłacone wizyty na {0}, czyli koszt kliknięcia zapłacony przez zaimportowane reklamy: zmień go, jeśli znasz lepszy",
		"import.apply.earnednocpc":     "one=nie wyceniono {0} nieopłaconej wizyty z mediów społecznościowych: wpisz koszt kliknięcia w mediach zdobytych|few=nie wyceniono {0} nieopłaconych wizyt z mediów społecznościowych: wpisz koszt kliknięcia w mediach zdobytych|many=nie wyceniono {0} nieopłaconych wizyt z mediów społecznościowych: wpisz koszt kliknięcia w mediach zdobytych|other=nie wyceniono {0} nieopłaconej wizyty z mediów społecznościowych: wpisz koszt kliknięcia w mediach zdobytych",
		"import.apply.replaced":        "one=zastąpiono {0} wiersz z wcześniejszego importu tej samej platformy i okresu|few=zastąpiono {0} wiersze z wcześniejszego importu tej samej platformy i okresu|many=zastąpiono {0} wierszy z wcześniejszego importu tej samej platformy i okresu|other=zastąpiono {0} wiersza z wcześniejszego importu tej samej platformy i okresu",
		"import.apply.excluded":        "{0}: pominięto jako niebędące mediami społecznościowymi ({1}): {2}; uwzględnij je w mapowaniu, jeśli należą do nich",
		"import.apply.duplicate":       "{0} i {1} dotyczą tej samej platformy, konta i okresu: {1} zastępuje {0}",
		"import.apply.nothing":         "{0} nie zawiera nic do zaimportowania dla wybranych kampanii",
		"import.apply.rounded":         "{0}: przeliczona kwota miała więcej niż 12 miejsc po przecinku i została zaokrąglona do 12",
	},
	"tr": {
		"import.file.empty":     "dosya boş",
		"import.file.toolarge":  "dosya {0} bayttan büyük ve okunmadı",
		"import.file.xlsx":      "bu bir Excel çalışma kitabı: raporu CSV olarak dışa aktarın ve onu içe aktarın",
		"import.file.binary":    "bu bir metin dosyası (CSV veya TSV) değil",
		"import.file.noheader":  "ilk {0} satırda bilinen sütun adlarını içeren bir başlık satırı bulunamadı",
		"import.file.toomany":   "dosyada {0} satırdan fazla veri var; daha kısa bir dönem veya daha az kırılım dışa aktarın",
		"import.file.columns":   "başlıkta {0} sütundan fazlası var",
		"import.file.nocolumns": "hiçbir sütunda içe aktarmanın okuduğu bir rakam yok (harcama, gösterim, tıklama, dönüşüm, oturum, gelir)",

		"import.row.total":      "bir toplam satırı: toplamlar satırlardan yeniden hesaplanır",
		"import.row.cells":      "one=başlıkta {1} hücre varken {0} hücre içeriyor|other=başlıkta {1} hücre varken {0} hücre içeriyor",
		"import.row.note":       "bir veri satırı değil: {0}",
		"import.row.nocampaign": "rakamları var ama kampanya adı yok (bir özet satırı)",
		"import.row.number":     "{0}: {1} bir sayı değil",
		"import.row.date":       "{0}: {1} bir tarih değil",
		"import.row.csv":        "hücrelere ayrılamıyor: {0}",
		"import.row.more":       "one=ve okunamayan {0} satır daha|other=ve okunamayan {0} satır daha",

		"import.read.encoding":      "dosya UTF-8 değil; Windows-1252 (Batı Avrupa) olarak okundu: aksanlı adları kontrol edin",
		"import.read.dateorder":     "{0} gibi tarihler gün/ay veya ay/gün olabilir; {1} olarak okundu",
		"import.read.decimal":       "{0} gibi sayılar ondalık virgül ya da binlik ayırıcı içerebilir; ondalık işareti olarak {1} ile okundu",
		"import.read.currencymixed": "dosyada birkaç para biriminde tutar var ({0}): her dosyada tek para birimi içe aktarın",
		"import.read.platform":      "platform başlıklardan tanınamadı: platformu seçin ve her sütunun anlamını kontrol edin",
		"import.read.eventname":     "rapor etkinlik adına göre kırılmış, bu da oturumları her etkinlik için tekrarlar: oturumlar toplanmadı",
		"import.read.reach":         "erişim günler veya kampanyalar arasında toplanmaz (aynı kişiler yeniden sayılır): yalnızca dosyada kampanya için tek satır olduğunda kampanya başına gösterilir",
		"import.read.results":       "farklı türdeki sonuçlar ({0}) toplanmaz",
		"import.read.duplicate":     "{0} ve {1} sütunlarının ikisi de {2} anlamına geliyor: yalnızca {0} okunur",

		"import.apply.norate":        "{0} {1} cinsinden, senaryo ise {2}: içe aktarmak için bir döviz kuru (1 {1} = ? {2}) girin",
		"import.apply.badrate":       "{0} için döviz kuru ({1}) en fazla 12 ondalık basamaklı pozitif bir sayı olmalı",
		"import.apply.badattr":       "{0} ilişkilendirme payı 0 ile 100 arasında bir yüzde olmalı",
		"import.apply.mixedcurrency": "{0} birkaç para biriminde tutar içeriyor ve içe aktarılmadı",
		"import.apply.badgroup":      "gruplama {0} değil, “channel” veya “campaign” olmalı",
		"import.apply.badchannel":    "{0} bir kanal kimliği değil (küçük harfler, rakamlar ve -)",

		"import.apply.currencyunknown": "{0} para birimini belirtmiyor: tutarları {1} olarak alındı",
		"import.apply.converted":       "{0}: {1} cinsinden tutarlar 1 {1} = {2} {3} kuruyla çevrildi ({4} tarihli kur)",
		"import.apply.periodset":       "senaryonun dönemi {2} dosyasına göre {0} – {1} olarak ayarlandı",
		"import.apply.period":          "{0} {1} – {2} dönemini, senaryo {3} – {4} dönemini kapsıyor: eşleştiklerini kontrol edin",
		"import.apply.periodunknown":   "{0} hangi dönemi kapsadığını belirtmiyor: senaryonun dönemiyle eşleştiğini kontrol edin",
		"import.apply.conversionsboth": "aynı dönem için {0} {1} dönüşüm, {2} ise {3} dönüşüm bildiriyor: huni bunları topluyor, ama aynı satışı ikisi de sahipleniyor olabilir",
		"import.apply.conversionsfrom": "aynı dönem için {0} {1} dönüşüm, {2} ise {3} dönüşüm bildiriyor: huni yalnızca {4} verilerini kullanıyor",
		"import.apply.revenueboth":     "{0} ücretli {2} kanalından {1} gelir, {3} ise {4} bildiriyor: iki satır da eklendi, ama aynı satışlar iki kez sayılmış olabilir (bir ilişkilendirme payını düşürün veya birini kaldırın)",
		"import.apply.funnel":          "hunideki {0} {1} idi, {3} dosyasına göre artık {2}",
		"import.apply.funnelpart":      "hunideki {0} {1} kaynağından geliyordu, artık yalnızca {2} kaynağından geliyor: hepsini saymak için bu dosyaları birlikte içe aktarın",
		"import.apply.earned":          "sosyal medyadan gelen ücretsiz ziyaretler (kazanılmış medya) {0} idi, {2} dosyasına göre artık {1}",
		"import.apply.earnedcpc":       "kazanılmış medya, ücretsiz ziyaretleri içe aktarılan reklamların ödediği tıklama başı maliyet olan {0} ile değerliyor: daha iyisini biliyorsanız değiştirin",
		"import.apply.earnednocpc":     "one=sosyal medyadan gelen {0} ücretsiz ziyaret değerlenmedi: kazanılmış medyaya bir tıklama başı maliyet girin|other=sosyal medyadan gelen {0} ücretsiz ziyaret değerlenmedi: kazanılmış medyaya bir tıklama başı maliyet girin",
		"import.apply.replaced":        "one=aynı platform ve dönemin önceki bir içe aktarımından {0} satır değiştirildi|other=aynı platform ve dönemin önceki bir içe aktarımından {0} satır değiştirildi",
		"import.apply.excluded":        "{0}: sosyal medya olmadığı için dışarıda bırakıldı ({1}): {2}; aitlerse eşlemede dahil edin",
		"import.apply.duplicate":       "{0} ve {1} aynı platform, hesap ve dönemi kapsıyor: {1}, {0} yerine geçiyor",
		"import.apply.nothing":         "{0} seçilen kampanyalar için içe aktarılacak bir şey içermiyor",
		"import.apply.rounded":         "{0}: çevrilen bir tutarda 12’den fazla ondalık basamak vardı ve 12’ye yuvarlandı",
	},
}
