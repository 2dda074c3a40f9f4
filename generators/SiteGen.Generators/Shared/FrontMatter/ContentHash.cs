using System;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.FrontMatter
{
    /// <summary>The fingerprint recorded at compile time and checked at run time, so a file edited since compile is caught.</summary>
    internal static class ContentHash
    {
        public static string Of(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return OfUtf8(bytes, 0, bytes.Length);
        }

        /// <summary>The fingerprint of a file's front matter: its text before the body (<see cref="FrontMatterDocument.BodyStartOffset"/>).</summary>
        public static string OfFrontMatter(string text, FrontMatterDocument document) =>
            Of(text.Substring(0, Math.Min(document.BodyStartOffset, text.Length)));

        /// <summary>The same fingerprint from the text's UTF-8 bytes (after any byte-order mark), as a file holds them.</summary>
        public static string OfUtf8(byte[] bytes, int offset, int count)
        {
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(bytes, offset, count);
                var hex = new StringBuilder(hash.Length * 2);
                foreach (var b in hash)
                {
                    hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }
    }
}
