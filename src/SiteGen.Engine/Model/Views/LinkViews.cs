namespace SiteGen.Model.Views;

// The small link records every page kind shares. Properties are the names templates bind to.

/// <summary>An article as it appears in lists.</summary>
public sealed record ArticleLink(string Url, string Title, string Date, string DateIso, string OutletName, string Summary);

/// <summary>A person as it appears in lists.</summary>
public sealed record PersonLink(string Key, string Url, string Name, string Role, string Mentions);

/// <summary>An outlet as it appears in lists.</summary>
public sealed record OutletLink(string Url, string Name, string Articles);

/// <summary>A sentence that mentions someone, linking to its anchor in the article.</summary>
public sealed record MentionView(string Url, string Sentence, string Text);

/// <summary>The articles of one day, for the home page's list by date.</summary>
public sealed record DateGroup(string Date, string DateIso, IReadOnlyList<ArticleLink> Articles);
