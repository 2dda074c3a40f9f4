using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>A validated front-matter value ready to be written as C#.</summary>
    internal sealed record FieldValue(string PropertyName, FieldKind Kind, string Text, EquatableArray<string> Items);
}
