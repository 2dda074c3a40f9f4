using System.Text;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>The plain text a reader sees for an inline, used to split sentences and quote them on other pages.</summary>
public static class InlineText
{
    public static string Of(Inline inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    /// <summary>
    /// A sentence's text as other pages quote it and the recognisers read it: without the white space that
    /// separates it from the next sentence.
    /// </summary>
    public static string OfSentence(SentenceInline sentence)
    {
        var text = new StringBuilder();
        Append(sentence, text);
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(0, end);
    }

    public static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case EntityLinkInline link:
                text.Append(link.Text.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
