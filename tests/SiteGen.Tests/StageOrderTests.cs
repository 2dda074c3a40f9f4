using System.Text.RegularExpressions;

namespace SiteGen.Tests;

/// <summary>
/// The engine's folders are its stages, in the order data flows through them; a stage may use the ones before it and
/// never one after it, so no two stages import each other and one can be changed without reading those that follow.
/// </summary>
public sealed partial class StageOrderTests
{
    /// <summary>The engine's folders, each after every folder it uses.</summary>
    private static readonly string[] Stages =
    [
        "Diagnostics",    // problems found at a file and line, and the ids; below every stage
        "Buffers",        // per-thread text and byte buffers
        "Html",           // HTML text: encoding, marked words, bytes written as they are
        "Content",        // read: content files into records
        "Settings",       // read: report.yml
        "Extract",        // extract: each sentence's names, dates, figures and quotes, as spans of text
        "Markdown",       // extract and link: bodies as HTML, their sentences analysed and linked
        "CrossReference", // cross-reference: every mention by person, date, figure and quantity
        "Charts",         // SVG charts of counts and ranges
        "Model",          // plan: every page, with the view its template binds to
        "Render",         // render: pages through templates, data files, feed, search index
        "Write",          // write: the site into its folder, never a file SiteGen did not write
        "Build",          // the orchestrator: the stages in order
        "Check",          // check: links and anchors of a built site
        "Serve",          // the preview
    ];

    /// <summary>Namespaces shared with the source generator (generators/SiteGen.Generators/Shared), below every stage.</summary>
    private static readonly string[] Shared = ["FrontMatter", "Schema", "Templates", "Validation"];

    private static string Engine => Path.Combine(RepositoryFolders.Root, "src", "SiteGen.Engine");

    private static IEnumerable<string> EngineFiles() =>
        Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Engine, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));

    [Fact]
    public void Every_folder_of_the_engine_is_a_stage_in_the_list()
    {
        var folders = Directory.EnumerateDirectories(Engine).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        folders.ShouldBe(Stages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_file_is_in_the_namespace_of_its_folder()
    {
        var wrong = EngineFiles()
            .Select(f => (File: Path.GetRelativePath(Engine, f), Namespace: NamespaceOf().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(f => f.Namespace != "SiteGen." + Path.GetDirectoryName(f.File)!.Replace(Path.DirectorySeparatorChar, '.'))
            .Select(f => $"{f.File} is in {f.Namespace}")
            .ToList();
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Every_file_of_the_generator_is_in_the_namespace_of_its_folder()
    {
        // Shared/ is compiled into the engine too, so its folders are namespaces of their own (SiteGen.FrontMatter);
        // the polyfills stand in for the framework's types, in the framework's namespace.
        var generator = Path.Combine(RepositoryFolders.Root, "generators", "SiteGen.Generators");
        var wrong = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(generator, f))
            .Where(f => f.Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj" or "Polyfills"))
            .Select(f => (File: f, Namespace: GeneratorNamespaceOf().Match(File.ReadAllText(Path.Combine(generator, f))).Groups[1].Value))
            .Where(f => f.Namespace != ExpectedGeneratorNamespace(Path.GetDirectoryName(f.File)!.Replace(Path.DirectorySeparatorChar, '.')))
            .Select(f => $"{f.File} is in {f.Namespace}")
            .ToList();
        wrong.ShouldBeEmpty();
    }

    private static string ExpectedGeneratorNamespace(string folder) =>
        folder.Length == 0 ? "SiteGen.Generators"
        : folder.StartsWith("Shared.", StringComparison.Ordinal) ? "SiteGen." + folder["Shared.".Length..]
        : "SiteGen.Generators." + folder;

    [Fact]
    public void A_stage_uses_only_the_stages_before_it()
    {
        var engine = typeof(SiteGen.Build.SiteBuilder).Assembly.Location;

        BackwardEdges(engine, "SiteGen.", Stages, Shared).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_sees_a_use_of_a_later_stage_in_a_signature_a_method_body_and_a_lambda()
    {
        // The test assembly's StageOrderExample namespaces: "Early" uses "Late" in the three ways C# hides best.
        var tests = typeof(StageOrderTests).Assembly.Location;

        BackwardEdges(tests, "SiteGen.Tests.StageOrderExample.", ["Early", "Late"], []).ShouldBe(
            [
                "Early.UsesLateInABody uses Late.Later",
                "Early.UsesLateInALambda uses Late.Later",
                "Early.UsesLateInASignature uses Late.Later",
            ],
            ignoreOrder: true);
    }

    /// <summary>
    /// Every use, in the built assembly, of a type of a later stage (or of a folder not in the list) by a type of an
    /// earlier one: in signatures, fields, attributes, generic arguments and method bodies, compiler-made types (lambdas,
    /// iterators, async methods) counted as the type that holds them.
    /// </summary>
    private static List<string> BackwardEdges(string assembly, string prefix, string[] stages, string[] shared)
    {
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(assembly);
        // A nested type (a lambda's closure, an async method's state) belongs to the type that holds it.
        static Mono.Cecil.TypeReference Outermost(Mono.Cecil.TypeReference type) => type.DeclaringType is { } holder ? Outermost(holder) : type;

        string? StageOf(Mono.Cecil.TypeReference type) =>
            Outermost(type).Namespace is var space && space.StartsWith(prefix, StringComparison.Ordinal) ? space[prefix.Length..].Split('.')[0] : null;

        string NameOf(Mono.Cecil.TypeReference type) => Outermost(type).Namespace[prefix.Length..] + "." + Outermost(type).Name;

        var edges = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            if (StageOf(type) is not { } stage || shared.Contains(stage))
            {
                continue;
            }

            var at = Array.IndexOf(stages, stage);
            foreach (var used in TypesUsedBy(type))
            {
                if (used.Scope is Mono.Cecil.ModuleDefinition && StageOf(used) is { } usedStage && usedStage != stage && !shared.Contains(usedStage)
                    && (Array.IndexOf(stages, usedStage) is var usedAt && (usedAt < 0 || usedAt > at)))
                {
                    edges.Add($"{NameOf(type)} uses {NameOf(used)}");
                }
            }
        }

        return [.. edges];
    }

    private static IEnumerable<Mono.Cecil.TypeReference> TypesUsedBy(Mono.Cecil.TypeDefinition type)
    {
        IEnumerable<Mono.Cecil.TypeReference> Within(Mono.Cecil.TypeReference? reference)
        {
            if (reference == null)
            {
                yield break;
            }

            yield return reference.GetElementType();
            if (reference is Mono.Cecil.GenericInstanceType generic)
            {
                foreach (var argument in generic.GenericArguments.SelectMany(Within))
                {
                    yield return argument;
                }
            }
        }

        IEnumerable<Mono.Cecil.TypeReference> OfMember(Mono.Cecil.MemberReference member) => member switch
        {
            Mono.Cecil.TypeReference t => Within(t),
            Mono.Cecil.MethodReference m => Within(m.DeclaringType).Concat(Within(m.ReturnType)).Concat(m.Parameters.SelectMany(p => Within(p.ParameterType)))
                .Concat(m is Mono.Cecil.GenericInstanceMethod g ? g.GenericArguments.SelectMany(Within) : []),
            Mono.Cecil.FieldReference f => Within(f.DeclaringType).Concat(Within(f.FieldType)),
            _ => [],
        };

        IEnumerable<Mono.Cecil.TypeReference> OfAttributes(Mono.Cecil.ICustomAttributeProvider provider) =>
            provider.CustomAttributes.SelectMany(a => Within(a.AttributeType));

        return Within(type.BaseType)
            .Concat(type.Interfaces.SelectMany(i => Within(i.InterfaceType)))
            .Concat(OfAttributes(type))
            .Concat(type.Fields.SelectMany(f => Within(f.FieldType).Concat(OfAttributes(f))))
            .Concat(type.Properties.SelectMany(p => Within(p.PropertyType).Concat(OfAttributes(p))))
            .Concat(type.Events.SelectMany(e => Within(e.EventType)))
            .Concat(type.Methods.SelectMany(m => Within(m.ReturnType)
                .Concat(m.Parameters.SelectMany(p => Within(p.ParameterType)))
                .Concat(OfAttributes(m))
                .Concat(m.HasBody ? m.Body.Variables.SelectMany(v => Within(v.VariableType)) : [])
                .Concat(m.HasBody ? m.Body.Instructions.Select(i => i.Operand).OfType<Mono.Cecil.MemberReference>().SelectMany(OfMember) : [])));
    }

    [GeneratedRegex(@"^namespace (SiteGen[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex NamespaceOf();

    [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex GeneratorNamespaceOf();

}
