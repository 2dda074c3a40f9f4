namespace SiteGen.Cli;

/// <summary>What every command works with: the report, where it writes, and the signal to stop (Ctrl+C).</summary>
internal sealed record CommandContext(Report Report, TextWriter Output, TextWriter Errors, CancellationToken Stop);
