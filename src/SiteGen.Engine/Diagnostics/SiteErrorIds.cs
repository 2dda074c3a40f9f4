namespace SiteGen.Diagnostics;

/// <summary>Ids of the problems found while building the site, in order; compile-time ids (SG00xx) live with the generator, and every id with its severity is in <see cref="DiagnosticCatalogue"/>.</summary>
internal static class SiteErrorIds
{
    /// <summary>A content file's front matter changed since the report was compiled.</summary>
    public const string ContentChanged = "SG0101";

    /// <summary>A content file named by a compiled record cannot be read.</summary>
    public const string ContentUnreadable = "SG0102";

    /// <summary>A content file about to be created exists already, or its title gives no file name.</summary>
    public const string ContentExists = "SG0103";

    /// <summary>A Markdown body nests more deeply than the renderer allows.</summary>
    public const string MarkdownTooDeep = "SG0104";

    /// <summary>A template file is missing or does not parse (also found by the compiler).</summary>
    public const string TemplateInvalid = SiteGen.Templates.TemplateRules.InvalidId;

    /// <summary>A template failed while rendering: an unknown value, partial or helper (the compiler finds those it can).</summary>
    public const string TemplateFailed = SiteGen.Templates.TemplateRules.FailedId;

    /// <summary>A file or folder the system refuses to read or write (its permissions, a name it does not allow), where no other id says more.</summary>
    public const string FileRefused = "SG0300";

    /// <summary>The output folder cannot be written, or is not a folder SiteGen may replace.</summary>
    public const string OutputRefused = "SG0301";

    /// <summary>A file of <c>templates/assets/</c> or <c>static/</c> cannot be shipped: a link that leaves its folder, or a path the site already writes.</summary>
    public const string VerbatimFileRefused = "SG0302";

    /// <summary>The folder a command works on is not a report: no project file, or more than one.</summary>
    public const string NotAReport = "SG0303";

    /// <summary><c>serve</c> cannot listen: the port asked for, or every port it tries, is in use.</summary>
    public const string PortInUse = "SG0304";

    /// <summary>Warning: a name that looks like a person's is not in the people collection.</summary>
    public const string UnknownPerson = "SG0401";

    /// <summary>A spelling (name or alias) two person files claim.</summary>
    public const string SpellingClaimedTwice = "SG0402";

    /// <summary>Warning: an alias that is also a month, a weekday or an everyday word, and captures those.</summary>
    public const string AliasCapturesWords = "SG0403";

    /// <summary>Warning: spellings of two people that look the same but are written with different letters.</summary>
    public const string LookAlikeSpelling = "SG0404";

    /// <summary>A link or anchor in the built site points nowhere.</summary>
    public const string BrokenLink = "SG0501";

    /// <summary>SiteGen itself failed where nothing foreseen went wrong: a bug to report, with the file named where one is known.</summary>
    public const string Unexpected = "SG0900";
}
