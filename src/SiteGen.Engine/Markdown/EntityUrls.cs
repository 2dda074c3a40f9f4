using SiteGen.Content;
using SiteGen.CrossReference;

namespace SiteGen.Markdown;

/// <summary>Where links from an article body point: each entity's page, relative to the article page.</summary>
public sealed record EntityUrls(Func<Person, string> Person, Func<DateValue, string> Date, Func<FigureMatch, string> Figure);
