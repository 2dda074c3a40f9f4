using System.Collections.Generic;
using System.Linq;

namespace SiteGen.Schema
{
    /// <summary>
    /// Every content diagnostic, shared as source by the generator (which reports them to the compiler) and the engine
    /// (which reports them when it reads content at run time). Ids are stable: documentation and CI filters depend on them.
    /// </summary>
    internal static class ContentRules
    {
        public static readonly ContentRule MissingFrontMatter = Error(
            "SG0001", "Missing front matter", "Content file has no front matter: {0}");

        public static readonly ContentRule UnterminatedFrontMatter = Error(
            "SG0002", "Unterminated front matter", "Front matter is not closed: {0}");

        public static readonly ContentRule MalformedYaml = Error(
            "SG0003", "Malformed front matter", "Front matter is not valid: {0}");

        public static readonly ContentRule MissingRequiredField = Error(
            "SG0004", "Missing required field", "Required field '{0}' is missing from this {1}; add a line '{0}: …' to the front matter");

        public static readonly ContentRule WrongType = Error(
            "SG0005", "Wrong value type", "Field '{0}' {1}");

        public static readonly ContentRule UnknownField = new ContentRule(
            "SG0006", "Unknown field", "Unknown field '{0}' in this {1}: {2}", IsError: false);

        public static readonly ContentRule DuplicateSlug = Error(
            "SG0007", "Duplicate slug", "The {0} '{1}' is already used by {2} (slugs are compared ignoring case); choose another");

        public static readonly ContentRule UnknownReference = Error(
            "SG0008", "Unknown reference", "Field '{0}' names {1} '{2}', but there is no file {3}: {4}");

        public static readonly ContentRule InvalidSlug = Error(
            "SG0009", "Invalid slug", "{0} '{1}' is not a valid slug: use lower-case letters, digits and single hyphens, not 'page' or a name Windows reserves ('con', 'nul'…), e.g. '{2}'");

        public static readonly ContentRule UnsupportedProperty = new ContentRule(
            "SG0010", "Unsupported content property", "Property '{0}' of content record '{1}' has type '{2}', which front matter cannot fill; use string, DateOnly, Uri, bool or IReadOnlyList<string>", IsError: true, Category: "SiteGen.Schema");

        public static readonly ContentRule ContentRootNotSet = new ContentRule(
            "SG0011", "Content root not set", "The build property SiteGenContentRoot is not set, so no content file is compiled; set it to the content folder in the project file", IsError: false, Category: "SiteGen.Schema");

        public static readonly ContentRule UnreadableFile = Error(
            "SG0012", "Unreadable content file", "The content file could not be read; check that it exists and is UTF-8 text");

        public static readonly ContentRule DirectionControl = Error(
            "SG0013", "Invisible direction control", "Field '{0}' holds the invisible direction control {1}, which makes text read in another order than it is stored; delete it (retype the value if you cannot see it)");

        public static readonly ContentRule RenamedFolder = Error(
            "SG0014", "Renamed content folder", "content/{0}/ is the old name of content/{1}/ ({2}); move this file to content/{1}/");

        public static readonly ContentRule NotPlainText = Error(
            "SG0015", "Not plain text", "{0}");

        public static readonly IReadOnlyList<ContentRule> All = new[]
        {
            MissingFrontMatter, UnterminatedFrontMatter, MalformedYaml, MissingRequiredField, WrongType, UnknownField,
            DuplicateSlug, UnknownReference, InvalidSlug, UnsupportedProperty, ContentRootNotSet, UnreadableFile, DirectionControl,
            RenamedFolder, NotPlainText,
        };

        /// <summary>
        /// Content folders that had another name, with the name they have now and why: a file left in the old folder
        /// belongs to no collection and would be left out of the report without a word.
        /// </summary>
        public static readonly IReadOnlyList<(string Old, string New, string Why)> RenamedFolders = new[]
        {
            ("figures", "quantities", "tracked quantities; a figure is a number found in the text"),
        };

        /// <summary>The old folder names that apply to <paramref name="catalogue"/>: it has a collection of the new name and none of the old.</summary>
        public static IEnumerable<string> OldFoldersOf(CatalogueSpec catalogue) =>
            RenamedFolders
                .Where(r => catalogue.Collections.Any(c => c.Folder == r.New) && !catalogue.Collections.Any(c => c.Folder == r.Old))
                .Select(r => r.Old);

        /// <summary>The problem of a file in <paramref name="folder"/>, if it is one of <see cref="OldFoldersOf"/> the catalogue.</summary>
        public static DiagnosticInfo? InRenamedFolder(string folder, CatalogueSpec catalogue, string path)
        {
            if (!OldFoldersOf(catalogue).Contains(folder))
            {
                return null;
            }

            var (old, now, why) = RenamedFolders.First(r => r.Old == folder);
            return DiagnosticInfo.Create(RenamedFolder, path, FrontMatter.SourceSpot.FileStart, old, now, why);
        }

        public static ContentRule ById(string id)
        {
            foreach (var rule in All)
            {
                if (rule.Id == id)
                {
                    return rule;
                }
            }

            throw new KeyNotFoundException(id);
        }

        private static ContentRule Error(string id, string title, string format) => new ContentRule(id, title, format, IsError: true);
    }
}
