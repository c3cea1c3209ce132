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

// TestCapAbstractBoundaries: sections exactly at the budget are kept
// whole; the note goes where the budget runs out.
func TestCapAbstractBoundaries(t *testing.T) {
	// Exactly MaxAbstractBytes of sections: untouched.
	exact := []Section{{Label: "A", Text: repeat('x', MaxAbstractBytes-1)}}
	if _, got := capAbstract("", exact); len(got) != 1 || got[0].Text != exact[0].Text {
		t.Errorf("sections of exactly the cap were cut")
	}
	over := []Section{{Label: "A", Text: repeat('x', MaxAbstractBytes)}}
	if _, got := capAbstract("", over); len(got) != 1 || len(got[0].Text)+1 > MaxAbstractBytes {
		t.Errorf("sections one byte over the cap: %d sections, %d bytes", len(got), len(got[0].Text)+1)
	}

	noteLen := len(cutNote(100_000)) // every total below is six digits long
	budget := MaxAbstractBytes - noteLen

	// A text that fills the budget exactly is kept whole; the next
	// section's label no longer fits, so the note is a section of its own.
	secs := []Section{{Text: repeat('x', budget)}, {Label: "L", Text: repeat('y', 100)}}
	note := cutNote(budget + 101)
	_, got := capAbstract("", secs)
	if len(got) != 2 || got[0].Text != secs[0].Text || got[1] != (Section{Text: note[1:]}) {
		t.Errorf("text filling the budget: %d sections, last %q", len(got), got[len(got)-1].Label+"|"+tail(got[len(got)-1].Text))
	}

	// A label that fills what is left is kept, with the note as its text.
	secs = []Section{{Text: repeat('x', budget-5)}, {Label: "LABEL", Text: repeat('y', 100)}}
	note = cutNote(budget + 100)
	_, got = capAbstract("", secs)
	if len(got) != 2 || got[1].Label != "LABEL" || got[1].Text != note {
		t.Errorf("label filling the budget: %d sections, last %q", len(got), got[len(got)-1].Label+"|"+tail(got[len(got)-1].Text))
	}

	// The abstract itself: exactly the cap is kept, one byte more is cut.
	if abs, _ := capAbstract(repeat('a', MaxAbstractBytes), nil); len(abs) != MaxAbstractBytes || abs[len(abs)-1] != 'a' {
		t.Errorf("abstract of exactly the cap changed")
	}
	if abs, _ := capAbstract(repeat('a', MaxAbstractBytes+1), nil); len(abs) > MaxAbstractBytes || abs[len(abs)-1] != ']' {
		t.Errorf("abstract one byte over the cap: %d bytes, ends %q", len(abs), tail(abs))
	}
}

func TestWordCutLeadingSpace(t *testing.T) {
	if got := wordCut(" "+repeat('x', 300), 150); got != "" {
		t.Errorf("cut of a text whose only space is its first byte: %d bytes, want none", len(got))
	}
}

func tail(s string) string { return s[max(0, len(s)-60):] }

func TestCleanErrorCap(t *testing.T) {
	exact := repeat('e', MaxErrorBytes)
	if got := cleanError(exact); got != exact {
		t.Errorf("an error of exactly the cap was cut to %d bytes", len(got))
	}
	if got := cleanError(exact + "e"); len(got) > MaxErrorBytes || got[len(got)-len("…"):] != "…" {
		t.Errorf("an error one byte over the cap: %d bytes, ends %q", len(got), tail(got))
	}
}
