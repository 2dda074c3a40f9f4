namespace SiteGen.Content;

/// <summary>Where a record's body lives and the fingerprint of the file it was compiled from.</summary>
/// <param name="RelativePath">The path below the content root, with '/' separators.</param>
/// <param name="BodyStartLine">The 1-based line where the Markdown body starts, after the closing '---'.</param>
/// <param name="Sha256">The SHA-256 of the whole file's text at compile time.</param>
public sealed record ContentFile(string RelativePath, int BodyStartLine, string Sha256);
