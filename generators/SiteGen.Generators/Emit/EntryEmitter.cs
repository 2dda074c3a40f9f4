using System.Collections.Generic;
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
            var texts = new Texts();
            var writer = new SourceWriter().OpenFile(
                NameStyle.EntryNamespace(entry.Namespace, entry.ClassName),
                "internal static class " + NameStyle.EntryClass(entry.RelativePath),
                "From <c>" + Escape(entry.RelativePath) + "</c>.");
            var initializers = new List<string>
            {
                "Key = " + texts.Add(entry.Index.Key),
                "File = new global::SiteGen.Content.ContentFile(" + texts.Add(entry.RelativePath) + ", "
                    + entry.BodyStartLine.ToString(CultureInfo.InvariantCulture) + ", " + texts.Add(entry.Sha256) + ")",
            };
            initializers.AddRange(entry.Values.Select(value => value.PropertyName + " = " + Expression(value, texts)));

            writer.Line("public static " + entry.RecordTypeName + " Create()");
            writer.Line("{");
            writer.Line("    var text = " + texts.Declaration() + ";");
            writer.Line("    return new " + entry.RecordTypeName);
            writer.Line("    {");
            foreach (var initializer in initializers)
            {
                writer.Line("        " + initializer + ",");
            }

            writer.Line("    };");
            writer.Line("}");
            return writer.Close().ToString();
        }

        private static string Expression(FieldValue value, Texts texts)
        {
            switch (value.Kind)
            {
                case FieldKind.Date:
                    var parts = value.Text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    return "new global::System.DateOnly(" + string.Join(", ", parts) + ")";
                case FieldKind.Url:
                    return "new global::System.Uri(" + texts.Add(value.Text) + ")";
                case FieldKind.TextList:
                    return value.Items.Count == 0
                        ? "global::System.Array.Empty<string>()"
                        : "new string[] { " + string.Join(", ", value.Items.Select(texts.Add)) + " }";
                default:
                    return texts.Add(value.Text);
            }
        }

        /// <summary>
        /// The texts of one entry, emitted as one UTF-8 literal split on NUL (which content never holds: the parser
        /// refuses it). UTF-16 literals all go to one string heap that a .NET assembly caps at 16 MB (CS8103), which
        /// the front matter of about 50,000 articles exceeds; a UTF-8 literal is data instead, one field of the
        /// compiler's private data class, and a class can have 65,535 fields: one per file keeps the limit at that
        /// many content files. Text a UTF-8 literal cannot hold (a lone surrogate from a YAML escape) stays UTF-16.
        /// </summary>
        private sealed class Texts
        {
            private readonly List<string> _texts = new List<string>();

            /// <summary>The expression that yields <paramref name="text"/> in the generated factory.</summary>
            public string Add(string text)
            {
                if (HasLoneSurrogate(text))
                {
                    return SymbolDisplay.FormatLiteral(text, quote: true);
                }

                _texts.Add(text);
                return "text[" + (_texts.Count - 1).ToString(CultureInfo.InvariantCulture) + "]";
            }

            public string Declaration() =>
                "global::System.Text.Encoding.UTF8.GetString(" + SymbolDisplay.FormatLiteral(string.Join("\0", _texts), quote: true) + "u8).Split('\\0')";
        }

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
