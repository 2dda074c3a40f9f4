namespace SiteGen.Cli;

/// <summary><c>init DIR</c>: a new, empty report that builds at once.</summary>
internal static class InitCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var folder = args.Positional() ?? throw new UsageException("init needs the folder to create the report in, e.g. init my-report");
        var title = args.Value("--title");
        args.EnsureNothingLeft();

        var root = Path.GetFullPath(folder);
        var written = StarterReport.Write(root, title ?? Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)));
        output.WriteLine($"Created a report in {root} ({written.Count} files, SiteGen.Engine {StarterReport.EngineVersion}).");
        output.WriteLine("Next: cd " + folder + ", add an outlet and an article (sitegen new outlet \"Name\", sitegen new article \"Title\"), then sitegen serve.");
        return ExitCodes.Success;
    }
}
