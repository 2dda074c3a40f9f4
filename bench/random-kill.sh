#!/usr/bin/env bash
# Kills `sitegen build` at random moments, again and again, on a site holding thousands of files SiteGen did not
# write, then builds once more and checks that every one of those files is still there with its bytes.
#   bash bench/random-kill.sh [kills] [files]        (defaults: 50 kills, 5,000 files)
# Builds the repository's own report from a copy, with the program built by `dotnet build SiteGen.sln`.
set -euo pipefail
kills=${1:-50}
files=${2:-5000}
repo=$(cd "$(dirname "$0")/.." && pwd)
program="$repo/src/SiteGen/bin/Debug/net10.0/SiteGen.dll"
[ -f "$program" ] || { echo "build the solution first: dotnet build SiteGen.sln" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/report"
(cd "$repo" && git archive HEAD src generators content templates Directory.Build.props Directory.Packages.props global.json Report.csproj report.yml) | tar -x -C "$work/report"
site="$work/site"
build() { (cd "$work/report" && dotnet "$program" build --out "$site" >/dev/null 2>&1); }
build

# Half in folders of their own, half inside the folders the site writes (each moved one by one when a build commits).
pages=($(cd "$site" && find articles people -mindepth 1 -maxdepth 1 -type d | sort))
for ((i = 0; i < files; i++)); do
  if ((i % 2 == 0)); then dir="$site/notes/$((i % 100))"; else dir="$site/${pages[$((i % ${#pages[@]}))]}"; fi
  mkdir -p "$dir"
  printf 'written by a person, %d\n' "$i" > "$dir/note-$i.txt"
done
fingerprint() { (cd "$site" && find . -name 'note-*.txt' -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1); }
before=$(fingerprint)
start=$(date +%s%N); build; span=$(( ($(date +%s%N) - start) / 1000000 ))
staged=0 committing=0
declare -A seen

for ((k = 1; k <= kills; k++)); do
  # Anywhere in a build's span: the kills that land while it writes are the ones that can lose a file.
  delay=$(awk -v seed="$RANDOM" -v span="$span" 'BEGIN { srand(seed); printf "%.3f", rand() * span / 1000 }')
  (cd "$work/report" && exec setsid dotnet "$program" build --out "$site" >/dev/null 2>&1) &
  pid=$!
  sleep "$delay"
  kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for leftover in "$work"/.site.staging-*; do
    [ -d "$leftover" ] && [ -z "${seen[$leftover]:-}" ] || continue
    seen[$leftover]=1
    staged=$((staged + 1))
    [ -s "$leftover/.sitegen-staging" ] && committing=$((committing + 1))
  done
  # The next build is the one that must put things right: the leftovers are its to sweep, as after a real kill.
done

build
after=$(fingerprint)
kept=$(cd "$site" && find . -name 'note-*.txt' -type f | wc -l)
[ -f "$site/index.html" ] && index=yes || index=no
echo "$kills kills at random moments of a ${span} ms build ($staged left a staging folder, $committing of them while carrying the files into the new site); $kept of $files files kept; same bytes: $([ "$before" = "$after" ] && echo yes || echo no); site built after: $index"
[ "$before" = "$after" ] && [ "$kept" -eq "$files" ] && [ "$index" = yes ]
