using System.Text;

namespace SiteGen.Generators.Schema
{
    /// <summary>How C# names map to front-matter keys and how content keys map to C# identifiers.</summary>
    internal static class NameStyle
    {
        /// <summary><c>articles</c> → <c>Articles</c>, <c>tracked-figures</c> → <c>TrackedFigures</c>.</summary>
        public static string PropertyName(string folder)
        {
            var name = new StringBuilder(folder.Length);
            var upper = true;
            foreach (var c in folder)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return name.ToString();
        }

        /// <summary>
        /// The class of one entry's factory, from its path below the content root, so two files never share one
        /// even when their keys clash (that clash is reported as SG0007).
        /// </summary>
        public static string EntryClass(string relativePath) => "From_" + Identifier(WithoutExtension(relativePath));

        /// <summary>Where the entry classes live: beside the catalogue, e.g. <c>SiteGen.SiteContentEntries</c>.</summary>
        public static string EntryNamespace(string catalogueNamespace, string catalogueClass) =>
            (catalogueNamespace.Length > 0 ? catalogueNamespace + "." : string.Empty) + catalogueClass + "Entries";

        /// <summary>A valid, unique hint name for the generated file of one content file.</summary>
        public static string HintName(string className, string relativePath) =>
            className + "." + Identifier(WithoutExtension(relativePath)) + ".g.cs";

        private static string WithoutExtension(string relativePath) =>
            relativePath.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) ? relativePath.Substring(0, relativePath.Length - 3) : relativePath;

        private static string Identifier(string path)
        {
            var name = new StringBuilder(path.Length);
            foreach (var c in path)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                {
                    name.Append(c);
                }
                else if (c == '-')
                {
                    name.Append('_');
                }
                else if (c == '/')
                {
                    name.Append("__");
                }
                else
                {
                    name.Append("_x").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
                }
            }

            return name.ToString();
        }
    }
}
