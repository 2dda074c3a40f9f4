using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.FrontMatter
{
    /// <summary>
    /// Splits a content file into front matter and body and reads the front matter's YAML into values with positions.
    /// Shared as source by the generator (compile time) and the engine (run time) so both read a file the same way.
    /// </summary>
    internal static class FrontMatterParser
    {
        /// <summary>Front matter is flat: deeper nesting is a mistake, and a limit keeps hostile input cheap.</summary>
        private const int MaxDepth = 8;

        public static FrontMatterDocument Parse(string text)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var firstLineEnd = LineEnd(text, start);
            var opening = new SourceSpot(1, 1, start, firstLineEnd - start);
            var notText = NotText(text);
            if (notText != null)
            {
                return Failed(FrontMatterProblemKind.NotPlainText, notText.Value.Message, notText.Value.Spot, opening);
            }

            if (!IsFence(text, start, firstLineEnd, allowDots: false))
            {
                return Failed(FrontMatterProblemKind.Missing,
                    "the file does not start with a '---' line; begin it with front matter between two '---' lines",
                    new SourceSpot(1, 1, start, Math.Min(firstLineEnd - start, 80)), opening);
            }

            var yamlStart = NextLine(text, firstLineEnd);
            if (Closing(text, yamlStart) is not { } closing)
            {
                return Failed(FrontMatterProblemKind.Unterminated,
                    "the front matter opened here is never closed; add a '---' line after the last field",
                    opening, opening);
            }

            var yaml = text.Substring(yamlStart, closing.FenceStart - yamlStart);
            return ReadYaml(yaml, new YamlOrigin(yamlStart, 2), opening, closing.BodyLine, closing.BodyOffset);
        }

        /// <summary>
        /// Reads a file that is all YAML (a report's settings) with the same rules as front matter: flat
        /// 'key: value' lines, positions in the file; the document has no body.
        /// </summary>
        public static FrontMatterDocument ParseYaml(string text)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var opening = new SourceSpot(1, 1, start, LineEnd(text, start) - start);
            var notText = NotText(text);
            if (notText != null)
            {
                return Failed(FrontMatterProblemKind.NotPlainText, notText.Value.Message, notText.Value.Spot, opening);
            }

            return ReadYaml(text.Substring(start), new YamlOrigin(start, 1), opening, bodyLine: 1, bodyOffset: text.Length);
        }

        /// <summary>Where the YAML read starts in its file: the character offset and the line number.</summary>
        private readonly struct YamlOrigin
        {
            public YamlOrigin(int offset, int line)
            {
                Offset = offset;
                Line = line;
            }

            public int Offset { get; }

            public int Line { get; }
        }

        /// <summary>
        /// The line where the body starts, after the front matter's closing fence, without reading the YAML; null when
        /// the text has no front matter or never closes it (<see cref="Parse"/> says which, and where).
        /// </summary>
        public static int? BodyStartLine(string text)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var firstLineEnd = LineEnd(text, start);
            return IsFence(text, start, firstLineEnd, allowDots: false) && Closing(text, NextLine(text, firstLineEnd)) is { } closing
                ? closing.BodyLine
                : (int?)null;
        }

        /// <summary>The fence that closes front matter whose YAML starts at <paramref name="yamlStart"/> (line 2), and where the body starts.</summary>
        private static (int FenceStart, int BodyLine, int BodyOffset)? Closing(string text, int yamlStart)
        {
            var lineStart = yamlStart;
            var line = 2;
            while (lineStart < text.Length)
            {
                var lineEnd = LineEnd(text, lineStart);
                if (IsFence(text, lineStart, lineEnd, allowDots: true))
                {
                    return (lineStart, line + 1, NextLine(text, lineEnd));
                }

                lineStart = NextLine(text, lineEnd);
                line++;
            }

            return null;
        }

        private static FrontMatterDocument ReadYaml(string yaml, YamlOrigin origin, SourceSpot opening, int bodyLine, int bodyOffset)
        {
            var fields = new List<FrontMatterField>();
            var tab = TabIndentation(yaml, origin);
            if (tab != null)
            {
                return Failed(FrontMatterProblemKind.MalformedYaml, "line " + tab.Value.Line + " is indented with a tab; YAML needs spaces for indentation", tab.Value, opening, bodyLine, bodyOffset);
            }

            try
            {
                var parser = new Parser(new StringReader(yaml));
                parser.Consume<StreamStart>();
                if (parser.TryConsume<StreamEnd>(out _))
                {
                    return new FrontMatterDocument(EquatableArray<FrontMatterField>.Empty, null, opening, bodyLine, bodyOffset);
                }

                parser.Consume<DocumentStart>();
                if (parser.Current is Scalar empty && empty.Value.Length == 0 && empty.Style == ScalarStyle.Plain)
                {
                    parser.MoveNext();
                }
                else if (parser.Current is MappingStart)
                {
                    ReadMapping(parser, origin, fields);
                }
                else
                {
                    var at = parser.Current!.Start;
                    throw new FrontMatterYamlException(at, "front matter must be a list of 'key: value' lines");
                }

                parser.Consume<DocumentEnd>();
                if (!parser.TryConsume<StreamEnd>(out _))
                {
                    throw new FrontMatterYamlException(parser.Current!.Start, "front matter holds one YAML document; remove the extra '---' or '...' line");
                }
            }
            catch (FrontMatterYamlException e)
            {
                return Failed(FrontMatterProblemKind.MalformedYaml, e.Message, Spot(e.At, e.At, origin), opening, bodyLine, bodyOffset);
            }
            catch (YamlException e)
            {
                var message = "the YAML does not parse: " + TrimYamlMessage(e.Message) + "; check quotes, colons and indentation (spaces, not tabs)";
                return Failed(FrontMatterProblemKind.MalformedYaml, message, ErrorSpot(e, yaml, origin), opening, bodyLine, bodyOffset);
            }

            return new FrontMatterDocument(new EquatableArray<FrontMatterField>(fields), null, opening, bodyLine, bodyOffset);
        }

        private static void ReadMapping(IParser parser, YamlOrigin origin, List<FrontMatterField> fields)
        {
            var seen = new Dictionary<string, SourceSpot>(StringComparer.Ordinal);
            parser.Consume<MappingStart>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!(parser.Current is Scalar keyEvent))
                {
                    throw new FrontMatterYamlException(parser.Current!.Start, "a front-matter key must be a plain name such as 'title'");
                }

                parser.MoveNext();
                var keySpot = Spot(keyEvent.Start, keyEvent.End, origin);
                if (seen.TryGetValue(keyEvent.Value, out var first))
                {
                    throw new FrontMatterYamlException(keyEvent.Start,
                        "the key '" + keyEvent.Value + "' is given twice (first on line " + first.Line + "); keep one");
                }

                seen.Add(keyEvent.Value, keySpot);
                var value = ReadValue(parser, origin, depth: 1);
                fields.Add(new FrontMatterField(keyEvent.Value, keySpot, value));
            }
        }

        private static FrontMatterValue ReadValue(IParser parser, YamlOrigin origin, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FrontMatterYamlException(parser.Current!.Start, "front matter is nested too deeply; use flat 'key: value' lines and simple lists");
            }

            var current = parser.Current!;
            if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
            {
                throw new FrontMatterYamlException(current.Start, "YAML anchors and aliases ('&name', '*name') are not allowed in front matter; write the value out");
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    var spot = Spot(scalar.Start, scalar.End, origin);
                    return scalar.Style == ScalarStyle.Plain && IsYamlNull(scalar.Value)
                        ? new FrontMatterValue(FrontMatterValueKind.Null, string.Empty, EquatableArray<FrontMatterValue>.Empty, spot)
                        : FrontMatterValue.Scalar(scalar.Value, spot);
                case SequenceStart sequence:
                    parser.MoveNext();
                    var items = new List<FrontMatterValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadValue(parser, origin, depth + 1));
                    }

                    return new FrontMatterValue(FrontMatterValueKind.Sequence, string.Empty, new EquatableArray<FrontMatterValue>(items), Spot(sequence.Start, sequence.End, origin));
                case MappingStart mapping:
                    SkipMapping(parser, origin, depth);
                    return new FrontMatterValue(FrontMatterValueKind.Mapping, string.Empty, EquatableArray<FrontMatterValue>.Empty, Spot(mapping.Start, mapping.End, origin));
                default:
                    throw new FrontMatterYamlException(current.Start, "unexpected YAML here");
            }
        }

        private static void SkipMapping(IParser parser, YamlOrigin origin, int depth)
        {
            parser.Consume<MappingStart>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                ReadValue(parser, origin, depth + 1);
                ReadValue(parser, origin, depth + 1);
            }
        }

        /// <summary>
        /// NUL characters and U+FFFD (what a decoder puts in place of bytes that are not UTF-8) mean the file is not
        /// the UTF-8 text it should be; better to say so than to publish garbage.
        /// </summary>
        private static (string Message, SourceSpot Spot)? NotText(string text)
        {
            var at = text.IndexOfAny(new[] { '\0', '\uFFFD' });
            if (at < 0)
            {
                var carriageReturn = text.IndexOf('\r');
                return carriageReturn >= 0 && text.IndexOf('\n') < 0
                    ? ("the file's lines end with a carriage return alone (as on classic Mac OS), so SiteGen sees one line; save it with LF (or CRLF) line endings", new SourceSpot(1, carriageReturn + 1, carriageReturn, 1))
                    : null;
            }

            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < at; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var spot = new SourceSpot(line, at - lineStart + 1, at, 1);
            return text[at] == '\0'
                ? ("the file contains a NUL character (byte 0) on line " + line + "; it is not text: save it as UTF-8 text", spot)
                : ("the file is not valid UTF-8 (bytes on line " + line + " could not be read as text); save it as UTF-8", spot);
        }

        /// <summary>YamlDotNet reports a tab in indentation at the start of the enclosing mapping; find the line itself.</summary>
        private static SourceSpot? TabIndentation(string yaml, YamlOrigin origin)
        {
            var line = origin.Line;
            var lineStart = 0;
            for (var i = 0; i <= yaml.Length; i++)
            {
                if (i < yaml.Length && yaml[i] != '\n')
                {
                    continue;
                }

                var indent = lineStart;
                while (indent < i && (yaml[indent] == ' ' || yaml[indent] == '\t'))
                {
                    if (yaml[indent] == '\t' && indent + 1 < i && yaml[indent + 1] != '#')
                    {
                        return new SourceSpot(line, indent - lineStart + 1, origin.Offset + indent, 1);
                    }

                    indent++;
                }

                line++;
                lineStart = i + 1;
            }

            return null;
        }

        /// <summary>Some scanner errors carry no position of their own, only one in their message.</summary>
        private static SourceSpot ErrorSpot(YamlException e, string yaml, YamlOrigin origin)
        {
            if (e.Start.Index > 0 || e.Start.Line > 1)
            {
                return Spot(e.Start, e.End, origin);
            }

            var match = System.Text.RegularExpressions.Regex.Match(e.Message, @"Line: (\d+), Col: (\d+), Idx: (\d+)");
            if (!match.Success)
            {
                return Spot(e.Start, e.End, origin);
            }

            var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var index = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new SourceSpot(line + origin.Line - 1, column, origin.Offset + Math.Min(index, yaml.Length), 0);
        }

        private static bool IsYamlNull(string value) =>
            value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";

        private static string TrimYamlMessage(string message)
        {
            // YamlDotNet prefixes its messages with "(Line: 3, Col: 1, Idx: 12) - (...)": the diagnostic already says where.
            var dash = message.IndexOf("): ", StringComparison.Ordinal);
            var text = dash >= 0 ? message.Substring(dash + 3) : message;
            return text.TrimEnd('.');
        }

        private static SourceSpot Spot(Mark start, Mark end, YamlOrigin origin) =>
            new SourceSpot((int)start.Line + origin.Line - 1, (int)start.Column, origin.Offset + (int)start.Index, Math.Max(0, (int)(end.Index - start.Index)));

        private static FrontMatterDocument Failed(FrontMatterProblemKind kind, string message, SourceSpot spot, SourceSpot opening, int bodyLine = 1, int bodyOffset = 0) =>
            new FrontMatterDocument(EquatableArray<FrontMatterField>.Empty, new FrontMatterProblem(kind, message, spot), opening, bodyLine, bodyOffset);

        private static bool IsFence(string text, int start, int end, bool allowDots)
        {
            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }

            if (end - start != 3)
            {
                return false;
            }

            return string.CompareOrdinal(text, start, "---", 0, 3) == 0
                || (allowDots && string.CompareOrdinal(text, start, "...", 0, 3) == 0);
        }

        /// <summary>The index of the line break (or end of text) that ends the line starting at <paramref name="start"/>, with any '\r' excluded.</summary>
        private static int LineEnd(string text, int start)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            return end > start && text[end - 1] == '\r' ? end - 1 : end;
        }

        private static int NextLine(string text, int lineEnd)
        {
            if (lineEnd < text.Length && text[lineEnd] == '\r')
            {
                lineEnd++;
            }

            return lineEnd < text.Length && text[lineEnd] == '\n' ? lineEnd + 1 : lineEnd;
        }

        private sealed class FrontMatterYamlException : Exception
        {
            public FrontMatterYamlException(Mark at, string message)
                : base(message) => At = at;

            public Mark At { get; }
        }
    }
}
