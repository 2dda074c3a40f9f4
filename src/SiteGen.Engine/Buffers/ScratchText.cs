using System.Text;

namespace SiteGen.Buffers;

/// <summary>
/// A string builder per thread for text made and dropped many times over (every sentence, paragraph and body of an
/// archive), instead of a builder grown afresh each time. Taken empty and given back after use, and reused as
/// <see cref="BufferReuse"/> says.
/// </summary>
internal static class ScratchText
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static StringBuilder Take()
    {
        var builder = t_builder ?? new StringBuilder();
        t_builder = null;
        return builder.Clear();
    }

    public static void Return(StringBuilder builder)
    {
        if (BufferReuse.Allows(builder.Capacity))
        {
            t_builder = builder;
        }
    }
}
