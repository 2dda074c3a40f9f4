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
    /// Writes the collection properties of the catalogue. Entries are added in chunks of fixed size so that
    /// no generated method grows with the corpus: ten thousand articles are fifty short methods, not one huge one.
    /// </summary>
    internal static class CatalogueEmitter
    {
        private const int ChunkSize = 200;

        public static string Emit(CatalogueSpec catalogue, IReadOnlyList<EntryIndex> entries, string contentRoot)
        {
            var writer = new SourceWriter().OpenFile(catalogue.Namespace, catalogue.Modifiers + " class " + catalogue.ClassName);
            writer.Line("/// <summary>The folder the content was compiled from; bodies are read from here at run time.</summary>");
            writer.Line("public static string ContentRoot => " + SymbolDisplay.FormatLiteral(contentRoot, quote: true) + ";");
            foreach (var collection in catalogue.Collections)
            {
                var members = entries
                    .Where(e => e.Folder == collection.Folder && e.Emitted)
                    .OrderBy(e => e.Path, StringComparer.Ordinal)
                    .ToList();
                EmitCollection(writer, collection, members, "global::" + NameStyle.EntryNamespace(catalogue.Namespace, catalogue.ClassName) + ".");
            }

            return writer.Close().ToString();
        }

        private static void EmitCollection(SourceWriter writer, CollectionSpec collection, List<EntryIndex> members, string entries)
        {
            var type = collection.RecordTypeName;
            var count = members.Count.ToString(CultureInfo.InvariantCulture);
            var chunks = (members.Count + ChunkSize - 1) / ChunkSize;
            writer.Line();
            writer.Line("/// <summary>Every file of <c>" + collection.Folder + "/</c>, ordered by path.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> " + collection.PropertyName + " { get; } = Create" + collection.PropertyName + "();");
            writer.Line();
            writer.Open("private static " + type + "[] Create" + collection.PropertyName + "()");
            writer.Line("var items = new " + type + "[" + count + "];");
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                writer.Line("Fill" + collection.PropertyName + chunk.ToString(CultureInfo.InvariantCulture) + "(items);");
            }

            writer.Line("return items;");
            writer.Close();
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                writer.Line();
                writer.Open("private static void Fill" + collection.PropertyName + chunk.ToString(CultureInfo.InvariantCulture) + "(" + type + "[] items)");
                var end = Math.Min(members.Count, (chunk + 1) * ChunkSize);
                for (var i = chunk * ChunkSize; i < end; i++)
                {
                    writer.Line("items[" + i.ToString(CultureInfo.InvariantCulture) + "] = " + entries + NameStyle.EntryClass(members[i].RelativePath) + ".Create();");
                }

                writer.Close();
            }
        }
    }
}
