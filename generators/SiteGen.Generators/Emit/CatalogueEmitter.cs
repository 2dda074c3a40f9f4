using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SiteGen.Schema;
using SiteGen.Generators.Declarations;

namespace SiteGen.Generators.Emit
{
    /// <summary>
    /// Writes the catalogue: for each collection, a property holding its records, one method that reads a record of
    /// its type from compiled values, and the values of its entries as data (<see cref="CompiledEntryFormat"/>), a
    /// literal per chunk of entries. Data rather than code: a method per entry made the compiler bind, check and emit
    /// a method per article, many times slower to compile than a literal per chunk (docs/performance.md).
    /// </summary>
    /// <remarks>
    /// A chunk is an ordinary string literal while the catalogue's strings fit well inside the assembly's string heap,
    /// and a UTF-8 literal after: the compiler lowers a UTF-8 literal to an array with an element per byte, several times
    /// slower to compile (docs/performance.md), a string literal to one value; but all of an assembly's strings share
    /// one heap of 16 MB (CS8103), which the front matter of a large archive fills.
    /// </remarks>
    internal static class CatalogueEmitter
    {
        private const int ChunkSize = 200;

        /// <summary>
        /// How many characters of data go into string literals: 12 MB of the 16 MB string heap (two bytes a character),
        /// the rest left to the program's own strings.
        /// </summary>
        internal const int StringLiteralCharacters = 6_000_000;

        private const string Reader = "global::SiteGen.Content.CompiledEntryReader";

        /// <param name="stringLiteralCharacters">How many characters of data may be string literals, the rest UTF-8 literals.</param>
        public static string Emit(CatalogueSpec catalogue, IReadOnlyList<EncodedEntry> entries, string contentRoot, int stringLiteralCharacters)
        {
            var stringBudget = stringLiteralCharacters;
            var writer = new SourceWriter().OpenFile(catalogue.Namespace, catalogue.Modifiers + " class " + catalogue.ClassName);
            writer.Line("/// <summary>The folder the content was compiled from; bodies are read from here at run time.</summary>");
            writer.Line("public static string ContentRoot => " + SymbolDisplay.FormatLiteral(contentRoot, quote: true) + ";");
            foreach (var collection in catalogue.Collections)
            {
                var members = entries
                    .Where(e => e.Folder == collection.Folder)
                    .OrderBy(e => e.Path, StringComparer.Ordinal)
                    .ToList();
                EmitCollection(writer, collection, members, ref stringBudget);
            }

            return writer.Close().ToString();
        }

        private static void EmitCollection(SourceWriter writer, CollectionSpec collection, List<EncodedEntry> members, ref int stringBudget)
        {
            var type = collection.RecordTypeName;
            var name = collection.PropertyName;
            var chunks = new List<(string Data, bool AsString)>();
            for (var start = 0; start < members.Count; start += ChunkSize)
            {
                var data = string.Join(CompiledEntryFormat.Separator.ToString(), members.GetRange(start, Math.Min(ChunkSize, members.Count - start)).Select(e => e.Data));
                var asString = data.Length <= stringBudget;
                if (asString)
                {
                    stringBudget -= data.Length;
                }

                chunks.Add((data, asString));
            }

            writer.Line();
            writer.Line("/// <summary>Every file of <c>" + collection.Folder + "/</c>, ordered by path.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> " + name + " { get; } = Create" + name + "();");
            writer.Line();
            writer.Open("private static " + type + "[] Create" + name + "()");
            writer.Line("var items = new " + type + "[" + members.Count.ToString(CultureInfo.InvariantCulture) + "];");
            string Data(int chunk) => name + "Data" + chunk.ToString(CultureInfo.InvariantCulture);
            for (var chunk = 0; chunk < chunks.Count; chunk++)
            {
                var text = chunks[chunk].AsString ? Data(chunk) : "global::System.Text.Encoding.UTF8.GetString(" + Data(chunk) + ")";
                writer.Line(Reader + ".ReadAll(items, " + (chunk * ChunkSize).ToString(CultureInfo.InvariantCulture) + ", " + text + ", Read" + name + "Entry);");
            }

            writer.Line("return items;");
            writer.Close();
            EmitReader(writer, collection);
            for (var chunk = 0; chunk < chunks.Count; chunk++)
            {
                EmitData(writer, Data(chunk), chunks[chunk].Data, chunks[chunk].AsString);
            }
        }

        /// <summary>The method that reads one record: key, file and required fields in one initializer, then each optional field given.</summary>
        private static void EmitReader(SourceWriter writer, CollectionSpec collection)
        {
            writer.Line();
            writer.Open("private static " + collection.RecordTypeName + " Read" + collection.PropertyName + "Entry(" + Reader + " entry)");
            writer.Line("var record = new " + collection.RecordTypeName);
            writer.Line("{");
            writer.Line("    Key = entry.Text(),");
            writer.Line("    File = entry.File(),");
            var fields = CompiledEntryFormat.FieldOrder(collection).ToList();
            foreach (var field in fields.TakeWhile(f => f.Required))
            {
                writer.Line("    " + field.PropertyName + " = " + Read(field) + ",");
            }

            writer.Line("};");
            foreach (var field in fields.SkipWhile(f => f.Required))
            {
                writer.Open("if (entry.Has())");
                writer.Line("record = record with { " + field.PropertyName + " = " + Read(field) + " };");
                writer.Close();
            }

            writer.Line("return record;");
            writer.Close();
        }

        private static string Read(FieldSpec field) => field.Kind switch
        {
            FieldKind.Date => "entry.Date()",
            FieldKind.Url => "entry.Url()",
            FieldKind.TextList => "entry.TextList()",
            FieldKind.Flag => "entry.Flag()",
            _ => "entry.Text()",
        };

        /// <summary>
        /// The values of a chunk of entries as one literal, a string or UTF-8 (see the remarks above). Every value has a
        /// UTF-8 form: the parser refuses the one text that has none, a lone surrogate. A string is a property, not a
        /// constant, whose value the assembly would hold a second time.
        /// </summary>
        private static void EmitData(SourceWriter writer, string name, string data, bool asString)
        {
            writer.Line();
            writer.Line(asString
                ? "private static string " + name + " => " + SymbolDisplay.FormatLiteral(data, quote: true) + ";"
                : "private static global::System.ReadOnlySpan<byte> " + name + " => " + SymbolDisplay.FormatLiteral(data, quote: true) + "u8;");
        }
    }
}
