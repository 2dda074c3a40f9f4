using SiteGen.Content;

namespace SiteGen.Build;

/// <summary>The Markdown of the bodies a build must render, and the people they are rendered against.</summary>
/// <param name="People">A fingerprint of the people files: an article rendered against other people is rendered again.</param>
internal sealed record BodyTexts(string People, IReadOnlyDictionary<ContentRecord, string> Markdown);
