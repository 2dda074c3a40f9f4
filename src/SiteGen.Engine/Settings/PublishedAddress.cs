namespace SiteGen.Settings;

/// <summary>The rules for where a site is published, whether it comes from <c>report.yml</c> or <c>--base-url</c>.</summary>
internal static class PublishedAddress
{
    /// <summary>Why <paramref name="address"/> cannot be a site's address, or null when it can.</summary>
    public static string? Problem(Uri address) =>
        !address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp) ? "must be the absolute http(s) address the report is published at, such as https://example.org/report/"
        : address.Query.Length > 0 || address.Fragment.Length > 0 ? "must be a folder's address, without '?' or '#': the pages' paths are added to it"
        : null;

    /// <summary>The address as a folder (ending in '/'), so the pages' paths are added below it rather than beside it.</summary>
    public static Uri AsFolder(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
