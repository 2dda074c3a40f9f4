using System;

namespace SiteGen.Generators.Templates
{
    internal enum TemplateTypeKind
    {
        /// <summary>Not known where the template is read (the result of a function, a pipe or an operator): not checked.</summary>
        Any,
        View,
        List,
        Text,
        Number,
        Bool,

        /// <summary>HTML the engine made (<c>Utf8Html</c>), written as it is.</summary>
        Html,

        /// <summary>A value with no members a template may use.</summary>
        Opaque,

        /// <summary><c>for</c> inside a loop: <c>for.index</c>, <c>for.first</c>…</summary>
        Loop,
    }

    /// <summary>What a value in a template is, as far as checking its members goes.</summary>
    internal sealed class TemplateType : IEquatable<TemplateType>
    {
        public static readonly TemplateType Any = new(TemplateTypeKind.Any, "value", null);
        public static readonly TemplateType Text = new(TemplateTypeKind.Text, "text", null);
        public static readonly TemplateType Number = new(TemplateTypeKind.Number, "number", null);
        // The renderer describes a flag as it describes any primitive value, as a number; messages say what it says.
        public static readonly TemplateType Bool = new(TemplateTypeKind.Bool, "number", null);
        public static readonly TemplateType Loop = new(TemplateTypeKind.Loop, "for", null);

        private TemplateType(TemplateTypeKind kind, string name, TemplateType? element)
        {
            Kind = kind;
            Name = name;
            Element = element;
        }

        public TemplateTypeKind Kind { get; }

        /// <summary>The view record's or opaque type's .NET name; for the others, how an error describes them.</summary>
        public string Name { get; }

        /// <summary>What a list holds.</summary>
        public TemplateType? Element { get; }

        public static TemplateType View(string name) => new(TemplateTypeKind.View, name, null);

        public static TemplateType Opaque(string name) => new(TemplateTypeKind.Opaque, name, null);

        public static TemplateType Html(string name) => new(TemplateTypeKind.Html, name, null);

        public static TemplateType List(TemplateType element) => new(TemplateTypeKind.List, SiteGen.Templates.TemplateRules.ListDescription, element);

        public bool Equals(TemplateType? other) =>
            other != null && Kind == other.Kind && Name == other.Name && Equals(Element, other.Element);

        public override bool Equals(object? obj) => Equals(obj as TemplateType);

        public override int GetHashCode() => ((int)Kind * 397) ^ Name.GetHashCode() ^ (Element?.GetHashCode() ?? 0);

        public override string ToString() => Kind == TemplateTypeKind.List ? "list of " + Element : Name;
    }
}
