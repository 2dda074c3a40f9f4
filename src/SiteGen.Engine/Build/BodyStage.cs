using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Build;

/// <summary>
/// Reads every body of the report and renders it: an article's with its sentences' facts and links, every other
/// record's as it is. With <paramref name="kept"/> (the preview's), a body rendered before is taken from there and not
/// read again; an article's Markdown is not kept once rendered.
/// </summary>
internal sealed class BodyStage(IKeptBodies? kept)
{
    /// <summary>The Markdown of every body still to render, read on all cores, every problem gathered before stopping.</summary>
    public BodyTexts Read(ContentSet content)
    {
        var people = PeopleFingerprint(content);
        var reader = new ContentBodyReader(content.ContentRoot);
        var toRender = content.Articles.Where(a => kept?.TryGet(a, people, out _) != true).Cast<ContentRecord>()
            .Concat(Others(content).Where(r => kept?.TryGet(r, out _) != true));
        var read = toRender
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

    /// <summary>Every body rendered (or kept from an earlier build), on all cores, and each article's mentions grouped for the index.</summary>
    public (RenderedBodies Bodies, IReadOnlyDictionary<Article, ArticleIndex> Articles) Render(ContentSet content, BodyTexts texts, BodyRenderer renderer)
    {
        string PathOf(ContentRecord record) => Path.Combine(content.ContentRoot, record.File.RelativePath);
        RenderedArticle RenderArticle(Article article)
        {
            if (kept?.TryGet(article, texts.People, out var before) == true)
            {
                return before;
            }

            var path = PathOf(article);
            var line = article.File.BodyStartLine;
            var body = Work.Located(path, line, () => renderer.RenderArticle(texts.Markdown[article], article, line, path));
            var rendered = new RenderedArticle(texts.People, body, new ArticleIndex(body.Facts));
            kept?.Keep(article, rendered);
            return rendered;
        }

        Utf8Html RenderOther(ContentRecord record)
        {
            if (kept?.TryGet(record, out var before) == true)
            {
                return before;
            }

            var path = PathOf(record);
            var html = Work.Located(path, record.File.BodyStartLine, () => BodyRenderer.RenderPlain(texts.Markdown[record], path));
            kept?.Keep(record, html);
            return html;
        }

        var articles = Work.InParallel(content.Articles, a => (Article: a, Rendered: RenderArticle(a)));
        var others = Work.InParallel(Others(content), r => (Record: r, Html: RenderOther(r)));
        return (
            new RenderedBodies(
                articles.ToDictionary(a => a.Article, a => a.Rendered.Body, SameArticle),
                others.ToDictionary(o => o.Record, o => o.Html, SameRecord)),
            articles.ToDictionary(a => a.Article, a => a.Rendered.Index, SameArticle));
    }

    // By identity: records are equal by value, compared member by member, and each file is one record object.
    private static readonly IEqualityComparer<Article> SameArticle = ReferenceEqualityComparer.Instance;
    private static readonly IEqualityComparer<ContentRecord> SameRecord = ReferenceEqualityComparer.Instance;

    private static IEnumerable<ContentRecord> Others(ContentSet content) =>
        content.People.Cast<ContentRecord>().Concat(content.Outlets).Concat(content.Quantities);

    private static string PeopleFingerprint(ContentSet content) =>
        string.Join('\n', content.People.Select(p => p.File.RelativePath + " " + p.File.FrontMatterSha256));
}
