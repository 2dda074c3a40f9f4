namespace SiteGen.Serve;

/// <summary>No port <c>serve</c> may use is free; the message says which and what to do.</summary>
internal sealed class PortInUseException(string message) : Exception(message);
