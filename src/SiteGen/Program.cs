using SiteGen.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return CommandLine.Run(args, Console.Out, Console.Error, stop.Token);
