using SiteGen.Diagnostics;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary>Dispatches the command; every failure is a message and an exit code, never a stack trace.</summary>
internal static class CommandLine
{
    public const string Usage = """
        SiteGen builds a cross-referenced static HTML report from the Markdown content of the report in the current
        folder (report.yml, content/, templates/ and static/ beside the report's project file).

        Usage:
          sitegen [build [options]]
          sitegen serve [--port N] [--timings]
          sitegen check [--warnings-as-errors] [--draft-people]
          sitegen new article|person|outlet "Title"
          sitegen init DIR [--title "Title"]
          sitegen help
        (In SiteGen's own repository, run it as: dotnet run --project src/SiteGen -- COMMAND …)

        Commands:
          build      Compile the report's content (a mistake is an error at its file and line) and build the site (the default command).
          serve      Preview the report on http://127.0.0.1 (port 8080 or the next free one); pages reload on every edit.
          check      Read the content as it is, build in memory, verify every internal link and anchor; list unknown names.
          new        Start a content file with the right front matter: new article "Title", new person "Name", new outlet "Name".
          init       Write a new, empty report into DIR (new or empty): project file, report.yml, templates, a publishing workflow.
          help       Show this text.

        Options of build and check:
          --out DIR              Write the site to DIR (default: _site). DIR must be new, empty or an earlier SiteGen output.
          --templates DIR        Use the templates in DIR (default: the report's templates/ folder).
          --clean-urls           Link to folders (people/x/) instead of files (people/x/index.html); for sites served over HTTP.
          --base-url URL         (build) Where the report is published (https://example.org/report/): writes sitemap.xml and gives the feed absolute links.
          --open                 Open the report in the default browser after building.
          --timings              (build, serve) Print how long each stage took (serve: of every rebuild).
          --warnings-as-errors   (check) Fail on warnings too, for CI.
          --draft-people         (check) Write a draft person file to drafts/people/ for each unknown name (SG0401), to review and move to content/people/.
          --port N               (serve) Listen on this port.
          -h, --help             Show this text.

        Exit codes: 0 success, 1 content or template errors (printed as path(line,col): error SGnnnn: ...), 2 usage errors.
        """;

    /// <summary>Runs the command on the report in the current folder.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, CancellationToken stop = default) =>
        Run(args, output, errors, Report.In(Directory.GetCurrentDirectory(), errors), stop);

    /// <summary>Runs the command on <paramref name="report"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, Report report, CancellationToken stop = default)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "build";
        var rest = new Arguments(args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args);
        try
        {
            if (command == "help" || rest.WantsHelp)
            {
                output.WriteLine(Usage);
                return ExitCodes.Success;
            }

            return command switch
            {
                "build" => BuildCommand.Build(rest, report, output, errors),
                "check" => BuildCommand.Check(rest, report, output, errors),
                "serve" => ServeCommand.Run(rest, report, output, stop),
                "new" => NewCommand.Run(rest, report, output),
                "init" => InitCommand.Run(rest, output),
                _ => throw new UsageException($"unknown command '{command}'; the commands are build, serve, check, new, init and help"),
            };
        }
        catch (UsageException e)
        {
            errors.WriteLine("error: " + e.Message);
            errors.WriteLine("Run 'sitegen help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (PortInUseException e)
        {
            errors.WriteLine($"error {SiteErrorIds.PortInUse}: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (ContentNotCompiledException e)
        {
            errors.WriteLine(e.Message);
            errors.WriteLine("Nothing was written; the previous site, if any, is unchanged.");
            return ExitCodes.ContentErrors;
        }
        catch (SiteBuildException e)
        {
            foreach (var error in e.Errors)
            {
                errors.WriteLine(error);
            }

            errors.WriteLine($"Failed: {e.Errors.Count} error(s). Nothing was written; the previous site, if any, is unchanged.");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error SG0300: {e.Message}; check the path and its permissions");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e)
        {
            // A failure SiteGen did not foresee is still a message, not a stack trace; its type helps a bug report.
            // The innermost exception says what went wrong; wrappers such as TypeInitializationException only say where.
            var cause = e.GetBaseException();
            errors.WriteLine($"error {SiteErrorIds.Unexpected}: SiteGen failed unexpectedly ({cause.GetType().Name}: {cause.Message}). Nothing was written. Please report this with the command you ran.");
            return ExitCodes.ContentErrors;
        }
    }
}
