#!/bin/sh
# Peak memory of litwatch: a first `litwatch run` (the back-fill), a second
# one (an incremental week), and an idle daemon. The binary runs against
# the fake servers of bench/fakes, loaded with generated records.
#
#   bench/memory.sh [PUBMED_RECORDS [EUROPEPMC_RECORDS [TRIALS]]]   (default 5000 1000 300)
#
# Needs GNU time at /usr/bin/time (Debian: apt-get install -y time).
set -eu
cd "$(dirname "$0")/.."
npm=${1:-5000}
nep=${2:-1000}
nct=${3:-300}
[ -x /usr/bin/time ] || { echo "memory.sh: /usr/bin/time missing (apt-get install -y time)" >&2; exit 1; }
work=$(mktemp -d /tmp/litwatch-mem.XXXXXX)
go build -o "$work/litwatch" ./cmd/litwatch
go build -o "$work/fakes" ./bench/fakes
"$work/fakes" -dir "$work" -pubmed "$npm" -europepmc "$nep" -clinicaltrials "$nct" >"$work/fakes.log" 2>&1 &
fakes=$!
# The work directory (binary, database, digests) is removed at the end
# unless LITWATCH_KEEP=1.
trap 'kill $fakes 2>/dev/null || true; [ "${LITWATCH_KEEP:-}" = 1 ] || rm -rf "$work"' EXIT
i=0
until [ -f "$work/litwatch.toml" ]; do
	i=$((i + 1)); [ $i -lt 600 ] || { echo "memory.sh: fakes did not start" >&2; cat "$work/fakes.log" >&2; exit 1; }
	sleep 0.1
done
cat "$work/fakes.log"

rss() { awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); printf "%.1f MiB", $2 / 1024}' "$1"; }
wall() { awk '/Elapsed \(wall clock\)/ {print $NF}' "$1"; }

/usr/bin/time -v "$work/litwatch" run --config "$work/litwatch.toml" >"$work/run1.out" 2>"$work/run1.err"
echo "first run (back-fill):  $(cat "$work/run1.out" | head -1)"
echo "  peak RSS $(rss "$work/run1.err"), wall $(wall "$work/run1.err")"
/usr/bin/time -v "$work/litwatch" run --config "$work/litwatch.toml" >"$work/run2.out" 2>"$work/run2.err"
echo "second run (incremental): $(cat "$work/run2.out" | head -1)"
echo "  peak RSS $(rss "$work/run2.err"), wall $(wall "$work/run2.err")"

# The daemon on the default weekly schedule: the last run is minutes old,
# so it has nothing to catch up and stays idle.
"$work/litwatch" daemon --config "$work/litwatch.toml" 2>"$work/daemon.err" &
daemon=$!
sleep 5
echo "idle daemon after 5 s: $(grep -E '^(VmHWM|VmRSS)' /proc/$daemon/status | tr -s ' \t' ' ' | tr '\n' ' ')"
kill -TERM $daemon
wait $daemon || true
echo "database: $(du -h "$work/litwatch.db" | cut -f1), digests: $(du -sh "$work/digests" | cut -f1)"
