using SiteGen.Content;

namespace SiteGen.Extract;

// What the cross-referencing finds in each sentence. Every mention knows its article, the sentence's anchor
// in the article page (e.g. "s-12"), the words matched and the whole sentence as plain text.

/// <summary>
/// Where a mention stands: the article, the sentence's anchor and the sentence's text. There is one instance per
/// sentence, shared by all its mentions, so it compares by reference: cheap to group and count by.
/// </summary>
/// <param name="line">The file line of the sentence's paragraph.</param>
/// <param name="position">The sentence's place among the article's sentences, from 0.</param>
internal sealed class SentenceRef(Article article, string anchor, string text, int line, int position)
{
    public Article Article { get; } = article;

    public string Anchor { get; } = anchor;

    public string Text { get; } = text;

    public int Line { get; } = line;

    public int Position { get; } = position;
}

/// <summary>
/// Where in its sentence a mention stands. The words are cut from the sentence when asked for instead of kept as a
/// string of their own: there are hundreds of thousands of mentions in an archive, kept for the whole build.
/// </summary>
internal abstract record SentenceSpan(SentenceRef Sentence, int Start, int Length)
{
    /// <summary>The words as written in the sentence.</summary>
    public string Text => Sentence.Text.Substring(Start, Length);
}

internal sealed record PersonMention(Person Person, SentenceRef Sentence, int Start, int Length) : SentenceSpan(Sentence, Start, Length);

internal sealed record DateMention(DateValue Date, SentenceRef Sentence, int Start, int Length) : SentenceSpan(Sentence, Start, Length);

internal sealed record FigureMention(FigureMatch Figure, SentenceRef Sentence, int Start, int Length) : SentenceSpan(Sentence, Start, Length);

/// <summary>Words a person is quoted as saying, in the sentence that quotes them.</summary>
internal sealed record QuoteMention(Person Person, SentenceRef Sentence, string Quote);

/// <summary>A capitalised name that looks like a person's but matches no one in the people collection.</summary>
internal sealed record UnknownName(string Name, SentenceRef Sentence);
