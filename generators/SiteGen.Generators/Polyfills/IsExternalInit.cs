namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks the marker type the compiler needs for init accessors and records.
    internal static class IsExternalInit
    {
    }
}
