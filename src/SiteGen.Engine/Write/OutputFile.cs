namespace SiteGen.Write;

/// <summary>A file of the built site: its path below the output folder ('/' separators) and its bytes.</summary>
internal sealed record OutputFile(string Path, byte[] Content);
