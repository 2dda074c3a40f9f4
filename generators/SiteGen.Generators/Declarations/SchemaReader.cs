using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SiteGen.FrontMatter;
using SiteGen.Schema;

namespace SiteGen.Generators.Declarations
{
    /// <summary>Turns the catalogue class and the records its attributes name into a value-only <see cref="CatalogueSpec"/>.</summary>
    internal static class SchemaReader
    {
        public const string CollectionAttribute = "SiteGen.Content.ContentCollectionAttribute";
        private const string ReferencesAttribute = "SiteGen.Content.ReferencesAttribute";
        private const string SlugAttribute = "SiteGen.Content.SlugAttribute";
        private const string ContentRecordType = "SiteGen.Content.ContentRecord";

        public static CatalogueSpec Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var catalogue = (INamedTypeSymbol)context.TargetSymbol;
            var diagnostics = new List<DiagnosticInfo>();
            var declared = new List<(INamedTypeSymbol Record, string Folder)>();
            foreach (var attribute in context.Attributes)
            {
                if (attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol record
                    && attribute.ConstructorArguments[1].Value is string folder)
                {
                    declared.Add((record, folder));
                }
            }

            var folderOfType = declared.ToDictionary(d => d.Record.ToDisplayString(), d => d.Folder);
            var collections = new List<CollectionSpec>();
            foreach (var (record, folder) in declared)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fields = ReadFields(record, folderOfType, catalogue, diagnostics);
                collections.Add(new CollectionSpec(
                    folder,
                    NameStyle.PropertyName(folder),
                    record.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    record.Name.ToLowerInvariant(),
                    new EquatableArray<FieldSpec>(fields)));
            }

            return new CatalogueSpec(
                catalogue.ContainingNamespace.IsGlobalNamespace ? string.Empty : catalogue.ContainingNamespace.ToDisplayString(),
                catalogue.Name,
                catalogue.IsStatic ? "static partial" : "partial",
                new EquatableArray<CollectionSpec>(collections),
                new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        private static List<FieldSpec> ReadFields(
            INamedTypeSymbol record,
            Dictionary<string, string> folderOfType,
            INamedTypeSymbol catalogue,
            List<DiagnosticInfo> diagnostics)
        {
            var fields = new List<FieldSpec>();
            for (var type = record; type != null && type.ToDisplayString() != ContentRecordType; type = type.BaseType)
            {
                if (type.SpecialType == SpecialType.System_Object)
                {
                    break;
                }

                foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public || property.SetMethod == null)
                    {
                        continue;
                    }

                    var kind = KindOf(property.Type);
                    if (kind == null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(ContentRules.UnsupportedProperty, PathOf(property, catalogue), SpotOf(property, catalogue),
                            property.Name, record.Name, property.Type.ToDisplayString()));
                        continue;
                    }

                    string? referenced = null;
                    var isSlug = false;
                    foreach (var attribute in property.GetAttributes())
                    {
                        var name = attribute.AttributeClass?.ToDisplayString();
                        if (name == SlugAttribute)
                        {
                            isSlug = true;
                        }
                        else if (name == ReferencesAttribute
                            && attribute.ConstructorArguments.Length == 1
                            && attribute.ConstructorArguments[0].Value is INamedTypeSymbol target
                            && folderOfType.TryGetValue(target.ToDisplayString(), out var folder))
                        {
                            referenced = folder;
                        }
                    }

                    fields.Add(new FieldSpec(FrontMatterKeys.Of(property.Name), property.Name, kind.Value, property.IsRequired, referenced, isSlug));
                }
            }

            return fields;
        }

        private static FieldKind? KindOf(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_String)
            {
                return FieldKind.Text;
            }

            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return FieldKind.Flag;
            }

            var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
            switch (name)
            {
                case "System.DateOnly":
                case "System.DateOnly?":
                    return FieldKind.Date;
                case "System.Uri":
                    return FieldKind.Url;
                case "System.Collections.Generic.IReadOnlyList<string>":
                    return FieldKind.TextList;
                default:
                    return null;
            }
        }

        private static Location LocationOf(ISymbol property, ISymbol catalogue) =>
            property.Locations.FirstOrDefault(l => l.IsInSource) ?? catalogue.Locations.First();

        private static string PathOf(ISymbol property, ISymbol catalogue) => LocationOf(property, catalogue).GetLineSpan().Path;

        private static SourceSpot SpotOf(ISymbol property, ISymbol catalogue)
        {
            var location = LocationOf(property, catalogue);
            var line = location.GetLineSpan().StartLinePosition;
            return new SourceSpot(line.Line + 1, line.Character + 1, location.SourceSpan.Start, location.SourceSpan.Length);
        }
    }
}
