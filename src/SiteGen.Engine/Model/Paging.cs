using SiteGen.Model.Views;

namespace SiteGen.Model;

/// <summary>
/// How long lists are split into pages: a page of a list is the list's folder for the first page and
/// <c>page/N/</c> below it for the others, and each page has a <see cref="Pager"/> to the rest.
/// </summary>
internal static class Paging
{
    /// <summary>Sentences on one page of a person's, date's or figure's mentions.</summary>
    public const int SentencesPerPage = 100;

    /// <summary>Entries on one page of an index (articles, people, dates, figures, outlets).</summary>
    public const int EntriesPerPage = 100;

    /// <summary>Page numbers a pager names on either side of the current one, besides the first and the last.</summary>
    private const int Around = 2;

    public static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The folder of page <paramref name="number"/> (from 1) of the list whose first page is <paramref name="folder"/>.</summary>
    public static string Folder(string folder, int number) => number == 1 ? folder : folder + "page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";

    /// <summary>The items of page <paramref name="number"/> when <paramref name="count"/> items are split into <paramref name="pages"/> pages as evenly as can be.</summary>
    public static (int Start, int Length) Range(int count, int pages, int number)
    {
        var start = (int)((long)count * (number - 1) / pages);
        var end = (int)((long)count * number / pages);
        return (start, end - start);
    }

    /// <summary>The pager of page <paramref name="number"/> of <paramref name="count"/>, its links relative to that page; null for a list of one page.</summary>
    /// <param name="link">The address of page N from the site root.</param>
    public static Pager? Pager(int number, int count, string root, Func<int, string> link)
    {
        if (count <= 1)
        {
            return null;
        }

        var numbers = new List<PageNumber>();
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - number) <= Around)
            {
                numbers.Add(new PageNumber(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == number ? null : root + link(n), n == number));
            }
            else if (numbers[^1].Label != "…")
            {
                numbers.Add(new PageNumber("…", null, false));
            }
        }

        return new Pager(
            number,
            count,
            $"Page {number} of {count}",
            number > 1 ? root + link(number - 1) : null,
            number < count ? root + link(number + 1) : null,
            numbers);
    }
}
