using System.Globalization;
using System.Net;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Serve;

/// <summary>
/// What the preview adds to pages it serves, never to built output: a script that reloads the page when the site
/// changes, and, when the latest edit is broken, a banner listing the problems above the last good page.
/// </summary>
internal static class LiveReload
{
    public const string VersionPath = "/__sitegen/version";

    /// <param name="heading">What the banner of problems says first, if there are problems; by default whether the
    /// latest edit builds (with warnings) or not (and this is the last good version).</param>
    public static byte[] Decorate(byte[] html, PreviewSite site, string? heading = null)
    {
        var page = Encoding.UTF8.GetString(html);
        heading ??= site.Problems.Any(p => !p.IsWarning)
            ? (site.Plan == null ? "The report does not build yet:" : "The latest edit does not build; this is the last good version.")
            : "The latest edit builds, with warnings:";
        var banner = site.Problems.Count == 0 ? string.Empty : Banner(heading, site.Problems);
        var script = string.Create(CultureInfo.InvariantCulture, $$"""
            <script>
            (async () => {
              let version = {{site.Version}};
              for (;;) {
                try {
                  const response = await fetch("{{VersionPath}}?since=" + version, { cache: "no-store" });
                  if (!response.ok) { await new Promise(resolve => setTimeout(resolve, 1000)); continue; }
                  const next = Number((await response.text()).trim());
                  if (next !== version) { location.reload(); return; }
                } catch { await new Promise(resolve => setTimeout(resolve, 1000)); }
              }
            })();
            </script>
            """);
        var bodyOpen = page.IndexOf("<body", StringComparison.Ordinal);
        var bodyTagEnd = bodyOpen < 0 ? -1 : page.IndexOf('>', bodyOpen);
        if (bodyTagEnd >= 0)
        {
            page = page.Insert(bodyTagEnd + 1, banner);
        }

        var close = page.LastIndexOf("</body>", StringComparison.Ordinal);
        page = close >= 0 ? page.Insert(close, script) : page + script;
        return Encoding.UTF8.GetBytes(page);
    }

    /// <summary>What a page whose template fails shows in the preview: the banner (added by <see cref="Decorate"/>) says why.</summary>
    public static byte[] ErrorPage(string path) =>
        Page("Cannot render " + path, "This page cannot be rendered", "Fix the template named above; the page reloads when you save it.");

    /// <summary>What every address shows while no edit has built yet: the banner lists the problems.</summary>
    public static byte[] NotBuiltPage() =>
        Page("The report does not build yet", "The report does not build yet", "Fix the problems listed above; the page shows the report as soon as you save a fix.");

    public static byte[] NotFoundPage(string path) =>
        Page("Not found: " + path, "Not found: " + path, "The report has no page at this address (yet): this page reloads when the site changes.");

    private static byte[] Page(string title, string heading, string text) => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + WebUtility.HtmlEncode(title) + "</title></head>"
        + "<body><main style=\"font:16px/1.5 system-ui,sans-serif;margin:1rem\"><h1>" + WebUtility.HtmlEncode(heading) + "</h1><p>" + WebUtility.HtmlEncode(text) + "</p></main></body></html>");

    private static string Banner(string heading, IReadOnlyList<SiteDiagnostic> problems)
    {
        var items = string.Concat(problems.Select(p => "<li><code>" + WebUtility.HtmlEncode(p.ToString()) + "</code></li>"));
        return "<aside role=\"alert\" style=\"background:#fff1e6;border:2px solid #9a3412;padding:1rem;margin:1rem;font:14px/1.4 system-ui,sans-serif\">"
            + "<strong>" + WebUtility.HtmlEncode(heading) + "</strong><ul>" + items + "</ul></aside>";
    }
}
