package config

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// minInterval is the shortest time daemon.schedule may leave between two
// cycles: a cycle asks every source for what is new, and a source's index
// moves by the day.
const minInterval = time.Minute

// Schedule is daemon.schedule in daemon.timezone: a cron.Schedule whose
// Next is taken in that zone.
type Schedule struct {
	Spec string         // daemon.schedule as written
	Loc  *time.Location // daemon.timezone
	cron cron.Schedule
}

// Next is the first time the schedule fires after t.
func (s Schedule) Next(t time.Time) time.Time { return s.cron.Next(t.In(s.Loc)) }

// Schedule is the daemon's schedule.
func (c *Config) Schedule() (Schedule, error) {
	loc, err := c.Location()
	if err != nil {
		return Schedule{}, err
	}
	cs, err := parseSchedule(c.Daemon.Schedule)
	if err != nil {
		return Schedule{}, err
	}
	return Schedule{Spec: c.Daemon.Schedule, Loc: loc, cron: cs}, nil
}

// parseSchedule parses daemon.schedule: five cron fields or a descriptor
// (@weekly, @every 24h). The zone belongs in daemon.timezone, so a
// TZ=/CRON_TZ= prefix is refused (the cron library also panics on some),
// and so is a schedule firing more often than once a minute
// (@every 30s; the cron library reads @every 0s as every second).
func parseSchedule(s string) (sched cron.Schedule, err error) {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "TZ=") || strings.HasPrefix(t, "CRON_TZ=") {
		return nil, fmt.Errorf("daemon.schedule: %q: set the time zone with daemon.timezone, not in the schedule", s)
	}
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("daemon.schedule: %q is not a cron schedule", s)
		}
	}()
	sched, err = cron.ParseStandard(t)
	if err != nil {
		return nil, fmt.Errorf("daemon.schedule: %q: %v", s, err)
	}
	// Two cycles in a row, from any time: a cron line fires at most once a
	// minute, @every at its interval.
	first := sched.Next(time.Date(2026, 1, 5, 6, 0, 0, 0, time.UTC))
	if gap := sched.Next(first).Sub(first); gap < minInterval {
		return nil, fmt.Errorf("daemon.schedule: %q runs a cycle every %v; the shortest interval is %v (e.g. \"@every 1h\", or a cron line)", s, gap, minInterval)
	}
	return sched, nil
}
