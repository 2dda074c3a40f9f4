using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.Markdown;

/// <summary>Where links from an article body point: each entity's page, from the root of the article's page.</summary>
/// <param name="RootOf">The prefix that leads from the article's page back to the site root (<c>../../</c>).</param>
internal sealed record EntityUrls(
    Func<Article, string> RootOf,
    Func<Person, string, string> Person,
    Func<DateValue, string, string> Date,
    Func<FigureMatch, string, string> Figure);
