namespace SiteGen.Content;

/// <summary>The property is the entry's URL slug: unique in its collection ignoring case, lower-case words joined by hyphens.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SlugAttribute : Attribute;
