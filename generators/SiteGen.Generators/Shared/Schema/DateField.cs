namespace SiteGen.Schema
{
    /// <summary>
    /// How a date is written in front matter: the one form the validator accepts, so also the form the compiled data
    /// carries and both readers (the compiled catalogue and the preview's run-time reader) take.
    /// </summary>
    internal static class DateField
    {
        public const string Format = "yyyy-MM-dd";

        /// <summary>
        /// The years a date may have. Dates in the text ("yesterday", "next year", "on Sunday", "in May") are resolved
        /// from the article's date, and a year before the first or after the last would put them outside the calendar.
        /// </summary>
        public const int FirstYear = 1000;

        public const int LastYear = 9998;
    }
}
