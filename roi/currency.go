package roi

import (
	"strings"
	"sync"
)

// currencies lists the active ISO 4217 codes. Each has two minor units
// (cents) unless minorUnits says otherwise.
const currencies = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD " +
	"CAD CDF CHF CLF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD " +
	"HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD " +
	"MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR " +
	"RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS " +
	"UAH UGX USD UYU UYW UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG"

var minorUnits = map[string]int32{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0, "RWF": 0,
	"UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
	"CLF": 4, "UYW": 4,
}

var (
	currencyOnce sync.Once // built on first use, not at start
	currencyMap  map[string]bool
)

func currencySet() map[string]bool {
	currencyOnce.Do(func() {
		currencyMap = map[string]bool{}
		for _, c := range strings.Fields(currencies) {
			currencyMap[c] = true
		}
	})
	return currencyMap
}

// Currencies returns the ISO 4217 codes the engine knows, sorted.
func Currencies() []string { return strings.Fields(currencies) }

// IsCurrency reports whether code is a known ISO 4217 currency code.
func IsCurrency(code string) bool { return currencySet()[code] }

// MinorUnits is how many decimals money in this currency is shown with:
// 2 for EUR, 0 for JPY, 3 for KWD.
func MinorUnits(code string) int32 {
	if n, ok := minorUnits[code]; ok {
		return n
	}
	return 2
}
