using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Check;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Write;
using static SiteGen.Cli.CommandOutput;

namespace SiteGen.Cli;

/// <summary><c>check</c>: reads the content as it is, builds in memory, verifies every link and anchor, lists unknown names.</summary>
internal sealed class CheckCommand(CommandContext context)
{
    private readonly Option<string?> _templates = CommonOptions.Templates();
    private readonly Option<bool> _cleanUrls = CommonOptions.CleanUrls();
    private readonly Option<bool> _strict = new("--warnings-as-errors") { Description = "Fail on warnings too, for CI." };
    private readonly Option<bool> _draftPeople = new("--draft-people")
    {
        Description = "Write a draft person file to drafts/people/ for each unknown name (SG0401), to review and move to content/people/.",
    };

    public Command Command()
    {
        var command = new Command("check", "Read the content as it is, build in memory, verify every internal link and anchor; list unknown names.")
        {
            _templates, _cleanUrls, _strict, _draftPeople,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var (report, output, errors, _) = context;
        report = report.WithTemplates(parsed.GetValue(_templates));
        var cleanUrls = parsed.GetValue(_cleanUrls);
        var strict = parsed.GetValue(_strict);
        var draftPeople = parsed.GetValue(_draftPeople);

        // The content is read as it is now, not compiled: check works, and says where, whatever state a file is in.
        var clock = Stopwatch.StartNew();
        var read = new ContentFolderReader(report.ContentRoot, ReportCollections.All).Read();
        if (read.Content is null || report.Settings.HasErrors)
        {
            Report([.. report.Settings.Problems, .. read.Problems], errors);
            errors.WriteLine("Check failed: fix the errors above.");
            return ExitCodes.ContentErrors;
        }

        var site = new SiteBuilder(report.Options(cleanUrls), report.TemplatesRoot, report.StaticRoot).BuildInMemory(read.Content);
        var broken = SiteChecker.Check(site.Files, Path.GetFullPath("_site"),
            ContentLinkSources.Of(read.Content, new SitePaths(cleanUrls)), new TemplateLinkSources(report.TemplatesRoot));
        var warnings = report.Settings.Problems.Concat(read.Problems).Concat(site.Warnings).ToList();
        Report(warnings.Concat(broken).ToList(), errors);
        output.WriteLine(Summary("Checked", site, warnings.Count, clock) + string.Create(CultureInfo.InvariantCulture, $" {broken.Count} broken link(s)."));
        if (draftPeople)
        {
            var drafts = new PersonDrafts(Path.Combine(report.Root, "drafts", "people"), report.ContentRoot).Write(site.UnknownNames);
            foreach (var draft in drafts)
            {
                output.WriteLine("Drafted " + draft);
            }

            output.WriteLine(drafts.Count == 0
                ? "No person file to draft: every name the articles introduce has one (or a draft already)."
                : "Review each draft (one person? the right spellings?), write its role, and move it to content/people/; drafts are never published.");
        }

        var failed = broken.Count > 0 || (strict && warnings.Count > 0);
        if (failed)
        {
            errors.WriteLine(strict && broken.Count == 0
                ? "Check failed: warnings count as errors (--warnings-as-errors)."
                : "Check failed: fix the errors above.");
        }

        return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
