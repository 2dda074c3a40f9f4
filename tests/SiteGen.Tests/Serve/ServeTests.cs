using System.Diagnostics;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>The preview on a free loopback port: it follows an edit without recompiling, and survives a broken one.</summary>
public sealed class ServeTests : IDisposable
{
    private const string Article = "articles/ukraine-brings-home-307-soldiers-second-phase.md";
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-serve-").FullName;
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Content_and_template_edits_show_in_the_served_page_and_a_broken_edit_keeps_the_last_good_page()
    {
        var (content, templates) = CopyContentAndTemplates();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        var page = server.Address + "articles/ukraine-brings-home-307-soldiers-second-phase/";

        (await _http.GetStringAsync(page)).ShouldContain("in the second phase of its largest prisoner exchange");

        File.AppendAllText(Path.Combine(content, Article), "\nA paragraph written while the preview runs.\n");
        var clock = Stopwatch.StartNew();
        var edited = await WaitFor(page, html => html.Contains("A paragraph written while the preview runs.", StringComparison.Ordinal));
        edited.ShouldContain("/__sitegen/version");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the page never showed the edit");

        File.WriteAllText(Path.Combine(templates, "layout.sbn-html"), File.ReadAllText(Path.Combine(templates, "layout.sbn-html")).Replace("Built with SiteGen", "Previewed with SiteGen"));
        (await WaitFor(page, html => html.Contains("Previewed with SiteGen", StringComparison.Ordinal))).ShouldContain("Previewed with SiteGen");

        var text = File.ReadAllText(Path.Combine(content, Article));
        File.WriteAllText(Path.Combine(content, Article), text.Replace("date: 2025-05-24", "date: 24 May 2025"));
        var broken = await WaitFor(page, html => html.Contains("role=\"alert\"", StringComparison.Ordinal));
        broken.ShouldContain("SG0005");
        broken.ShouldContain("A paragraph written while the preview runs.");

        _stop.Cancel();
        await serving;
    }

    [Fact]
    public async Task A_page_whose_template_fails_shows_the_error_and_recovers_when_the_template_is_fixed()
    {
        var (content, templates) = CopyContentAndTemplates();
        var personTemplate = Path.Combine(templates, "pages", "person.sbn-html");
        var good = File.ReadAllText(personTemplate);
        File.WriteAllText(personTemplate, good.Replace("{{ name }}", "{{ no_such_value }}", StringComparison.Ordinal));
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        var page = server.Address + "people/volodymyr-zelensky/";

        var failed = await _http.GetAsync(page);
        failed.StatusCode.ShouldBe(System.Net.HttpStatusCode.InternalServerError);
        var html = await failed.Content.ReadAsStringAsync();
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("SG0202");
        html.ShouldContain("person.sbn-html");
        html.ShouldContain("no_such_value");
        html.ShouldContain("is not a value of PersonView");
        (await _http.GetStringAsync(server.Address)).ShouldNotContain("role=\"alert\"", customMessage: "pages whose templates work are served as usual");

        File.WriteAllText(personTemplate, good);
        (await WaitFor(page, h => h.Contains("<h1>Volodymyr Zelensky</h1>", StringComparison.Ordinal))).ShouldNotContain("role=\"alert\"");
        _stop.Cancel();
        await serving;
    }

    [Fact]
    public async Task A_person_added_while_the_preview_runs_is_linked_in_articles_that_did_not_change()
    {
        var (content, templates) = CopyContentAndTemplates();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        var page = server.Address + "articles/ukraine-brings-home-307-soldiers-second-phase/";
        (await _http.GetStringAsync(page)).ShouldNotContain("people/coordination-headquarters/");

        // The article's body was rendered against the people before; it must be read and rendered again against the new ones.
        File.WriteAllText(Path.Combine(content, "people", "coordination-headquarters.md"),
            "---\nname: \"Coordination Headquarters\"\nrole: \"Ukraine's body for the treatment of prisoners of war\"\n---\n\nNamed in the reports.\n");
        var linked = await WaitFor(page, html => html.Contains("people/coordination-headquarters/", StringComparison.Ordinal));
        linked.ShouldContain(">Coordination Headquarters</a>");
        linked.ShouldContain("in the second phase of its largest prisoner exchange");

        _stop.Cancel();
        await serving;
    }

    [Theory]
    [InlineData("date: 0001-01-01", "The swap took place on Sunday.", "SG0005")]
    [InlineData("date: 9999-12-31", "The swap takes place tomorrow.", "SG0005")]
    [InlineData("date: 0001-01-15", "Talks began in May.", "SG0005")]
    [InlineData(null, "emphasis", "SG0104")]
    public async Task An_edit_that_breaks_the_build_is_a_located_banner_and_the_preview_goes_on(string? date, string body, string id)
    {
        var (content, templates) = CopyContentAndTemplates();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        var page = server.Address + "articles/ukraine-brings-home-307-soldiers-second-phase/";
        (await _http.GetStringAsync(page)).ShouldNotContain("role=\"alert\"");

        var path = Path.Combine(content, Article);
        var text = File.ReadAllText(path);
        text = date == null ? text : System.Text.RegularExpressions.Regex.Replace(text, "^date: .*$", date, System.Text.RegularExpressions.RegexOptions.Multiline);
        File.WriteAllText(path, text + "\n" + (body == "emphasis" ? new string('*', 400) + "x" + new string('*', 400) : body) + "\n");

        var broken = await WaitFor(page, html => html.Contains("role=\"alert\"", StringComparison.Ordinal));
        broken.ShouldContain(id);
        broken.ShouldContain(Path.GetFileName(Article));
        foreach (var other in new[] { server.Address, server.Address + "data/search/manifest.js", server.Address + "data/search/r/0.js", page })
        {
            var clock = Stopwatch.StartNew();
            (await _http.GetAsync(other)).IsSuccessStatusCode.ShouldBeTrue(other);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), other);
        }

        serving.IsCompleted.ShouldBeFalse();
        _stop.Cancel();
        await serving;
    }

    [Fact]
    public async Task Abandoned_reload_requests_give_back_their_place_at_once_and_waiting_ones_are_bounded()
    {
        var (content, templates) = CopyContentAndTemplates();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        (await _http.GetStringAsync(server.Address)).ShouldContain("<html");
        var poll = System.Text.Encoding.ASCII.GetBytes($"GET {LiveReloadPath()}?since={server.Site.Version} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        // Clients that ask to be told of a change, then go away at once.
        for (var i = 0; i < 2_000; i++)
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, server.Port);
            await client.GetStream().WriteAsync(poll);
        }

        (await _http.GetAsync(server.Address)).IsSuccessStatusCode.ShouldBeTrue();
        (await StatusOfPollWithin(server, TimeSpan.FromSeconds(10))).ShouldBe(System.Net.HttpStatusCode.OK, "the abandoned requests still hold every waiting place");

        // Clients that stay: the places run out, and the next one is told at once to come back.
        var staying = new List<System.Net.Sockets.TcpClient>();
        try
        {
            for (var i = 0; i < SiteGen.Serve.PreviewServer.MostWaiting; i++)
            {
                var client = new System.Net.Sockets.TcpClient();
                staying.Add(client);
                await client.ConnectAsync(System.Net.IPAddress.Loopback, server.Port);
                await client.GetStream().WriteAsync(poll);
                await ReadHeaders(client.GetStream());
            }

            var clock = Stopwatch.StartNew();
            var extra = await _http.GetAsync(PollAddress(server), HttpCompletionOption.ResponseHeadersRead);
            extra.StatusCode.ShouldBe(System.Net.HttpStatusCode.ServiceUnavailable, "the waiting places are taken: told at once to come back");
            extra.Headers.RetryAfter.ShouldNotBeNull();
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        }
        finally
        {
            staying.ForEach(c => c.Dispose());
        }

        (await StatusOfPollWithin(server, TimeSpan.FromSeconds(10))).ShouldBe(System.Net.HttpStatusCode.OK, "closed clients did not give their places back");

        _stop.Cancel();
        await serving;
    }

    [Fact]
    public async Task A_stream_of_writes_to_one_file_does_not_hold_back_an_edit_to_another()
    {
        var (content, templates) = CopyContentAndTemplates();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        var page = server.Address + "articles/ukraine-brings-home-307-soldiers-second-phase/";
        (await _http.GetStringAsync(page)).ShouldNotContain("Written while another file is saved again and again.");

        var busy = Path.Combine(content, "people", "vitali-klitschko.md");
        var busyText = File.ReadAllText(busy);
        using var writing = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 400 && !writing.IsCancellationRequested; i++)
            {
                File.WriteAllText(busy, busyText + "\n" + i + "\n");
                await Task.Delay(50);
            }
        });
        File.AppendAllText(Path.Combine(content, Article), "\nWritten while another file is saved again and again.\n");

        var edited = await WaitFor(page, html => html.Contains("Written while another file is saved again and again.", StringComparison.Ordinal));
        writes.IsCompleted.ShouldBeFalse("the edit showed while the other file was still being written");
        edited.ShouldContain("Written while another file is saved again and again.");
        writing.Cancel();
        await writes;
        _stop.Cancel();
        await serving;
    }

    [Fact]
    public void Built_output_never_carries_the_reload_script()
    {
        SampleSite.Rendered.Files.ShouldAllBe(f => !System.Text.Encoding.UTF8.GetString(f.Content).Contains("__sitegen", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _http.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static string LiveReloadPath() => SiteGen.Serve.LiveReload.VersionPath;

    private static string PollAddress(SiteGen.Serve.PreviewServer server) =>
        server.Address + LiveReloadPath().TrimStart('/') + "?since=" + server.Site.Version;

    /// <summary>Asks to wait for a change until a place is free or <paramref name="limit"/> has passed; the last status.</summary>
    private async Task<System.Net.HttpStatusCode> StatusOfPollWithin(SiteGen.Serve.PreviewServer server, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        System.Net.HttpStatusCode status;
        do
        {
            using var answer = await _http.GetAsync(PollAddress(server), HttpCompletionOption.ResponseHeadersRead);
            status = answer.StatusCode;
            if (status != System.Net.HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }
        while (status != System.Net.HttpStatusCode.OK && clock.Elapsed < limit);

        return status;
    }

    private static async Task ReadHeaders(Stream stream)
    {
        var seen = new List<byte>();
        var one = new byte[1];
        while (!(seen.Count >= 4 && seen[^4] == '\r' && seen[^3] == '\n' && seen[^2] == '\r' && seen[^1] == '\n')
               && await stream.ReadAsync(one) == 1)
        {
            seen.Add(one[0]);
        }
    }

    [Fact]
    public async Task The_content_folder_moved_away_and_back_is_a_banner_then_the_site_again_and_later_edits_show()
    {
        var (content, templates) = CopyContentAndTemplates();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);
        var page = server.Address + "articles/ukraine-brings-home-307-soldiers-second-phase/";
        (await _http.GetStringAsync(page)).ShouldContain("in the second phase of its largest prisoner exchange");

        Directory.Move(content, content + ".away");
        var away = await WaitFor(page, html => html.Contains("role=\"alert\"", StringComparison.Ordinal));
        away.ShouldContain("the content folder is not there");
        away.ShouldContain("in the second phase of its largest prisoner exchange", customMessage: "the last good site is still served");

        Directory.Move(content + ".away", content);
        (await WaitFor(page, html => !html.Contains("role=\"alert\"", StringComparison.Ordinal))).ShouldNotContain("the content folder is not there");

        File.AppendAllText(Path.Combine(content, Article), "\nA paragraph written after the folder came back.\n");
        (await WaitFor(page, html => html.Contains("A paragraph written after the folder came back.", StringComparison.Ordinal)))
            .ShouldContain("A paragraph written after the folder came back.", customMessage: "an edit after the folder came back never showed");

        await _stop.CancelAsync();
        await serving;
    }

    [Fact]
    public async Task Started_on_a_broken_report_it_answers_every_page_with_the_problems_and_the_site_once_fixed()
    {
        var (content, templates) = CopyContentAndTemplates();
        var article = Path.Combine(content, Article);
        var good = File.ReadAllText(article);
        File.WriteAllText(article, System.Text.RegularExpressions.Regex.Replace(good, "(?m)^date: .*$", "date: 2025-06-31"));
        File.SetLastWriteTimeUtc(article, DateTime.UtcNow.AddHours(-1));
        var log = new StringWriter();
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, log);
        var serving = server.RunAsync(_stop.Token);

        foreach (var path in new[] { string.Empty, "people/" })
        {
            var answer = await _http.GetAsync(server.Address + path);
            ((int)answer.StatusCode).ShouldBe(503);
            var page = await answer.Content.ReadAsStringAsync();
            page.ShouldContain("The report does not build yet:");
            page.ShouldContain("error SG0005");
        }

        log.ToString().ShouldContain("The report does not build yet");
        log.ToString().ShouldNotContain("last good site", customMessage: "there is no good site yet to serve");

        File.WriteAllText(article, good);
        (await WaitFor(server.Address, html => !html.Contains("role=\"alert\"", StringComparison.Ordinal))).ShouldContain("<main");

        await _stop.CancelAsync();
        await serving;
    }

    [Fact]
    public async Task With_only_warnings_the_banner_says_the_site_builds_and_shows_them()
    {
        var (content, templates) = CopyContentAndTemplates();
        var article = Path.Combine(content, Article);
        File.WriteAllText(article, File.ReadAllText(article).Replace("\ntitle:", "\ncolour: red\ntitle:", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(article, DateTime.UtcNow.AddHours(-1));
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter());
        var serving = server.RunAsync(_stop.Token);

        var answer = await _http.GetAsync(server.Address);
        answer.IsSuccessStatusCode.ShouldBeTrue();
        var page = await answer.Content.ReadAsStringAsync();
        page.ShouldContain("The latest edit builds, with warnings:");
        page.ShouldContain("warning SG0006");
        page.ShouldNotContain("does not build");

        await _stop.CancelAsync();
        await serving;
    }

    /// <summary>A million steps, under the iteration limit, each copying the text the ones before made: hours.</summary>
    private const string EndlessTemplate = "{{ text = ''; for i in 1..1000000; text = text + 'x'; end }}";

    [Fact]
    public async Task A_page_that_renders_past_the_limit_is_stopped_and_its_problem_shown_while_the_other_pages_work()
    {
        var (content, templates) = CopyContentAndTemplates();
        File.WriteAllText(Path.Combine(templates, "pages", "outlets.sbn-html"), EndlessTemplate);
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter(), renderLimit: TimeSpan.FromSeconds(1));
        var serving = server.RunAsync(_stop.Token);

        var clock = Stopwatch.StartNew();
        var answer = await _http.GetAsync(server.Address + "outlets/");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the page never answered");
        ((int)answer.StatusCode).ShouldBe(500);
        var page = await answer.Content.ReadAsStringAsync();
        page.ShouldContain("outlets.sbn-html");
        page.ShouldContain("took longer to render than the preview waits");
        server.Rendering.ShouldBe(0);
        (await _http.GetAsync(server.Address)).IsSuccessStatusCode.ShouldBeTrue("the other pages still render");

        await _stop.CancelAsync();
        await serving;
    }

    [Fact]
    public async Task A_render_stops_when_its_reader_leaves_however_often_the_page_is_reloaded()
    {
        var (content, templates) = CopyContentAndTemplates();
        File.WriteAllText(Path.Combine(templates, "pages", "outlets.sbn-html"), EndlessTemplate);
        using var server = ServeCommand.Create(FixtureReport.Report with { ContentRoot = content, TemplatesRoot = templates }, port: null, new StringWriter(), renderLimit: TimeSpan.FromMinutes(10));
        var serving = server.RunAsync(_stop.Token);
        (await _http.GetAsync(server.Address)).IsSuccessStatusCode.ShouldBeTrue();

        for (var reload = 0; reload < 3; reload++)
        {
            using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await Should.ThrowAsync<OperationCanceledException>(() => _http.GetAsync(server.Address + "outlets/", impatient.Token));
        }

        var clock = Stopwatch.StartNew();
        while (server.Rendering > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        server.Rendering.ShouldBe(0, "renders whose readers left are still running");

        await _stop.CancelAsync();
        await serving;
    }

    private (string Content, string Templates) CopyContentAndTemplates()
    {
        var content = Path.Combine(_folder, "content");
        var templates = Path.Combine(_folder, "templates");
        TestContent.CopyFolder(FixtureReport.ContentRoot, content);
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, templates);
        return (content, templates);
    }

    private async Task<string> WaitFor(string url, Func<string, bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        string html;
        do
        {
            await Task.Delay(100);
            html = await (await _http.GetAsync(url)).Content.ReadAsStringAsync();
        }
        while (!condition(html) && deadline.Elapsed < TimeSpan.FromSeconds(20));

        return html;
    }
}
