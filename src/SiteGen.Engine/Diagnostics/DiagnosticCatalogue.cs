using SiteGen.Schema;
using SiteGen.Templates;

namespace SiteGen.Diagnostics;

/// <summary>How a diagnostic counts: an error stops the build; a warning is the writer's to read; information is neither.</summary>
internal enum Severity
{
    Error,
    Warning,
    Information,
}

/// <summary>One diagnostic SiteGen reports: its id, how it counts and what it is about.</summary>
internal sealed record DiagnosticEntry(string Id, Severity Severity, string Title);

/// <summary>
/// Every diagnostic of SiteGen, in the order of its id: the generator's content rules (<see cref="ContentRules"/>) and
/// template rules (<see cref="TemplateRules"/>), then the engine's (<see cref="SiteErrorIds"/>). The README's table of
/// diagnostics is tested against it, id for id and severity for severity.
/// </summary>
internal static class DiagnosticCatalogue
{
    public static IReadOnlyList<DiagnosticEntry> All { get; } =
    [
        .. ContentRules.All.Select(rule => new DiagnosticEntry(rule.Id, rule.IsError ? Severity.Error : Severity.Warning, rule.Title)),
        new(SiteErrorIds.ContentChanged, Severity.Error, "Content changed since the compile"),
        new(SiteErrorIds.ContentUnreadable, Severity.Error, "Content file not read: gone, a link SiteGen does not follow, or not a file"),
        new(SiteErrorIds.ContentExists, Severity.Error, "New content file exists already"),
        new(SiteErrorIds.MarkdownTooDeep, Severity.Error, "Markdown nested too deeply"),
        new(TemplateRules.InvalidId, Severity.Error, "Template missing or does not parse"),
        new(TemplateRules.FailedId, Severity.Error, "Template uses what does not exist, or fails"),
        new(TemplateRules.InterpretedId, Severity.Information, "Template left to the interpreter"),
        new(SiteErrorIds.FileRefused, Severity.Error, "File or folder refused by the system"),
        new(SiteErrorIds.OutputRefused, Severity.Error, "Output folder refused"),
        new(SiteErrorIds.VerbatimFileRefused, Severity.Error, "Static or asset file refused"),
        new(SiteErrorIds.NotAReport, Severity.Error, "Not a report's folder"),
        new(SiteErrorIds.PortInUse, Severity.Error, "Preview port in use"),
        new(SiteErrorIds.UnknownPerson, Severity.Warning, "Person not in the people collection"),
        new(SiteErrorIds.SpellingClaimedTwice, Severity.Error, "Spelling claimed by two people"),
        new(SiteErrorIds.AliasCapturesWords, Severity.Warning, "Alias that is an everyday word"),
        new(SiteErrorIds.LookAlikeSpelling, Severity.Warning, "Spellings alike but for look-alike letters"),
        new(SiteErrorIds.BrokenLink, Severity.Error, "Broken link or anchor"),
        new(SiteErrorIds.Unexpected, Severity.Error, "SiteGen failed unexpectedly"),
    ];

    /// <summary>How <paramref name="id"/> counts; an id not in the catalogue is a mistake in SiteGen.</summary>
    public static Severity SeverityOf(string id) =>
        All.FirstOrDefault(entry => entry.Id == id)?.Severity ?? throw new ArgumentException($"{id} is not in the diagnostic catalogue", nameof(id));
}
