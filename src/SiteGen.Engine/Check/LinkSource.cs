namespace SiteGen.Check;

/// <summary>A place in a source file: content or a template.</summary>
internal sealed record LinkSource(string Path, int Line, int Column);
