using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Scriban.Parsing;
using SiteGen.Model.Views;

namespace SiteGen.Render.Compiled;

/// <summary>
/// The templates as the report's compile turned them into C#: one method per page template and one for the layout,
/// partials written in place. Each knows the text it was compiled from, so the renderer uses a compiled page only while
/// the layout, the page's template and the partials it includes are as they were.
/// </summary>
public abstract class CompiledTemplates
{
    /// <param name="sources">The SHA-256 of each template's text compiled, by name (<c>layout</c>, <c>pages/article</c>, <c>partials/pager</c>).</param>
    /// <param name="pages">For each compiled page template (<c>article</c>), the templates it reads.</param>
    protected CompiledTemplates(IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string[]> pages)
    {
        Sources = sources;
        Pages = pages;
    }

    public IReadOnlyDictionary<string, string> Sources { get; }

    public IReadOnlyDictionary<string, string[]> Pages { get; }

    /// <summary>The compiled templates of a report's assembly, if its compile made any.</summary>
    public static CompiledTemplates? Of(Assembly report) =>
        report.GetCustomAttribute<CompiledTemplatesAttribute>() is { Type: var type } ? (CompiledTemplates?)Activator.CreateInstance(type) : null;

    /// <summary>The fingerprint a template's text is known by: the SHA-256 of its UTF-8, as the compile computes it.</summary>
    public static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal void Render(LayoutView layout, object page, TemplateWriter output) => WriteLayout(layout, page, output);

    protected abstract void WriteLayout(LayoutView layout, object page, TemplateWriter output);

    /// <summary>Writes the page of <paramref name="view"/> where the layout has <c>{{ content }}</c>.</summary>
    protected abstract void WritePage(object view, TemplateWriter output);

    /// <summary>What a compiled template throws where the renderer would stop at a member of a value that is null.</summary>
    protected static Exception NullValue(string target, string expression, string path, int line, int column) =>
        new Scriban.Syntax.ScriptRuntimeException(
            new SourceSpan(path, new TextPosition(0, line - 1, column - 1), new TextPosition(0, line - 1, column - 1)),
            $"Object `{target}` is null. Cannot access member: {expression}");
}
