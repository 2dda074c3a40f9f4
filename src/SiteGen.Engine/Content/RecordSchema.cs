using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.FrontMatter;
using SiteGen.Schema;

namespace SiteGen.Content;

/// <summary>
/// A record type's fields as the generator reads them from its symbols, read here by reflection, and the values the
/// shared validator converted set on a new instance: how the run-time readers apply the compiler's rules.
/// </summary>
internal static class RecordSchema
{
    /// <param name="folderOf">The content folder of each record type a field may refer to.</param>
    public static CollectionSpec Of(Type recordType, string folder, string displayName, IReadOnlyDictionary<Type, string> folderOf)
    {
        var fields = new List<FieldSpec>();
        for (var type = recordType; type != null && type != typeof(ContentRecord) && type != typeof(object); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0 || KindOf(property.PropertyType) is not { } kind)
                {
                    continue;
                }

                var references = property.GetCustomAttribute<ReferencesAttribute>()?.RecordType;
                fields.Add(new FieldSpec(
                    FrontMatterKeys.Of(property.Name),
                    property.Name,
                    kind,
                    property.GetCustomAttribute<RequiredMemberAttribute>() != null,
                    references != null && folderOf.TryGetValue(references, out var referenced) ? referenced : null,
                    property.GetCustomAttribute<SlugAttribute>() != null));
            }
        }

        return new CollectionSpec(folder, folder, recordType.FullName!, displayName, new EquatableArray<FieldSpec>(fields.ToArray()));
    }

    /// <summary>Sets each validated value on <paramref name="record"/>, converted as the generated code converts it.</summary>
    public static void Fill(object record, IEnumerable<FieldValue> values)
    {
        foreach (var value in values)
        {
            Set(record, value.PropertyName, value.Kind switch
            {
                FieldKind.Date => DateOnly.ParseExact(value.Text, DateField.Format, CultureInfo.InvariantCulture),
                FieldKind.Url => new Uri(value.Text),
                FieldKind.TextList => value.Items.ToArray(),
                FieldKind.Flag => value.Text == "true",
                _ => value.Text,
            });
        }
    }

    public static void Set(object record, string property, object value) =>
        record.GetType().GetProperty(property)!.SetValue(record, value);

    private static FieldKind? KindOf(Type type) =>
        type == typeof(string) ? FieldKind.Text
        : type == typeof(DateOnly) || type == typeof(DateOnly?) ? FieldKind.Date
        : type == typeof(Uri) ? FieldKind.Url
        : type == typeof(IReadOnlyList<string>) ? FieldKind.TextList
        : type == typeof(bool) ? FieldKind.Flag
        : null;
}
