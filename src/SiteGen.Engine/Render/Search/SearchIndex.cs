using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Model;

namespace SiteGen.Render.Search;

/// <summary>
/// The search index, in pieces a query loads only as it needs them, as Pagefind splits its own: a manifest; the
/// words, each with the numbers of the records that hold it, in <see cref="Buckets"/> files by the word's first two
/// characters; and the records themselves (<see cref="SearchRecords"/>), <see cref="RecordsPerChunk"/> to a file. A
/// query loads the manifest, the word files of its words and the record files of the results it shows. Every file
/// is a script that hands its part to <c>SiteGenSearch.add</c>, so the search also works on a report opened from
/// disk, where browsers refuse to fetch files.
/// </summary>
internal sealed class SearchIndex
{
    public const string Folder = "data/search/";

    public const string ManifestPath = Folder + "manifest.js";

    /// <summary>Records to a file: a result's file holds about 20 KB of sentences.</summary>
    public const int RecordsPerChunk = 128;

    /// <summary>
    /// The entities, and apart from them the sentences, a word lists at most, the lowest numbers (the best results)
    /// first: a word in most sentences of an archive would otherwise make its file as large as the archive's text,
    /// and a word in many titles would leave no room for the sentences.
    /// </summary>
    public const int PostingsPerWord = 1000;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly List<SearchRecord> _records;
    private readonly SitePaths _paths;
    private readonly int _entities;
    private readonly SortedDictionary<string, Postings>[] _words;

    private SearchIndex(List<SearchRecord> records, SitePaths paths, int entities, int buckets)
    {
        _records = records;
        _paths = paths;
        _entities = entities;
        _words = new SortedDictionary<string, Postings>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            _words[b] = new SortedDictionary<string, Postings>(StringComparer.Ordinal);
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < records.Count; id++)
        {
            words.Clear();
            var record = records[id];
            SearchWords.Add(record.Title, words);
            SearchWords.Add(record.Terms, words);
            foreach (var word in words)
            {
                var bucket = _words[SearchWords.Bucket(word, buckets)];
                if (!bucket.TryGetValue(word, out var postings))
                {
                    postings = new Postings();
                    bucket.Add(word, postings);
                }

                postings.Add(id, isEntity: id < entities);
            }
        }
    }

    public static SearchIndex Of(ContentSet content, CrossReferenceIndex index, SitePaths paths) =>
        new(SearchRecords.Of(content, index, paths), paths, SearchRecords.EntityCount(content, index), Buckets(SearchRecords.Count(content, index)));

    /// <summary>How many word files an index of <paramref name="records"/> records has: about one for every thousand records, a power of two from 16 to 2,048.</summary>
    public static int Buckets(int records)
    {
        var buckets = 16;
        while (buckets < 2048 && buckets * 1000 < records)
        {
            buckets *= 2;
        }

        return buckets;
    }

    /// <summary>Every file of the index of <paramref name="records"/> records, from the site root: the manifest, the word files, the record files.</summary>
    public static IEnumerable<string> Paths(int records)
    {
        yield return ManifestPath;
        for (var b = 0; b < Buckets(records); b++)
        {
            yield return WordsPath(b);
        }

        for (var c = 0; c * RecordsPerChunk < records; c++)
        {
            yield return RecordsPath(c);
        }
    }

    public void Write(string path, IBufferWriter<byte> output)
    {
        var part = path[Folder.Length..^".js".Length];
        output.Write("SiteGenSearch.add("u8);
        output.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(part)));
        output.Write(","u8);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            if (path == ManifestPath)
            {
                WriteManifest(json);
            }
            else if (part.StartsWith("w/", StringComparison.Ordinal))
            {
                WriteWords(json, int.Parse(part[2..], CultureInfo.InvariantCulture));
            }
            else
            {
                WriteRecords(json, int.Parse(part[2..], CultureInfo.InvariantCulture));
            }
        }

        output.Write(");\n"u8);
    }

    private static string WordsPath(int bucket) => Folder + "w/" + bucket.ToString(CultureInfo.InvariantCulture) + ".js";

    private static string RecordsPath(int chunk) => Folder + "r/" + chunk.ToString(CultureInfo.InvariantCulture) + ".js";

    private void WriteManifest(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("buckets", _words.Length);
        json.WriteNumber("chunk", RecordsPerChunk);
        json.WriteNumber("entities", _entities);
        json.WriteNumber("records", _records.Count);
        json.WriteNumber("postingsPerWord", PostingsPerWord);
        json.WriteEndObject();
    }

    /// <summary>Each word of the bucket with its records' numbers, ascending, each as the difference from the one before, in base 36, joined by commas.</summary>
    private void WriteWords(Utf8JsonWriter json, int bucket)
    {
        json.WriteStartObject();
        var text = new StringBuilder();
        foreach (var (word, postings) in _words[bucket])
        {
            text.Clear();
            var previous = 0;
            foreach (var id in postings.Ids)
            {
                if (text.Length > 0)
                {
                    text.Append(',');
                }

                AppendBase36(text, id - previous);
                previous = id;
            }

            json.WriteString(word, text.ToString());
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The records of a chunk: an entity as <c>[kind, title, url, detail]</c>, a sentence as <c>[article, anchor, text]</c>
    /// where <c>article</c> is a place in the chunk's own list of articles, <c>[title, url]</c>.
    /// </summary>
    private void WriteRecords(Utf8JsonWriter json, int chunk)
    {
        var from = chunk * RecordsPerChunk;
        var to = Math.Min(_records.Count, from + RecordsPerChunk);
        var articles = new List<Article>();
        var places = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (var id = from; id < to; id++)
        {
            if (_records[id].Article is { } article && places.TryAdd(article, articles.Count))
            {
                articles.Add(article);
            }
        }

        json.WriteStartObject();
        json.WriteStartArray("a");
        foreach (var article in articles)
        {
            json.WriteStartArray();
            json.WriteStringValue(article.Title);
            json.WriteStringValue(_paths.Article(article));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("r");
        for (var id = from; id < to; id++)
        {
            var record = _records[id];
            json.WriteStartArray();
            if (record.Sentence is { } sentence)
            {
                json.WriteNumberValue(places[sentence.Article]);
                json.WriteStringValue(sentence.Anchor);
                json.WriteStringValue(sentence.Text);
            }
            else
            {
                json.WriteStringValue(record.Kind);
                json.WriteStringValue(record.Title);
                json.WriteStringValue(record.Url);
                json.WriteStringValue(record.Detail);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The records of a word, in number order, at most <see cref="PostingsPerWord"/> entities and as many sentences.</summary>
    private sealed class Postings
    {
        private int _entities;
        private int _sentences;

        public List<int> Ids { get; } = [];

        public void Add(int id, bool isEntity)
        {
            ref var count = ref isEntity ? ref _entities : ref _sentences;
            if (count < PostingsPerWord)
            {
                Ids.Add(id);
                count++;
            }
        }
    }

    private static void AppendBase36(StringBuilder text, int value)
    {
        Span<char> digits = stackalloc char[8];
        var at = digits.Length;
        do
        {
            var digit = value % 36;
            digits[--at] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
            value /= 36;
        }
        while (value > 0);

        text.Append(digits[at..]);
    }
}
