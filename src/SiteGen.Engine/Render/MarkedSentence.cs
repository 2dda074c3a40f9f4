using System.Text;
using SiteGen.CrossReference;
using SiteGen.Markdown;

namespace SiteGen.Render;

/// <summary>
/// A sentence as a mention list shows it: its text, with the words that name the thing marked and linked to the
/// sentence in its article, so the reader sees which words matched instead of a whole sentence underlined.
/// </summary>
internal static class MarkedSentence
{
    /// <param name="mentions">The sentence's mentions of one thing, in text order.</param>
    public static Utf8Html Of(string url, string sentence, IReadOnlyList<SentenceSpan> mentions)
    {
        var html = new StringBuilder(sentence.Length + 64 * mentions.Count);
        var link = HtmlText.Encode(url, new StringBuilder()).ToString();
        var at = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start))
        {
            // Mentions of one thing do not overlap; a span that would is left unmarked rather than cut.
            if (mention.Start < at || mention.Start + mention.Length > sentence.Length)
            {
                continue;
            }

            HtmlText.Encode(sentence.AsSpan(at, mention.Start - at), html).Append("<a href=\"").Append(link).Append("\"><mark>");
            HtmlText.Encode(sentence.AsSpan(mention.Start, mention.Length), html).Append("</mark></a>");
            at = mention.Start + mention.Length;
        }

        return Utf8Html.Of(HtmlText.Encode(sentence.AsSpan(at), html).ToString());
    }
}
