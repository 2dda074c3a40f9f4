using System.Runtime.InteropServices;
using SiteGen.Cli;

using var stop = new CancellationTokenSource();
// Ctrl+C asks the running command to stop (serve stops; a build finishes what it started); SIGTERM does the same for
// serve, and ends any other command as the system expects.
var serving = args is ["serve", ..];
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, AskToStop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    if (serving)
    {
        AskToStop(signal);
    }
});

return CommandLine.Run(args, Console.Out, Console.Error, stop.Token);

void AskToStop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.Cancel();
}
