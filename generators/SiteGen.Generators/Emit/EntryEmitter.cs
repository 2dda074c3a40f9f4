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

        /// <summary>
        /// Text as a UTF-8 literal decoded on use. UTF-16 literals all go to one string heap that a .NET assembly caps at
        /// 16 MB (CS8103), which the front matter of about 50,000 articles exceeds; UTF-8 literals are plain data with
        /// no such cap. Text a UTF-8 literal cannot hold (a lone surrogate from a YAML escape) stays a UTF-16 literal.
        /// </summary>
        private static string Literal(string text) =>
            text.Length == 0 || HasLoneSurrogate(text)
                ? SymbolDisplay.FormatLiteral(text, quote: true)
                : "global::System.Text.Encoding.UTF8.GetString(" + SymbolDisplay.FormatLiteral(text, quote: true) + "u8)";

        private static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
