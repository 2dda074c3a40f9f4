using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.CrossReference;

namespace SiteGen.Markdown;

/// <summary>
/// Regroups the inlines of every paragraph into <see cref="SentenceInline"/>s numbered through the document.
/// A sentence boundary that falls inside emphasis or a link is not cut: the sentence runs on to the next one.
/// </summary>
public static class SentenceAnnotator
{
    public static IReadOnlyList<SentenceInline> Annotate(MarkdownDocument document)
    {
        var all = new List<SentenceInline>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is { } container)
            {
                Annotate(container, paragraph.Line, all);
            }
        }

        return all;
    }

    private static void Annotate(ContainerInline container, int line, List<SentenceInline> all)
    {
        var inlines = container.ToList();
        var starts = new List<int>(inlines.Count);
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            starts.Add(text.Length);
            InlineText.Append(inline, text);
        }

        var plain = text.ToString();
        var ranges = SentenceSplitter.Split(plain);
        if (ranges.Count == 0)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            inline.Remove();
        }

        var index = 0;
        SentenceInline? current = null;
        SentenceInline Current()
        {
            if (current == null)
            {
                var range = ranges[index];
                current = new SentenceInline("s-" + (all.Count + 1).ToString(CultureInfo.InvariantCulture), plain[range], line);
                all.Add(current);
                container.AppendChild(current);
            }

            return current;
        }

        int NextStart() => index + 1 < ranges.Count ? ranges[index + 1].Start.Value : int.MaxValue;

        for (var n = 0; n < inlines.Count; n++)
        {
            var inline = inlines[n];
            var segmentStart = starts[n];
            if (inline is not LiteralInline literal)
            {
                while (NextStart() <= segmentStart)
                {
                    index++;
                    current = null;
                }

                Current().AppendChild(inline);
                continue;
            }

            var content = literal.Content.ToString();
            var position = 0;
            while (position < content.Length)
            {
                var cut = (int)Math.Min(content.Length, (long)NextStart() - segmentStart);
                if (cut <= position)
                {
                    index++;
                    current = null;
                    continue;
                }

                Current().AppendChild(new LiteralInline(content[position..cut]));
                position = cut;
            }
        }
    }
}
