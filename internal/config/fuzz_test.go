package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// configSeeds are the fuzzer's starting points: the embedded default, a
// test harness's config, and configs each wrong in one way.
func configSeeds() [][]byte {
	seeds := [][]byte{
		defaultTOML,
		nil,
		[]byte("[store]\npath = \"lw.db\"\n[digest]\ndir = \"digests\"\nformats = [\"md\", \"html\", \"json\", \"text\"]\n[crawl]\nsince = \"2024-01-01\"\noverlap_days = 28\nemail = \"test@example.org\"\n[log]\nlevel = \"debug\"\nformat = \"json\"\n[daemon]\nschedule = \"@every 1h\"\ntimezone = \"UTC\"\n[sources.pubmed]\nbase_url = \"http://127.0.0.1:1/entrez/eutils/\"\nterm = \"infant massage\"\nbatch_size = 2\nrate = 9\n[sources.europepmc]\nbase_url = \"http://127.0.0.1:2/\"\npage_size = 2\n[sources.clinicaltrials]\nenabled = false\n[sources.crossref]\nwatch_basis = false\n"),
		[]byte("[daemon]\nschedule = \"CRON_TZ=Europe/London 0 6 * * 1\"\n"),
		[]byte("[email]\nenabled = true\nhost = \"smtp.example.org\"\nport = 587\nusername = \"u\"\npassword_env = \"P\"\nfrom = \"a@example.org\"\nto = [\"b@example.org\"]\n"),
		[]byte("claims = \"claims.toml\"\n[store]\npath = \"/var/lib/litwatch/lw.db\"\n"),
	}
	for _, bad := range []string{
		"[crawl]\nsince = \"2013-13-01\"",
		"[crawl]\nsinse = \"2013-01-01\"",
		"[crawl]\noverlap_days = -1",
		"[digest]\nformats = [\"pdf\"]",
		"[digest]\nformats = []",
		"[sources.pubmed]\nbase_url = \"ftp://x\"",
		"[daemon]\nschedule = \"every monday\"",
		"[daemon]\nschedule = \"@every 0s\"",
		"[daemon]\nschedule = \"@every 59s\"",
		"[daemon]\ntimezone = \"Mars/Olympus\"",
		"[sources.pubmed]\nbatch_size = 0",
		"[sources.europe]\nenabled = true",
		"[store]\npath = 3",
		"[store]\npath = \"\"",
		"[log]\nlevel = \"loud\"",
		"[sources.europepmc]\nrate = 1e309",
		"[sources.openalex]\nenabled = true\nquery = \"\"",
		"[crawl]\nemail = \"nobody\"",
		"[store\npath = \"x\"",
		"= = =",
	} {
		seeds = append(seeds, []byte(bad))
	}
	return seeds
}

// FuzzLoadConfig: whatever the file holds, Load does not panic; it
// either refuses the file with an error naming it, or returns a config
// that passes Validate and from which the daemon's schedule, time zone,
// start date and log level can all be derived.
func FuzzLoadConfig(f *testing.F) {
	for _, s := range configSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "litwatch.toml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, err := Load(path, testRules())
		if err != nil {
			if cfg != nil {
				t.Fatalf("Load returned a config with its error %v", err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if err := cfg.Validate(testRules()); err != nil {
			t.Fatalf("Load accepted a config that fails Validate: %v", err)
		}
		if cfg.Since().IsZero() {
			t.Fatalf("accepted crawl.since %q gives no date", cfg.Crawl.Since)
		}
		if _, err := cfg.Schedule(); err != nil {
			t.Fatalf("accepted daemon.schedule or daemon.timezone: %v", err)
		}
		if _, err := parseLevel(cfg.Log.Level); err != nil {
			t.Fatalf("accepted log.level: %v", err)
		}
		if cfg.Store.Path == "" || cfg.Digest.Dir == "" || len(cfg.Digest.Formats) == 0 {
			t.Fatalf("accepted config lacks a store, a digest directory or a format: %+v", cfg)
		}
		if cfg.Sources.PubMed.BatchSize < 1 {
			t.Fatalf("accepted sources.pubmed.batch_size %d", cfg.Sources.PubMed.BatchSize)
		}
	})
}

// TestConfigScheduleTZWithoutSpace: robfig/cron's parser slices out of
// range on a "TZ=" or "CRON_TZ=" prefix without a space after the zone,
// and Validate hands it daemon.schedule unchecked, so such a config
// crashes every command instead of being refused with a message.
func TestConfigScheduleTZWithoutSpace(t *testing.T) {
	for _, sched := range []string{"TZ=UTC", "CRON_TZ=Europe/London"} {
		path := filepath.Join(t.TempDir(), "litwatch.toml")
		if err := os.WriteFile(path, []byte("[daemon]\nschedule = \""+sched+"\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := func() (err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic: %v", p)
				}
			}()
			_, err = Load(path, testRules())
			return err
		}()
		if err == nil || strings.HasPrefix(err.Error(), "panic") || !strings.Contains(err.Error(), "daemon.schedule") {
			t.Errorf("schedule %q: %v; want an error naming daemon.schedule", sched, err)
		}
	}
}
