namespace SiteGen.Schema
{
    /// <summary>
    /// How a date is written in front matter: the one form the validator accepts, so also the form the compiled data
    /// carries and both readers (the compiled catalogue and the preview's run-time reader) take.
    /// </summary>
    internal static class DateField
    {
        public const string Format = "yyyy-MM-dd";
    }
}
