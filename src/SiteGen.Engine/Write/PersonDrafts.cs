using System.Text;
using SiteGen.Content;
using SiteGen.Extract;
using SiteGen.FrontMatter;

namespace SiteGen.Write;

/// <summary>
/// Writes a draft person file for each name the articles introduce that no person file knows, for the writer to
/// review: the spellings seen as aliases, the role left empty, and the sentences that name them. Drafts go to a folder
/// outside the content, so nothing is published until the writer has checked a draft and moved it to
/// <c>content/people/</c> (where an empty role stops the build until it is written).
/// </summary>
internal sealed class PersonDrafts(string draftsFolder, string contentRoot)
{
    /// <summary>Sentences quoted in a draft, at most: enough to tell who it is.</summary>
    private const int QuotedSentences = 5;

    /// <returns>The drafts written; a name with a person file or a draft already is left alone.</returns>
    public IReadOnlyList<string> Write(IEnumerable<UnknownName> names)
    {
        var written = new List<string>();
        foreach (var person in names.GroupBy(n => Slug.Suggest(n.Name), StringComparer.Ordinal).Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(draftsFolder, person.Key + ".md");
            if (File.Exists(Path.Combine(contentRoot, "people", person.Key + ".md")) || File.Exists(path))
            {
                continue;
            }

            Directory.CreateDirectory(draftsFolder);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(file, new UTF8Encoding(false)))
            {
                writer.Write(Draft(person.ToList()));
            }

            written.Add(path);
        }

        return written;
    }

    private string Draft(List<UnknownName> seen)
    {
        // The spelling used most is the name; the others, and the surname alone, are aliases.
        var spellings = seen.GroupBy(n => n.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var name = spellings[0];
        var aliases = spellings.Skip(1).Append(name.Split(' ')[^1]).Distinct(StringComparer.Ordinal).Select(ContentScaffold.Quoted);
        var text = new StringBuilder()
            .Append("---\n")
            .Append("name: ").Append(ContentScaffold.Quoted(name)).Append('\n')
            .Append("aliases: [").AppendJoin(", ", aliases).Append("]   # the spellings the articles use; remove any that are not this person\n")
            .Append("role: \"\"      # the position the reports give; the build stops until it is written\n")
            .Append("---\n\n")
            .Append("A draft made from the articles: check it is one person, write the role and a short biography from the reports, then move this file to content/people/.\n\n")
            .Append("Named in:\n\n");
        foreach (var sentence in seen.Select(n => n.Sentence).Distinct().Take(QuotedSentences))
        {
            text.Append("- ").Append(sentence.Article.File.RelativePath).Append(", line ").Append(sentence.Line).Append(": ").Append(sentence.Text).Append('\n');
        }

        return text.ToString();
    }
}
