#!/usr/bin/env bash
# Scale check: compiles N synthetic articles (default 50,000) and builds the site from them, printing the wall time
# and peak resident memory of each step, then what it wrote: files and bytes, the figure pages, the largest page,
# the search index and, where Node.js and tests/browser's packages are installed, how much of the index a reader's
# search for the most mentioned person downloads and the pages of that person's mentions.
#
#   bash bench/scale-check.sh            # 50,000 articles
#   bash bench/scale-check.sh 10000
#   VARIED=1 bash bench/scale-check.sh 10000   # numbers drawn from a wide range, so most appear once (bench/SiteGen.Corpus --varied-figures)
#   KEEP=1 bash bench/scale-check.sh     # keep the work folder (printed) to rerun or profile
#
# The sources are copied to a temporary folder, so the repository's own obj/ is untouched. Peak memory is the largest
# resident set of any one process in the step (for the compile step: the compiler, which dominates).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/sources.sh
source "$repo/bench/sources.sh"
n="${1:-50000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time > /dev/null || apt-get install -y -qq time > /dev/null

# Prints "seconds peak-MB" for a command, its own output discarded.
measure() {
  local out; out="$(mktemp)"
  /usr/bin/time -f '%e %M' -o "$out" "$@" > /dev/null
  awk '{ printf "%.1f s, %.0f MB", $1, $2 / 1024 }' "$out"
  rm -f "$out"
}

dotnet build "$repo/src/SiteGen" -c Release -v q -nologo > /dev/null
work="$(mktemp -d)"
copy_sources "$repo" "$work"
echo "articles: $n (work folder $work)"
varied=(); [ "${VARIED:-0}" = 1 ] && varied=(--varied-figures)
echo "corpus:   $(measure dotnet "$(corpus_program "$repo")" --articles "$n" "${varied[@]}" --out "$work/content")"
dotnet restore "$work/Report.csproj" -v q > /dev/null
echo "compile:  $(measure dotnet build "$work/Report.csproj" -c Release --no-restore -v q -nologo)"
echo "site:     $(cd "$work" && measure dotnet "$repo/src/SiteGen/bin/Release/net10.0/SiteGen.dll" build --out "$work/site")"
# Sizes are the files' own bytes (du --apparent-size), not the disk blocks they fill.
mb() { du -sb "$@" | awk '{ s += $1 } END { printf "%.0f MB", s / 1048576 }'; }
echo "output:   $(find "$work/site" -type f | wc -l) files, $(mb "$work/site"), $(( $(du -sb "$work/site" | cut -f1) / n )) bytes an article"
echo "figures:  $(find "$work/site/figures" -name index.html -not -path '*/page/*' | wc -l) figure pages, $(mb "$work/site/figures")"
largest="$(find "$work/site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)"
echo "largest:  ${largest#* } ($(( ${largest%% *} / 1024 )) KB); home page $(( $(stat -c %s "$work/site/index.html") / 1024 )) KB"
echo "data:     search index $(mb "$work/site/data/search") in $(find "$work/site/data/search" -type f | wc -l) files, crossref.json $(mb "$work/site/data/crossref.json")"
# A reader's query in headless Chromium (tests/browser/archive.mjs): how much of the search index it downloads.
if command -v node > /dev/null && [ -d "$repo/tests/browser/node_modules/playwright-core" ]; then
  node "$repo/tests/browser/archive.mjs" "$work/site" 100000 | awk -F'"detail": ' '/"detail"/ { gsub(/^"|"$/, "", $2); gsub(/\\"/, "\"", $2); print "browser:  " $2 }'
fi
if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
