using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>
/// The site's Handlebars templates, each compiled once: <c>layout.hbs</c> wraps every page, <c>pages/*.hbs</c>
/// render one page kind each, <c>partials/*.hbs</c> are shared pieces. Values are HTML-encoded; a binding,
/// partial or helper that does not resolve is an error naming the template, never an empty string. A page is written
/// straight into its UTF-8 bytes: the layout is compiled as the part before <c>{{{Body}}}</c> and the part after, with
/// the page template written between them, so no page exists as an intermediate string.
/// </summary>
public sealed partial class TemplateSet
{
    private const string LayoutFile = "layout.hbs";
    private const string BodySlot = "{{{Body}}}";

    private readonly string _root;
    private readonly HandlebarsTemplate<TextWriter, object, object> _layoutHead;
    private readonly HandlebarsTemplate<TextWriter, object, object> _layoutTail;
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _pages;

    private TemplateSet(
        string root,
        HandlebarsTemplate<TextWriter, object, object> layoutHead,
        HandlebarsTemplate<TextWriter, object, object> layoutTail,
        Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> pages)
    {
        _root = root;
        _layoutHead = layoutHead;
        _layoutTail = layoutTail;
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
        handlebars.Configuration.FormatterProviders.Add(new Utf8HtmlFormatter());
        handlebars.RegisterHelper(PartialArgument, new HandlebarsBlockHelper(RenderWithArgument));

        foreach (var partial in TemplateFiles(Path.Combine(root, "partials")))
        {
            var source = Source(partial);
            Compile(partial, () => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial), source));
        }

        var layout = Source(layoutPath);
        var slot = layout.IndexOf(BodySlot, StringComparison.Ordinal);
        if (slot < 0 || layout.IndexOf(BodySlot, slot + 1, StringComparison.Ordinal) >= 0)
        {
            throw new SiteBuildException(new SiteDiagnostic(layoutPath, 1, 1, SiteErrorIds.TemplateInvalid,
                $"the layout must place the page exactly once, with {BodySlot}"));
        }

        var head = Compile(layoutPath, () => handlebars.Compile(new StringReader(layout[..slot])), $"; {BodySlot} must stand outside any {{{{#block}}}}");
        var tail = Compile(layoutPath, () => handlebars.Compile(new StringReader(layout[(slot + BodySlot.Length)..])), $"; {BodySlot} must stand outside any {{{{#block}}}}");
        var pages = TemplateFiles(Path.Combine(root, "pages")).ToDictionary(
            p => Path.GetFileNameWithoutExtension(p),
            p => Compile(p, () => handlebars.Compile(new StringReader(Source(p)))),
            StringComparer.Ordinal);
        return new TemplateSet(root, head, tail, pages);
    }

    /// <summary>What the template files are now (paths, sizes, write times): equal fingerprints mean nothing to recompile.</summary>
    public static string Fingerprint(string root) =>
        Directory.Exists(root)
            ? string.Join('\n', Content.FolderWalk.FilesAndLinks(root)
                .OrderBy(f => f.FullName, StringComparer.Ordinal)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.FullName}|{(f as FileInfo)?.Length}|{f.LastWriteTimeUtc.Ticks}")))
            : string.Empty;

    /// <summary>
    /// The page inside the layout, as UTF-8 bytes: a view of a buffer this thread renders its next page into, so write
    /// or copy it first (a copy per page was a large-object allocation for every page listing hundreds of mentions).
    /// </summary>
    public ReadOnlyMemory<byte> Render(Page page, LayoutView layout)
    {
        var templatePath = Path.Combine(_root, "pages", page.Template + ".hbs");
        if (!_pages.TryGetValue(page.Template, out var template))
        {
            throw new SiteBuildException(new SiteDiagnostic(templatePath, 1, 1, SiteErrorIds.TemplateInvalid,
                $"there is no template for '{page.Template}' pages; add pages/{page.Template}.hbs"));
        }

        var layoutPath = Path.Combine(_root, LayoutFile);
        var output = t_page ??= new Utf8TextBuffer(64 * 1024);
        try
        {
            Run(layoutPath, () => _layoutHead(output, layout));
            Run(templatePath, () => template(output, page.View));
            Run(layoutPath, () => _layoutTail(output, layout));
            return output.Take();
        }
        catch
        {
            // After a failed page the writer may hold part of it: the next page gets a new buffer.
            t_page = null;
            throw;
        }
    }

    /// <summary>
    /// One buffer per thread, kept between pages: a fresh buffer per page grew by doubling, and for the large pages of an
    /// archive (hundreds of kilobytes) every step was a large-object allocation, which the runtime pays for with full
    /// collections.
    /// </summary>
    [ThreadStatic]
    private static Utf8TextBuffer? t_page;

    /// <summary>
    /// A template's text as Handlebars.Net renders it fastest, with the same output:
    /// <list type="bullet">
    /// <item>the indentation before a partial that stands on its own line removed. Handlebars.Net renders such a partial
    /// into a string of its own and then writes it again line by line with the indentation (at 10,000 articles a fifth
    /// of everything a build allocated), and its values then miss the encoding of quotes every other value gets. The
    /// output loses only that indentation.</item>
    /// <item>a partial given a value (<c>{{> person-list People}}</c>) called inside a block that makes the value its
    /// context (<see cref="PartialArgument"/>). Handlebars.Net makes a new binding context for such a call and never
    /// returns it to its pool, so every later context is made anew too: about 10 KB per call, 40 KB for every article
    /// page. Hash arguments and other forms are left as written.</item>
    /// </list>
    /// </summary>
    private static string Source(string path)
    {
        var text = IndentedPartial().Replace(File.ReadAllText(path), string.Empty);
        return PartialWithArgument().Replace(text, call =>
        {
            var (open, name, argument, close) = (call.Groups["open"].Value, call.Groups["name"].Value, call.Groups["argument"].Value, call.Groups["close"].Value);
            // A partial alone on its line stays alone on its line, so the line's break is dropped as before.
            var alone = (call.Index == 0 || text[call.Index - 1] == '\n') && (call.Index + call.Length == text.Length || text[call.Index + call.Length] is '\r' or '\n');
            var separator = alone ? "\n" : string.Empty;
            return $"{{{{{open}#{PartialArgument} {argument}}}}}{separator}{{{{> {name}}}}}{separator}{{{{/{PartialArgument}{close}}}}}";
        });
    }

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?>)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IndentedPartial();

    [GeneratedRegex(@"\{\{(?<open>~?)>[ \t]*(?<name>[\w.\-/]+)[ \t]+(?<argument>[\w.\-/@\[\]]+)[ \t]*(?<close>~?)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex PartialWithArgument();

    /// <summary>The block helper <see cref="Source"/> calls a partial with a value in: its block, with the value as context.</summary>
    private const string PartialArgument = "partial-argument";

    private static void RenderWithArgument(EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments) =>
        options.Template(output, arguments[0]);

    private static IEnumerable<string> TemplateFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal)
            : [];

    private static T Compile<T>(string path, Func<T> compile, string advice = "")
    {
        try
        {
            return compile();
        }
        catch (HandlebarsException e)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.TemplateInvalid,
                $"the template does not parse: {e.Message}; check that every {{{{#block}}}} is closed{advice}"));
        }
    }

    private static void Compile(string path, Action compile) => Compile(path, () => { compile(); return 0; });

    private static void Run(string path, Action render)
    {
        try
        {
            render();
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.TemplateFailed,
                $"the template failed: {e.Message}; templates may use only the values, partials and helpers SiteGen provides (see docs/templates.md)"));
        }
    }
}
