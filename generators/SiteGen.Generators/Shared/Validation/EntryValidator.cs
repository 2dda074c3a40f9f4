using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SiteGen.FrontMatter;
using SiteGen.Schema;

namespace SiteGen.Validation
{
    /// <summary>Checks one content file against its collection's schema and converts its values; it never looks at other files.</summary>
    internal static class EntryValidator
    {
        public static EntrySpec? Validate(ContentFileModel file, CatalogueSpec? catalogue)
        {
            var collection = catalogue?.Collections.FirstOrDefault(c => c.Folder == file.Folder);
            if (catalogue == null)
            {
                return null;
            }

            if (collection == null)
            {
                return ContentRules.InRenamedFolder(file.Folder, catalogue, file.Path) is { } renamed
                    ? new EntrySpec(
                        file.RelativePath,
                        file.Document.BodyStartLine,
                        file.FrontMatterSha256,
                        new EquatableArray<FieldValue>(Array.Empty<FieldValue>()),
                        new EquatableArray<DiagnosticInfo>(new[] { renamed }),
                        new EntryIndex(file.Folder, file.Key, file.Path, "file name", file.Key, SourceSpot.FileStart, new EquatableArray<ReferenceSpec>(Array.Empty<ReferenceSpec>()), file.RelativePath, Emitted: false))
                    : null;
            }

            var diagnostics = new List<DiagnosticInfo>();
            var values = new List<FieldValue>();
            var references = new List<ReferenceSpec>();
            var identity = file.Key;
            var identityField = "file name";
            var identitySpot = SourceSpot.FileStart;
            var document = file.Document;

            if (file.FrontMatterSha256.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(ContentRules.UnreadableFile, file.Path, SourceSpot.FileStart));
            }
            else if (document.Problem != null)
            {
                diagnostics.Add(DiagnosticInfo.Create(RuleFor(document.Problem.Kind), file.Path, document.Problem.Spot, document.Problem.Message));
            }
            else
            {
                if (!Slug.IsValid(file.Key))
                {
                    diagnostics.Add(DiagnosticInfo.Create(ContentRules.InvalidSlug, file.Path, SourceSpot.FileStart,
                        "The file name", file.Key, Example(file.Key) + ".md"));
                }

                var given = document.Fields
                    .Where(f => f.Value.Kind != FrontMatterValueKind.Null)
                    .ToDictionary(f => f.Key, StringComparer.Ordinal);
                foreach (var field in document.Fields)
                {
                    if (!collection.Fields.Any(f => f.Key == field.Key))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(ContentRules.UnknownField, file.Path, field.KeySpot,
                            field.Key, collection.RecordDisplayName, UnknownFieldAdvice(field.Key, collection)));
                    }
                }

                foreach (var spec in collection.Fields)
                {
                    if (!given.TryGetValue(spec.Key, out var field))
                    {
                        if (spec.Required)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(ContentRules.MissingRequiredField, file.Path, document.Opening,
                                spec.Key, collection.RecordDisplayName));
                        }

                        continue;
                    }

                    var value = Convert(spec, field, file.Path, diagnostics);
                    if (value == null)
                    {
                        continue;
                    }

                    values.Add(value);
                    if (spec.IsSlug)
                    {
                        identity = value.Text;
                        identityField = spec.Key;
                        identitySpot = field.Value.Spot;
                        if (!Slug.IsValid(value.Text))
                        {
                            diagnostics.Add(DiagnosticInfo.Create(ContentRules.InvalidSlug, file.Path, field.Value.Spot,
                                "The " + spec.Key, value.Text, Example(value.Text)));
                        }
                    }

                    if (spec.ReferencedFolder != null)
                    {
                        var targets = spec.Kind == FieldKind.TextList ? field.Value.Items : new EquatableArray<FrontMatterValue>(new[] { field.Value });
                        foreach (var target in targets)
                        {
                            references.Add(new ReferenceSpec(spec.Key, spec.ReferencedFolder, target.Text, target.Spot));
                        }
                    }
                }
            }

            var emitted = !diagnostics.Any(d => d.Rule.IsError);
            var index = new EntryIndex(file.Folder, file.Key, file.Path, identityField, identity, identitySpot, new EquatableArray<ReferenceSpec>(references), file.RelativePath, emitted);
            return new EntrySpec(
                file.RelativePath,
                document.BodyStartLine,
                file.FrontMatterSha256,
                new EquatableArray<FieldValue>(values),
                new EquatableArray<DiagnosticInfo>(diagnostics),
                index);
        }

        private static FieldValue? Convert(FieldSpec spec, FrontMatterField field, string path, List<DiagnosticInfo> diagnostics)
        {
            var value = field.Value;
            foreach (var part in value.Kind == FrontMatterValueKind.Sequence ? value.Items : new EquatableArray<FrontMatterValue>(new[] { value }))
            {
                if (DirectionControlIn(part.Text) is { } control)
                {
                    diagnostics.Add(DiagnosticInfo.Create(ContentRules.DirectionControl, path, part.Spot, spec.Key, "U+" + ((int)control).ToString("X4", CultureInfo.InvariantCulture)));
                    return null;
                }
            }

            string? problem = null;
            switch (spec.Kind)
            {
                case FieldKind.Text:
                    if (value.Kind != FrontMatterValueKind.Scalar)
                    {
                        problem = "must be a single text value, not a " + Describe(value.Kind) + "; put it on one line after the colon";
                    }
                    else if (spec.Required && value.Text.Trim().Length == 0)
                    {
                        problem = "is empty; write its text after the colon";
                    }

                    break;
                case FieldKind.Date:
                    if (value.Kind != FrontMatterValueKind.Scalar)
                    {
                        problem = "must be a date, not a " + Describe(value.Kind) + "; write it as YYYY-MM-DD, e.g. 2025-05-23";
                    }
                    else if (!IsIsoDateShape(value.Text))
                    {
                        problem = "is not a date: '" + value.Text + "'; write it as YYYY-MM-DD, e.g. 2025-05-23";
                    }
                    else if (!DateTime.TryParseExact(value.Text, DateField.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        problem = "is not a real calendar date: '" + value.Text + "'; check the month and day";
                    }
                    else if (date.Year < DateField.FirstYear || date.Year > DateField.LastYear)
                    {
                        problem = "is outside the years SiteGen dates reports in (" + DateField.FirstYear + " to " + DateField.LastYear + "): '" + value.Text + "'; check the year";
                    }

                    break;
                case FieldKind.Url:
                    if (value.Kind != FrontMatterValueKind.Scalar)
                    {
                        problem = "must be a web address, not a " + Describe(value.Kind);
                    }
                    else if (!Uri.TryCreate(value.Text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                    {
                        problem = "is not a URL: '" + value.Text + "'; write a full address starting with https:// or http://";
                    }

                    break;
                case FieldKind.TextList:
                    if (value.Kind != FrontMatterValueKind.Sequence)
                    {
                        problem = "must be a list, not a " + Describe(value.Kind) + "; write it as [\"first\", \"second\"] or one '- item' line per entry";
                    }
                    else if (value.Items.Any(i => i.Kind != FrontMatterValueKind.Scalar))
                    {
                        problem = "must be a list of text values; nested lists, maps and empty items are not allowed";
                    }
                    else if (value.Items.FirstOrDefault(i => i.Text.Trim().Length == 0) is { } blank)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(ContentRules.WrongType, path, blank.Spot, spec.Key, "has an empty item; remove it or write its text"));
                        return null;
                    }
                    else if (spec.Required && value.Items.Count == 0)
                    {
                        problem = "is an empty list; give at least one item";
                    }

                    break;
                case FieldKind.Flag:
                    if (value.Kind != FrontMatterValueKind.Scalar)
                    {
                        problem = "must be true or false, not a " + Describe(value.Kind);
                    }
                    else if (!IsFlag(value.Text))
                    {
                        problem = "is not true or false: '" + value.Text + "'; write true or false";
                    }

                    break;
            }

            if (problem != null)
            {
                diagnostics.Add(DiagnosticInfo.Create(ContentRules.WrongType, path, value.Spot, spec.Key, problem));
                return null;
            }

            var items = spec.Kind == FieldKind.TextList
                ? new EquatableArray<string>(value.Items.Select(i => i.Text))
                : EquatableArray<string>.Empty;
            var text = spec.Kind == FieldKind.Flag ? value.Text.Trim().ToLowerInvariant() : value.Text;
            return new FieldValue(spec.PropertyName, spec.Kind, text, items);
        }

        /// <summary>The first embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) in <paramref name="text"/>, if any.</summary>
        private static char? DirectionControlIn(string text)
        {
            foreach (var c in text)
            {
                if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                {
                    return c;
                }
            }

            return null;
        }

        private static bool IsFlag(string text) =>
            string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        private static string Example(string value)
        {
            var suggestion = Slug.Suggest(value);
            return suggestion.Length > 0 ? suggestion : "an-english-title";
        }

        private static bool IsIsoDateShape(string text) =>
            text.Length == 10 && text[4] == '-' && text[7] == '-'
            && text.Where((c, i) => i != 4 && i != 7).All(c => c >= '0' && c <= '9');

        private static string Describe(FrontMatterValueKind kind)
        {
            switch (kind)
            {
                case FrontMatterValueKind.Sequence: return "list";
                case FrontMatterValueKind.Mapping: return "nested map";
                default: return "single value";
            }
        }

        private static string UnknownFieldAdvice(string key, CollectionSpec collection)
        {
            var known = collection.Fields.Select(f => f.Key).ToList();
            var closest = Closest.To(key, known);
            return closest != null
                ? "did you mean '" + closest + "'?"
                : "known fields are " + string.Join(", ", known.OrderBy(k => k, StringComparer.Ordinal));
        }

        private static ContentRule RuleFor(FrontMatterProblemKind kind)
        {
            switch (kind)
            {
                case FrontMatterProblemKind.Missing: return ContentRules.MissingFrontMatter;
                case FrontMatterProblemKind.Unterminated: return ContentRules.UnterminatedFrontMatter;
                case FrontMatterProblemKind.NotPlainText: return ContentRules.NotPlainText;
                default: return ContentRules.MalformedYaml;
            }
        }
    }
}
