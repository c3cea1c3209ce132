package eval

import (
	"fmt"
	"os"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
)

// ScoreFile scores a new assessor of set's claims on the labelled records
// of the file at path (`litwatch eval FILE`); an error reading the file
// names it.
func ScoreFile(path string, set *claims.Set) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rep, err := Score(f, set, assess.New(set.Claims...))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rep, nil
}

// EvidenceInferenceFile is EvidenceInference on the file at path
// (`litwatch eval --ei FILE`); an error reading the file names it.
func EvidenceInferenceFile(path, setting string) (*EIReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rep, err := EvidenceInference(f, setting)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rep, nil
}
