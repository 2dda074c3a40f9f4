using System.Text;

namespace SiteGen.Schema
{
    /// <summary>How a record's property names become front-matter keys, the same at compile time and run time.</summary>
    internal static class FrontMatterKeys
    {
        /// <summary><c>SourceNote</c> → <c>source_note</c>.</summary>
        public static string Of(string propertyName)
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
    }
}
