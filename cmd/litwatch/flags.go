package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

func flagsCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "flags")
	var cf commonFlags
	cf.register(fs)
	all := fs.Bool("all", false, "list reviewed, dismissed and accepted flags too")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `Usage: litwatch flags [--all]
       litwatch flags reviewed|dismissed|accepted RECORD_ID [--claim ID] [--note TEXT]

Lists the open flags (records that ask you to reconsider a claim), or
records your decision on one so it is not raised again.`)
		fs.PrintDefaults()
	}
	claim := fs.String("claim", "", "with a decision: only this claim's flag (default: all flags of the record)")
	note := fs.String("note", "", "with a decision: why (recommended for dismissed)")
	// Flags may follow the positional arguments: litwatch flags dismissed 12 --note "..."
	var pos []string
	rest := args
	for {
		if err := parseFlags(fs, rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	a, err := openApp(ctx, e, &cf, existingDB)
	if err != nil {
		return err
	}
	defer a.Close()
	if len(pos) == 0 {
		flags, err := a.db.Flags(ctx, *all)
		if err != nil {
			return err
		}
		printFlags(e, flags)
		return nil
	}
	if len(pos) != 2 {
		return usageError{"a decision takes a status and a record id: litwatch flags dismissed 12 --note \"...\""}
	}
	status := pos[0]
	valid := false
	for _, s := range store.FlagStatuses() {
		valid = valid || s == status
	}
	if !valid {
		return usageError{fmt.Sprintf("unknown decision %q (want %s)", status, strings.Join(store.FlagStatuses(), ", "))}
	}
	id, err := strconv.ParseInt(pos[1], 10, 64)
	if err != nil || id <= 0 {
		return usageError{fmt.Sprintf("%q is not a record id (see the first column of `litwatch flags`)", pos[1])}
	}
	n, err := a.db.ReviewFlag(ctx, id, *claim, status, *note)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "record %d: %d flag(s) marked %s\n", id, n, status)
	return nil
}

func printFlags(e *env, flags []store.Flag) {
	if len(flags) == 0 {
		fmt.Fprintln(e.stdout, "no open flags")
		return
	}
	for _, f := range flags {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s (%d)\n", f.Record.ID, termLine(f.Assessment.Claim), termLine(f.Status), termLine(f.Record.Title), f.Record.Year)
		for _, r := range f.Assessment.Reasons {
			fmt.Fprintf(e.stdout, "\t- %s\n", termLine(r))
		}
		if f.Note != "" {
			fmt.Fprintf(e.stdout, "\tnote: %s\n", termLine(f.Note))
		}
		fmt.Fprintf(e.stdout, "\t%s\n", termLine(digest.Link(f.Record.PMID, f.Record.DOI, f.Record.NCT)))
	}
}
