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

func versionCommand() command {
	return command{
		name: "version", summary: "print litwatch's version (also: litwatch --version)",
		usage: "Usage: litwatch version\n       litwatch --version\n\nPrints litwatch's version: the module version it was built from, or\n\"dev\" for a build from a source tree.",
		run: func(_ context.Context, c *call) error {
			fmt.Fprintf(c.stdout, "litwatch %s\n", version())
			return nil
		},
	}
}
