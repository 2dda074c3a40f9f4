namespace SiteGen.Schema
{
    /// <summary>The front-matter value types a content record may declare.</summary>
    internal enum FieldKind
    {
        /// <summary><c>string</c>: one scalar, kept as written.</summary>
        Text,

        /// <summary><c>DateOnly</c>: <c>YYYY-MM-DD</c>.</summary>
        Date,

        /// <summary><c>Uri</c>: an absolute http or https address.</summary>
        Url,

        /// <summary><c>IReadOnlyList&lt;string&gt;</c>: a YAML list of scalars.</summary>
        TextList,

        /// <summary><c>bool</c>: <c>true</c> or <c>false</c>.</summary>
        Flag,
    }
}
