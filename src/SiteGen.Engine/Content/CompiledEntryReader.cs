using System.Globalization;
using SiteGen.Schema;

namespace SiteGen.Content;

/// <summary>
/// Reads back the records the content generator compiled into the program: the generated catalogue hands each chunk
/// of values (<see cref="CompiledEntryFormat"/>) to <see cref="ReadAll{T}"/> with its record type's reader method,
/// which takes the values in schema order through this reader.
/// </summary>
public sealed class CompiledEntryReader
{
    private readonly string[] _values;
    private int _next;

    private CompiledEntryReader(string[] values) => _values = values;

    /// <summary>Reads every entry of <paramref name="data"/> into <paramref name="items"/> from <paramref name="start"/> on.</summary>
    public static void ReadAll<T>(T[] items, int start, string data, Func<CompiledEntryReader, T> read)
    {
        var reader = new CompiledEntryReader(data.Split(CompiledEntryFormat.Separator));
        for (var i = start; reader._next < reader._values.Length; i++)
        {
            items[i] = read(reader);
        }
    }

    public string Text() => _values[_next++];

    public DateOnly Date() => DateOnly.ParseExact(Text(), DateField.Format, CultureInfo.InvariantCulture);

    public Uri Url() => new(Text());

    public bool Flag() => Text() == "true";

    public string[] TextList()
    {
        var items = new string[int.Parse(Text(), CultureInfo.InvariantCulture)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Text();
        }

        return items;
    }

    public ContentFile File() => new(Text(), int.Parse(Text(), CultureInfo.InvariantCulture), Text());

    /// <summary>Whether the optional field that comes next was given (its value follows).</summary>
    public bool Has() => Text() == CompiledEntryFormat.Present;
}
