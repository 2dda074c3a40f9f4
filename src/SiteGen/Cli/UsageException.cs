namespace SiteGen.Cli;

/// <summary>The command line asks for something SiteGen does not offer; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
