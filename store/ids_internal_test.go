package store

import "testing"

// TestSingleNCTBoundaries: an NCT number is found at either end of the
// text, in either case, and only when no letter or digit touches it.
func TestSingleNCTBoundaries(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"NCT01234567", "NCT01234567"},
		{"Registered as NCT01234567", "NCT01234567"},
		{"nct01234567 was the registration", "NCT01234567"},
		{"NCT01234567 and again nct01234567.", "NCT01234567"},
		{"NCT01234567 and NCT07654321", ""},
		{"NCT0123456", ""},
		{"(NCT09999999)", "NCT09999999"},
		{"", ""},
	} {
		if got := singleNCT(c.text); got != c.want {
			t.Errorf("singleNCT(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// A letter or digit before or after joins the number to a longer word;
	// the characters next to each range do not.
	for _, c := range []byte("09azAZ") {
		for _, text := range []string{string(c) + "NCT01234567", "NCT01234567" + string(c)} {
			if got := singleNCT(text); got != "" {
				t.Errorf("singleNCT(%q) = %q, want none: %q touches it", text, got, c)
			}
		}
	}
	for _, c := range []byte("/:`{@[ -") {
		for _, text := range []string{string(c) + "NCT01234567", "NCT01234567" + string(c)} {
			if got := singleNCT(text); got != "NCT01234567" {
				t.Errorf("singleNCT(%q) = %q, want NCT01234567", text, got)
			}
		}
	}
}

func TestAbs(t *testing.T) {
	for x, want := range map[int]int{-2: 2, -1: 1, 0: 0, 1: 1, 2: 2} {
		if got := abs(x); got != want {
			t.Errorf("abs(%d) = %d", x, got)
		}
	}
}

func TestWordCut(t *testing.T) {
	for _, c := range []struct {
		s    string
		max  int
		want string
	}{
		{"one two three", 0, ""},
		{"one two three", -1, ""},
		{"one two three", 13, "one two three"},
		{"one two three ", 14, "one two three"},
		{"one two three", 12, "one two"},
		{"one two three", 8, "one two"},
		{"one two three", 7, "one two"},
		{"one two three", 6, "one"},
		{"onetwothree", 5, "onetw"},
		{"aé", 2, "a"}, // not inside the two bytes of é
		{"ééé", 5, "éé"},
	} {
		if got := wordCut(c.s, c.max); got != c.want {
			t.Errorf("wordCut(%q, %d) = %q, want %q", c.s, c.max, got, c.want)
		}
	}
	// No white space within 200 bytes of the cut: cut inside the word.
	long := "a " + repeat('x', 300)
	if got := wordCut(long, 250); len(got) != 250 {
		t.Errorf("a 300-letter word cut to %d bytes, want 250", len(got))
	}
	// The white space at most 200 bytes before the cut is used.
	at200 := repeat('x', 100) + " " + repeat('y', 400)
	if got := wordCut(at200, 300); got != repeat('x', 100) {
		t.Errorf("space 200 bytes before the cut not used: %d bytes", len(got))
	}
	at201 := repeat('x', 99) + " " + repeat('y', 400)
	if got := wordCut(at201, 300); len(got) != 300 {
		t.Errorf("space 201 bytes before the cut used: %d bytes, want 300", len(got))
	}
}

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}
