using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary><c>new article|person|outlet "Title"</c>: starts a content file with the front matter it needs.</summary>
internal static class NewCommand
{
    public static int Run(Arguments args, Report report, TextWriter output)
    {
        var kind = args.Positional() ?? throw new UsageException("new needs what to create: article, person or outlet");
        var title = args.Positional() ?? throw new UsageException($"new {kind} needs a title in quotes, e.g. new {kind} \"…\"");
        args.EnsureNothingLeft();

        var scaffold = new ContentScaffold(report.ContentRoot);
        var path = kind switch
        {
            "article" => scaffold.NewArticle(title, DateOnly.FromDateTime(DateTime.Now)),
            "person" => scaffold.NewPerson(title),
            "outlet" => scaffold.NewOutlet(title),
            _ => throw new UsageException($"new can create an article, a person or an outlet, not '{kind}'"),
        };
        output.WriteLine("Created " + path);
        output.WriteLine("Fill in the empty fields; the next build points at any that are still missing.");
        return ExitCodes.Success;
    }
}
