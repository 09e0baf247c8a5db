using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The English typo matcher looks long phrases up by trigram instead of trying every term of a near length. The index
/// must hold every term the walk would find within two edits (property-style, over the demo catalog and a generated
/// one of a few thousand names built of shared words, for the names typed with one and two edits, and for phrases of
/// questions), and the matcher must read every question exactly as the walk does.
/// </summary>
public sealed class LatinTrigramIndexTests
{
    private static readonly Lazy<SemanticCatalog> Generated = new(() => GeneratedCatalog(TestRepository.Catalog, 1500, seed: 7));

    public static TheoryData<string> Catalogs => ["demo", "generated"];

    private static SemanticCatalog CatalogOf(string name) => name == "demo" ? TestRepository.Catalog : Generated.Value;

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Candidates_hold_every_term_within_two_edits(string catalog)
    {
        var terms = Terms(new CatalogLexicon(CatalogOf(catalog)));
        var index = new LatinTrigramIndex(terms);
        var random = new Random(11);
        var checkedPhrases = 0;
        var reached = 0;
        foreach (var phrase in Phrases(terms, random).Where(p => p.Length >= LatinTrigramIndex.MinLength).Distinct().Take(1000))
        {
            var candidates = index.Candidates(phrase);
            Assert.True(candidates.SequenceEqual(candidates.Distinct().Order()), "candidates are ascending and each once");
            Assert.All(candidates, order => Assert.InRange(terms[order].Length, phrase.Length - 2, phrase.Length + 2));
            var within = Enumerable.Range(0, terms.Count)
                .Where(order => Math.Abs(terms[order].Length - phrase.Length) <= 2 && EnglishTypoMatcher.Levenshtein(phrase, terms[order], 2) <= 2)
                .ToList();
            var missing = within.Except(candidates).Select(order => terms[order]).ToList();
            Assert.True(missing.Count == 0, $"'{phrase}': the index misses {string.Join(", ", missing)}");
            checkedPhrases++;
            reached += within.Count;
        }
        Assert.True(checkedPhrases > 200, $"only {checkedPhrases} phrases checked");
        Assert.True(reached > checkedPhrases / 2, $"only {reached} terms within two edits of {checkedPhrases} phrases: the property was hardly tried");
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Matcher_reads_every_question_as_the_walk_does(string catalog)
    {
        var lexicon = new CatalogLexicon(CatalogOf(catalog));
        var indexed = new EnglishTypoMatcher(lexicon);
        var walk = new EnglishTypoMatcher(lexicon, indexed: false);
        var terms = Terms(lexicon);
        var random = new Random(13);
        var found = 0;
        var compared = 0;
        foreach (var typo in Phrases(terms, random).Take(600))
        {
            foreach (var text in new[] { typo, $"{typo} by channel last month", $"what was the {typo} of tmall", $"gmv and {typo}" })
            {
                var blocked = new bool[text.Length];
                var expected = walk.Find(text, blocked);
                Assert.Equal(Describe(expected), Describe(indexed.Find(text, blocked)));
                // As FixTypos asks: a wider phrase around a part of the question.
                var middle = text.Length / 2;
                Func<int, int, bool> around = (start, end) => start <= middle && end > middle && end - start > 3;
                Assert.Equal(Describe(walk.Find(text, blocked, around)), Describe(indexed.Find(text, blocked, around)));
                compared++;
                if (expected is not null) found++;
            }
        }
        Assert.True(found > compared / 4, $"only {found} of {compared} questions had a typo read");
    }

    // Six- and seven-word names (a large catalog's "member jewelry daily average units per transaction") are read
    // whole when one word is mistyped; they used to go on to retrieval as unread words.
    [Fact]
    public void A_long_name_with_two_letters_swapped_is_read_as_that_name()
    {
        var lexicon = new CatalogLexicon(Generated.Value);
        var matcher = new EnglishTypoMatcher(lexicon);
        var names = Terms(lexicon).Where(t => t.Split(' ').Length >= 6).Take(60).ToArray();
        Assert.True(names.Length >= 20, $"only {names.Length} names of six words or more");
        foreach (var name in names)
        {
            var last = name.LastIndexOf(' ') + 1;
            if (name[last] == name[last + 1]) continue;
            var typo = name[..last] + name[last + 1] + name[last] + name[(last + 2)..];
            var text = $"{typo} by channel last month";
            var match = matcher.Find(text, new bool[text.Length]);
            Assert.True(match is not null, $"'{typo}' was not read");
            Assert.Equal(typo, match.Text);
            Assert.Equal(lexicon.Lookup(name).Select(e => e.Id), match.Entries.Select(e => e.Id));
        }
    }

    private static IReadOnlyList<string> Terms(CatalogLexicon lexicon) => lexicon.Terms
        .Where(t => t.Length >= 3 && t.All(c => c is >= 'a' and <= 'z' or ' ' or '-') && lexicon.Lookup(t).Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
        .ToArray();

    /// <summary>Terms with one and two edits of every kind (swaps, deletions, insertions, substitutions), and two terms' words mixed.</summary>
    private static IEnumerable<string> Phrases(IReadOnlyList<string> terms, Random random)
    {
        for (var round = 0; ; round++)
        {
            var term = terms[random.Next(terms.Count)];
            var once = Edit(term, random);
            yield return once;
            yield return Edit(once, random);
            var other = terms[random.Next(terms.Count)].Split(' ');
            var words = term.Split(' ');
            yield return string.Join(' ', words.Take(Math.Max(1, words.Length / 2)).Concat(other.Skip(other.Length / 2)));
            if (round > 100_000) yield break;
        }
    }

    private static string Edit(string term, Random random)
    {
        if (term.Length < 3) return term;
        var i = random.Next(term.Length - 1);
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => term[..i] + term[i + 1] + term[i] + term[(i + 2)..],
            1 => term.Remove(i, 1),
            2 => term.Insert(i, letter.ToString()),
            _ => term[..i] + letter + term[(i + 1)..],
        };
    }

    private static string Describe(TermMatch? m) =>
        m is null ? "none" : $"{m.Start}+{m.Length} {m.Text} {string.Join(",", m.Entries.Select(e => $"{e.Kind}:{e.Id}"))}";

    private static readonly string[] Scopes = ["east china", "north china", "online", "offline", "tmall", "owned store", "franchise store", "outlet", "member", "new customer"];
    private static readonly string[] Segments = ["apparel", "shoes", "beauty", "home", "food", "kidswear", "sports", "accessories", "bags", "jewelry", "stationery", "eyewear"];
    private static readonly string[] Modifiers = ["daily average", "cumulative", "net", "estimated", "actual", "target", "monthly", "weekly"];
    private static readonly (string Name, string Synonym)[] Nouns =
    [
        ("sales", "revenue"), ("orders", "order count"), ("average order value", "aov"), ("refund amount", "refunds"), ("refund rate", "refund ratio"),
        ("gross margin", "margin rate"), ("visitors", "traffic"), ("conversion rate", "cvr"), ("units per transaction", "upt"), ("active members", "actives"),
        ("discount amount", "discounts"), ("cancellation rate", "cancel rate"), ("paying customers", "buyers"), ("appointments", "bookings"),
    ];

    /// <summary>The demo catalog with <paramref name="count"/> metrics more, named scope × segment × modifier × noun, with an English synonym each.</summary>
    internal static SemanticCatalog GeneratedCatalog(SemanticCatalog demo, int count, int seed)
    {
        var random = new Random(seed);
        var template = demo.Metrics["gmv"];
        var metrics = new Dictionary<string, MetricDefinition>(demo.Metrics, StringComparer.Ordinal);
        var combinations = Scopes.Length * Segments.Length * Modifiers.Length * Nouns.Length;
        foreach (var n in Enumerable.Range(0, combinations).OrderBy(_ => random.Next()).Take(count))
        {
            var scope = Scopes[n % Scopes.Length];
            var segment = Segments[n / Scopes.Length % Segments.Length];
            var modifier = Modifiers[n / (Scopes.Length * Segments.Length) % Modifiers.Length];
            var noun = Nouns[n / (Scopes.Length * Segments.Length * Modifiers.Length)];
            var id = $"g{n:D5}";
            metrics[id] = template with
            {
                Id = id,
                Name = new LocalizedText($"生成指标{n}", $"{scope} {segment} {modifier} {noun.Name}"),
                Synonyms = [$"{scope} {segment} {noun.Synonym}"],
                Family = null,
                ReplacedBy = null,
            };
        }
        return demo with { Metrics = metrics, ContentHash = $"generated{count}seed{seed}".PadRight(64, '0') };
    }
}
