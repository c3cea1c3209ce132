// Package cmdline runs a program made of subcommands from a table, with the
// standard library's flag package: each command has its own flag set;
// flags may come before or after a command's words (every word after "--"
// is a word); `PROG help CMD`, `CMD -h` and `CMD --help` print the
// command's help on stdout; a mistake on the command line is said once on
// stderr with a hint to ask for help, and exits 2.
//
// Everything Run prints of an error passes through termsafe.Line.
package cmdline

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/litwatch/litwatch/internal/termsafe"
)

// Command is one subcommand.
type Command struct {
	Name    string
	Summary string // one line, in the program's list of commands
	Usage   string // the command's help, printed above its flags
	Words   bool   // takes words besides its flags
	// Flags registers the command's flags (nil: none).
	Flags func(fs *flag.FlagSet)
	// Check looks at the words and the parsed flags before Run, so that a
	// usage error is said before anything is opened (nil: nothing).
	Check func(words []string) error
	// Run runs the command with its words. A nil Run lists the command
	// in the program's usage only (help).
	Run func(ctx context.Context, words []string) error
}

// Program is a command-line program made of subcommands.
type Program struct {
	Name     string // as typed: "litwatch"
	About    string // the first line of the program's usage
	Commands []Command
	// Hint, if set, says what a user can do about an error ("" for
	// nothing).
	Hint func(error) string
}

// UsageError is a mistake on the command line: said once, exit 2.
type UsageError struct{ msg string }

func (e UsageError) Error() string { return e.msg }

// Usagef returns a UsageError.
func Usagef(format string, args ...any) error { return UsageError{fmt.Sprintf(format, args...)} }

// ExitError is a failure with its own exit status.
type ExitError struct {
	Code int
	Err  error
}

func (e ExitError) Error() string { return e.Err.Error() }
func (e ExitError) Unwrap() error { return e.Err }

// helpRequest is returned by a command asked for its help (-h, --help).
type helpRequest struct{ fs *flag.FlagSet }

func (helpRequest) Error() string        { return "help requested" }
func (helpRequest) Is(target error) bool { return target == flag.ErrHelp }

// Run runs the command args name and returns the exit status: 0 when it
// succeeded, 2 for a usage error (and for no command at all), the code of
// an ExitError, else 1.
func (p *Program) Run(ctx context.Context, stdout, stderr io.Writer, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || (args[0] == "help" && len(args) == 1) {
		p.usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "--version" || args[0] == "-version" {
		args = []string{"version"}
	}
	if args[0] == "help" {
		// PROG help CMD is CMD --help.
		if len(args) > 2 {
			fmt.Fprintf(stderr, "%s help: takes one command, not %d words\n", p.Name, len(args)-1)
			return 2
		}
		if args[1] == "help" {
			p.usage(stdout)
			return 0
		}
		args = []string{args[1], "--help"}
	}
	for _, c := range p.Commands {
		if c.Name != args[0] || c.Run == nil {
			continue
		}
		err := p.call(ctx, c, args[1:])
		if err == nil {
			return 0
		}
		var he helpRequest
		if errors.As(err, &he) {
			// Asked for: the command's help goes to stdout.
			he.fs.SetOutput(stdout)
			he.fs.Usage()
			return 0
		}
		fmt.Fprintf(stderr, "%s %s: %s\n", p.Name, c.Name, termsafe.Line(err.Error()))
		if p.Hint != nil {
			if h := p.Hint(err); h != "" {
				fmt.Fprintf(stderr, "Hint: %s\n", h)
			}
		}
		var ue UsageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "Try: %s %s -h\n", p.Name, c.Name)
			return 2
		}
		var xe ExitError
		if errors.As(err, &xe) {
			return xe.Code
		}
		return 1
	}
	fmt.Fprintf(stderr, "%s: unknown command %q\n\n", p.Name, args[0])
	p.usage(stderr)
	return 2
}

// call parses args into the command's flags and words, checks them and
// runs the command.
func (p *Program) call(ctx context.Context, c Command, args []string) error {
	fs := flag.NewFlagSet(p.Name+" "+c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // Run prints a parse error once, and help when asked
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), c.Usage)
		fs.PrintDefaults()
	}
	if c.Flags != nil {
		c.Flags(fs)
	}
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if !c.Words && len(words) > 0 {
		return Usagef("unexpected argument %q (this command takes only flags)", words[0])
	}
	if c.Check != nil {
		if err := c.Check(words); err != nil {
			return err
		}
	}
	return c.Run(ctx, words)
}

func (p *Program) usage(w io.Writer) {
	fmt.Fprintln(w, p.About)
	fmt.Fprintf(w, "\nUsage: %s COMMAND [flags] [words]\n\nCommands:\n", p.Name)
	for _, c := range p.Commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.Name, c.Summary)
	}
	fmt.Fprintf(w, "\nRun '%s help COMMAND' (or '%s COMMAND --help') for a command's flags.\nFlags may come before or after a command's words; words after -- are never flags.\n", p.Name, p.Name)
}

// parseArgs parses args into fs and returns the positional words in order.
// Flags may follow positional words, as people expect (litwatch search
// sunflower oil --from 2020); every word after "--" is positional, so a
// word that starts with "-" can still be given.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{fs}
			}
			return nil, UsageError{err.Error()}
		}
		rest := fs.Args()
		consumed := args[:len(args)-len(rest)]
		if n := len(consumed); n > 0 && consumed[n-1] == "--" && !takesValue(fs, consumed[:n-1]) {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// takesValue reports whether the last of the parsed words is a flag that
// takes the next word as its value (--note --: the note is "--").
func takesValue(fs *flag.FlagSet, parsed []string) bool {
	if len(parsed) == 0 {
		return false
	}
	w := parsed[len(parsed)-1]
	if len(w) < 2 || w[0] != '-' || strings.Contains(w, "=") {
		return false
	}
	f := fs.Lookup(strings.TrimLeft(w, "-"))
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}
