using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary>
/// A fingerprint of what a report's compile reads: the path and front matter of every content file, the path and text
/// of every template (the compiler checks each against its view), and the path and time stamp of every code and build
/// file of the report's folder. Two equal fingerprints mean the compiler would make the same records and find the same
/// mistakes, so <c>build</c> after an edit to article bodies alone need not compile.
/// </summary>
internal static class CompileInputs
{
    private static readonly string[] BuildFiles = ["*.cs", "*.csproj", "*.props", "*.targets", "global.json"];

    /// <summary>Folders that hold no input of the compile, or only outputs.</summary>
    private static readonly HashSet<string> NotInputs = new(["bin", "obj", "node_modules", ".git", "content", "templates", "static", "TestResults", "_site"], StringComparer.Ordinal);

    public static string Of(string root)
    {
        var fingerprint = new StringBuilder();
        foreach (var collection in ReportCollections.All)
        {
            var folder = Path.Combine(root, "content", collection.Folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                fingerprint.Append(Path.GetRelativePath(root, file)).Append(' ').Append(FrontMatterHash(file)).Append('\n');
            }
        }

        var templates = Path.Combine(root, "templates");
        if (Directory.Exists(templates))
        {
            foreach (var file in Directory.EnumerateFiles(templates, "*" + Render.TemplateSet.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                fingerprint.Append(Path.GetRelativePath(root, file)).Append(' ').Append(TextHash(file)).Append('\n');
            }
        }

        foreach (var file in CodeAndBuildFiles(root).Order(StringComparer.Ordinal))
        {
            fingerprint.Append(Path.GetRelativePath(root, file)).Append(' ')
                .Append(File.GetLastWriteTimeUtc(file).Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())));
    }

    /// <summary>
    /// The fingerprint the compiler records for a file's front matter (<see cref="ContentFileText.FrontMatterSha256"/>);
    /// of the whole file when it has no front matter, so that any edit to a file the compiler would refuse counts.
    /// </summary>
    private static string FrontMatterHash(string path)
    {
        try
        {
            var text = ContentFileText.Read(path);
            return text.FrontMatterSha256() ?? text.Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    private static string TextHash(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    private static IEnumerable<string> CodeAndBuildFiles(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            foreach (var pattern in BuildFiles)
            {
                foreach (var file in Directory.EnumerateFiles(folder, pattern))
                {
                    yield return file;
                }
            }

            foreach (var child in new DirectoryInfo(folder).EnumerateDirectories())
            {
                if (!NotInputs.Contains(child.Name) && child.LinkTarget == null)
                {
                    pending.Push(child.FullName);
                }
            }
        }
    }
}
