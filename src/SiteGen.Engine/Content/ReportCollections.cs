namespace SiteGen.Content;

/// <summary>
/// The collections of every report and the folder of <c>content/</c> each is read from: what a report's compiled
/// <c>SiteContent</c> declares for the generator, and what the commands that read a report at run time read.
/// </summary>
internal static class ReportCollections
{
    public static IReadOnlyList<ContentCollectionAttribute> All { get; } =
    [
        new(typeof(Article), "articles"),
        new(typeof(Person), "people"),
        new(typeof(Outlet), "outlets"),
        new(typeof(Quantity), "quantities"),
    ];
}
