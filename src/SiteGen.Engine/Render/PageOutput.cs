using Scriban.Runtime;
using SiteGen.Buffers;

namespace SiteGen.Render;

/// <summary>Where a template's literal text goes: straight into the page's UTF-8 bytes, as it is.</summary>
internal sealed class PageOutput(Utf8TextBuffer page) : IScriptOutput
{
    public Utf8TextBuffer Page { get; } = page;

    public void Write(string text, int offset, int count) => Page.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>A page is never read back as a string: <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/> asks for one after each partial.</summary>
    public override string ToString() => string.Empty;
}
