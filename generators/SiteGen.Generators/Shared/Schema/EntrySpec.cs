using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>One content file checked against its collection's schema: the values to emit and the problems found.</summary>
    internal sealed record EntrySpec(
        string RelativePath,
        int BodyStartLine,
        string FrontMatterSha256,
        EquatableArray<FieldValue> Values,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EntryIndex Index)
    {
        /// <summary>An entry is emitted only when its file had no errors, so the catalogue never names a broken record.</summary>
        public bool Emitted => Index.Emitted;
    }
}
