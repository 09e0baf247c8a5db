namespace MetricAssistant.Understanding.Examples;

/// <summary>
/// Known wordings by their masked key (<see cref="ExampleKeys"/>): the same key is the same question, and a
/// key sharing most of its character pairs with a known one is a close question. Immutable; on the same key
/// the example given later wins.
/// </summary>
public sealed class ExampleBook
{
    private readonly Dictionary<string, QuestionExample> exact = new(StringComparer.Ordinal);
    private readonly List<(HashSet<int> Pairs, QuestionExample Example)> entries = [];
    private readonly Dictionary<int, List<int>> postings = [];

    private ExampleBook()
    {
    }

    public static readonly ExampleBook Empty = new();

    public int Count => exact.Count;

    public static ExampleBook Build(IEnumerable<QuestionExample> examples, ExampleKeys keys)
    {
        var book = new ExampleBook();
        foreach (var example in examples)
        {
            var key = keys.Of(example.Wording);
            if (key.Length < ExampleKeys.MinLength || example.Metrics.Count == 0) continue;
            book.exact[key] = example;
        }
        foreach (var (key, example) in book.exact)
        {
            var pairs = Pairs(key);
            foreach (var pair in pairs)
            {
                if (!book.postings.TryGetValue(pair, out var list)) book.postings[pair] = list = [];
                list.Add(book.entries.Count);
            }
            book.entries.Add((pairs, example));
        }
        return book;
    }

    /// <summary>The example with exactly this key, or null.</summary>
    public QuestionExample? Find(string key) =>
        key.Length >= ExampleKeys.MinLength && exact.TryGetValue(key, out var example) ? example : null;

    /// <summary>The example whose key is most alike (Dice over character pairs), when at least <paramref name="minimum"/>.</summary>
    public (QuestionExample Example, double Similarity)? Nearest(string key, double minimum)
    {
        if (key.Length < ExampleKeys.MinLength || entries.Count == 0 || minimum > 1) return null;
        var pairs = Pairs(key);
        // An example this alike shares at least minimum·|P|/(2 − minimum) of the key's |P| pairs (Dice ≥ minimum, and it
        // has no more pairs in common than it has), so it has one of the key's rarest |P| − that + 1 pairs: only their
        // examples are counted (a large catalog's typical questions share common pairs by the ten thousand).
        var needed = Math.Max(1, (int)Math.Floor(minimum * pairs.Count / (2 - minimum) - 1e-9));
        var probed = pairs.Select(p => postings.TryGetValue(p, out var list) ? list : []).OrderBy(l => l.Count).Take(Math.Max(1, pairs.Count - needed + 1));
        var candidates = new SortedSet<int>();
        foreach (var list in probed) candidates.UnionWith(list);
        (QuestionExample Example, double Similarity)? best = null;
        foreach (var entry in candidates)
        {
            var count = pairs.Count(entries[entry].Pairs.Contains);
            var similarity = 2.0 * count / (pairs.Count + entries[entry].Pairs.Count);
            if (similarity >= minimum && (best is null || similarity > best.Value.Similarity)) best = (entries[entry].Example, similarity);
        }
        return best;
    }

    private static HashSet<int> Pairs(string key)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < key.Length; i++) pairs.Add(key[i] << 16 | key[i + 1]);
        return pairs;
    }
}
