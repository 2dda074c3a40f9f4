using System.CommandLine;

namespace SiteGen.Cli;

/// <summary><c>init DIR</c>: a new, empty report that builds at once.</summary>
internal sealed class InitCommand(CommandContext context)
{
    private readonly Argument<string> _folder = new("folder") { Description = "The folder to write the report into: new or empty.", HelpName = "DIR" };
    private readonly Option<string?> _title = new("--title") { Description = "The report's title (default: the folder's name).", HelpName = "TITLE" };

    private readonly Option<string?> _packages = new("--packages")
    {
        Description = "A folder of SiteGen packages (the one sitegen was installed from): its SiteGen and SiteGen.Engine packages are copied into the report's packages/, which its nuget.config names, so the report restores them on any machine and in CI.",
        HelpName = "FEED",
    };

    public Command Command()
    {
        var command = new Command("init", "Write a new, empty report into DIR (new or empty): project file, report.yml, templates, a publishing workflow.")
        {
            _folder, _title, _packages,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var folder = parsed.GetValue(_folder)!;
        var root = Path.GetFullPath(folder);
        var written = StarterReport.Write(root, parsed.GetValue(_title) ?? Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), parsed.GetValue(_packages));
        context.Output.WriteLine($"Created a report in {root} ({written.Count} files, SiteGen.Engine {StarterReport.EngineVersion}).");
        context.Output.WriteLine("Next: cd " + folder + ", add an outlet and an article (sitegen new outlet \"Name\", sitegen new article \"Title\"), then sitegen serve.");
        return ExitCodes.Success;
    }
}
