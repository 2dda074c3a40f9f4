namespace SiteGen.Render.Compiled;

/// <summary><c>list[i]</c> as Scriban reads it: a negative index counts from the end, one outside the list is null.</summary>
public static class ListItem
{
    public static T? At<T>(IEnumerable<T> list, int index)
    {
        var items = list as IReadOnlyList<T> ?? [.. list];
        var at = index < 0 ? items.Count + index : index;
        return at >= 0 && at < items.Count ? items[at] : default;
    }
}
