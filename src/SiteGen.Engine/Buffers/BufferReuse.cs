namespace SiteGen.Buffers;

/// <summary>
/// The one rule for a buffer a thread reuses from one text to the next (the text builders of <see cref="ScratchText"/>,
/// the body converter's and the page's <see cref="Utf8TextBuffer"/>): it is reused while it stays within
/// <see cref="MaxCapacity"/> characters or bytes, and one grown past that by an unusually long text is let go, so a
/// single such text does not hold its memory on every thread for the rest of the build.
/// </summary>
internal static class BufferReuse
{
    public const int MaxCapacity = 1024 * 1024;

    public static bool Allows(int capacity) => capacity <= MaxCapacity;
}
