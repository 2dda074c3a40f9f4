namespace SiteGen.Write;

/// <summary>Writes a whole site at once through a <see cref="SiteStaging"/>: all of it appears, or none of it.</summary>
internal static class SiteWriter
{
    /// <summary>The file that marks a folder as SiteGen's output, which a build may replace.</summary>
    public const string Marker = ".sitegen";

    public static SiteStaging Write(string outputFolder, IEnumerable<OutputFile> files)
    {
        var staging = SiteStaging.Begin(outputFolder);
        using (staging)
        {
            foreach (var file in files)
            {
                staging.Add(file);
            }

            staging.Commit();
        }

        return staging;
    }
}
