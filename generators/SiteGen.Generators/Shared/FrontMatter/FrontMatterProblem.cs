namespace SiteGen.FrontMatter
{
    internal enum FrontMatterProblemKind
    {
        /// <summary>The file does not start with a <c>---</c> line.</summary>
        Missing,

        /// <summary>No closing <c>---</c> line follows the opening one.</summary>
        Unterminated,

        /// <summary>The YAML between the fences does not parse, or uses a construct front matter does not allow.</summary>
        MalformedYaml,
    }

    /// <summary>Why a file's front matter could not be read, and where.</summary>
    internal sealed record FrontMatterProblem(FrontMatterProblemKind Kind, string Message, SourceSpot Spot);
}
