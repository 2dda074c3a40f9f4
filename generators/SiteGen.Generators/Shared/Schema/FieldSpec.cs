namespace SiteGen.Schema
{
    /// <summary>One front-matter key of a collection, read from a property of its record.</summary>
    /// <param name="ReferencedFolder">The collection whose keys this field's values must name, if any.</param>
    /// <param name="IsSlug">The field is the collection's URL slug: unique ignoring case, lower-case words joined by hyphens.</param>
    internal sealed record FieldSpec(
        string Key,
        string PropertyName,
        FieldKind Kind,
        bool Required,
        string? ReferencedFolder,
        bool IsSlug);
}
