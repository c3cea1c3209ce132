package main

import (
	"context"
	"flag"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/eval"
)

func evalCommand() command {
	var claimsPath, ei, setting string
	return command{
		name: "eval", summary: "score the assessor against labelled records (JSON lines)", words: true,
		usage: "Usage: litwatch eval [--claims FILE] FILE\n       litwatch eval --ei FILE [--setting oracle|abstract]\n\nScores the assessor against labelled records (JSON lines, the format of\nreport/eval/testdata/dev.jsonl) and prints precision, recall and F1 per\nfield and per claim, with the confusions.",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&claimsPath, "claims", "", "claims file (default: the embedded claims)")
			fs.StringVar(&ei, "ei", "", "score the direction component on an Evidence Inference JSON-lines file instead")
			fs.StringVar(&setting, "setting", "oracle", "with --ei: oracle (cited evidence) or abstract")
		},
		run: func(_ context.Context, c *call) error { return evaluate(c.env, c.words, claimsPath, ei, setting) },
	}
}

// evaluate scores the assessor on the labelled file of files, or its
// direction component on the Evidence Inference file ei.
func evaluate(e *env, files []string, claimsPath, ei, setting string) error {
	if ei != "" {
		rep, err := eval.EvidenceInferenceFile(ei, setting)
		if err != nil {
			return err
		}
		return rep.WriteText(e.stdout)
	}
	if len(files) != 1 {
		return cmdline.Usagef("eval needs exactly one labelled file")
	}
	set, err := claims.Open(claimsPath)
	if err != nil {
		return err
	}
	rep, err := eval.ScoreFile(files[0], set)
	if err != nil {
		return err
	}
	return rep.WriteText(e.stdout)
}
