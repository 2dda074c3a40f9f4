using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>What the preview answers to one request: the names it may be reached by, content types, paths it refuses.</summary>
public sealed class PreviewRequestTests : IClassFixture<PreviewRequestTests.RunningPreview>
{
    private readonly RunningPreview _preview;

    public PreviewRequestTests(RunningPreview preview) => _preview = preview;

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST")]
    public async Task The_preview_answers_every_loopback_name_with_its_port(string name)
    {
        var (status, headers, body) = await _preview.Ask("/", $"{name}:{_preview.Server.Port}");

        status.ShouldBe(200);
        headers.ShouldContain("Content-Type: text/html; charset=utf-8");
        body.ShouldContain("<html");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_host_name_is_refused_so_a_web_page_cannot_reach_the_preview_by_rebinding_its_name(string host)
    {
        var (status, _, body) = await _preview.Ask("/", host);

        status.ShouldBe(400);
        body.ShouldNotContain("prisoner");
    }

    [Fact]
    public async Task A_request_without_a_host_is_refused()
    {
        var (status, _, _) = await _preview.AskRaw("GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n");

        status.ShouldBe(400);
    }

    [IPv6LoopbackFact]
    public async Task The_preview_is_reached_over_IPv6_loopback_where_the_machine_has_it()
    {
        var (status, _, body) = await _preview.Ask("/", $"[::1]:{_preview.Server.Port}", IPAddress.IPv6Loopback);

        status.ShouldBe(200);
        body.ShouldContain("<html");
    }

    [Theory]
    [InlineData("/feed.xml", "text/xml; charset=utf-8")]
    [InlineData("/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/assets/search.js", "text/javascript; charset=utf-8")]
    [InlineData("/data/crossref.json", "application/json; charset=utf-8")]
    public async Task Files_are_served_with_the_type_their_name_says(string path, string type)
    {
        var (status, headers, _) = await _preview.Ask(path);

        status.ShouldBe(200, path);
        headers.ShouldContain("Content-Type: " + type);
    }

    [Theory]
    [InlineData("/../report.yml")]
    [InlineData("/people/../../content/people/volodymyr-zelensky.md")]
    [InlineData("/%2e%2e/report.yml")]
    [InlineData("/people/%2e%2e/%2e%2e/SiteGen.sln")]
    public async Task A_path_that_leaves_the_site_is_never_served(string path)
    {
        var (status, _, body) = await _preview.Ask(path);

        status.ShouldBeOneOf(400, 404);
        body.ShouldNotContain("Visual Studio Solution");
        body.ShouldNotContain("title:");
    }

    [Fact]
    public async Task A_missing_page_is_a_page_that_says_so_and_reloads_when_the_site_changes()
    {
        var (status, headers, body) = await _preview.Ask("/people/nobody-of-this-name/");

        status.ShouldBe(404);
        headers.ShouldContain("Content-Type: text/html; charset=utf-8");
        body.ShouldContain("/people/nobody-of-this-name/");
        body.ShouldContain(SiteGen.Serve.LiveReload.VersionPath);
    }

    [Fact]
    public void A_port_already_in_use_is_a_located_error_and_exit_code_1()
    {
        var errors = new StringWriter();

        var exit = CommandLine.Run(["serve", "--port", _preview.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], new StringWriter(), errors, FixtureReport.Report);

        exit.ShouldBe(1);
        errors.ToString().ShouldBe($"error SG0304: port {_preview.Server.Port} is in use; choose another with --port" + Environment.NewLine);
    }

    /// <summary>A test of the IPv6 loopback, skipped (saying so) on a machine without one.</summary>
    public sealed class IPv6LoopbackFactAttribute : FactAttribute
    {
        public IPv6LoopbackFactAttribute()
        {
            if (!SiteGen.Serve.LoopbackHost.HasIPv6Loopback())
            {
                Skip = "this machine has no IPv6 loopback ([::1]), so the preview listens on 127.0.0.1 only";
            }
        }
    }

    /// <summary>One preview of the fixture report for the whole class: these tests only read.</summary>
    public sealed class RunningPreview : IAsyncLifetime
    {
        private readonly CancellationTokenSource _stop = new();
        private Task? _serving;

        internal SiteGen.Serve.PreviewServer Server { get; } = ServeCommand.Create(FixtureReport.Report, port: null, new StringWriter());

        public Task InitializeAsync()
        {
            _serving = Server.RunAsync(_stop.Token);
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await _stop.CancelAsync();
            await _serving!;
            Server.Dispose();
            _stop.Dispose();
        }

        /// <summary>Sends the request as written, with no client in between to tidy its path or Host.</summary>
        public Task<(int Status, string Headers, string Body)> Ask(string path, string? host = null, IPAddress? address = null) =>
            AskRaw($"GET {path} HTTP/1.1\r\nHost: {host ?? "127.0.0.1:" + Server.Port}\r\nConnection: close\r\n\r\n", address);

        public async Task<(int Status, string Headers, string Body)> AskRaw(string request, IPAddress? address = null)
        {
            using var client = new TcpClient(address?.AddressFamily ?? AddressFamily.InterNetwork);
            await client.ConnectAsync(address ?? IPAddress.Loopback, Server.Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = split < 0 ? answer : answer[..split];
            var status = int.Parse(headers.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            return (status, headers, split < 0 ? string.Empty : answer[(split + 4)..]);
        }
    }
}
