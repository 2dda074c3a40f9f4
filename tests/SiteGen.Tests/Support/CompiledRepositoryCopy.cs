namespace SiteGen.Tests;

/// <summary>
/// A copy of the repository (its report and the sources it builds with, without bin/ or obj/) with the program and the
/// report compiled in it once, for the tests that build there: the repository's report as a writer builds it
/// (<c>ContentCompileTests</c>) and the packages a newsroom installs (<c>PackageTests</c>, packed from what this compiled).
/// Compiling the engine and the generator from nothing is the costliest step of either, so it is made once for both,
/// which run one after the other.
/// </summary>
public sealed class CompiledRepositoryCopy : IDisposable
{
    public const string Collection = "a compiled copy of the repository";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public CompiledRepositoryCopy()
    {
        RepositoryCopy.Write(Folder, "src", "generators", "content", "templates", "Directory.Build.props", "Directory.Packages.props", "global.json", "Report.csproj", "report.yml");
        var program = ToolProcess.Run("dotnet", ["build", Path.Combine("src", "SiteGen", "SiteGen.csproj"), "-nologo", "-v", "q"], Folder, Limit);
        program.ExitCode.ShouldBe(0, program.Output + program.Errors);
        FirstBuild = Build();
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("sitegen-compile-").FullName;

    /// <summary>What the first build of the report, which compiled its project, printed.</summary>
    public string FirstBuild { get; }

    /// <summary>Runs <c>build</c> in the copy, which compiles its report project and builds the site; what it printed.</summary>
    public string Build(string? compilerSays = null)
    {
        var build = Run();
        build.ExitCode.ShouldBe(0, build.Output + build.Errors);
        if (compilerSays != null)
        {
            build.Errors.ShouldContain(compilerSays);
        }

        return build.Output;
    }

    /// <summary>Runs <c>build</c> in the copy, as a writer runs the installed program.</summary>
    public ToolProcess.Result Run()
    {
        var program = Path.Combine(RepositoryFolders.Root, "src", "SiteGen", "bin", "Debug", "net10.0", "SiteGen.dll");
        return ToolProcess.Run("dotnet", [program, "build", "--out", Path.Combine(Folder, "_site")], Folder, Limit);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(CompiledRepositoryCopy.Collection)]
public sealed class CompiledRepositoryCollection : ICollectionFixture<CompiledRepositoryCopy>;
