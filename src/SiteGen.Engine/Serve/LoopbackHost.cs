using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SiteGen.Serve;

/// <summary>
/// Kestrel on the loopback addresses only (127.0.0.1, and [::1] where the machine has it), answering only requests
/// whose Host is one of those or <c>localhost</c>: a page elsewhere on the web cannot reach the preview through a
/// name of its own that resolves here (DNS rebinding).
/// </summary>
internal static class LoopbackHost
{
    public static readonly string[] Names = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The first port from 8080 up (or the one asked for) that both loopback addresses have free, listening.</summary>
    public static (WebApplication Host, int Port) Start(int? port, RequestDelegate respond)
    {
        var candidates = port is { } fixedPort ? [fixedPort] : Enumerable.Range(8080, 100);
        var ipv6 = HasIPv6Loopback();
        foreach (var candidate in candidates)
        {
            var host = Create(candidate, ipv6, respond);
            try
            {
                host.StartAsync().GetAwaiter().GetResult();
                return (host, candidate);
            }
            catch (IOException)
            {
                // Kestrel says "address already in use" as an IOException: try the next port.
                host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        throw new PortInUseException(
            port is { } p ? $"port {p} is in use; choose another with --port" : "no free port between 8080 and 8179; choose one with --port");
    }

    private static WebApplication Create(int port, bool ipv6, RequestDelegate respond)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IHostLifetime, PreviewLifetime>();
        builder.Services.AddHostFiltering(options =>
        {
            options.AllowedHosts = Names;
            options.AllowEmptyHosts = false;
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
            if (ipv6)
            {
                kestrel.Listen(IPAddress.IPv6Loopback, port);
            }
        });
        var host = builder.Build();
        host.UseHostFiltering();
        host.Run(respond);
        return host;
    }

    internal static bool HasIPv6Loopback()
    {
        if (!Socket.OSSupportsIPv6)
        {
            return false;
        }

        try
        {
            using var probe = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.IPv6Loopback, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
