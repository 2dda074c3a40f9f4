using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.Diagnostics;
using SiteGen.FrontMatter;
using SiteGen.Schema;
using SiteGen.Validation;

namespace SiteGen.Content;

/// <summary>
/// Reads the content folder at run time into the same records the generator compiles, with the same parser and the
/// same rules (shared as source), so the preview can show an edit without recompiling the program.
/// </summary>
internal sealed class ContentFolderReader
{
    private readonly string _root;
    private readonly IReadOnlyList<ContentCollectionAttribute> _collections;
    private readonly CatalogueSpec _catalogue;

    // What each file held at the last read, so a re-read (the preview, on every edit) parses and validates only the
    // files whose text changed, and hands back the same record object for the others.
    private Dictionary<string, ReadFile> _previous = new(StringComparer.Ordinal);

    // The entries' indexes the cross-file checks last ran over, and what they found.
    private (ImmutableArray<EntryIndex> Indexes, List<DiagnosticInfo> Problems)? _checked;

    /// <summary>
    /// A file whose size and modification time are those it had when last read is not read again, as long as that
    /// time was this long before the read: a file changed within the file system's time-stamp resolution of being read
    /// could keep its time stamp (the "racy" case version control systems guard against), so it is read and hashed again.
    /// </summary>
    private static readonly TimeSpan StampTrustedAfter = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a file must have been left unwritten before it is read (none by default; the preview waits): an editor
    /// that saves in several writes, with a pause between them, leaves a half file that would otherwise be rendered as
    /// if it were the article.
    /// </summary>
    public TimeSpan StillFor { get; init; }

    /// <param name="collections">The collections the program declares on its catalogue class.</param>
    public ContentFolderReader(string contentRoot, IReadOnlyList<ContentCollectionAttribute> collections)
    {
        _root = Path.GetFullPath(contentRoot);
        _collections = collections;
        var folderOf = collections.ToDictionary(c => c.RecordType, c => c.Folder);
        _catalogue = new CatalogueSpec(string.Empty, string.Empty, string.Empty,
            new EquatableArray<CollectionSpec>(collections.Select(c => RecordSchema.Of(c.RecordType, c.Folder, c.RecordType.Name.ToLowerInvariant(), folderOf)).ToArray()),
            EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The content folder, as a full path.</summary>
    public string Root => _root;

    /// <summary>The content, or the problems that keep it from being read; warnings come with the content.</summary>
    public ContentReadResult Read()
    {
        if (!Directory.Exists(_root))
        {
            // An empty site would look like content deleted for good; a folder moved away, or mid-way through a branch
            // switch, is more often coming back.
            return new ContentReadResult(null, [new SiteDiagnostic(_root, 1, 1, SiteErrorIds.ContentUnreadable,
                "the content folder is not there (moved, deleted, or a branch switch under way); put it back, or run SiteGen in the report's folder")]);
        }

        var problems = new List<SiteDiagnostic>();
        var files = new List<(string Path, ReadFile Read)>();
        var now = DateTime.UtcNow;
        var trustedBefore = now - StampTrustedAfter;
        var unsettled = false;
        foreach (var collection in _collections)
        {
            foreach (var file in Files(Path.Combine(_root, collection.Folder), problems))
            {
                var path = file.FullName;
                var stamp = (file.Length, file.LastWriteTimeUtc);
                if (_previous.TryGetValue(path, out var read) && read.Stamp == stamp)
                {
                    files.Add((path, read));
                    continue;
                }

                ContentFileText? text = null;
                if (now - stamp.LastWriteTimeUtc < StillFor || (text = ReadText(file, problems)) is { } && !Unchanged(file, stamp))
                {
                    // Still being written: the version read before stays (with a stamp that makes the next read look again).
                    unsettled = true;
                    if (read != null)
                    {
                        read.Stamp = null;
                        files.Add((path, read));
                    }

                    continue;
                }

                if (text == null)
                {
                    continue;
                }

                var hash = text.Sha256;
                if (read == null || read.Sha256 != hash)
                {
                    read = new ReadFile(hash, EntryValidator.Validate(Parse(path, text.ToString(), hash), _catalogue));
                }

                read.Stamp = stamp.LastWriteTimeUtc < trustedBefore ? stamp : null;
                files.Add((path, read));
            }
        }

        // A folder's old name is in no collection, so it is not walked above.
        foreach (var old in ContentRules.OldFoldersOf(_catalogue))
        {
            problems.AddRange(Files(Path.Combine(_root, old), problems)
                .Select(file => SiteDiagnostic.Of(ContentRules.InRenamedFolder(old, _catalogue, file.FullName)!)));
        }

        _previous = files.ToDictionary(f => f.Path, f => f.Read, StringComparer.Ordinal);
        var entries = files.Select(f => f.Read.Entry).OfType<EntrySpec>().ToList();

        var diagnostics = entries.SelectMany(e => e.Diagnostics)
            .Concat(CrossFileProblems([.. entries.Select(e => e.Index)]))
            .Select(SiteDiagnostic.Of);
        problems.AddRange(diagnostics);
        if (problems.Any(p => !p.IsWarning))
        {
            return new ContentReadResult(null, problems) { Unsettled = unsettled };
        }

        var records = files.Select(f => f.Read).Where(r => r.Entry != null).Select(r => r.Record ??= Create(r.Entry!)).ToList();
        var set = new ContentSet(_root, [.. records.OfType<Article>()], [.. records.OfType<Person>()], [.. records.OfType<Outlet>()], [.. records.OfType<Quantity>()]);
        return new ContentReadResult(set, problems) { Unsettled = unsettled };
    }

    /// <summary>Whether the file still has the size and time stamp it was listed with, after it was read.</summary>
    private static bool Unchanged(FileInfo file, (long Length, DateTime Modified) stamp)
    {
        file.Refresh();
        return file.Exists && (file.Length, file.LastWriteTimeUtc) == stamp;
    }

    /// <summary>
    /// The cross-file checks' findings, found again only when an entry's index changed: editing an article's text leaves
    /// every index as it was, and over a large archive the checks were a large share of a preview's reading.
    /// </summary>
    private List<DiagnosticInfo> CrossFileProblems(ImmutableArray<EntryIndex> indexes)
    {
        if (_checked is not { } last || !last.Indexes.AsSpan().SequenceEqual(indexes.AsSpan()))
        {
            last = (indexes, CatalogueValidator.Validate(indexes, _catalogue));
            _checked = last;
        }

        return last.Problems;
    }

    /// <summary>The Markdown files under <paramref name="folder"/>, in path order, with the size and time stamp the listing gives.</summary>
    private List<FileInfo> Files(string folder, List<SiteDiagnostic> problems)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // The walk enters no link, so a folder it gives is a link to one: refused at the link by StaysInside.
        return FolderWalk.FilesAndLinks(folder, skipHidden: true)
            .Where(entry => entry is DirectoryInfo || entry.Name.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .Where(entry => StaysInside(entry, problems))
            .OfType<FileInfo>()
            .ToList();
    }

    private bool StaysInside(FileSystemInfo entry, List<SiteDiagnostic> problems)
    {
        // Only a link can lead outside; asking every file for its target is a system call per file and preview rebuild.
        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0 || entry.LinkTarget == null)
        {
            return true;
        }

        var problem = FolderLinks.Problem(_root, entry.FullName);
        if (problem != null)
        {
            problems.Add(new SiteDiagnostic(entry.FullName, 1, 1, SiteErrorIds.ContentUnreadable, problem));
        }

        return problem == null;
    }

    private static ContentFileText? ReadText(FileInfo file, List<SiteDiagnostic> problems)
    {
        var path = file.FullName;
        if (!RegularFiles.IsRegular(file))
        {
            problems.Add(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable, RefusedEntries.NotAFile));
            return null;
        }

        try
        {
            return ContentFileText.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SiteDiagnostic(path, 1, 1, ContentRules.UnreadableFile.Id, ContentRules.UnreadableFile.Format));
            return null;
        }
    }

    private ContentFileModel Parse(string path, string text, string hash)
    {
        var relative = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
        var folder = relative[..relative.IndexOf('/')];
        var document = FrontMatterParser.Parse(text);
        return new ContentFileModel(path, relative, folder, Path.GetFileNameWithoutExtension(path), ContentHash.OfFrontMatter(text, document), document);
    }

    private ContentRecord Create(EntrySpec entry)
    {
        var type = _collections.Single(c => c.Folder == entry.Index.Folder).RecordType;
        var record = (ContentRecord)Activator.CreateInstance(type)!;
        RecordSchema.Set(record, nameof(ContentRecord.Key), entry.Index.Key);
        RecordSchema.Set(record, nameof(ContentRecord.File), new ContentFile(entry.RelativePath, entry.BodyStartLine, entry.FrontMatterSha256));
        RecordSchema.Fill(record, entry.Values);
        return record;
    }

    /// <summary>One file as last read: its hash, what validation made of it (null when it could not be read as an entry), and its record once created.</summary>
    private sealed class ReadFile(string sha256, EntrySpec? entry)
    {
        public string Sha256 { get; } = sha256;

        public EntrySpec? Entry { get; } = entry;

        public ContentRecord? Record { get; set; }

        /// <summary>The size and time stamp the file had when read, or null when they cannot be trusted to show a change.</summary>
        public (long Length, DateTime Modified)? Stamp { get; set; }
    }
}
