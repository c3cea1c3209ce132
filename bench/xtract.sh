#!/bin/sh
# PubMed XML parsing throughput: litwatch's parser against NCBI's xtract
# (EDirect, Debian package ncbi-entrez-direct) on the same large file in
# the real efetch format.
#
#   bench/xtract.sh [SIZE_MB]   (default 200)
#
# Needs: xtract (apt-get install -y ncbi-entrez-direct); hyperfine
# (apt-get install -y hyperfine) or else GNU time (/usr/bin/time).
#
# The file: the PubmedArticle elements of the real efetch fixtures in
# crawler/pubmed/testdata, repeated, each copy with its own PMID
# (bench/pubmedxml). litwatch's side is bench/pmparse, which parses with
# crawler/pubmed.ParseArticles and prints one line per record with every
# field litwatch keeps; xtract is run twice: on the three fields of the
# classic example (PMID, title, abstract), and on the same fields as
# pmparse. xtract needs -mixed for the inline markup (<i>, <sub>, MathML)
# real abstracts contain; without it, it prints an error per article.
set -eu
cd "$(dirname "$0")/.."
size=${1:-200}
command -v xtract >/dev/null || { echo "xtract.sh: xtract not found: apt-get install -y ncbi-entrez-direct" >&2; exit 1; }
work=$(mktemp -d /tmp/litwatch-xtract.XXXXXX)
trap 'rm -rf "$work"' EXIT
file="$work/pubmed.xml"
go run ./bench/pubmedxml -size "$size" -out "$file"
go build -o "$work/pmparse" ./bench/pmparse
bytes=$(stat -c %s "$file")
records=$(grep -c '<PubmedArticle>' "$file")
echo "file: $file, $bytes bytes, $records articles"

x3="xtract -mixed -input $file -pattern PubmedArticle -element MedlineCitation/PMID ArticleTitle AbstractText"
xall="xtract -mixed -input $file -pattern PubmedArticle -sep , -element MedlineCitation/PMID ArticleTitle AbstractText Journal/Title PubDate/Year PubDate/Month Author/LastName Author/Initials Language PublicationType DescriptorName Keyword ELocationID ArticleId CommentsCorrections@RefType CommentsCorrections/PMID -block PubMedPubDate -if @PubStatus -equals entrez -element Year Month Day"
lw="$work/pmparse $file"

# Same output? (record counts)
echo "lines out: xtract $($x3 | wc -l), xtract with litwatch's fields $($xall | wc -l), litwatch $($lw 2>/dev/null | wc -l)"

if command -v hyperfine >/dev/null; then
	hyperfine --warmup 1 --runs 5 --export-csv "$work/times.csv" \
		-n "xtract (3 fields)" "$x3 > /dev/null" \
		-n "xtract (litwatch's fields)" "$xall > /dev/null" \
		-n "litwatch pmparse" "$lw > /dev/null 2>&1"
	# command,mean,stddev,median,user,system,min,max
	awk -F, -v b="$bytes" -v n="$records" 'NR > 1 {
		printf "%-28s mean %6.2f s  %7.1f MB/s  %8.0f records/s  (CPU user+sys %6.2f s)\n", $1, $2, b / 1e6 / $2, n / $2, $5 + $6 }' "$work/times.csv"
else
	for c in "$x3" "$xall" "$lw"; do
		/usr/bin/time -v sh -c "$c > /dev/null 2>&1" 2>"$work/time.txt"
		secs=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
		awk -v s="$secs" -v b="$bytes" -v n="$records" -v c="$c" 'BEGIN { printf "%.2f s  %.1f MB/s  %.0f records/s  %s\n", s, b / 1e6 / s, n / s, c }'
		grep "Maximum resident" "$work/time.txt"
	done
fi
echo "in process (no output, go test -bench):"
LITWATCH_PUBMED_XML="$file" go test ./crawler/pubmed -run '^$' -bench 'ParseFile$' -benchtime 3x | grep Benchmark
