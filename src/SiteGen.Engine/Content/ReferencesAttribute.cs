namespace SiteGen.Content;

/// <summary>The property's values must be keys (file names) of entries of another collection.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(Type recordType) : Attribute
{
    public Type RecordType { get; } = recordType;
}
