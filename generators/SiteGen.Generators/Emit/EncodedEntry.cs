using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SiteGen.Schema;

namespace SiteGen.Generators.Emit
{
    /// <summary>One valid entry's values in <see cref="CompiledEntryFormat"/>, ready to be joined into its collection's data.</summary>
    /// <param name="Path">The file's path below the content root: entries are ordered by it.</param>
    internal sealed record EncodedEntry(string Folder, string Path, string Data)
    {
        public static EncodedEntry? Of(EntrySpec? entry, CatalogueSpec? catalogue)
        {
            var collection = catalogue?.Collections.FirstOrDefault(c => c.Folder == entry?.Index.Folder);
            if (entry == null || !entry.Emitted || collection == null)
            {
                return null;
            }

            var values = entry.Values.ToDictionary(v => v.PropertyName);
            var tokens = new List<string>
            {
                entry.Index.Key,
                entry.RelativePath,
                entry.BodyStartLine.ToString(CultureInfo.InvariantCulture),
                entry.FrontMatterSha256,
            };
            foreach (var field in CompiledEntryFormat.FieldOrder(collection))
            {
                if (field.Required)
                {
                    Add(tokens, values[field.PropertyName]);
                }
                else if (values.TryGetValue(field.PropertyName, out var value))
                {
                    tokens.Add(CompiledEntryFormat.Present);
                    Add(tokens, value);
                }
                else
                {
                    tokens.Add(CompiledEntryFormat.Absent);
                }
            }

            return new EncodedEntry(entry.Index.Folder, entry.RelativePath, string.Join(CompiledEntryFormat.Separator.ToString(), tokens));
        }

        private static void Add(List<string> tokens, FieldValue value)
        {
            if (value.Kind == FieldKind.TextList)
            {
                tokens.Add(value.Items.Count.ToString(CultureInfo.InvariantCulture));
                tokens.AddRange(value.Items);
            }
            else
            {
                // Dates too: the validator let through only DateField.Format, the form the reader takes.
                tokens.Add(value.Text);
            }
        }
    }
}
