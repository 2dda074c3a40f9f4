namespace SiteGen.Content;

/// <summary>Where a record's body lives and the fingerprint of the file it was compiled from.</summary>
/// <param name="RelativePath">The path below the content root, with '/' separators.</param>
/// <param name="BodyStartLine">The 1-based line where the Markdown body starts, after the closing '---'.</param>
/// <param name="FrontMatterSha256">
/// The SHA-256 of the file's front matter (the text before <paramref name="BodyStartLine"/>) at compile time: what the
/// record was made from. A body edited since is read as it is; a front matter edited since is refused.
/// </param>
public sealed record ContentFile(string RelativePath, int BodyStartLine, string FrontMatterSha256);
