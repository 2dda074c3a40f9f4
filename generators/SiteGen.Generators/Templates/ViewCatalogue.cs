using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Scriban.Runtime;

namespace SiteGen.Generators.Templates
{
    /// <summary>
    /// The view records templates bind to, read from the compilation (the engine's <c>SiteGen.Model.Views</c>): each
    /// record's values in Scriban's names, and which template renders it. Equal catalogues compare equal, so an edit
    /// that leaves the views alone (an article) does not check the templates again.
    /// </summary>
    internal sealed record ViewMember(string Name, string Property, TemplateType Type);

    internal sealed class ViewCatalogue : IEquatable<ViewCatalogue>
    {
        public const string ViewsNamespace = "SiteGen.Model.Views";
        public const string TemplateAttribute = "SiteGen.Model.TemplateAttribute";
        private const string HtmlType = "SiteGen.Html.Utf8Html";

        private readonly string _signature;

        private ViewCatalogue(ImmutableDictionary<string, ImmutableArray<ViewMember>> members, ImmutableDictionary<string, string> viewOfTemplate)
        {
            Members = members;
            ViewOfTemplate = viewOfTemplate;
            var signature = new StringBuilder();
            foreach (var view in members.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                signature.Append(view.Key).Append('{');
                foreach (var member in view.Value)
                {
                    signature.Append(member.Name).Append('=').Append(member.Property).Append(':').Append(member.Type).Append(';');
                }

                signature.Append('}');
            }

            foreach (var template in viewOfTemplate.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                signature.Append(template.Key).Append('=').Append(template.Value).Append(';');
            }

            _signature = signature.ToString();
        }

        /// <summary>Each view record's values, by the record's name, in declaration order.</summary>
        public ImmutableDictionary<string, ImmutableArray<ViewMember>> Members { get; }

        /// <summary>The view record each template renders, by the template's path without extension (<c>pages/article</c>).</summary>
        public ImmutableDictionary<string, string> ViewOfTemplate { get; }

        public bool IsEmpty => ViewOfTemplate.Count == 0;

        public static ViewCatalogue Read(Compilation compilation)
        {
            var attribute = compilation.GetTypeByMetadataName(TemplateAttribute);
            var views = Namespace(compilation.GlobalNamespace, ViewsNamespace.Split('.'));
            var members = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ViewMember>>(StringComparer.Ordinal);
            var templates = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (views != null)
            {
                foreach (var type in views.GetTypeMembers())
                {
                    members[type.Name] = type.GetMembers()
                        .OfType<IPropertySymbol>()
                        .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.GetMethod?.DeclaredAccessibility == Accessibility.Public)
                        .Select(p => new ViewMember(StandardMemberRenamer.Rename(p.Name), p.Name, TypeOf(p.Type)))
                        .ToImmutableArray();
                    var template = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
                    if (template?.ConstructorArguments.FirstOrDefault().Value is string path)
                    {
                        templates[path] = type.Name;
                    }
                }
            }

            return new ViewCatalogue(members.ToImmutable(), templates.ToImmutable());
        }

        public bool Equals(ViewCatalogue? other) => other != null && _signature == other._signature;

        public override bool Equals(object? obj) => Equals(obj as ViewCatalogue);

        public override int GetHashCode() => _signature.GetHashCode();

        private static INamespaceSymbol? Namespace(INamespaceSymbol root, string[] path)
        {
            var current = root;
            foreach (var part in path)
            {
                current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }

            return current;
        }

        private static TemplateType TypeOf(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return TypeOf(nullable.TypeArguments[0]);
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return TemplateType.Text;
                case SpecialType.System_Boolean:
                    return TemplateType.Bool;
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    return TemplateType.Number;
            }

            if (type.ContainingNamespace?.ToDisplayString() + "." + type.Name == HtmlType)
            {
                return TemplateType.Html(type.Name);
            }

            if (type.ContainingNamespace?.ToDisplayString() == ViewsNamespace)
            {
                return TemplateType.View(type.Name);
            }

            var enumerable = type.AllInterfaces.Concat(type is INamedTypeSymbol self ? new[] { self } : Array.Empty<INamedTypeSymbol>())
                .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
            return enumerable != null ? TemplateType.List(TypeOf(enumerable.TypeArguments[0])) : TemplateType.Opaque(type.Name);
        }
    }
}
