#!/usr/bin/env bash
# Measures how long the C# compiler (with the content generator) takes to compile N synthetic articles,
# and how long the compiled program then takes to build the site from them.
#
#   bash bench/compile-time.sh            # 1,000 and 10,000 articles
#   bash bench/compile-time.sh 500 2000   # other sizes
#
# Each size gets a fresh copy of the sources in a temporary folder, so the repository's own obj/ is untouched.
# The compiler runs the way the environment says (UseSharedCompilation); set SITEGEN_BENCH_COMPILER_SERVER=1 to
# use the warm compiler server a developer's machine normally has, so compile time is not dominated by start-up.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/sources.sh
source "$repo/bench/sources.sh"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
now() { date +%s.%N; }

server=()
if [ "${SITEGEN_BENCH_COMPILER_SERVER:-0}" = 1 ]; then server=(-p:UseSharedCompilation=true); fi
build() { dotnet build "$@" -c Release -v q -nologo "${server[@]}" > /dev/null; }

build "$repo/src/SiteGen"
printf '%-9s %-16s %-18s %-16s %-14s %s\n' articles "cold build (s)" "content compile (s)" "one-edit build (s)" "site build (s)" "site files"
for n in "${sizes[@]}"; do
  work="$(mktemp -d)"
  copy_sources "$repo" "$work"
  dotnet "$(corpus_program "$repo")" --articles "$n" --out "$work/content" > /dev/null
  dotnet restore "$work/Report.csproj" -v q > /dev/null

  start=$(now); build "$work/Report.csproj" --no-restore; cold=$(seconds "$start" "$(now)")
  # Touching the catalogue's declaration forces the report project alone to recompile, generator and all files included.
  touch "$work/src/SiteGen.Report/SiteContent.cs"
  start=$(now); build "$work/Report.csproj" --no-restore --no-dependencies; compile=$(seconds "$start" "$(now)")
  echo "An edited paragraph." >> "$work/content/articles/report-00000.md"
  start=$(now); build "$work/Report.csproj" --no-restore --no-dependencies; edit=$(seconds "$start" "$(now)")
  # The program's build: the report project is up to date, so this is the check that it is, then the render.
  start=$(now); (cd "$work" && dotnet "$repo/src/SiteGen/bin/Release/net10.0/SiteGen.dll" build --out "$work/site" > /dev/null); site=$(seconds "$start" "$(now)")
  files=$(find "$work/site" -type f | wc -l)
  printf '%-9s %-16s %-18s %-16s %-14s %s\n' "$n" "$cold" "$compile" "$edit" "$site" "$files"
  rm -rf "$work"
done
