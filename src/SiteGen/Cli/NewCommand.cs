using System.CommandLine;
using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary><c>new article|person|outlet "Title"</c>: starts a content file with the front matter it needs.</summary>
internal sealed class NewCommand(CommandContext context)
{
    public Command Command() => new("new", "Start a content file with the right front matter.")
    {
        Kind("article", "an article, dated today", "Title", (scaffold, title) => scaffold.NewArticle(title, DateOnly.FromDateTime(DateTime.Now))),
        Kind("person", "a person, with the spellings the articles use", "Name", (scaffold, name) => scaffold.NewPerson(name)),
        Kind("outlet", "an outlet the articles come from", "Name", (scaffold, name) => scaffold.NewOutlet(name)),
    };

    private Command Kind(string name, string what, string titleName, Func<ContentScaffold, string, string> create)
    {
        var title = new Argument<string>(titleName.ToLowerInvariant()) { Description = $"The {titleName.ToLowerInvariant()}, in quotes.", HelpName = titleName };
        var command = new Command(name, $"Start the file of {what}: new {name} \"{titleName}\".") { title };
        command.SetAction(parsed =>
        {
            var path = create(new ContentScaffold(context.Report.ContentRoot), parsed.GetValue(title)!);
            context.Output.WriteLine("Created " + path);
            context.Output.WriteLine("Fill in the empty fields; the next build points at any that are still missing.");
            return ExitCodes.Success;
        });
        return command;
    }
}
