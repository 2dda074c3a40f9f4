using System.Globalization;
using System.Text;

namespace SiteGen.Corpus;

/// <summary>
/// Writes a deterministic newsroom archive in SiteGen's own format, for benchmarks and scale checks: people with
/// aliases, outlets, and articles whose sentences name people, dates and figures the way the sample reports do.
/// The same seed and sizes always give the same files.
/// </summary>
/// <param name="variedFigures">Numbers drawn from a wide range, so most appear once, as in real news; otherwise from
/// a few hundred values that recur.</param>
public sealed class SyntheticCorpus(int articles, int people = 300, int outlets = 12, int seed = 2025, bool variedFigures = false)
{
    private static readonly string[] FirstNames =
    [
        "Olena", "Andriy", "Iryna", "Dmytro", "Sergey", "Maria", "Oleksandr", "Yulia", "Viktor", "Natalia", "Pavel", "Anna",
        "Mykola", "Svetlana", "Ivan", "Kateryna", "Boris", "Larysa", "Taras", "Elena", "Petro", "Oksana", "Mikhail", "Halyna",
    ];

    private static readonly string[] Surnames =
    [
        "Kovalenko", "Bondarenko", "Tkachenko", "Shevchenko", "Melnyk", "Kravchenko", "Oliynyk", "Lysenko", "Marchenko", "Rudenko",
        "Ivanov", "Petrov", "Sidorov", "Volkov", "Morozov", "Lebedev", "Sokolov", "Novikov", "Pavlenko", "Savchenko", "Klymenko",
        "Hrytsenko", "Zinchenko", "Boyko", "Tkachuk", "Moroz", "Polishchuk", "Vlasenko", "Yakovenko", "Honcharenko",
    ];

    private static readonly string[] Roles =
    [
        "Minister of Defence", "Ombudsman", "Governor", "Mayor", "spokesperson for the Foreign Ministry", "Prosecutor General",
        "head of the Coordination Headquarters", "deputy head of the Presidential Office", "military analyst", "regional official",
    ];

    private static readonly string[] Counted =
    [
        "prisoners of war", "civilians", "soldiers", "drones", "ballistic missiles", "service members", "people", "captives",
    ];

    private static readonly string[] Verbs = ["said", "told reporters", "wrote on Telegram", "confirmed", "announced"];

    private static readonly string[] Places = ["Istanbul", "Kyiv", "Moscow", "Belarus", "Kharkiv", "Odesa", "Chernihiv", "Lipetsk Oblast"];

    /// <param name="hugoRoot">Where to write the same articles as a Hugo site, for comparing the two generators; null for none.</param>
    public IReadOnlyList<string> Write(string root, string? hugoRoot = null)
    {
        var random = new Random(seed);
        var written = new List<string>();
        var personNames = new List<(string Key, string Name, string Surname)>();
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < people; i++)
        {
            // Each person a name of their own: two files with one name are an error (SG0402).
            string first, surname;
            do
            {
                first = FirstNames[random.Next(FirstNames.Length)];
                surname = Surnames[random.Next(Surnames.Length)] + (i >= Surnames.Length ? Suffix(i / Surnames.Length) : string.Empty);
            }
            while (spellings.Contains(first + " " + surname) || spellings.Contains(Transliterate(first) + " " + surname));
            spellings.Add(first + " " + surname);
            spellings.Add(Transliterate(first) + " " + surname);
            var key = Key(first + " " + surname) + "-" + i.ToString(CultureInfo.InvariantCulture);
            personNames.Add((key, first + " " + surname, surname));
            written.Add(WriteFile(root, "people", key, $"""
                name: "{first} {surname}"
                aliases: ["{Transliterate(first)} {surname}"]
                aliases_after_name: ["{surname}"]
                role: "{Roles[random.Next(Roles.Length)]}"
                affiliation: "{(random.Next(2) == 0 ? "Ukraine" : "Russia")}"
                """, $"{first} {surname} appears in the synthetic archive.\n"));
        }

        for (var i = 0; i < outlets; i++)
        {
            var key = "outlet-" + i.ToString(CultureInfo.InvariantCulture);
            written.Add(WriteFile(root, "outlets", key, $"name: \"Outlet {i.ToString(CultureInfo.InvariantCulture)}\"", "A synthetic outlet.\n"));
        }

        var start = new DateOnly(2022, 2, 24);
        for (var i = 0; i < articles; i++)
        {
            var date = start.AddDays(random.Next(1200));
            var featured = personNames[random.Next(personNames.Count)];
            var slug = "report-" + i.ToString("00000", CultureInfo.InvariantCulture);
            var body = new StringBuilder();
            var paragraphs = 4 + random.Next(5);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p == 2)
                {
                    body.Append("## ").Append(Places[random.Next(Places.Length)]).Append("\n\n");
                }

                for (var s = 0; s < 3; s++)
                {
                    body.Append(Sentence(random, personNames, date)).Append(' ');
                }

                body.Length--;
                body.Append("\n\n");
            }

            var title = $"{featured.Surname} on the exchange in {Places[random.Next(Places.Length)]}, report {i.ToString(CultureInfo.InvariantCulture)}";
            var outlet = random.Next(outlets).ToString(CultureInfo.InvariantCulture);
            var desk = random.Next(40).ToString(CultureInfo.InvariantCulture);
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            written.Add(WriteFile(root, "articles", slug, $"""
                title: "{title}"
                slug: {slug}
                date: {day}
                outlet: outlet-{outlet}
                authors: ["Desk {desk}"]
                summary: "A synthetic report of the exchange, number {i.ToString(CultureInfo.InvariantCulture)}."
                source: "Synthetic corpus, seed {seed.ToString(CultureInfo.InvariantCulture)}."
                people: [{featured.Key}]
                """, body.ToString()));
            if (hugoRoot != null)
            {
                written.Add(WriteFile(Path.Combine(hugoRoot, "content"), "articles", slug, $"""
                    title: "{title}"
                    slug: {slug}
                    date: {day}
                    summary: "A synthetic report of the exchange, number {i.ToString(CultureInfo.InvariantCulture)}."
                    outlets: ["Outlet {outlet}"]
                    people: ["{featured.Name}"]
                    years: ["{date.Year.ToString(CultureInfo.InvariantCulture)}"]
                    """, body.ToString()));
            }
        }

        if (hugoRoot != null)
        {
            written.AddRange(HugoSite.WriteSkeleton(hugoRoot));
        }

        return written;
    }

    private string Sentence(Random random, List<(string Key, string Name, string Surname)> people, DateOnly published)
    {
        var person = people[random.Next(people.Count)];
        var who = random.Next(3) == 0 ? person.Surname : person.Name;
        var value = variedFigures ? random.Next(1, 1_000_000) : random.Next(1, 100) * (random.Next(3) == 0 ? 100 : 1);
        var figure = value.ToString("N0", CultureInfo.InvariantCulture);
        var noun = Counted[random.Next(Counted.Length)];
        var day = published.AddDays(-random.Next(7)).ToString("MMMM d", CultureInfo.InvariantCulture);
        return random.Next(4) switch
        {
            0 => $"{who} {Verbs[random.Next(Verbs.Length)]} on {day} that {figure} {noun} had been exchanged.",
            1 => $"At least {figure} {noun} are held captive, according to {who}.",
            2 => $"\"We are bringing our people home. Today – {figure} {noun},\" {who} said.",
            _ => $"The talks in {Places[random.Next(Places.Length)]} on {day} were the first since 2022, {who} added.",
        };
    }

    private static string WriteFile(string root, string folder, string key, string frontMatter, string body)
    {
        var path = Path.Combine(root, folder, key + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "---\n" + frontMatter + "\n---\n\n" + body);
        return path;
    }

    private static string Transliterate(string first) => first switch
    {
        "Sergey" => "Sergei",
        "Andriy" => "Andrii",
        "Dmytro" => "Dmitry",
        "Oleksandr" => "Alexander",
        "Yulia" => "Yuliya",
        _ => first + "a",
    };

    /// <summary>A second surname, so a few hundred people get distinct double-barrelled names.</summary>
    private static string Suffix(int n) => "-" + Surnames[(n * 7) % Surnames.Length];

    private static string Key(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
