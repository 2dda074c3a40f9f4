using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary>Parses the command line and runs the command; every failure is a message and an exit code, never a stack trace.</summary>
internal static class CommandLine
{
    private const string Description = """
        SiteGen builds a cross-referenced static HTML report from the Markdown content of the report in the current
        folder (report.yml, content/, templates/ and static/ beside the report's project file). Without a command it
        builds. In SiteGen's own repository, run it as: dotnet run --project src/SiteGen -- COMMAND …

        Exit codes: 0 success, 1 content or template errors (printed as path(line,col): error SGnnnn: ...), 2 usage errors.
        """;

    /// <summary>Runs the command on the report in the current folder.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, CancellationToken stop = default) =>
        Run(args, output, errors, Report.In(Directory.GetCurrentDirectory(), errors), stop);

    /// <summary>Runs the command on <paramref name="report"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, Report report, CancellationToken stop = default)
    {
        var invocation = new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false };
        var root = Commands(new CommandContext(report, output, errors, stop), invocation);
        var parsed = root.Parse(args);
        try
        {
            var code = parsed.Invoke(invocation);
            // System.CommandLine prints a parse error, its typo corrections and the command's help, and answers 1,
            // which is SiteGen's exit code for content errors.
            return parsed.Errors.Count > 0 ? ExitCodes.UsageError : code;
        }
        catch (UsageException e)
        {
            errors.WriteLine("error: " + e.Message);
            errors.WriteLine("Run 'sitegen --help' for usage.");
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
            errors.WriteLine($"error {SiteErrorIds.FileRefused}: {e.Message}; check the path and its permissions");
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

    /// <summary>The commands; the root command builds, as <c>build</c> does.</summary>
    private static RootCommand Commands(CommandContext context, InvocationConfiguration invocation)
    {
        var root = new RootCommand(Description);
        new BuildCommand(context).AddTo(root);
        root.Subcommands.Add(new BuildCommand(context).Command());
        root.Subcommands.Add(new ServeCommand(context).Command());
        root.Subcommands.Add(new CheckCommand(context).Command());
        root.Subcommands.Add(new NewCommand(context).Command());
        root.Subcommands.Add(new InitCommand(context).Command());
        root.Subcommands.Add(HelpCommand(root, invocation));
        return root;
    }

    /// <summary><c>help [COMMAND]</c>: the help that <c>--help</c> shows, for those who type the word.</summary>
    private static Command HelpCommand(RootCommand root, InvocationConfiguration invocation)
    {
        var command = new Argument<string[]>("command") { Description = "The command to describe.", Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "Show this text, or a command's: help build.") { command };
        help.SetAction(parsed => root.Parse([.. parsed.GetValue(command) ?? [], "--help"]).Invoke(invocation));
        return help;
    }
}
