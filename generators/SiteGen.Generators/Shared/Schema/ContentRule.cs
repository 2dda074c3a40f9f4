namespace SiteGen.Schema
{
    /// <summary>One content diagnostic: its stable id, title and message format. Compile time and run time report the same rules.</summary>
    internal sealed record ContentRule(string Id, string Title, string Format, bool IsError, string Category = "SiteGen.Content");
}
