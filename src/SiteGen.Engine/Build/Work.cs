using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>How the stages run their pieces of work: on all cores, and each named by the file it is about when it fails.</summary>
internal static class Work
{
    /// <summary>
    /// Runs one piece of work for one file (an article's body, a page), so that a failure SiteGen did not foresee
    /// names the file and stops the build like any error, rather than ending the program or the preview.
    /// </summary>
    public static T Located<T>(string path, int line, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not SiteBuildException and not OperationCanceledException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, line, 1, SiteErrorIds.Unexpected,
                $"SiteGen failed on this file ({e.GetType().Name}: {e.Message}); please report it with this file"));
        }
    }

    /// <summary>Runs <paramref name="work"/> over all items on all cores, keeping their order and reporting every build error.</summary>
    public static List<TResult> InParallel<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work)
    {
        try
        {
            return items.AsParallel().AsOrdered().Select(work).ToList();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(inner => inner is SiteBuildException))
        {
            var errors = e.Flatten().InnerExceptions.Cast<SiteBuildException>().SelectMany(inner => inner.Errors).Distinct().ToList();
            throw new SiteBuildException(errors);
        }
    }
}
