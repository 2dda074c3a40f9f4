using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using SiteGen.FrontMatter;
using SiteGen.Schema;

namespace SiteGen.Generators.Validation
{
    /// <summary>Reads one additional file under the content root into a <see cref="ContentFileModel"/>; other files are skipped.</summary>
    internal static class ContentFileReader
    {
        public static ContentFileModel? Read(AdditionalText file, string? contentRoot, CancellationToken cancellationToken)
        {
            if (contentRoot == null)
            {
                return null;
            }

            var relative = RelativePath(file.Path, contentRoot);
            if (relative == null)
            {
                return null;
            }

            var slash = relative.IndexOf('/');
            if (slash <= 0)
            {
                return null;
            }

            var folder = relative.Substring(0, slash);
            var fileName = relative.Substring(relative.LastIndexOf('/') + 1);
            var key = fileName.Substring(0, fileName.Length - ".md".Length);
            var text = file.GetText(cancellationToken)?.ToString();
            var document = text == null
                ? new FrontMatterDocument(EquatableArray<FrontMatterField>.Empty, null, SourceSpot.FileStart, 1, 0)
                : FrontMatterParser.Parse(text);
            var hash = text == null ? string.Empty : ContentHash.OfFrontMatter(text, document);
            return new ContentFileModel(file.Path, relative, folder, key, hash, document);
        }

        /// <summary>The path below the root with '/' separators, or null when the file is elsewhere.</summary>
        public static string? RelativePath(string path, string root)
        {
            var normalizedPath = path.Replace('\\', '/');
            var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
            return normalizedPath.StartsWith(normalizedRoot, StringComparison.Ordinal)
                ? normalizedPath.Substring(normalizedRoot.Length)
                : null;
        }
    }
}
