package claims

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Example claims files of other topics, shipped to show how a topic is
// written (`litwatch init --example NAME`) and used by the eval tests to
// judge the assessor on topics it was not written for.
//
//go:embed examples/*.toml
var examples embed.FS

// Examples lists the names of the example claims files.
func Examples() []string {
	var names []string
	ents, _ := fs.ReadDir(examples, "examples")
	for _, e := range ents {
		names = append(names, strings.TrimSuffix(e.Name(), ".toml"))
	}
	slices.Sort(names)
	return names
}

// ExampleTOML returns the example claims file called name.
func ExampleTOML(name string) ([]byte, error) {
	if !slices.Contains(Examples(), name) {
		return nil, fmt.Errorf("claims: no example %q (there are: %s)", name, strings.Join(Examples(), ", "))
	}
	return examples.ReadFile("examples/" + name + ".toml")
}

// Example parses the example claims file called name.
func Example(name string) (*Set, error) {
	data, err := ExampleTOML(name)
	if err != nil {
		return nil, err
	}
	return Parse(data, name+".toml")
}
