using System.Globalization;

namespace SiteGen.Build;

/// <summary>A problem found while building, in the compiler's format so editors and CI annotate it: <c>path(line,col): error SGnnnn: message</c>.</summary>
public sealed record SiteError(string Path, int Line, int Column, string Id, string Message)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): error {Id}: {Message}");
}
