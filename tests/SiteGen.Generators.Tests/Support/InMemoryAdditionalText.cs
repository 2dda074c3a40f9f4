using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SiteGen.Generators.Tests;

/// <summary>A content file that exists only in the test; a null text stands for a file that cannot be read.</summary>
public sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        text == null ? null : SourceText.From(text);
}
