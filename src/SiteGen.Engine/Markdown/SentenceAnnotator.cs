using System.Globalization;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Buffers;
using SiteGen.Extract;

namespace SiteGen.Markdown;

/// <summary>
/// Regroups the inlines of every paragraph into <see cref="SentenceInline"/>s numbered through the document.
/// A sentence boundary that falls inside emphasis or a link is not cut: the sentence runs on to the next one.
/// </summary>
internal static class SentenceAnnotator
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

    /// <summary>The id of the <paramref name="number"/>th sentence, <c>s-12</c>; the first thousand made once, as every article uses them.</summary>
    private static string Anchor(int number) =>
        number <= Anchors.Length ? Anchors[number - 1] : "s-" + number.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Anchors = Enumerable.Range(1, 1000).Select(n => "s-" + n.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static void Annotate(ContainerInline container, int line, List<SentenceInline> all)
    {
        var inlines = container.ToList();
        var starts = new List<int>(inlines.Count);
        var text = ScratchText.Take();
        foreach (var inline in inlines)
        {
            starts.Add(text.Length);
            InlineText.Append(inline, text);
        }

        var plain = text.ToString();
        ScratchText.Return(text);
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
                current = new SentenceInline(Anchor(all.Count + 1), line);
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

            // The pieces stay slices of the Markdown source: no copy of the paragraph's text per sentence.
            var content = literal.Content;
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

                Current().AppendChild(new LiteralInline(new StringSlice(content.Text, content.Start + position, content.Start + cut - 1)));
                position = cut;
            }
        }
    }
}
