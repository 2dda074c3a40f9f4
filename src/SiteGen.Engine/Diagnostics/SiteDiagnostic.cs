using System.Text;
using System.Globalization;

namespace SiteGen.Diagnostics;

/// <summary>
/// A problem found while building, in the compiler's format so editors and CI annotate it:
/// <c>path(line,col): error SGnnnn: message</c> (or <c>warning</c>).
/// </summary>
internal sealed record SiteDiagnostic(string Path, int Line, int Column, string Id, string Message, bool IsWarning = false)
{
    /// <summary>A problem the shared content rules found, as the compiler would report it.</summary>
    internal static SiteDiagnostic Of(Schema.DiagnosticInfo info) =>
        new(info.Path, info.Spot.Line, info.Spot.Column, info.Id, info.Message, IsWarning: !info.Rule.IsError);

    /// <summary>One line, as compilers write them: a line break or other control character in a file's name or the message is written as an escape (<c>\n</c>, <c>\u0007</c>), so a CI filter reads one problem per line.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OneLine(Path)}({Line},{Column}): {(IsWarning ? "warning" : "error")} {Id}: {OneLine(Message)}");

    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => line.Append("\\n"),
                '\r' => line.Append("\\r"),
                '\t' => line.Append("\\t"),
                _ when char.IsControl(c) => line.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => line.Append(c),
            };
        }

        return line.ToString();
    }
}
