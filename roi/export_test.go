package roi

// CalculateWork is Calculate's count of steps and the most digits a funnel
// count of s reaches: the fuzz tests bound both for any accepted scenario.
func CalculateWork(s Scenario) (steps, digits int, err error) {
	_, steps, err = calculate(s)
	if err == nil && s.Funnel != nil {
		for _, n := range funnelCounts(s.Funnel.Stages, d) {
			digits = max(digits, int(n.NumDigits()))
		}
	}
	return steps, digits, err
}
