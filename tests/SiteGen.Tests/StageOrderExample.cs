// Two stages for StageOrderTests to find a backward use in: Early uses Late, which comes after it.

namespace SiteGen.Tests.StageOrderExample.Late
{
    internal sealed class Later
    {
        public int Value { get; } = 1;
    }
}

namespace SiteGen.Tests.StageOrderExample.Early
{
    internal static class UsesLateInASignature
    {
        public static int Of(Late.Later later) => later.Value;
    }

    internal static class UsesLateInABody
    {
        public static string Of() => new Late.Later().ToString()!;
    }

    internal static class UsesLateInALambda
    {
        public static Func<int> Of() => () => new Late.Later().Value;
    }
}
