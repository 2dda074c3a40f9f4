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

        /// <summary>The file is not text SiteGen reads anywhere in it, front matter or body: a NUL byte, bytes that are not UTF-8, lines ended by a carriage return alone.</summary>
        NotPlainText,
    }

    /// <summary>Why a file's front matter could not be read, and where.</summary>
    internal sealed record FrontMatterProblem(FrontMatterProblemKind Kind, string Message, SourceSpot Spot);
}
