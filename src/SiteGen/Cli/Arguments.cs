using SiteGen.Settings;
using System.Globalization;

namespace SiteGen.Cli;

/// <summary>The arguments after a command name, taken option by option; whatever is left over is a usage error.</summary>
internal sealed class Arguments(IEnumerable<string> args)
{
    private readonly List<string> _args = args.ToList();

    public bool WantsHelp => _args.Contains("--help") || _args.Contains("-h");

    public bool Flag(string name) => _args.Remove(name);

    public string? Value(string name)
    {
        var at = _args.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= _args.Count || _args[at + 1].StartsWith("--", StringComparison.Ordinal) || _args[at + 1].Length == 0)
        {
            throw new UsageException($"{name} needs a value");
        }

        var value = _args[at + 1];
        _args.RemoveRange(at, 2);
        return value;
    }

    public int? Count(string name)
    {
        var text = Value(name);
        if (text == null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{name} takes a whole number above 0, not '{text}'");
    }

    /// <summary>An absolute http(s) address, ending in '/' so page paths resolve below it rather than beside it.</summary>
    public Uri? BaseUrl(string name)
    {
        var text = Value(name);
        if (text == null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || PublishedAddress.Problem(url) != null)
        {
            throw new UsageException($"{name} takes the absolute http(s) address the report is published at, such as https://example.org/report/, not '{text}'");
        }

        return PublishedAddress.AsFolder(url);
    }

    /// <summary>The next argument that is not an option, such as the title of <c>new article "Title"</c>.</summary>
    public string? Positional()
    {
        var at = _args.FindIndex(a => !a.StartsWith('-'));
        if (at < 0)
        {
            return null;
        }

        var value = _args[at];
        _args.RemoveAt(at);
        return value;
    }

    public void EnsureNothingLeft()
    {
        if (_args.Count > 0)
        {
            throw new UsageException(_args[0].StartsWith('-') ? $"unknown option '{_args[0]}'" : $"unexpected argument '{_args[0]}'");
        }
    }
}
