using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SiteGen.Settings;

namespace SiteGen.Cli;

/// <summary>The options more than one command takes, each made anew for the command that adds it.</summary>
internal static class CommonOptions
{
    public static Option<string?> Templates() => new("--templates")
    {
        Description = "Use the templates in DIR (default: the report's templates/ folder).",
        HelpName = "DIR",
        Validators = { NotEmpty },
    };

    public static Option<bool> CleanUrls() => new("--clean-urls")
    {
        Description = "Link to folders (people/x/) instead of files (people/x/index.html); for sites served over HTTP.",
    };

    public static Option<bool> Timings(string what) => new("--timings") { Description = "Print how long each stage " + what + " took." };

    /// <summary>A folder option whose value cannot be empty, which the shell makes of a forgotten variable.</summary>
    public static Option<string> Folder(string name, string description, string byDefault) => new(name)
    {
        Description = description,
        HelpName = "DIR",
        DefaultValueFactory = _ => byDefault,
        Validators = { NotEmpty },
    };

    /// <summary>A whole number above 0, such as a port.</summary>
    public static Option<int?> Count(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }

            result.AddError($"{name} takes a whole number above 0, not '{text}'");
            return null;
        },
    };

    /// <summary>An absolute http(s) address, ending in '/' so page paths resolve below it rather than beside it.</summary>
    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "Where the report is published (https://example.org/report/): writes sitemap.xml and gives the feed absolute links.",
        HelpName = "URL",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && PublishedAddress.Problem(url) == null)
            {
                return PublishedAddress.AsFolder(url);
            }

            result.AddError($"--base-url takes the absolute http(s) address the report is published at, such as https://example.org/report/, not '{text}'");
            return null;
        },
    };

    private static void NotEmpty(OptionResult result)
    {
        if (result.Tokens is [{ Value.Length: 0 }])
        {
            result.AddError($"{result.Option.Name} needs a value, not an empty one");
        }
    }
}
