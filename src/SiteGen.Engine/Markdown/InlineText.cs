using System.Text;
using Markdig.Syntax.Inlines;
using SiteGen.Buffers;

namespace SiteGen.Markdown;

/// <summary>The plain text a reader sees for an inline, used to split sentences and quote them on other pages.</summary>
internal static class InlineText
{
    /// <summary>
    /// A sentence's text as other pages quote it and the recognisers read it: without the white space that
    /// separates it from the next sentence.
    /// </summary>
    public static string OfSentence(SentenceInline sentence)
    {
        var text = ScratchText.Take();
        Append(sentence, text);
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var sentenceText = text.ToString(0, end);
        ScratchText.Return(text);
        return sentenceText;
    }

    /// <summary>How many characters of plain text the inline holds, without making the text.</summary>
    public static int LengthOf(Inline inline)
    {
        var counter = new Counter();
        Walk(inline, ref counter);
        return counter.Length;
    }

    public static void Append(Inline inline, StringBuilder text)
    {
        var builder = new Builder(text);
        Walk(inline, ref builder);
    }

    private static void Walk<TSink>(Inline inline, ref TSink sink)
        where TSink : struct, ISink
    {
        switch (inline)
        {
            case LiteralInline literal:
                sink.Add(literal.Content.AsSpan());
                break;
            case LinkedTextInline linked:
                sink.Add(linked.Text.AsSpan());
                break;
            case CodeInline code:
                sink.Add(code.Content);
                break;
            case LineBreakInline:
                sink.Add(" ");
                break;
            case HtmlEntityInline entity:
                sink.Add(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                sink.Add(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Walk(child, ref sink);
                }

                break;
        }
    }

    private interface ISink
    {
        void Add(ReadOnlySpan<char> text);
    }

    private struct Counter : ISink
    {
        public int Length { get; private set; }

        public void Add(ReadOnlySpan<char> text) => Length += text.Length;
    }

    private readonly struct Builder(StringBuilder text) : ISink
    {
        public void Add(ReadOnlySpan<char> chars) => text.Append(chars);
    }
}
