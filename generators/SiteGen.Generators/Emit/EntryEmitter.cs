using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SiteGen.Schema;
using SiteGen.Generators.Schema;

namespace SiteGen.Generators.Emit
{
    /// <summary>
    /// Writes one content file's record as a small factory in a class and file of its own. Not a part of the partial
    /// catalogue class: the compiler merges partial declarations, and tens of thousands of parts make that slow.
    /// </summary>
    internal static class EntryEmitter
    {
        public static string Emit(EntrySpec entry)
        {
            var writer = new SourceWriter().OpenFile(
                NameStyle.EntryNamespace(entry.Namespace, entry.ClassName),
                "internal static class " + NameStyle.EntryClass(entry.RelativePath),
                "From <c>" + Escape(entry.RelativePath) + "</c>.");
            writer.Line("public static " + entry.RecordTypeName + " Create() => new " + entry.RecordTypeName);
            writer.Line("{");
            writer.Line("    Key = " + Literal(entry.Index.Key) + ",");
            writer.Line("    File = new global::SiteGen.Content.ContentFile(" + Literal(entry.RelativePath) + ", "
                + entry.BodyStartLine.ToString(CultureInfo.InvariantCulture) + ", " + Literal(entry.Sha256) + "),");
            foreach (var value in entry.Values)
            {
                writer.Line("    " + value.PropertyName + " = " + Expression(value) + ",");
            }

            writer.Line("};");
            return writer.Close().ToString();
        }

        private static string Expression(FieldValue value)
        {
            switch (value.Kind)
            {
                case FieldKind.Date:
                    var parts = value.Text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    return "new global::System.DateOnly(" + string.Join(", ", parts) + ")";
                case FieldKind.Url:
                    return "new global::System.Uri(" + Literal(value.Text) + ")";
                case FieldKind.TextList:
                    return value.Items.Count == 0
                        ? "global::System.Array.Empty<string>()"
                        : "new string[] { " + string.Join(", ", value.Items.Select(Literal)) + " }";
                default:
                    return Literal(value.Text);
            }
        }

        private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
