using System.Collections.Generic;
using System.Linq;

namespace SiteGen.Schema
{
    /// <summary>
    /// How the generator writes entries into the program and the program reads them back: each entry is its values as
    /// text, separated by NUL (which content never holds: the parser refuses it), entries one after another. First the
    /// key and the file (path, body start line, SHA-256), then the required fields in schema order, each as its value,
    /// then the optional ones, each as <see cref="Present"/> and its value or as <see cref="Absent"/>. A date is
    /// written as in front matter (<see cref="DateField.Format"/>); a list is its item count, then its items.
    /// </summary>
    internal static class CompiledEntryFormat
    {
        public const char Separator = '\0';

        public const string Present = "+";

        public const string Absent = "-";

        /// <summary>The order an entry's fields are written and read in: the required ones, then the optional ones.</summary>
        public static IEnumerable<FieldSpec> FieldOrder(CollectionSpec collection) =>
            collection.Fields.Where(f => f.Required).Concat(collection.Fields.Where(f => !f.Required));
    }
}
