using System.Text;
using System.Xml;
using SiteGen.Model;

namespace SiteGen.Render;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org 0.9) listing every page. Sitemaps must give absolute addresses, so it is
/// written only when the site's base URL is known.
/// </summary>
internal static class Sitemap
{
    public const string Path = "sitemap.xml";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(Uri baseUrl, IEnumerable<PlannedPage> pages, SitePaths paths)
    {
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, new Uri(baseUrl, paths.Link(page.Folder)).AbsoluteUri);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
