#!/usr/bin/env bash
# SiteGen against Hugo on the same synthetic articles (same corpus, same disk), interleaved so machine noise cancels.
#
#   bash bench/hugo-compare.sh              # 1,000 and 10,000 articles, 3 rounds each
#   ROUNDS=5 bash bench/hugo-compare.sh 1000
#
# For each size it measures, round by round, alternating the two generators (SiteGen first in odd rounds, Hugo first
# in even ones):
#   render  the site from already-compiled content (SiteGen: the compiled program; Hugo: `hugo`) into a new folder
#   cold    SiteGen: obj/ and bin/ moved away, compile and render; Hugo: caches moved away, build; into a new folder
#   edit    one article body changed while the preview runs: SiteGen `serve` rebuild vs `hugo server` rebuild
#   memory  peak resident memory of a render
# and, from that same render, what it costs and makes (not targets, the reasons behind the ratios):
#   cpu     processor time (user and system, all cores)
#   output  megabytes and files written, and bytes written an article
# and prints medians and the ratio SiteGen/Hugo. Installs Debian's hugo if it is missing.
#
# Every output goes to a folder of its own and nothing is deleted before the end, as in a CI job on a clean checkout.
# On ext4 without a journal (the reference machine's disk), each file or folder created in the minute after others
# were deleted (five minutes while their inode table is not yet written back) passes over every one of them in turn:
# removing both sites before each round made the builds after it pay for the deletion (a SiteGen build right after one
# spent 4-9 s in the kernel against 2 s without, 18 % of its samples in `recently_deleted`; Hugo, next, paid too).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/sources.sh
source "$repo/bench/sources.sh"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
rounds="${ROUNDS:-3}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v hugo > /dev/null; then
  apt-get update -qq && apt-get install -y -qq hugo > /dev/null
fi
command -v /usr/bin/time > /dev/null || apt-get install -y -qq time > /dev/null

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }
median() { python3 -c "import sys, statistics; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.3f}')" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
# Peak resident megabytes and processor seconds of a command: "MB CPU".
usage() { /usr/bin/time -f '%M %U %S' "$@" 2>&1 >/dev/null | tail -1 | python3 -c "import sys; kb, user, system = sys.stdin.read().split(); print(f'{int(kb) / 1024:.0f} {float(user) + float(system):.2f}')"; }
# Megabytes (the files' own bytes, not the disk blocks they fill) and files under a folder: "MB FILES".
output() { echo "$(du -sb "$1" | awk '{ printf "%.0f", $1 / 1048576 }') $(find "$1" -type f | wc -l)"; }

# Waits until a log file has one more line matching a pattern than it had, and prints the milliseconds it reports.
wait_rebuild() {
  local log=$1 pattern=$2 before=$3
  for _ in $(seq 1 600); do
    if [ "$(grep -c -E "$pattern" "$log" || true)" -gt "$before" ]; then
      grep -E "$pattern" "$log" | tail -1 | grep -o -E '[0-9]+ ms' | tail -1 | grep -o -E '[0-9]+'
      return
    fi
    sleep 0.1
  done
  echo "timeout"; return 1
}

dotnet build "$repo/src/SiteGen" -c Release -v q -nologo > /dev/null
printf '%-9s %-8s %12s %12s %8s\n' articles measure "SiteGen" "Hugo" "ratio"
works=()
trap 'rm -rf "${works[@]}"' EXIT
for n in "${sizes[@]}"; do
  work="$(mktemp -d)"
  works+=("$work")
  copy_sources "$repo" "$work"
  dotnet "$(corpus_program "$repo")" --articles "$n" --out "$work/content" --hugo "$work/hugo" > /dev/null
  dotnet build "$work/src/SiteGen" -c Release -v q -nologo > /dev/null
  dotnet restore "$work/Report.csproj" -v q > /dev/null
  dotnet build "$work/Report.csproj" -c Release --no-restore -v q -nologo > /dev/null
  program="$work/src/SiteGen/bin/Release/net10.0/SiteGen.dll"
  mkdir -p "$work/set-aside"

  declare -a sr=() hr=() sc=() hc=()
  sitegen_render() {
    local t; t=$(now); (cd "$work" && dotnet "$program" build --out "$out/sitegen-render" > /dev/null); sr+=("$(elapsed "$t" "$(now)")")
  }
  hugo_render() {
    local t; t=$(now); (cd "$work/hugo" && hugo --quiet -d "$out/hugo-render" > /dev/null); hr+=("$(elapsed "$t" "$(now)")")
  }
  sitegen_cold() {
    local t
    mv "$work/bin" "$work/obj" "$work/set-aside/$round-sitegen/"
    dotnet restore "$work/Report.csproj" -v q > /dev/null
    # The program compiles the report's content as the first step of its build.
    t=$(now); (cd "$work" && dotnet "$program" build --out "$out/sitegen-cold" > /dev/null); sc+=("$(elapsed "$t" "$(now)")")
  }
  hugo_cold() {
    local t cache
    for cache in resources .hugo_build.lock; do
      [ ! -e "$work/hugo/$cache" ] || mv "$work/hugo/$cache" "$work/set-aside/$round-hugo/"
    done
    t=$(now); (cd "$work/hugo" && hugo --quiet -d "$out/hugo-cold" > /dev/null); hc+=("$(elapsed "$t" "$(now)")")
  }
  for round in $(seq 1 "$rounds"); do
    out="$work/out/$round"
    mkdir -p "$out" "$work/set-aside/$round-sitegen" "$work/set-aside/$round-hugo"
    if (( round % 2 )); then
      sitegen_render; hugo_render; sitegen_cold; hugo_cold
    else
      hugo_render; sitegen_render; hugo_cold; sitegen_cold
    fi
  done

  # Memory before the edits below.
  read -r sm scpu <<< "$(cd "$work" && usage dotnet "$program" build --out "$work/out/sitegen-memory")"
  read -r hm hcpu <<< "$(cd "$work/hugo" && usage hugo --quiet -d "$work/out/hugo-memory")"
  read -r smb sfiles <<< "$(output "$work/out/sitegen-memory")"
  read -r hmb hfiles <<< "$(output "$work/out/hugo-memory")"

  # Incremental: both previews running, one article edited per round, the rebuild time each reports.
  (cd "$work" && exec dotnet "$program" serve --port 18080) > "$work/serve.log" 2>&1 &
  serve=$!
  hugo server --source "$work/hugo" --port 18081 --bind 127.0.0.1 --disableLiveReload > "$work/hugo.log" 2>&1 &
  hugo_server=$!
  wait_rebuild "$work/serve.log" '^Rebuilt' 0 > /dev/null
  wait_rebuild "$work/hugo.log" 'Built in' 0 > /dev/null || true
  declare -a se=() he=()
  for round in $(seq 1 "$rounds"); do
    before=$(grep -c '^Rebuilt' "$work/serve.log" || true)
    echo "A paragraph added in round $round." >> "$work/content/articles/report-00001.md"
    se+=("$(python3 -c "print($(wait_rebuild "$work/serve.log" '^Rebuilt' "$before") / 1000)")")
    before=$(grep -c 'Total in' "$work/hugo.log" || true)
    echo "A paragraph added in round $round." >> "$work/hugo/content/articles/report-00001.md"
    he+=("$(python3 -c "print($(wait_rebuild "$work/hugo.log" 'Total in' "$before") / 1000)")")
  done
  kill "$serve" "$hugo_server" 2> /dev/null || true
  wait "$serve" "$hugo_server" 2> /dev/null || true

  for row in "render:sr:hr" "cold:sc:hc" "edit:se:he"; do
    IFS=: read -r name s h <<< "$row"
    declare -n sv=$s hv=$h
    a=$(median "${sv[@]}"); b=$(median "${hv[@]}")
    printf '%-9s %-8s %11ss %11ss %8s\n' "$n" "$name" "$a" "$b" "$(ratio "$a" "$b")"
  done
  printf '%-9s %-8s %10sMB %10sMB %8s\n' "$n" memory "$sm" "$hm" "$(ratio "$sm" "$hm")"
  printf '%-9s %-8s %11ss %11ss %8s\n' "$n" cpu "$scpu" "$hcpu" "$(ratio "$scpu" "$hcpu")"
  printf '%-9s %-8s %12s %12s %8s\n' "$n" output "${smb}MB/${sfiles}" "${hmb}MB/${hfiles}" "$(ratio "$smb" "$hmb")"
  printf '%-9s %-8s %12s %12s %8s\n' "$n" "B/article" "$(( smb * 1048576 / n ))" "$(( hmb * 1048576 / n ))" "$(ratio "$smb" "$hmb")"
done
