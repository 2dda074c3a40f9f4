using SiteGen.FrontMatter;

namespace SiteGen.Content;

/// <summary>Every spelling a person file gives (name, aliases, aliases after the name), and where one is written in the file.</summary>
internal static class PersonSpellings
{
    public const string NameKey = "name";
    public const string AliasesKey = "aliases";
    public const string AliasesAfterNameKey = "aliases_after_name";

    /// <summary>The spellings in file order, each with its front-matter key.</summary>
    public static IEnumerable<(string Spelling, string Key)> Of(Person person) =>
    [
        (person.Name, NameKey),
        .. person.Aliases.Select(a => (a, AliasesKey)),
        .. person.AliasesAfterName.Select(a => (a, AliasesAfterNameKey)),
    ];

    /// <summary>
    /// Where <paramref name="spelling"/> is written under <paramref name="key"/> in the person's file: the file is read
    /// again only for a spelling with a problem. The file's start when it cannot be read.
    /// </summary>
    public static SourceSpot SpotOf(Person person, string key, string spelling, string contentRoot)
    {
        try
        {
            var document = FrontMatterParser.Parse(ContentFileText.Read(Path.Combine(contentRoot, person.File.RelativePath)).ToString());
            foreach (var field in document.Fields.Where(f => f.Key == key))
            {
                foreach (var value in field.Value.Kind == FrontMatterValueKind.Sequence ? field.Value.Items : new EquatableArray<FrontMatterValue>([field.Value]))
                {
                    if (value.Text == spelling)
                    {
                        return value.Spot;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Read again only to point at a line: without the file, the problem is still reported, at its start.
        }

        return SourceSpot.FileStart;
    }
}
