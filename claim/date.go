package claim

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date written with only the precision the source gives:
// "2021", "2021-07" or "2021-07-19". It sorts lexically.
type Date string

// Precision of a Date.
type Precision int

const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// Precision returns how much of the date is known, or PrecisionNone for an
// empty or malformed date.
func (d Date) Precision() Precision {
	s := string(d)
	switch {
	case len(s) == 4 && digits(s):
		return PrecisionYear
	case len(s) == 7 && digits(s[:4]) && s[4] == '-' && digits(s[5:]) && month(s[5:7]):
		return PrecisionMonth
	case len(s) == 10 && validDay(s):
		return PrecisionDay
	}
	return PrecisionNone
}

// validDay reports whether the 10 bytes of s are a day time.Parse accepts
// with layout "2006-01-02": four digits, two for a month 01–12, two for a
// day that month has. Precision is asked of every date the extractor
// compares, and time.Parse for it was one percent of extraction (issue 11);
// TestValidDay checks the two agree.
func validDay(s string) bool {
	// each digit's value read once, a byte that is no digit giving more
	// than 9 (the subtraction wraps below '0'): eight tests where three
	// calls of digits looped (validDay was 150 instructions a call)
	_ = s[9]
	y0, y1, y2, y3 := s[0]-'0', s[1]-'0', s[2]-'0', s[3]-'0'
	m0, m1, d0, d1 := s[5]-'0', s[6]-'0', s[8]-'0', s[9]-'0'
	if y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 || s[4] != '-' || s[7] != '-' {
		return false
	}
	y := int(y0)*1000 + int(y1)*100 + int(y2)*10 + int(y3)
	m := int(m0)*10 + int(m1)
	d := int(d0)*10 + int(d1)
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := monthDays[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// monthDays is the number of days of each month (1–12) in a common year: a
// table of the package, where an array literal indexed in validDay was
// written to the stack at each of its calls (45 an article).
var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// Valid reports whether d is a well-formed Date of any precision.
func (d Date) Valid() bool { return d.Precision() != PrecisionNone }

// Year returns the year, or 0 when unknown.
func (d Date) Year() int {
	if len(d) < 4 {
		return 0
	}
	y, err := strconv.Atoi(string(d[:4]))
	if err != nil {
		return 0
	}
	return y
}

// Time returns the first instant the date covers, in UTC.
func (d Date) Time() (time.Time, bool) {
	// the fields read off the digits Precision has checked (a month 01–12,
	// a day its month has), as time.Parse with layout "2006-01" or
	// "2006-01-02" gives them: that Parse was most of this method's cost,
	// asked for every date a frame compares (TestDateTimeAsParse)
	s := string(d)
	two := func(i int) int { return int(s[i]-'0')*10 + int(s[i+1]-'0') }
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC), true
	case PrecisionMonth:
		return time.Date(two(0)*100+two(2), time.Month(two(5)), 1, 0, 0, 0, 0, time.UTC), true
	case PrecisionDay:
		return time.Date(two(0)*100+two(2), time.Month(two(5)), two(8), 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// DateOf returns t as a day-precision Date.
func DateOf(t time.Time) Date { return Date(t.Format("2006-01-02")) }

// ParseDate accepts YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339 and keeps the
// precision given (an RFC 3339 timestamp becomes a day, in its own offset).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if d := Date(s); d.Valid() {
		return d, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return DateOf(t), nil
	}
	return "", fmt.Errorf("claim: date %q: want YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339", s)
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func month(s string) bool {
	m, err := strconv.Atoi(s)
	return err == nil && m >= 1 && m <= 12
}
