namespace SiteGen.Cli;

/// <summary>The title and description every report is built with.</summary>
public static class ReportSettings
{
    public const string Title = "The May 2025 prisoner exchange";

    public const string Description =
        "News reports of the Ukraine–Russia exchange of prisoners of war of 23–25 May 2025, side by side, with every person, date and figure they mention.";
}
