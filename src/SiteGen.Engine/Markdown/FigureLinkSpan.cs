namespace SiteGen.Markdown;

/// <summary>
/// Where a figure's link stands in a rendered body, in bytes from the body's start: its opening tag and its closing
/// <c>&lt;/a&gt;</c>. A body is rendered before the site knows which figures recur, so a figure that gets no page
/// is turned back into marked text afterwards (<see cref="ConvertedBody.HtmlLinking"/>).
/// </summary>
internal readonly record struct FigureLinkSpan(string Key, int OpenStart, int OpenLength, int CloseStart);
