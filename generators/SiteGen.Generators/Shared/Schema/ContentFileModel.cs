using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>One content file as read: its place under the content root, its fingerprint and its parsed front matter.</summary>
    /// <param name="Folder">The first folder under the content root, which names the collection.</param>
    /// <param name="Key">The file name without <c>.md</c>: the entry's identity for references.</param>
    internal sealed record ContentFileModel(
        string Path,
        string RelativePath,
        string Folder,
        string Key,
        string FrontMatterSha256,
        FrontMatterDocument Document);
}
