using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>The partial class marked with <c>[ContentCollection]</c> attributes, and the collections it declares.</summary>
    internal sealed record CatalogueSpec(
        string Namespace,
        string ClassName,
        string Modifiers,
        EquatableArray<CollectionSpec> Collections,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
