using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>
    /// What the cross-file checks and the catalogue need of an entry. It leaves out values and fingerprint,
    /// so editing an article's text does not re-run the checks over every file.
    /// </summary>
    /// <param name="IdentityField">What makes the entry unique: its <c>slug</c> field, or its file name.</param>
    internal sealed record EntryIndex(
        string Folder,
        string Key,
        string Path,
        string IdentityField,
        string Identity,
        SourceSpot IdentitySpot,
        EquatableArray<ReferenceSpec> References,
        string RelativePath,
        bool Emitted);
}
