using System;

namespace SiteGen.Generators.Templates
{
    /// <summary>One template file's text, named by its path in <c>templates/</c> without the extension (<c>pages/article</c>).</summary>
    internal sealed record TemplateSource(string Path, string Name, string Text)
    {
        /// <summary>The template file at <paramref name="path"/>, if it is one below <paramref name="root"/>.</summary>
        public static TemplateSource? Of(string path, string? root, string? text)
        {
            if (root == null || text == null || !path.EndsWith(SiteGen.Templates.TemplateRules.Extension, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var normalRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
            var normalPath = path.Replace('\\', '/');
            if (!normalPath.StartsWith(normalRoot, StringComparison.Ordinal))
            {
                return null;
            }

            var relative = normalPath.Substring(normalRoot.Length);
            return new TemplateSource(path, relative.Substring(0, relative.Length - SiteGen.Templates.TemplateRules.Extension.Length), text);
        }
    }
}
