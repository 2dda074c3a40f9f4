namespace SiteGen.Content;

/// <summary>
/// Declares, on a <c>partial</c> catalogue class, a folder of Markdown files whose front matter becomes records of
/// <paramref name="recordType"/>. The source generator fills the class with one read-only list per collection.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ContentCollectionAttribute(Type recordType, string folder) : Attribute
{
    public Type RecordType { get; } = recordType;

    public string Folder { get; } = folder;
}
