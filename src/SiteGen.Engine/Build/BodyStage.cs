using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Diagnostics;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>
/// Reads every body of the report and renders it: an article's with its sentences' facts and links, every other
/// record's as it is. A stage that lives on (the preview's builder) keeps each result with its record: content
/// reading hands back the same record object for a file that did not change, so only what an edit changed is read
/// and rendered again. An article's body also depends on the people (names become links), so it is kept with the
/// people it was rendered against. An article's Markdown is not kept once rendered.
/// </summary>
internal sealed class BodyStage
{
    private readonly ConditionalWeakTable<Article, RenderedWith> _articles = [];
    private readonly ConditionalWeakTable<ContentRecord, Utf8Html> _others = [];

    private sealed record RenderedWith(string People, RenderedBody Body, ArticleIndex Index);

    /// <summary>The Markdown of every body still to render, read on all cores, every problem gathered before stopping.</summary>
    public BodyTexts Read(ContentSet content)
    {
        var people = PeopleFingerprint(content);
        var reader = new ContentBodyReader(content.ContentRoot);
        var toRender = content.Articles.Where(a => !IsRendered(a, people, out _)).Cast<ContentRecord>()
            .Concat(content.People.Cast<ContentRecord>().Concat(content.Outlets).Concat(content.Quantities).Where(r => !_others.TryGetValue(r, out _)));
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

        return new BodyTexts(people, read.ToDictionary(r => r.Record, r => r.Body, ReferenceEqualityComparer.Instance as IEqualityComparer<ContentRecord>));
    }

    /// <summary>Every body rendered (or kept from an earlier build), on all cores, and each article's mentions grouped for the index.</summary>
    public (RenderedBodies Bodies, IReadOnlyDictionary<Article, ArticleIndex> Articles) Render(ContentSet content, BodyTexts texts, BodyRenderer renderer)
    {
        string PathOf(ContentRecord record) => Path.Combine(content.ContentRoot, record.File.RelativePath);
        RenderedWith RenderArticle(Article article)
        {
            if (IsRendered(article, texts.People, out var kept))
            {
                return kept;
            }

            var path = PathOf(article);
            var line = article.File.BodyStartLine;
            var body = Work.Located(path, line, () => renderer.RenderArticle(texts.Markdown[article], article, line, path));
            var rendered = new RenderedWith(texts.People, body, new ArticleIndex(body.Facts));
            _articles.AddOrUpdate(article, rendered);
            return rendered;
        }

        Utf8Html RenderOther(ContentRecord record)
        {
            if (_others.TryGetValue(record, out var kept))
            {
                return kept;
            }

            var html = BodyRenderer.RenderPlain(texts.Markdown[record], PathOf(record));
            _others.AddOrUpdate(record, html);
            return html;
        }

        var articles = Work.InParallel(content.Articles, a => (Article: a, Rendered: RenderArticle(a)));
        var others = Work.InParallel(content.People.Cast<ContentRecord>().Concat(content.Outlets).Concat(content.Quantities), r => (Record: r, Html: RenderOther(r)));
        var comparer = ReferenceEqualityComparer.Instance as IEqualityComparer<Article>;
        return (
            new RenderedBodies(
                articles.ToDictionary(a => a.Article, a => a.Rendered.Body, comparer),
                others.ToDictionary(o => o.Record, o => o.Html, ReferenceEqualityComparer.Instance as IEqualityComparer<ContentRecord>)),
            articles.ToDictionary(a => a.Article, a => a.Rendered.Index, comparer));
    }

    private bool IsRendered(Article article, string people, [NotNullWhen(true)] out RenderedWith? kept) =>
        _articles.TryGetValue(article, out kept) && kept.People == people;

    private static string PeopleFingerprint(ContentSet content) =>
        string.Join('\n', content.People.Select(p => p.File.RelativePath + " " + p.File.FrontMatterSha256));
}
