package main

import (
	"context"
	"fmt"
	"os"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/eval"
)

func evalCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval")
	claimsPath := fs.String("claims", "", "claims file (default: the embedded claims)")
	ei := fs.String("ei", "", "score the direction component on an Evidence Inference JSON-lines file instead")
	setting := fs.String("setting", "oracle", "with --ei: oracle (cited evidence) or abstract")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: litwatch eval [--claims FILE] FILE\n       litwatch eval --ei FILE [--setting oracle|abstract]\n\nScores the assessor against labelled records (JSON lines, the format of\nreport/eval/testdata/dev.jsonl) and prints precision, recall and F1 per\nfield and per claim, with the confusions.")
		fs.PrintDefaults()
	}
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *ei != "" {
		f, err := os.Open(*ei)
		if err != nil {
			return err
		}
		defer f.Close()
		rep, err := eval.EvidenceInference(f, *setting)
		if err != nil {
			return fmt.Errorf("%s: %w", *ei, err)
		}
		return rep.WriteText(e.stdout)
	}
	if len(files) != 1 {
		return usageError{"eval needs exactly one labelled file"}
	}
	set, err := claims.Default()
	if *claimsPath != "" {
		set, err = claims.Load(*claimsPath)
	}
	if err != nil {
		return err
	}
	f, err := os.Open(files[0])
	if err != nil {
		return err
	}
	defer f.Close()
	rep, err := eval.Score(f, set, newAssessor(set))
	if err != nil {
		return fmt.Errorf("%s: %w", files[0], err)
	}
	return rep.WriteText(e.stdout)
}
