namespace SiteGen.Render.Compiled;

/// <summary>Whether a value is true in a condition, as Scriban decides: only <c>null</c> and <c>false</c> are false.</summary>
public static class Truth
{
    public static bool Of(bool value) => value;

    public static bool Of(bool? value) => value == true;

    public static bool Of(int value) => true;

    public static bool Of(int? value) => value.HasValue;

    public static bool Of(decimal value) => true;

    public static bool Of(decimal? value) => value.HasValue;

    public static bool Of(object? value) => value is bool flag ? flag : value != null;
}
