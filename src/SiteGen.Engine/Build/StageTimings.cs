using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Collects stage timings, a stage measured twice adding up, and tells <paramref name="progress"/> as each stage starts.</summary>
internal sealed class StageTimings(Action<string>? progress = null)
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work)
    {
        progress?.Invoke(stage);
        var clock = Stopwatch.StartNew();
        var result = work();
        var at = _stages.FindIndex(s => s.Stage == stage);
        if (at >= 0)
        {
            _stages[at] = _stages[at] with { Elapsed = _stages[at].Elapsed + clock.Elapsed };
        }
        else
        {
            _stages.Add(new StageTiming(stage, clock.Elapsed));
        }

        return result;
    }

    public void Measure(string stage, Action work) => Measure(stage, () =>
    {
        work();
        return true;
    });
}
