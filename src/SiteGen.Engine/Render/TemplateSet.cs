using System.Globalization;
using HandlebarsDotNet;
using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Model.Views;

namespace SiteGen.Render;

/// <summary>
/// The site's Handlebars templates, each compiled once: <c>layout.hbs</c> wraps every page, <c>pages/*.hbs</c>
/// render one page kind each, <c>partials/*.hbs</c> are shared pieces. Values are HTML-encoded; a binding,
/// partial or helper that does not resolve is an error naming the template, never an empty string.
/// </summary>
public sealed class TemplateSet
{
    private const string LayoutFile = "layout.hbs";

    private readonly string _root;
    private readonly HandlebarsTemplate<object, object> _layout;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _pages;

    private TemplateSet(string root, HandlebarsTemplate<object, object> layout, Dictionary<string, HandlebarsTemplate<object, object>> pages)
    {
        _root = root;
        _layout = layout;
        _pages = pages;
    }

    public string AssetsFolder => Path.Combine(_root, "assets");

    public static TemplateSet Load(string root)
    {
        var layoutPath = Path.Combine(root, LayoutFile);
        if (!File.Exists(layoutPath))
        {
            throw new SiteBuildException(new SiteDiagnostic(layoutPath, 1, 1, SiteErrorIds.TemplateInvalid,
                $"the layout template is missing; templates/ must hold {LayoutFile}, pages/*.hbs and partials/*.hbs"));
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new HtmlEncoder(),
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        });

        foreach (var partial in TemplateFiles(Path.Combine(root, "partials")))
        {
            var source = File.ReadAllText(partial);
            Compile(partial, () => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial), source));
        }

        var layout = Compile(layoutPath, () => handlebars.Compile(File.ReadAllText(layoutPath)));
        var pages = TemplateFiles(Path.Combine(root, "pages")).ToDictionary(
            p => Path.GetFileNameWithoutExtension(p),
            p => Compile(p, () => handlebars.Compile(File.ReadAllText(p))),
            StringComparer.Ordinal);
        return new TemplateSet(root, layout, pages);
    }

    /// <summary>What the template files are now (paths, sizes, write times): equal fingerprints mean nothing to recompile.</summary>
    public static string Fingerprint(string root) =>
        Directory.Exists(root)
            ? string.Join('\n', Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => new FileInfo(f))
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}")))
            : string.Empty;

    public string Render(Page page, LayoutView layout)
    {
        var templatePath = Path.Combine(_root, "pages", page.Template + ".hbs");
        if (!_pages.TryGetValue(page.Template, out var template))
        {
            throw new SiteBuildException(new SiteDiagnostic(templatePath, 1, 1, SiteErrorIds.TemplateInvalid,
                $"there is no template for '{page.Template}' pages; add pages/{page.Template}.hbs"));
        }

        var body = Run(templatePath, () => template(page.View));
        return Run(Path.Combine(_root, LayoutFile), () => _layout(layout with { Body = body }));
    }

    private static IEnumerable<string> TemplateFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal)
            : [];

    private static T Compile<T>(string path, Func<T> compile)
    {
        try
        {
            return compile();
        }
        catch (HandlebarsException e)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.TemplateInvalid,
                $"the template does not parse: {e.Message}; check that every {{{{#block}}}} is closed"));
        }
    }

    private static void Compile(string path, Action compile) => Compile(path, () => { compile(); return 0; });

    private static string Run(string path, Func<string> render)
    {
        try
        {
            return render();
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.TemplateFailed,
                $"the template failed: {e.Message}; templates may use only the values, partials and helpers SiteGen provides (see README)"));
        }
    }
}
