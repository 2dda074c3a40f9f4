using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SiteGen.FrontMatter;

namespace SiteGen.Generators.Model
{
    /// <summary>A diagnostic kept as values (id, file, position, message arguments) so it can sit in a cached model.</summary>
    internal sealed record DiagnosticInfo(string Id, string Path, SourceSpot Spot, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string path, SourceSpot spot, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, path, spot, new EquatableArray<string>(arguments));

        public Diagnostic ToDiagnostic()
        {
            var start = new LinePosition(Spot.Line - 1, Spot.Column - 1);
            var end = new LinePosition(Spot.Line - 1, Spot.Column - 1 + Spot.Length);
            var location = Location.Create(Path, new TextSpan(Spot.Offset, Spot.Length), new LinePositionSpan(start, end));
            var arguments = new object[Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Arguments[i];
            }

            return Diagnostic.Create(Diagnostics.ById(Id), location, arguments);
        }
    }
}
