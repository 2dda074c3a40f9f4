#!/usr/bin/env bash
# Compares two versions of SiteGen on the same synthetic articles, alternating their builds (A B, B A, A B, ...) so
# the machine's drift falls on both alike. Prints each run (wall and processor time, peak memory, collections, the two
# long stages) and the medians.
#
#   bash bench/alternate.sh REV_A REV_B             # 10,000 articles, 5 rounds; REV is any git revision
#   bash bench/alternate.sh HEAD~3 HEAD 1000 9
#
# Each revision is compiled from a clean copy of its sources (the repository's own bin/ and obj/ are untouched); each
# run builds into an emptied output folder, emptied and synced outside the timing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/sources.sh
source "$repo/bench/sources.sh"
if [ $# -lt 2 ]; then
  echo "usage: bash bench/alternate.sh REV_A REV_B [articles (10000)] [rounds (5)]" >&2
  exit 2
fi
revs=("$1" "$2")
n="${3:-10000}"
rounds="${4:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time > /dev/null || apt-get install -y -qq time > /dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"; git -C "$repo" worktree prune' EXIT
dotnet build "$repo/src/SiteGen" -c Release -v q -nologo > /dev/null
dotnet "$(corpus_program "$repo")" --articles "$n" --out "$work/content" > /dev/null
for i in 0 1; do
  git -C "$repo" worktree add --detach -q "$work/tree$i" "${revs[$i]}"
  mkdir -p "$work/v$i"
  copy_sources "$work/tree$i" "$work/v$i"
  ln -s "$work/content" "$work/v$i/content"
  dotnet build "$work/v$i/src/SiteGen" -c Release -v q -nologo > /dev/null
  project="$(content_project "$work/v$i")"
  dotnet restore "$project" -v q > /dev/null
  dotnet build "$project" -c Release --no-restore -v q -nologo > /dev/null
done

# One run: "wall cpu peak-MB gc-pause-ms gen0 markdown-ms pages-ms", the program's own output discarded.
run() {
  local v=$1 out times
  rm -rf "$work/v$v/site"
  sync
  out="$(mktemp)"; times="$(mktemp)"
  (cd "$work/v$v" && /usr/bin/time -f '%e %U %S %M' -o "$times" dotnet src/SiteGen/bin/Release/net10.0/SiteGen.dll build --out site --timings > "$out" 2>&1)
  python3 - "$times" "$out" <<'PY'
import re, sys
wall, user, system, peak = open(sys.argv[1]).read().split()
log = open(sys.argv[2]).read()
def ms(stage):
    m = re.search(r"^\s+" + stage + r"\S*\s+(\d+) ms", log, re.M)
    return m.group(1) if m else "-"
gc = re.search(r"pauses\s+(\d+) ms \((\d+) gen-0", log)
print(wall, f"{float(user) + float(system):.2f}", int(peak) // 1024, gc.group(1) if gc else "-", gc.group(2) if gc else "-",
      ms("Markdown and recognisers"), ms("pages, data, search index and feeds"))
PY
  rm -f "$out" "$times"
}

results="$work/results"
printf '%-6s %-12s %8s %8s %8s %9s %6s %10s %9s\n' round revision "wall s" "cpu s" "peak MB" "gc ms" gen-0 "markdown ms" "pages ms"
for round in $(seq 1 "$rounds"); do
  # A B, then B A: a machine that drifts slower or faster through the runs weighs on both alike.
  order="0 1"; [ $((round % 2)) -eq 0 ] && order="1 0"
  for i in $order; do
    line="$(run "$i")"
    echo "$i $line" >> "$results"
    # shellcheck disable=SC2086
    printf '%-6s %-12s %8s %8s %8s %9s %6s %10s %9s\n' "$round" "${revs[$i]}" $line
  done
done
python3 - "$results" "${revs[0]}" "${revs[1]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
names = ["wall s", "cpu s", "peak MB", "gc ms", "gen-0", "markdown ms", "pages ms"]
print("medians")
for i, rev in enumerate(sys.argv[2:4]):
    mine = [r[1:] for r in rows if r[0] == str(i)]
    cells = []
    for k, name in enumerate(names):
        values = [float(r[k]) for r in mine if r[k] != "-"]
        cells.append(f"{name} {statistics.median(values):g}" if values else f"{name} -")
    print(f"  {rev}: " + ", ".join(cells))
PY
