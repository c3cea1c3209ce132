#!/bin/sh
# `litwatch import` of a PubMed XML file against NCBI's xtract extracting
# the same fields from the same file, and import's peak memory at two file
# sizes (it streams, so memory should not grow with the file).
#
#   bench/import.sh [SIZE_MB [BIG_MB]]   (default 136 and 680: about 10,000 and 50,000 articles)
#
# Needs: xtract (apt-get install -y ncbi-entrez-direct), hyperfine
# (apt-get install -y hyperfine) and GNU time at /usr/bin/time
# (apt-get install -y time).
#
# The file: bench/pubmedxml -unique (the real efetch fixtures' articles,
# repeated, each copy with its own PMID, DOI, PMC id and title, so that
# every article is a new work to the store). Each import starts from an
# empty database (hyperfine --prepare removes it).
set -eu
cd "$(dirname "$0")/.."
size=${1:-136}
big=${2:-680}
for t in xtract hyperfine; do command -v $t >/dev/null || { echo "import.sh: $t not found (see the header)" >&2; exit 1; }; done
[ -x /usr/bin/time ] || { echo "import.sh: /usr/bin/time missing (apt-get install -y time)" >&2; exit 1; }
work=$(mktemp -d /tmp/litwatch-import.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/litwatch" ./cmd/litwatch
go run ./bench/pubmedxml -unique -size "$size" -out "$work/small.xml"
xall="xtract -mixed -input $work/small.xml -pattern PubmedArticle -sep , -element MedlineCitation/PMID ArticleTitle AbstractText Journal/Title PubDate/Year PubDate/Month Author/LastName Author/Initials Language PublicationType DescriptorName Keyword ELocationID ArticleId CommentsCorrections@RefType CommentsCorrections/PMID -block PubMedPubDate -if @PubStatus -equals entrez -element Year Month Day"
imp="$work/litwatch import --db $work/i.db $work/small.xml"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 1 --runs 5 --prepare "rm -f $work/i.db $work/i.db-wal $work/i.db-shm" \
	-n "xtract (litwatch's fields)" "$xall > /dev/null" \
	-n "litwatch import (parse + store)" "$imp > /dev/null 2>&1"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
go run ./bench/pubmedxml -unique -size "$big" -out "$work/big.xml"
for f in small big; do
	rm -f "$work"/m.db*
	/usr/bin/time -v "$work/litwatch" import --db "$work/m.db" "$work/$f.xml" >"$work/out" 2>"$work/time"
	awk -F: -v f="$f" '/Maximum resident set size/ {gsub(/ /, "", $2); printf "%s file: peak RSS %.1f MiB, ", f, $2 / 1024}' "$work/time"
	awk '/Elapsed \(wall clock\)/ {printf "wall %s, ", $NF}' "$work/time"
	head -1 "$work/out"
done
