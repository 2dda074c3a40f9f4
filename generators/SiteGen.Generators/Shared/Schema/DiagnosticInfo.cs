using System.Globalization;
using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>A content problem kept as values (rule id, file, position, message arguments) so it can sit in a cached model.</summary>
    internal sealed record DiagnosticInfo(string Id, string Path, SourceSpot Spot, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(ContentRule rule, string path, SourceSpot spot, params string[] arguments) =>
            new DiagnosticInfo(rule.Id, path, spot, new EquatableArray<string>(arguments));

        public ContentRule Rule => ContentRules.ById(Id);

        public string Message
        {
            get
            {
                var arguments = new object[Arguments.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Arguments[i];
                }

                return string.Format(CultureInfo.InvariantCulture, Rule.Format, arguments);
            }
        }
    }
}
