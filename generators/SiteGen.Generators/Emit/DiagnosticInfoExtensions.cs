using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SiteGen.Schema;

namespace SiteGen.Generators.Emit
{
    internal static class DiagnosticInfoExtensions
    {
        /// <summary>The compiler's diagnostic, at the file, line and column of the content problem.</summary>
        public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
        {
            var start = new LinePosition(info.Spot.Line - 1, info.Spot.Column - 1);
            var end = new LinePosition(info.Spot.Line - 1, info.Spot.Column - 1 + info.Spot.Length);
            var location = Location.Create(info.Path, new TextSpan(info.Spot.Offset, info.Spot.Length), new LinePositionSpan(start, end));
            var arguments = new object[info.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = info.Arguments[i];
            }

            return Diagnostic.Create(Diagnostics.ById(info.Id), location, arguments);
        }
    }
}
