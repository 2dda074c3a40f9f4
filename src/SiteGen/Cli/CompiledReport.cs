using System.Diagnostics;
using System.Reflection;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Render.Compiled;

namespace SiteGen.Cli;

/// <summary>
/// A report's content as its project compiles it: the project is built with <c>dotnet build</c> (a content mistake is a
/// compiler error at its file and line, printed as the compiler prints it) and the records are read from the assembly.
/// </summary>
internal static class CompiledReport
{
    /// <summary>The name the generator gives the compiled catalogue of a report (see <c>src/SiteGen.Report</c>).</summary>
    private const string Catalogue = "SiteGen.SiteContent";

    /// <summary>
    /// The configuration the report is compiled in: this program's own (Debug, or Release when built so), so that a
    /// program and a report built together are not compiled a second time.
    /// </summary>
    private static string Configuration { get; } =
        typeof(CompiledReport).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration ? configuration : "Debug";

    /// <summary>
    /// Builds the report project in <paramref name="root"/> and loads its content. When nothing the records are made
    /// from changed since the last build (<see cref="CompileInputs"/>: article bodies are read as they are, not
    /// compiled), the compiled assembly is loaded without asking MSBuild, whose check alone takes seconds.
    /// </summary>
    /// <param name="compilerOutput">Where the compiler's warnings and errors go.</param>
    public static (ContentSet Content, CompiledTemplates? Templates) Build(string root, TextWriter compilerOutput)
    {
        var project = ProjectIn(root);
        RefusedEntries.EnsureNone(Path.Combine(root, "content"), "the content folder");
        RefusedEntries.EnsureNone(Path.Combine(root, "templates"), "the templates folder", except: Render.TemplateSet.AssetsName);
        var stamp = Path.Combine(root, "obj", "sitegen-compiled.txt");
        var inputs = CompileInputs.Of(root);
        if (Compiled(stamp, inputs) is { } upToDate)
        {
            return Load(upToDate);
        }

        var assembly = Compile(project, root, compilerOutput);
        Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
        File.WriteAllLines(stamp, [assembly, Identity(assembly, inputs)]);
        return Load(assembly);
    }

    /// <summary>
    /// The compiled templates of the assembly the last compile made, if this program's engine made it, whatever changed
    /// since: each compiled page is used only while its templates are the text compiled, so content edited since does not
    /// matter. Null when there is none or it cannot be loaded.
    /// </summary>
    public static CompiledTemplates? LastTemplates(string root)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(root, "obj", "sitegen-compiled.txt"));
            return lines.Length == 2 && File.Exists(lines[0]) && lines[1].EndsWith(" " + EngineIdentity, StringComparison.Ordinal)
                ? CompiledTemplates.Of(LoadAssembly(lines[0]))
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or TypeLoadException or MissingMemberException or TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>The assembly the stamp names, if it was compiled from these inputs by this program's engine and is unchanged since.</summary>
    private static string? Compiled(string stamp, string inputs)
    {
        try
        {
            var lines = File.Exists(stamp) ? File.ReadAllLines(stamp) : [];
            return lines.Length == 2 && File.Exists(lines[0]) && lines[1] == Identity(lines[0], inputs) ? lines[0] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The inputs, the assembly as it is on disk, and the engine this program runs, which the records are made of.</summary>
    private static string Identity(string assembly, string inputs)
    {
        var file = new FileInfo(assembly);
        return string.Join(' ', inputs, file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            file.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), EngineIdentity);
    }

    private static string EngineIdentity { get; } = typeof(ContentSet).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>Runs <c>dotnet build</c> on the project; the path of the assembly it made.</summary>
    private static string Compile(string project, string root, TextWriter compilerOutput)
    {
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", Configuration, "-nologo", "-v", "q", "-t:Build", "-getProperty:TargetPath"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw Refused(project, "dotnet did not start; install the .NET SDK");
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        process.WaitForExit();
        // What the compiler said (warnings, errors) once each, as check says it: MSBuild repeats each in its summary,
        // after the project's name.
        foreach (var said in lines.Where(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal))
            .Select(l => l.EndsWith(']') && l.LastIndexOf(" [", StringComparison.Ordinal) is > 0 and var at ? l[..at] : l)
            .Distinct(StringComparer.Ordinal))
        {
            compilerOutput.WriteLine(said);
        }

        compilerOutput.Write(errors.Result);
        if (process.ExitCode != 0 || lines.Length == 0 || !File.Exists(lines[^1]))
        {
            throw new ContentNotCompiledException(process.ExitCode != 0
                ? "The content did not compile: fix the errors above (each names the file and line) and build again."
                : $"Building {project} named no assembly; run 'dotnet build {Path.GetFileName(project)}' to see why.");
        }

        return lines[^1];
    }

    /// <summary>The content records and the compiled templates of the report's assembly.</summary>
    private static (ContentSet Content, CompiledTemplates? Templates) Load(string assemblyPath)
    {
        var assembly = LoadAssembly(assemblyPath);
        var catalogue = assembly.GetType(Catalogue)
            ?? throw new ContentNotCompiledException($"{assemblyPath} has no {Catalogue}: its project does not import SiteGen.Report.targets.");
        return ((ContentSet)catalogue.GetProperty("All")!.GetValue(null)!, CompiledTemplates.Of(assembly));
    }

    /// <summary>
    /// The report's assembly, in a load context of its own: two reports (or two compiles of one) are each an assembly
    /// named Report, which one context cannot hold; what it references, the engine, comes from this program's.
    /// </summary>
    private static Assembly LoadAssembly(string path) =>
        new System.Runtime.Loader.AssemblyLoadContext(path).LoadFromAssemblyPath(Path.GetFullPath(path));

    private static string ProjectIn(string root)
    {
        var projects = Directory.Exists(root) ? Directory.GetFiles(root, "*.csproj") : [];
        return projects.Length switch
        {
            1 => projects[0],
            0 => throw Refused(root, "this folder has no report project (a .csproj that imports SiteGen.Report.targets); run sitegen in the report's folder"),
            _ => throw Refused(root, $"this folder has {projects.Length} project files; a report's folder has one"),
        };
    }

    private static SiteBuildException Refused(string path, string message) =>
        new(new SiteDiagnostic(path, 1, 1, SiteErrorIds.NotAReport, message));
}

/// <summary>The report's project did not compile; the compiler has already said where and why.</summary>
internal sealed class ContentNotCompiledException(string message) : Exception(message);
