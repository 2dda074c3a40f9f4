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

    /// <summary>Records to a file: a search downloads the files its best results are in, so a file holds only a few results' sentences.</summary>
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
    /// <summary>Each word file's words, in ordinal order, with their postings.</summary>
    private readonly List<KeyValuePair<string, Postings>>[] _words;

    private SearchIndex(List<SearchRecord> records, SitePaths paths, int entities, int buckets)
    {
        _records = records;
        _paths = paths;
        _entities = entities;
        // The records are read in parts on all cores, each part's postings kept apart, then joined in record order so
        // each word still lists its lowest numbers.
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, records.Count / 10_000));
        var partial = new Dictionary<string, Postings>[parts];
        Parallel.For(0, parts, part =>
        {
            var (from, length) = Paging.Range(records.Count, parts, part + 1);
            partial[part] = Read(records, from, from + length, entities);
        });
        var all = partial[0];
        foreach (var more in partial.Skip(1))
        {
            foreach (var (word, postings) in more)
            {
                if (all.TryGetValue(word, out var kept))
                {
                    kept.AddAll(postings);
                }
                else
                {
                    all.Add(word, postings);
                }
            }
        }

        _words = new List<KeyValuePair<string, Postings>>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            _words[b] = [];
        }

        foreach (var entry in all)
        {
            _words[SearchWords.Bucket(entry.Key, buckets)].Add(entry);
        }

        foreach (var bucket in _words)
        {
            bucket.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        }
    }

    /// <summary>The postings of every word of the records from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static Dictionary<string, Postings> Read(List<SearchRecord> records, int from, int to, int entities)
    {
        var words = new Dictionary<string, Postings>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new SearchWords();
        var id = 0;
        void Add(ReadOnlySpan<char> word)
        {
            if (!lookup.TryGetValue(word, out var postings))
            {
                postings = new Postings();
                lookup[word] = postings;
            }

            postings.Add(id, isEntity: id < entities);
        }

        SearchWords.WordHandler add = Add;
        for (id = from; id < to; id++)
        {
            reader.Read(records[id].Title, add);
            reader.Read(records[id].Terms, add);
        }

        return words;
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

    /// <summary>
    /// Every file of the index of <paramref name="records"/> records, from the site root (the manifest, the word files,
    /// the record files), each with what writes it from the index.
    /// </summary>
    public static IEnumerable<(string Path, Action<SearchIndex, IBufferWriter<byte>> Write)> Files(int records)
    {
        yield return File("manifest", (index, json) => index.WriteManifest(json));
        for (var b = 0; b < Buckets(records); b++)
        {
            var bucket = b;
            yield return File("w/" + bucket.ToString(CultureInfo.InvariantCulture), (index, json) => index.WriteWords(json, bucket));
        }

        for (var c = 0; c * RecordsPerChunk < records; c++)
        {
            var chunk = c;
            yield return File("r/" + chunk.ToString(CultureInfo.InvariantCulture), (index, json) => index.WriteRecords(json, chunk));
        }
    }

    /// <summary>A file that hands the part named <paramref name="part"/> to <c>SiteGenSearch.add</c>.</summary>
    private static (string Path, Action<SearchIndex, IBufferWriter<byte>> Write) File(string part, Action<SearchIndex, Utf8JsonWriter> write) =>
        (Folder + part + ".js", (index, output) =>
        {
            output.Write("SiteGenSearch.add(\""u8);
            output.Write(Encoding.UTF8.GetBytes(part));
            output.Write("\","u8);
            using (var json = new Utf8JsonWriter(output, Options))
            {
                write(index, json);
            }

            output.Write(");\n"u8);
        });

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

    /// <summary>
    /// The records of a word, each once, at most <see cref="PostingsPerWord"/> entities and as many sentences, the
    /// lowest numbers kept. Entities are numbered before sentences, so the two lists one after the other are in order.
    /// </summary>
    private sealed class Postings
    {
        private readonly List<int> _entities = [];
        private readonly List<int> _sentences = [];

        public IEnumerable<int> Ids => _entities.Concat(_sentences);

        public void Add(int id, bool isEntity) => Add(isEntity ? _entities : _sentences, id);

        /// <summary>Adds the postings of records numbered after all of these.</summary>
        public void AddAll(Postings later)
        {
            foreach (var id in later._entities)
            {
                Add(_entities, id);
            }

            foreach (var id in later._sentences)
            {
                Add(_sentences, id);
            }
        }

        private static void Add(List<int> ids, int id)
        {
            if (ids.Count < PostingsPerWord && (ids.Count == 0 || ids[^1] != id))
            {
                ids.Add(id);
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
