using System.Text;

namespace SiteGen.FrontMatter
{
    /// <summary>The one slug rule, shared by file names and <c>slug</c> fields: lower-case ASCII words joined by single hyphens.</summary>
    internal static class Slug
    {
        /// <summary>
        /// Names Windows reserves for devices (a folder called "con" cannot be created or copied there), and "page",
        /// the folder of a long list's later pages (<c>people/page/2/</c>).
        /// </summary>
        private static readonly string[] Reserved =
        {
            "page", "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
        };

        public static bool IsValid(string value)
        {
            if (value.Length == 0 || value[0] == '-' || value[value.Length - 1] == '-' || System.Array.IndexOf(Reserved, value) >= 0)
            {
                return false;
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && value[i - 1] != '-');
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What the value would be as a slug: accents dropped, other characters as hyphens; empty when nothing is left.</summary>
        public static string Suggest(string value)
        {
            var slug = new StringBuilder(value.Length);
            foreach (var c in Fold(value))
            {
                var lower = char.ToLowerInvariant(c);
                if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
                {
                    slug.Append(lower);
                }
                else if (char.IsWhiteSpace(c) || c == '-' || c == '_' || c == '.')
                {
                    if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                    {
                        slug.Append('-');
                    }
                }
            }

            var text = slug.ToString().Trim('-');
            return System.Array.IndexOf(Reserved, text) >= 0 ? text + "-page" : text;
        }

        /// <summary>
        /// Latin letters without their accents ("Résumé" → "Resume", "Dušan" → "Dusan"). A table, not Unicode
        /// decomposition, because the engine runs with invariant globalization, where decomposition is not available.
        /// </summary>
        internal static string Fold(string value)
        {
            const string From = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőřśšşßťùúûüūůűųýÿźżžłÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮİÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰŲÝŹŻŽŁ";
            const string To = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooorsssstuuuuuuuuyyzzzlAAAAAAAAACCCDDEEEEEEEEIIIIIIINNNOOOOOOOORSSSTUUUUUUUUYZZZL";
            var folded = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                var at = From.IndexOf(c);
                folded.Append(at >= 0 ? To[at] : c);
            }

            return folded.ToString();
        }
    }
}
