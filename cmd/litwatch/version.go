package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is the module version the binary was built from, or "dev".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func versionCmd(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "version")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: litwatch version\n       litwatch --version\n\nPrints litwatch's version: the module version it was built from, or\n\"dev\" for a build from a source tree.")
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "litwatch %s\n", version())
	return nil
}
