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
        if (key.Length < ExampleKeys.MinLength || entries.Count == 0) return null;
        var pairs = Pairs(key);
        var shared = new Dictionary<int, int>();
        foreach (var pair in pairs)
            if (postings.TryGetValue(pair, out var list))
                foreach (var entry in list) shared[entry] = shared.GetValueOrDefault(entry) + 1;
        (QuestionExample Example, double Similarity)? best = null;
        foreach (var (entry, count) in shared.OrderBy(p => p.Key))
        {
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
