using System.Text;
using SiteGen.Check;
using SiteGen.Write;

namespace SiteGen.Tests;

public sealed class SiteCheckerTests
{
    [Fact]
    public void The_sample_report_has_no_broken_link()
    {
        SiteChecker.Check(SampleSite.Rendered.Files, "/site").ShouldBeEmpty();
    }

    [Fact]
    public void A_link_to_a_missing_page_and_a_missing_anchor_are_errors_at_their_line()
    {
        OutputFile[] files =
        [
            Page("index.html", "<a href=\"people/x/index.html\">x</a>\n<a href=\"articles/a/index.html#s-9\">a</a>\n<a href=\"https://example.org/\">out</a>"),
            Page("articles/a/index.html", "<span id=\"s-1\">one</span><a href=\"../../index.html\">home</a><a href=\"#s-1\">self</a>"),
        ];

        var problems = SiteChecker.Check(files, "/site");

        problems.Select(p => (p.Path, p.Line, p.Id)).ShouldBe([("/site/index.html", 1, "SG0501"), ("/site/index.html", 2, "SG0501")]);
        problems[0].Message.ShouldContain("'people/x/index.html' leads to no page");
        problems[1].Message.ShouldContain("names the anchor '#s-9', which articles/a/index.html does not have");
    }

    [Fact]
    public void Folder_links_resolve_to_their_index_page()
    {
        OutputFile[] files = [Page("index.html", "<a href=\"people/x/\">x</a>"), Page("people/x/index.html", "<a href=\"../../\">home</a>")];
        SiteChecker.Check(files, "/site").ShouldBeEmpty();
    }

    private static OutputFile Page(string path, string html) => new(path, Encoding.UTF8.GetBytes(html));
}
