using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.FrontMatter;
using SiteGen.Schema;
using SiteGen.Validation;

namespace SiteGen.Settings;

/// <summary>
/// Reads a report's <c>report.yml</c> with the front matter's parser and rules (an unknown field is SG0006 with the
/// closest name, a value of the wrong kind SG0005, each at its line), and puts a default in place of every field that
/// is missing or wrong: the title is the report folder's name, the language English, the description empty.
/// </summary>
internal static partial class ReportSettingsReader
{
    private static readonly CollectionSpec Schema = RecordSchema.Of(typeof(ReportSettings), ".", "report settings file", new Dictionary<Type, string>());

    private static readonly CatalogueSpec Catalogue = new(string.Empty, string.Empty, string.Empty, new EquatableArray<CollectionSpec>([Schema]), EquatableArray<DiagnosticInfo>.Empty);

    public static ReportSettingsRead Read(string reportRoot)
    {
        var root = Path.GetFullPath(reportRoot);
        var path = Path.Combine(root, ReportSettings.FileName);
        var settings = new ReportSettings();
        var problems = new List<SiteDiagnostic>();
        if (File.Exists(path))
        {
            settings = Parse(path, problems);
        }

        return new ReportSettingsRead(Defaults(settings, root), problems);
    }

    private static ReportSettings Parse(string path, List<SiteDiagnostic> problems)
    {
        ContentFileText file;
        try
        {
            file = ContentFileText.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SiteDiagnostic(path, 1, 1, ContentRules.UnreadableFile.Id, "The settings file could not be read; check that it is UTF-8 text you may read"));
            return new ReportSettings();
        }

        var document = FrontMatterParser.ParseYaml(file.ToString());
        var model = new ContentFileModel(path, ReportSettings.FileName, Schema.Folder, Path.GetFileNameWithoutExtension(path), file.Sha256, document);
        var entry = EntryValidator.Validate(model, Catalogue)!;
        problems.AddRange(entry.Diagnostics.Select(SiteDiagnostic.Of));

        var values = entry.Values.Where(v => Acceptable(v, document, path, problems)).ToList();
        var settings = new ReportSettings();
        RecordSchema.Fill(settings, values);
        return settings;
    }

    /// <summary>The checks front matter has no kind for: a language tag, an address a site can be published at.</summary>
    private static bool Acceptable(FieldValue value, FrontMatterDocument document, string path, List<SiteDiagnostic> problems)
    {
        var problem = value.PropertyName switch
        {
            nameof(ReportSettings.Language) when !LanguageTag().IsMatch(value.Text) =>
                "must be a language tag such as 'en', 'uk' or 'pt-BR', not '" + value.Text + "'",
            nameof(ReportSettings.BaseUrl) => PublishedAddress.Problem(new Uri(value.Text)),
            _ => null,
        };
        if (problem == null)
        {
            return true;
        }

        var spot = document.Fields.First(f => FrontMatterKeys.Of(value.PropertyName) == f.Key).Value.Spot;
        problems.Add(new SiteDiagnostic(path, spot.Line, spot.Column, ContentRules.WrongType.Id, "Field '" + FrontMatterKeys.Of(value.PropertyName) + "' " + problem));
        return false;
    }

    private static ReportSettings Defaults(ReportSettings settings, string root) => settings with
    {
        Title = string.IsNullOrWhiteSpace(settings.Title) ? new DirectoryInfo(root).Name : settings.Title,
        Description = settings.Description ?? string.Empty,
        Language = settings.Language ?? ReportSettings.DefaultLanguage,
        BaseUrl = settings.BaseUrl is { } address ? PublishedAddress.AsFolder(address) : null,
    };

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
