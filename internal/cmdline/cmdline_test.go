package cmdline

import (
	"context"
	"errors"
	"flag"
	"strings"
	"testing"
)

// program has one command, "say", that records its words and flags.
func program(got *[]string, note *string, fail error) *Program {
	return &Program{
		Name: "prog", About: "prog says things.",
		Hint: func(err error) string {
			if errors.Is(err, errHinted) {
				return "try again"
			}
			return ""
		},
		Commands: []Command{
			{
				Name: "say", Summary: "say words", Usage: "Usage: prog say WORDS... [--note TEXT]", Words: true,
				Flags: func(fs *flag.FlagSet) {
					fs.StringVar(note, "note", "", "a note")
					fs.Bool("loud", false, "say it loud")
				},
				Check: func(words []string) error {
					if len(words) == 0 {
						return Usagef("say needs a word")
					}
					return nil
				},
				Run: func(_ context.Context, words []string) error {
					*got = words
					return fail
				},
			},
			{Name: "quiet", Summary: "takes no words", Usage: "Usage: prog quiet", Run: func(context.Context, []string) error { return nil }},
			{Name: "help", Summary: "print a command's help"},
		},
	}
}

var errHinted = errors.New("hinted failure")

func run(t *testing.T, fail error, args ...string) (code int, out, errs string, words []string, note string) {
	t.Helper()
	var o, e strings.Builder
	code = program(&words, &note, fail).Run(context.Background(), &o, &e, args)
	return code, o.String(), e.String(), words, note
}

func TestWordsAndFlagsInAnyOrder(t *testing.T) {
	cases := []struct {
		args  []string
		words []string
		note  string
	}{
		{[]string{"say", "a", "b", "--note", "n"}, []string{"a", "b"}, "n"},
		{[]string{"say", "--note", "n", "a", "--loud", "b"}, []string{"a", "b"}, "n"},
		{[]string{"say", "a", "--", "--note", "-x"}, []string{"a", "--note", "-x"}, ""},
		{[]string{"say", "--note", "--", "a"}, []string{"a"}, "--"},
	}
	for _, c := range cases {
		code, _, errs, words, note := run(t, nil, c.args...)
		if code != 0 || strings.Join(words, "|") != strings.Join(c.words, "|") || note != c.note {
			t.Errorf("%q: exit %d %q, words %q note %q; want %q and %q", c.args, code, errs, words, note, c.words, c.note)
		}
	}
}

func TestHelpAndErrors(t *testing.T) {
	for _, args := range [][]string{{"help", "say"}, {"say", "--help"}, {"say", "-h"}} {
		code, out, errs, _, _ := run(t, nil, args...)
		if code != 0 || !strings.HasPrefix(out, "Usage: prog say") || !strings.Contains(out, "-note") || errs != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if code, out, _, _, _ := run(t, nil, "help"); code != 0 || !strings.Contains(out, "prog says things.") || !strings.Contains(out, "  quiet    takes no words") {
		t.Errorf("help: exit %d %q", code, out)
	}
	if code, out, _, _, _ := run(t, nil); code != 2 || !strings.Contains(out, "Usage: prog COMMAND") {
		t.Errorf("no command: exit %d %q", code, out)
	}
	usage := []struct {
		args []string
		msg  string
	}{
		{[]string{"say", "--bogus", "a"}, "prog say: flag provided but not defined: -bogus\n"},
		{[]string{"say"}, "prog say: say needs a word\n"},
		{[]string{"quiet", "x"}, "prog quiet: unexpected argument \"x\" (this command takes only flags)\n"},
	}
	for _, c := range usage {
		code, out, errs, _, _ := run(t, nil, c.args...)
		if code != 2 || out != "" || errs != c.msg+"Try: prog "+c.args[0]+" -h\n" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q once", c.args, code, out, errs, c.msg)
		}
	}
	if code, _, errs, _, _ := run(t, nil, "nope"); code != 2 || !strings.HasPrefix(errs, "prog: unknown command \"nope\"") {
		t.Errorf("unknown command: exit %d %q", code, errs)
	}
	if code, _, errs, _, _ := run(t, errHinted, "say", "a"); code != 1 || errs != "prog say: hinted failure\nHint: try again\n" {
		t.Errorf("failure: exit %d %q", code, errs)
	}
	if code, _, errs, _, _ := run(t, ExitError{Code: 4, Err: errors.New("not sent\x1b[2J")}, "say", "a"); code != 4 || errs != "prog say: not sent\n" {
		t.Errorf("exit error: exit %d %q", code, errs)
	}
}
