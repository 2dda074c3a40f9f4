using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SiteGen.Generators.Emit;
using SiteGen.Schema;
using SiteGen.Generators.Declarations;
using SiteGen.Generators.Validation;
using SiteGen.Validation;

namespace SiteGen.Generators
{
    /// <summary>
    /// Compiles the Markdown content folder into typed records. Each file is parsed, validated and encoded on its own
    /// (an edit re-runs only that file); the cross-file checks see only a slim index of entries, and the catalogue
    /// joins the encoded entries into its data.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ContentGenerator : IIncrementalGenerator
    {
        public const string ContentRootProperty = "build_property.SiteGenContentRoot";

        public static class TrackingNames
        {
            public const string Catalogue = nameof(Catalogue);
            public const string ContentFile = nameof(ContentFile);
            public const string Entry = nameof(Entry);
            public const string Index = nameof(Index);
            public const string Encoded = nameof(Encoded);
        }

        /// <summary>How many characters of data the catalogue may hold as string literals (<see cref="CatalogueEmitter"/>).</summary>
        internal int StringLiteralCharacters { get; init; } = CatalogueEmitter.StringLiteralCharacters;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var stringLiteralCharacters = StringLiteralCharacters;
            var catalogue = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    SchemaReader.CollectionAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (syntax, cancellationToken) => SchemaReader.Read(syntax, cancellationToken))
                .Collect()
                .Select(static (all, _) => all.IsEmpty ? null : all[0])
                .WithTrackingName(TrackingNames.Catalogue);

            var contentRoot = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) =>
                    options.GlobalOptions.TryGetValue(ContentRootProperty, out var root) && root.Trim().Length > 0 ? root.Trim() : null);

            var entries = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Combine(contentRoot)
                .Select(static (pair, cancellationToken) => ContentFileReader.Read(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ContentFile)
                .Combine(catalogue)
                .Select(static (pair, _) => pair.Left == null ? null : EntryValidator.Validate(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Entry);

            context.RegisterSourceOutput(entries, static (output, entry) => ReportEntry(output, entry));

            // The cross-file checks see only the index, which an edit to an article's text leaves unchanged.
            var index = entries
                .Select(static (entry, _) => entry?.Index)
                .Collect()
                .WithTrackingName(TrackingNames.Index);

            context.RegisterSourceOutput(index.Combine(catalogue), static (output, input) => ReportCatalogue(output, input.Right, input.Left));

            var encoded = entries
                .Combine(catalogue)
                .Select(static (pair, _) => EncodedEntry.Of(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Encoded)
                .Collect();

            context.RegisterSourceOutput(
                encoded.Combine(catalogue).Combine(contentRoot),
                (output, input) => EmitCatalogue(output, input.Left.Right, input.Left.Left, input.Right, stringLiteralCharacters));
        }

        private static void ReportEntry(SourceProductionContext output, EntrySpec? entry)
        {
            if (entry == null)
            {
                return;
            }

            foreach (var diagnostic in entry.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static void ReportCatalogue(SourceProductionContext output, CatalogueSpec? catalogue, ImmutableArray<EntryIndex?> index)
        {
            if (catalogue == null)
            {
                return;
            }

            foreach (var diagnostic in catalogue.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            var entries = index.Where(e => e != null).Select(e => e!).ToImmutableArray();
            foreach (var diagnostic in CatalogueValidator.Validate(entries, catalogue))
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static void EmitCatalogue(SourceProductionContext output, CatalogueSpec? catalogue, ImmutableArray<EncodedEntry?> entries, string? contentRoot, int stringLiteralCharacters)
        {
            if (catalogue == null)
            {
                return;
            }

            if (contentRoot == null)
            {
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.ById(ContentRules.ContentRootNotSet.Id), Location.None));
            }

            output.AddSource(catalogue.ClassName + ".g.cs", CatalogueEmitter.Emit(catalogue, entries.Where(e => e != null).Select(e => e!).ToList(), contentRoot ?? string.Empty, stringLiteralCharacters));
        }
    }
}
