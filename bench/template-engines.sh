#!/usr/bin/env bash
# The page stage with the last Handlebars.Net revision's templates against today's Scriban templates (compiled and
# interpreted), alternated: each round runs the Handlebars.Net revision's page stage, then today's.
#
#   bash bench/template-engines.sh                  # 10,000 articles, 2 rounds, Handlebars.Net revision c6bd1ca, HEAD
#   bash bench/template-engines.sh 10000 3 c6bd1ca main
#
# The page stage is every page of a synthetic archive made from its view and written by its template, in one process
# (BenchmarkDotNet, 1 warm-up and 5 iterations). The Handlebars.Net revision had no such benchmark, so this script
# adds one to a copy of it, written against that revision's API exactly as `PageStageBenchmarks` is written against
# today's. Each revision writes its own synthetic archive (today's reader refuses none of the old one's keys, the old
# reader some of today's); the pages differ too (today's lists are paged, figures need two reports), so each run
# prints the pages it renders and their bytes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-10000}"
rounds="${2:-2}"
handlebars="${3:-c6bd1ca}"
scriban="${4:-HEAD}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d)"
trap 'rm -rf "$work"; git -C "$repo" worktree prune' EXIT
git -C "$repo" worktree add --detach -q "$work/handlebars" "$handlebars"
git -C "$repo" worktree add --detach -q "$work/scriban" "$scriban"
cat > "$work/handlebars/bench/SiteGen.Benchmarks/PageStageBenchmarks.cs" << 'EOF'
using System.Reflection;
using BenchmarkDotNet.Attributes;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Corpus;
using SiteGen.Model;

namespace SiteGen.Benchmarks;

[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PageStageBenchmarks
{
    private string _folder = null!;
    private SitePlan _plan = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [Params("Handlebars.Net")]
    public string Templates { get; set; } = "";

    private static string RepositoryRoot =>
        typeof(PageStageBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SiteGen.RepositoryRoot").Value!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("sitegen-page-stage-").FullName;
        new SyntheticCorpus(Articles).Write(_folder);
        var content = new ContentFolderReader(_folder, ReportCollections.All).Read().Content
            ?? throw new InvalidOperationException("the synthetic archive does not read");
        _plan = new SiteBuilder(new SiteOptions("Archive", "A synthetic archive."), Path.Combine(RepositoryRoot, "templates"))
            .Plan(content, new StageTimings());
        Console.WriteLine($"// pages rendered: {_plan.Pages.Count:N0}, {RenderEveryPage() / 1e6:N1} MB");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "every page: view and template")]
    public long RenderEveryPage()
    {
        long bytes = 0;
        foreach (var page in _plan.Pages)
        {
            bytes += _plan.Render(page).Length;
        }

        return bytes;
    }
}
EOF
for tree in handlebars scriban; do
  dotnet build "$work/$tree/bench/SiteGen.Benchmarks" -c Release -v q -nologo > /dev/null
done

# One run of a revision's page stage: its result rows and the pages line of its setup. Each revision has its own
# artifacts folder: BenchmarkDotNet builds a project of its own beside them, which must not be shared.
page_stage() {
  local tree=$1 log; log="$(mktemp)"
  (cd "$work/$tree" && dotnet run -c Release --no-build --project bench/SiteGen.Benchmarks -- --filter '*PageStage*' --artifacts "$work/artifacts-$tree") > "$log" 2>&1
  grep -m 1 '^// pages rendered' "$log" | sed 's|^// |  |'
  grep -E '^\| .*every page' "$log" | awk -F'|' '{ printf "  %-16s %s ± %s, allocated %s\n", $4, $5, $6, $NF==""?$(NF-1):$NF }'
  rm -f "$log"
}

echo "articles: $n; Handlebars.Net revision $(git -C "$repo" rev-parse --short "$handlebars"), Scriban revision $(git -C "$repo" rev-parse --short "$scriban")"
for round in $(seq 1 "$rounds"); do
  echo "round $round: Handlebars.Net"
  page_stage handlebars
  echo "round $round: Scriban"
  page_stage scriban
done
