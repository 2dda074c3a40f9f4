using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Scriban.Parsing;

namespace SiteGen.Generators.Templates
{
    /// <summary>A mistake in a template, at its file, line and column.</summary>
    internal sealed class TemplateProblem : IEquatable<TemplateProblem>
    {
        public TemplateProblem(string id, SourceSpan span, string message)
        {
            Id = id;
            Path = span.FileName;
            Start = span.Start;
            End = span.End;
            Message = message;
        }

        public string Id { get; }

        public string Path { get; }

        public TextPosition Start { get; }

        public TextPosition End { get; }

        public string Message { get; }

        public Location Location => LocationOf(Path, Start, End);

        /// <summary>Where a span of a template is, for the compiler (Scriban's lines and columns count from 0, its end is inclusive).</summary>
        public static Location LocationOf(SourceSpan span) => LocationOf(span.FileName, span.Start, span.End);

        private static Location LocationOf(string path, TextPosition start, TextPosition end) =>
            Location.Create(path, new TextSpan(start.Offset, Math.Max(0, end.Offset - start.Offset + 1)), new LinePositionSpan(
                new LinePosition(start.Line, start.Column),
                new LinePosition(end.Line, end.Column + 1)));

        public bool Equals(TemplateProblem? other) =>
            other != null && Id == other.Id && Path == other.Path && Start.Offset == other.Start.Offset && Message == other.Message;

        public override bool Equals(object? obj) => Equals(obj as TemplateProblem);

        public override int GetHashCode() => (Path.GetHashCode() * 31 + Start.Offset) ^ Message.GetHashCode();
    }
}
