using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Render;

/// <summary>
/// Writes <c>feed.xml</c>, an Atom feed of the newest articles, newest first. Links are absolute when the base URL is known
/// and otherwise relative to the feed, which Atom resolves against the feed's own address. Entry ids are name-based
/// UUIDs of the article's slug, so they stay the same from build to build and wherever the site is published.
/// </summary>
internal static class AtomFeed
{
    public const string Path = "feed.xml";

    /// <summary>How many of the newest articles the feed carries: feed readers poll it, so it stays small whatever the archive's size.</summary>
    public const int Entries = 100;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(ContentSet content, SiteOptions options, SitePaths paths)
    {
        var articles = content.ArticlesNewestFirst.Take(Entries).ToList();
        string Link(string path) => options.BaseUrl is { } baseUrl ? new Uri(baseUrl, path).AbsoluteUri : path;

        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, options.Language);
            xml.WriteElementString("id", Atom, Id("feed"));
            xml.WriteElementString("title", Atom, options.Title);
            xml.WriteElementString("subtitle", Atom, options.Description);
            xml.WriteElementString("updated", Atom, Timestamp(articles.Count > 0 ? articles[0].Date : DateOnly.MinValue));
            WriteLink(xml, "self", Link(Path));
            WriteLink(xml, "alternate", Link(paths.Home));
            xml.WriteElementString("generator", Atom, "SiteGen");
            foreach (var article in articles)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, Id("article/" + article.Slug));
                xml.WriteElementString("title", Atom, article.Title);
                xml.WriteElementString("updated", Atom, Timestamp(article.Date));
                WriteLink(xml, "alternate", Link(paths.Article(article)));
                // Atom needs an author for every entry: the article's own, else its outlet, else saying there is none named.
                var authors = article.Authors.Count > 0 ? article.Authors
                    : [content.OutletName(article)];
                foreach (var author in authors)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, author);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", Atom, article.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteLink(XmlWriter xml, string relation, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);

    /// <summary>A version 5 (name-based, SHA-1) UUID of <paramref name="name"/>, as an Atom id.</summary>
    private static string Id(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("sitegen:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
