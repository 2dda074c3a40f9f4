namespace SiteGen.Model.Pages;

/// <summary>A family of pages (the people's, the dates'…): plans each page it has, in order, with how to make it.</summary>
internal interface IPageFamily
{
    void AddTo(List<PlannedPage> plans);
}
