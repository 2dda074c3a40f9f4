using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>A typed collection: the folder its files live in and the record its front matter becomes.</summary>
    internal sealed record CollectionSpec(
        string Folder,
        string PropertyName,
        string RecordTypeName,
        string RecordDisplayName,
        EquatableArray<FieldSpec> Fields);
}
