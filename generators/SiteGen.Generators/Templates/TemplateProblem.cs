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

        public Location Location
        {
            get
            {
                var length = Math.Max(0, End.Offset - Start.Offset + 1);
                return Location.Create(Path, new TextSpan(Start.Offset, length), new LinePositionSpan(
                    new LinePosition(Start.Line, Start.Column),
                    new LinePosition(End.Line, End.Column + 1)));
            }
        }

        public bool Equals(TemplateProblem? other) =>
            other != null && Id == other.Id && Path == other.Path && Start.Offset == other.Start.Offset && Message == other.Message;

        public override bool Equals(object? obj) => Equals(obj as TemplateProblem);

        public override int GetHashCode() => (Path.GetHashCode() * 31 + Start.Offset) ^ Message.GetHashCode();
    }
}
