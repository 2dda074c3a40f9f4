#!/usr/bin/env bash
# Compiled templates against interpreted ones on N synthetic articles (default 10,000), in alternated rounds:
#   build   `sitegen build --timings` of the whole site, once with the templates the report compiled (every page kind
#           renders with its C# method) and once with a copy whose layout ends in a Scriban comment (the same pages,
#           but text the compile did not see, so every kind is interpreted); wall, processor time, peak memory, the
#           page stage and what was allocated
#   compile the report's project compiled from scratch with the templates and without them (SiteGenTemplatesRoot
#           pointed at an empty folder): what checking and compiling the templates adds to a cold compile
#
#   bash bench/compiled-templates.sh            # 10,000 articles, 3 rounds
#   bash bench/compiled-templates.sh 1000 5
#
# The page stage alone, in one process, is `PageStageBenchmarks` (BenchmarkDotNet) in bench/SiteGen.Benchmarks.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/sources.sh
source "$repo/bench/sources.sh"
n="${1:-10000}"
rounds="${2:-3}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time > /dev/null || apt-get install -y -qq time > /dev/null

dotnet build "$repo/src/SiteGen" -c Release -v q -nologo > /dev/null
tool="$repo/src/SiteGen/bin/Release/net10.0/SiteGen.dll"
work="$(mktemp -d)"
copy_sources "$repo" "$work"
dotnet "$(corpus_program "$repo")" --articles "$n" --out "$work/content" > /dev/null
dotnet restore "$work/Report.csproj" -v q > /dev/null
cp -r "$work/templates" "$work/interpreted-templates"
printf '{{ # the same pages from text the compile did not see }}' >> "$work/interpreted-templates/layout.sbn-html"
mkdir -p "$work/no-templates"
echo "articles: $n (work folder $work)"

# Prints "wall user+sys peak-MB" of a command whose output goes to $2.
timed() {
  local out="$1"; shift
  local t; t="$(mktemp)"
  /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" > "$out" 2>&1
  awk '{ printf "%.1f s wall, %.1f s processor, %.0f MB peak", $1, $2 + $3, $4 / 1024 }' "$t"
  rm -f "$t"
}

# A content file touched makes the report's own compile run again (and only it), as an edit would.
compile() {
  touch "$work/content/articles/report-00000.md"
  timed /dev/null dotnet build "$work/Report.csproj" -c Release --no-restore -v q -nologo "$@"
}

(cd "$work" && dotnet "$tool" build --out "$work/site-warm" > /dev/null)
for round in $(seq 1 "$rounds"); do
  modes=(compiled interpreted); [ $((round % 2)) = 0 ] && modes=(interpreted compiled)
  for mode in "${modes[@]}"; do
    templates=(); [ "$mode" = interpreted ] && templates=(--templates "$work/interpreted-templates")
    log="$work/$mode-$round.log"
    result="$(cd "$work" && timed "$log" dotnet "$tool" build --timings "${templates[@]}" --out "$work/site-$mode-$round")"
    pages="$(awk '/pages, data, search index and feeds +[0-9]+ ms/ { print $(NF-1) }' "$log")"
    allocated="$(grep -o '[0-9]* MB allocated' "$log")"
    kinds="$(grep -o 'templates compiled for [^;:]*' "$log" | cut -c 24- | grep -v '^no page kind' | tr ',' '\n' | grep -c . || true)"
    echo "round $round $mode: $result; pages stage $pages ms; $allocated; $kinds page kinds compiled"
  done
  [ "$round" = 1 ] && { diff -r -q "$work/site-compiled-1" "$work/site-interpreted-1" > /dev/null && echo "round 1: both sites byte for byte the same" || echo "round 1: the sites DIFFER"; }
  for mode in "${modes[@]}"; do
    if [ "$mode" = compiled ]; then echo "round $round compile with templates:    $(compile)"; else echo "round $round compile without templates: $(compile -p:SiteGenTemplatesRoot="$work/no-templates")"; fi
  done
  # The next round's builds start from a compiled report, as after the first one.
  (cd "$work" && dotnet "$tool" build --out "$work/site-warm" > /dev/null)
done
rm -rf "$work"
