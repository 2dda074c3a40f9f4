using System.Text;

namespace SiteGen.Buffers;

/// <summary>
/// A string builder per thread for text made and dropped many times over (every sentence, paragraph and body of an
/// archive), instead of a builder grown afresh each time. Taken empty and given back after use; one grown past a
/// megabyte is let go rather than kept for the rest of the build.
/// </summary>
internal static class ScratchText
{
    private const int KeptCapacity = 1024 * 1024;

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
        if (builder.Capacity <= KeptCapacity)
        {
            t_builder = builder;
        }
    }
}
