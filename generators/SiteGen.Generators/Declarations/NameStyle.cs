using System.Text;

namespace SiteGen.Generators.Declarations
{
    /// <summary>How collection folders become C# names.</summary>
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
    }
}
