using System.Security.Cryptography;
using System.Text;

namespace SiteGen.FrontMatter
{
    /// <summary>The fingerprint recorded at compile time and checked at run time, so a file edited since compile is caught.</summary>
    internal static class ContentHash
    {
        public static string Of(string text)
        {
            using (var sha = SHA256.Create())
            {
                var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
                var hex = new StringBuilder(bytes.Length * 2);
                foreach (var b in bytes)
                {
                    hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }
    }
}
