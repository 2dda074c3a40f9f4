using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Build;

/// <summary>
/// Reads every body of the report and converts its Markdown to HTML: an article's with its sentences' facts and links,
/// every other record's as it is. With <paramref name="cache"/> (the preview's), a body converted before is taken from
/// there and not read again; an article's Markdown is let go once converted.
/// </summary>
internal sealed class BodyStage(IBodyCache? cache)
{
    /// <summary>The Markdown of every body still to convert, read on all cores, every problem gathered before stopping.</summary>
    public BodyTexts Read(ContentSet content)
    {
        var people = PeopleFingerprint(content);
        var reader = new ContentBodyReader(content.ContentRoot);
        var toRead = content.Articles.Where(a => cache?.TryGet(a, people, out _) != true).Cast<ContentRecord>()
            .Concat(Others(content).Where(r => cache?.TryGet(r, out _) != true));
        var read = toRead
            .AsParallel()
            .AsOrdered()
            .Select(record =>
            {
                try
                {
                    return (Record: record, Body: reader.ReadBody(record), Errors: (IReadOnlyList<SiteDiagnostic>)[]);
                }
                catch (SiteBuildException e)
                {
                    return (Record: record, Body: string.Empty, Errors: e.Errors);
                }
            })
            .ToList();
        var errors = read.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new SiteBuildException(errors);
        }

        return new BodyTexts(people, read.ToDictionary(r => r.Record, r => r.Body, SameRecord));
    }

    /// <summary>Every body converted (or taken from the cache of an earlier build), on all cores, and each article's mentions grouped for the index.</summary>
    public (ConvertedBodies Bodies, IReadOnlyDictionary<Article, ArticleIndex> Articles) Convert(ContentSet content, BodyTexts texts, BodyConverter converter)
    {
        string PathOf(ContentRecord record) => Path.Combine(content.ContentRoot, record.File.RelativePath);
        ConvertedArticle ConvertArticle(Article article)
        {
            if (cache?.TryGet(article, texts.People, out var before) == true)
            {
                return before;
            }

            var path = PathOf(article);
            var line = article.File.BodyStartLine;
            var body = Work.Located(path, line, () => converter.ConvertArticle(texts.Markdown[article], article, line, path));
            var converted = new ConvertedArticle(texts.People, body, new ArticleIndex(body.Facts));
            cache?.Add(article, converted);
            return converted;
        }

        Utf8Html ConvertOther(ContentRecord record)
        {
            if (cache?.TryGet(record, out var before) == true)
            {
                return before;
            }

            var path = PathOf(record);
            var html = Work.Located(path, record.File.BodyStartLine, () => BodyConverter.ConvertPlain(texts.Markdown[record], path));
            cache?.Add(record, html);
            return html;
        }

        var articles = Work.InParallel(content.Articles, a => (Article: a, Converted: ConvertArticle(a)));
        var others = Work.InParallel(Others(content), r => (Record: r, Html: ConvertOther(r)));
        return (
            new ConvertedBodies(
                articles.ToDictionary(a => a.Article, a => a.Converted.Body, SameArticle),
                others.ToDictionary(o => o.Record, o => o.Html, SameRecord)),
            articles.ToDictionary(a => a.Article, a => a.Converted.Index, SameArticle));
    }

    // By identity: records are equal by value, compared member by member, and each file is one record object.
    private static readonly IEqualityComparer<Article> SameArticle = ReferenceEqualityComparer.Instance;
    private static readonly IEqualityComparer<ContentRecord> SameRecord = ReferenceEqualityComparer.Instance;

    private static IEnumerable<ContentRecord> Others(ContentSet content) =>
        content.People.Cast<ContentRecord>().Concat(content.Outlets).Concat(content.Quantities);

    private static string PeopleFingerprint(ContentSet content) =>
        string.Join('\n', content.People.Select(p => p.File.RelativePath + " " + p.File.FrontMatterSha256));
}
