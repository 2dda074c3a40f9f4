using Microsoft.Extensions.Hosting;

namespace SiteGen.Serve;

/// <summary>
/// The preview's host takes no signals of its own: Ctrl+C and SIGTERM belong to the command line, which stops the
/// preview through its token. The framework's console lifetime would otherwise swallow them and leave serve running.
/// </summary>
internal sealed class PreviewLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
