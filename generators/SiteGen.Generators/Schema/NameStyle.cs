using System.Text;

namespace SiteGen.Generators.Schema
{
    /// <summary>How C# names map to front-matter keys and how content keys map to C# identifiers.</summary>
    internal static class NameStyle
    {
        /// <summary><c>SourceNote</c> → <c>source_note</c>.</summary>
        public static string FrontMatterKey(string propertyName)
        {
            var key = new StringBuilder(propertyName.Length + 4);
            for (var i = 0; i < propertyName.Length; i++)
            {
                var c = propertyName[i];
                if (char.IsUpper(c))
                {
                    if (i > 0)
                    {
                        key.Append('_');
                    }

                    key.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    key.Append(c);
                }
            }

            return key.ToString();
        }

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

        /// <summary>The factory method of one entry; keys are validated slugs, so replacing hyphens keeps names distinct.</summary>
        public static string EntryMethod(string folder, string key) =>
            "Create_" + PropertyName(folder) + "_" + key.Replace('-', '_');

        /// <summary>A valid hint name for the generated file of one content file.</summary>
        public static string HintName(string className, string folder, string key) =>
            className + "." + folder + "." + key + ".g.cs";
    }
}
