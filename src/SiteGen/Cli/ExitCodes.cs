namespace SiteGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Content or templates have errors; they were printed.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong; usage was printed.</summary>
    public const int UsageError = 2;
}
