package roi_test

import (
	"fmt"
	"reflect"

	"github.com/socialroi/socialroi/roi"
)

func ExampleCalculate() {
	s := roi.New("Spring launch", "EUR")
	s.Costs = []roi.Cost{
		{Label: "Community manager", Category: "staff", Hours: "120", HourlyRate: "45"},
		{Label: "Instagram ads", Category: "ads", Amount: "1500", Channel: "instagram"},
	}
	s.Revenue = []roi.Revenue{{Label: "Shop orders", Amount: "12000", Channel: "instagram", Paid: true}}

	r, err := roi.Calculate(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	// cost = 120 x 45 + 1500 = 6900; ROI = (12000 - 6900) / 6900 x 100
	fmt.Println("cost:", r.Totals.Cost)
	fmt.Println("ROI:", r.ROI.Direct, "%")
	fmt.Println("ROAS:", r.ROAS)
	fmt.Println("profit ROI:", r.ROI.Profit, "-", r.ROI.Profit.Reason())
	// Output:
	// cost: 6900.00
	// ROI: 73.91 %
	// ROAS: 8.00
	// profit ROI: n/a - no gross margin is entered
}

func ExampleEncodeShare() {
	s := roi.New("Spring launch", "EUR")
	s.Revenue = []roi.Revenue{{Label: "Orders", Amount: "1200"}}

	text := roi.EncodeShare(s)
	back, err := roi.DecodeShare(text)
	fmt.Println(err, back.Name, back.Revenue[0].Amount, reflect.DeepEqual(back, s))

	_, err = roi.DecodeShare(text[:len(text)/2])
	fmt.Println(err)
	// Output:
	// <nil> Spring launch 1200 true
	// the link is damaged (cut short or changed) and cannot be read
}

func ExampleParseInput() {
	for _, in := range []struct{ lang, text string }{
		{"en", "1,234.56"},
		{"fr", "1 234,56"},
		{"fr", "12.5"}, // a phone keypad that only has '.'
		{"tr", "1.234"},
		{"nb", "12,5 %"},
		{"en", "1,23,4"},
	} {
		n, err := roi.ParseInput(in.text, roi.LocaleFor(in.lang))
		if err != nil {
			fmt.Printf("%s %q: %v\n", in.lang, in.text, err)
			continue
		}
		fmt.Printf("%s %q: %s\n", in.lang, in.text, n)
	}
	// Output:
	// en "1,234.56": 1234.56
	// fr "1 234,56": 1234.56
	// fr "12.5": 12.5
	// tr "1.234": 1234
	// nb "12,5 %": 12.5
	// en "1,23,4": 1,23,4 has digit groups in the wrong places
}
