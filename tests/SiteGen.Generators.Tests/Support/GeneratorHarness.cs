using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SiteGen.Generators.Tests;

/// <summary>Runs the content generator over in-memory content files, the way the compiler runs it in a build.</summary>
public sealed class GeneratorHarness
{
    public const string ContentRoot = "/site/content";

    public const string Catalogue = """
        using SiteGen.Content;

        namespace Sample;

        [ContentCollection(typeof(Article), "articles")]
        [ContentCollection(typeof(Person), "people")]
        [ContentCollection(typeof(Outlet), "outlets")]
        public static partial class SiteContent;
        """;

    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .Append(MetadataReference.CreateFromFile(typeof(SiteGen.Content.Article).Assembly.Location))
        .ToImmutableArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static string PathOf(string relative) => ContentRoot + "/" + relative;

    public static InMemoryAdditionalText File(string relative, string? text) => new(PathOf(relative), text);

    public static CSharpCompilation Compilation(string source = Catalogue) => CSharpCompilation.Create(
        "Sample",
        [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "SiteContent.cs")],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? contentRoot = ContentRoot, ContentGenerator? generator = null)
    {
        var options = new Dictionary<string, string>();
        if (contentRoot != null)
        {
            options[ContentGenerator.ContentRootProperty] = contentRoot;
        }

        return CSharpGeneratorDriver.Create(
            [(generator ?? new ContentGenerator()).AsSourceGenerator()],
            files,
            ParseOptions,
            new BuildProperties(options),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once; returns its result and the diagnostics of compiling what it generated.</summary>
    public static (GeneratorRunResult Run, ImmutableArray<Diagnostic> CompileDiagnostics) Run(IEnumerable<AdditionalText> files, string source = Catalogue, string? contentRoot = ContentRoot)
    {
        var driver = Driver(files, contentRoot).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out _);
        var compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult().Results.Single(), compileDiagnostics);
    }
}
