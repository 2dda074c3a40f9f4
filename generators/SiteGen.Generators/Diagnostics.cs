using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SiteGen.Generators
{
    /// <summary>Every diagnostic SiteGen reports at compile time. Ids are stable: documentation and CI filters depend on them.</summary>
    public static class Diagnostics
    {
        private const string Content = "SiteGen.Content";
        private const string Schema = "SiteGen.Schema";

        public static readonly DiagnosticDescriptor MissingFrontMatter = Error(
            "SG0001", "Missing front matter", "Content file has no front matter: {0}", Content);

        public static readonly DiagnosticDescriptor UnterminatedFrontMatter = Error(
            "SG0002", "Unterminated front matter", "Front matter is not closed: {0}", Content);

        public static readonly DiagnosticDescriptor MalformedYaml = Error(
            "SG0003", "Malformed front matter", "Front matter is not valid: {0}", Content);

        public static readonly DiagnosticDescriptor MissingRequiredField = Error(
            "SG0004", "Missing required field", "Required field '{0}' is missing from this {1}; add a line '{0}: …' to the front matter", Content);

        public static readonly DiagnosticDescriptor WrongType = Error(
            "SG0005", "Wrong value type", "Field '{0}' {1}", Content);

        public static readonly DiagnosticDescriptor UnknownField = Warning(
            "SG0006", "Unknown field", "Unknown field '{0}' in this {1}: {2}", Content);

        public static readonly DiagnosticDescriptor DuplicateSlug = Error(
            "SG0007", "Duplicate slug", "The {0} '{1}' is already used by {2} (slugs are compared ignoring case); choose another", Content);

        public static readonly DiagnosticDescriptor UnknownReference = Error(
            "SG0008", "Unknown reference", "Field '{0}' names {1} '{2}', but there is no file {3}: {4}", Content);

        public static readonly DiagnosticDescriptor InvalidSlug = Error(
            "SG0009", "Invalid slug", "{0} '{1}' is not a valid slug: use lower-case letters, digits and single hyphens, e.g. '{2}'", Content);

        public static readonly DiagnosticDescriptor UnsupportedProperty = Error(
            "SG0010", "Unsupported content property", "Property '{0}' of content record '{1}' has type '{2}', which front matter cannot fill; use string, DateOnly, Uri or IReadOnlyList<string>", Schema);

        public static readonly DiagnosticDescriptor ContentRootNotSet = Warning(
            "SG0011", "Content root not set", "The build property SiteGenContentRoot is not set, so no content file is compiled; set it to the content folder in the project file", Schema);

        public static readonly DiagnosticDescriptor UnreadableFile = Error(
            "SG0012", "Unreadable content file", "The content file could not be read; check that it exists and is UTF-8 text", Content);

        private static readonly Dictionary<string, DiagnosticDescriptor> ByIdTable = new Dictionary<string, DiagnosticDescriptor>
        {
            [MissingFrontMatter.Id] = MissingFrontMatter,
            [UnterminatedFrontMatter.Id] = UnterminatedFrontMatter,
            [MalformedYaml.Id] = MalformedYaml,
            [MissingRequiredField.Id] = MissingRequiredField,
            [WrongType.Id] = WrongType,
            [UnknownField.Id] = UnknownField,
            [DuplicateSlug.Id] = DuplicateSlug,
            [UnknownReference.Id] = UnknownReference,
            [InvalidSlug.Id] = InvalidSlug,
            [UnsupportedProperty.Id] = UnsupportedProperty,
            [ContentRootNotSet.Id] = ContentRootNotSet,
            [UnreadableFile.Id] = UnreadableFile,
        };

        public static IReadOnlyCollection<DiagnosticDescriptor> All => ByIdTable.Values;

        public static DiagnosticDescriptor ById(string id) => ByIdTable[id];

        private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
            new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
            new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    }
}
