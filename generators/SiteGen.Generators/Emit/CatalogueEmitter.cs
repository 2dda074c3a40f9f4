using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SiteGen.Schema;
using SiteGen.Generators.Schema;

namespace SiteGen.Generators.Emit
{
    /// <summary>
    /// Writes the catalogue: for each collection, a property holding its records, one method that reads a record of
    /// its type from compiled values, and the values of its entries as data (<see cref="CompiledEntryFormat"/>), a
    /// literal per chunk of entries. Data rather than code: a method per entry made the compiler bind, check and emit
    /// ten thousand methods for ten thousand articles (about 25 s); fifty literals compile in about 2 s.
    /// </summary>
    internal static class CatalogueEmitter
    {
        private const int ChunkSize = 200;
        private const string Reader = "global::SiteGen.Content.CompiledEntryReader";

        public static string Emit(CatalogueSpec catalogue, IReadOnlyList<EncodedEntry> entries, string contentRoot)
        {
            var writer = new SourceWriter().OpenFile(catalogue.Namespace, catalogue.Modifiers + " class " + catalogue.ClassName);
            writer.Line("/// <summary>The folder the content was compiled from; bodies are read from here at run time.</summary>");
            writer.Line("public static string ContentRoot => " + SymbolDisplay.FormatLiteral(contentRoot, quote: true) + ";");
            foreach (var collection in catalogue.Collections)
            {
                var members = entries
                    .Where(e => e.Folder == collection.Folder)
                    .OrderBy(e => e.Path, StringComparer.Ordinal)
                    .ToList();
                EmitCollection(writer, collection, members);
            }

            return writer.Close().ToString();
        }

        private static void EmitCollection(SourceWriter writer, CollectionSpec collection, List<EncodedEntry> members)
        {
            var type = collection.RecordTypeName;
            var name = collection.PropertyName;
            var chunks = Enumerable.Range(0, (members.Count + ChunkSize - 1) / ChunkSize)
                .Select(chunk => members.Skip(chunk * ChunkSize).Take(ChunkSize).Select(e => e.Data).ToList())
                .ToList();
            writer.Line();
            writer.Line("/// <summary>Every file of <c>" + collection.Folder + "/</c>, ordered by path.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> " + name + " { get; } = Create" + name + "();");
            writer.Line();
            writer.Open("private static " + type + "[] Create" + name + "()");
            writer.Line("var items = new " + type + "[" + members.Count.ToString(CultureInfo.InvariantCulture) + "];");
            string Data(int chunk) => name + "Data" + chunk.ToString(CultureInfo.InvariantCulture);
            for (var chunk = 0; chunk < chunks.Count; chunk++)
            {
                writer.Line(Reader + ".ReadAll(items, " + (chunk * ChunkSize).ToString(CultureInfo.InvariantCulture) + ", global::System.Text.Encoding.UTF8.GetString(" + Data(chunk) + "), Read" + name + "Entry);");
            }

            writer.Line("return items;");
            writer.Close();
            EmitReader(writer, collection);
            for (var chunk = 0; chunk < chunks.Count; chunk++)
            {
                EmitData(writer, Data(chunk), chunks[chunk]);
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
            _ => "entry.Text()",
        };

        /// <summary>
        /// The values of a chunk of entries as one UTF-8 literal: UTF-16 literals all go to one string heap that a .NET
        /// assembly caps at 16 MB (CS8103), which the front matter of about 50,000 articles exceeds, while a UTF-8
        /// literal is data. Every value has a UTF-8 form: the parser refuses the one text that has none, a lone surrogate.
        /// </summary>
        private static void EmitData(SourceWriter writer, string name, List<string> entries)
        {
            writer.Line();
            writer.Line("private static global::System.ReadOnlySpan<byte> " + name + " => "
                + SymbolDisplay.FormatLiteral(string.Join(CompiledEntryFormat.Separator.ToString(), entries), quote: true) + "u8;");
        }
    }
}
