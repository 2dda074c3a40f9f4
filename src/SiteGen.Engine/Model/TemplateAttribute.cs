using System.Collections.Concurrent;
using System.Reflection;

namespace SiteGen.Model;

/// <summary>
/// The template that renders a view record, as its path in <c>templates/</c> without the extension: <c>layout</c>, or
/// <c>pages/article</c> for the article page. Declared once here, it is what the site's renderer picks a page's template
/// by and what the compiler checks each template's values against.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TemplateAttribute(string path) : Attribute
{
    /// <summary>The folder of the templates that render one page kind each.</summary>
    public const string PagesFolder = Templates.TemplateRules.PagesFolder;

    private static readonly ConcurrentDictionary<Type, string> PageNames = new();

    public string Path { get; } = path;

    /// <summary>The name of the page template (in <c>templates/pages/</c>, no extension) that renders views of this type.</summary>
    public static string PageOf(Type view) => PageNames.GetOrAdd(view, static type =>
        type.GetCustomAttribute<TemplateAttribute>() is { Path: var p } && p.StartsWith(PagesFolder, StringComparison.Ordinal)
            ? p[PagesFolder.Length..]
            : throw new InvalidOperationException($"{type.Name} names no page template: give it [Template(\"{PagesFolder}…\")]"));
}
