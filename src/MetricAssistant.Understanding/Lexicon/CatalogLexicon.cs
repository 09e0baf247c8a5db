using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// Every word the catalog gives for its metrics, dimensions and values (names in both languages,
/// synonyms, codes), normalised, so that a question can be scanned for them longest-first.
/// </summary>
public sealed class CatalogLexicon
{
    private readonly Dictionary<string, List<LexiconEntry>> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconEntry>>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Dictionary<string, int> dimensionSizes = new(StringComparer.Ordinal);

    public CatalogLexicon(SemanticCatalog catalog)
    {
        foreach (var metric in catalog.Metrics.Values)
        {
            var entry = new LexiconEntry(TermKind.Metric, metric.Id);
            foreach (var term in new[] { metric.Id, metric.Id.Replace('_', ' '), metric.Name.Zh, metric.Name.En }.Concat(metric.Synonyms))
                Add(term, entry);
            // "GMV (paid)" is also said without its bracket, "净GMV (剔除优惠券)" as 净GMV.
            // The bracket's words written into the name ("销售额旧口径", "旧口径销售额", "paid GMV") are the same name too.
            foreach (var name in new[] { metric.Name.Zh, metric.Name.En }.Where(n => n.Contains('(') || n.Contains('（')))
            {
                var open = name.IndexOfAny(['(', '（']);
                var close = name.IndexOfAny([')', '）'], open);
                Add(name[..open], entry);
                if (close <= open + 1) continue;
                var (head, qualifier) = (name[..open].Trim(), name[(open + 1)..close].Trim());
                var space = char.IsAsciiLetter(head[^1]) || char.IsAsciiLetter(qualifier[0]) ? " " : "";
                Add(head + space + qualifier, entry);
                Add(qualifier + space + head, entry);
            }
        }
        var plurals = new List<(string Term, LexiconEntry Entry)>();
        foreach (var dimension in catalog.Dimensions.Values)
        {
            var entry = new LexiconEntry(TermKind.Dimension, dimension.Id);
            dimensionSizes[dimension.Id] = dimension.Values.Count;
            // (The id as written too: "store_type 维度", code-switched the way values are by their codes.)
            foreach (var term in new[] { dimension.Id, dimension.Id.Replace('_', ' '), dimension.Name.Zh, dimension.Name.En }.Concat(dimension.Synonyms))
                Add(term, entry);
            foreach (var value in dimension.Values)
            {
                var valueEntry = new LexiconEntry(TermKind.DimensionValue, dimension.Id, value.Code);
                // Integer codes (store ids) are not words a question uses.
                var names = dimension.CodeType == ColumnType.Integer ? [] : new[] { value.Code, value.Code.Replace('_', ' ') };
                foreach (var term in names.Concat([value.Name.Zh, value.Name.En]).Concat(value.Synonyms))
                    Add(term, valueEntry);
                if (dimension.CodeType != ColumnType.Integer)
                    plurals.AddRange(new[] { value.Name.En }.Concat(value.Synonyms).Select(Plural).OfType<string>().Select(p => (p, valueEntry)));
            }
        }
        // A word the glossary calls ambiguous means its choices, whatever single metric also claims it.
        foreach (var ambiguous in catalog.AmbiguousTerms)
        {
            foreach (var term in ambiguous.Terms)
            {
                var key = TextNormalizer.Normalize(term);
                if (key.Length == 0) continue;
                terms[key] = ambiguous.Metrics.Select(id => new LexiconEntry(TermKind.AmbiguousMetric, id)).ToList();
            }
        }
        foreach (var unsupported in catalog.UnsupportedTerms)
            foreach (var term in unsupported.Terms)
                Add(term, new LexiconEntry(unsupported.Condition ? TermKind.Condition : TermKind.Unsupported, term));
        AddRateVariants();
        // "outlets", "gold members", "flagships": English values said in the plural, unless the plural is a word of its own.
        foreach (var (term, entry) in plurals.Where(p => !terms.ContainsKey(TextNormalizer.Normalize(p.Term))).ToList())
            Add(term, entry);
        MaxTermLength = terms.Keys.Max(k => k.Length);
        lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A lexicon kept in a <see cref="ReaderTableSnapshot"/>: its terms in their order, each with its entries, as built.</summary>
    internal CatalogLexicon(IReadOnlyList<(string Term, List<LexiconEntry> Entries)> kept, IEnumerable<KeyValuePair<string, int>> sizes, int maxTermLength)
    {
        terms = new Dictionary<string, List<LexiconEntry>>(kept.Count, StringComparer.Ordinal);
        foreach (var (term, entries) in kept) terms.Add(term, entries);
        foreach (var (dimension, size) in sizes) dimensionSizes.Add(dimension, size);
        MaxTermLength = maxTermLength;
        lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest term when the catalog's words were read (terms added afterwards do not change it).</summary>
    public int MaxTermLength { get; }

    /// <summary>How many values each dimension lists, for a <see cref="ReaderTableSnapshot"/>.</summary>
    internal IReadOnlyDictionary<string, int> DimensionSizes => dimensionSizes;

    /// <summary>
    /// A rate said with another word for "rate": 退款百分比 / 退款的比例 / "refund %" / "cancel rate percent" mean
    /// 退款率 / refund rate; and a rate built on another name of its base measure: 毛利润率 (毛利润 is 毛利) is 毛利率.
    /// A variant means what its rate term means, ambiguity included, and never replaces a word of its own.
    /// </summary>
    private void AddRateVariants()
    {
        var variants = new List<(string Key, List<LexiconEntry> Entries)>();
        // The Chinese names of each meaning, found once: a scan of every term per rate was quadratic in a 100k catalog.
        Dictionary<string, List<string>>? namesByMeaning = null;
        foreach (var (key, entries) in terms)
        {
            if (!entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric)) continue;
            if (key.Length >= 3 && key.EndsWith('率') && TextNormalizer.IsCjk(key[^2]))
            {
                var stem = key[..^1];
                variants.AddRange(new[] { "比例", "比率", "百分比", "的比例", "的百分比", "的占比" }.Select(w => (stem + w, entries)));
                // 毛利率 → 毛利润率, 销售毛利率: the stem is a whole other metric's name, so are its other names.
                if (Existing(stem) is { } measure && !measure.SequenceEqual(entries) && measure.All(e => e.Kind == TermKind.Metric))
                    variants.AddRange((NamesByMeaning().GetValueOrDefault(Meaning(measure)) ?? []).Select(name => (name + "率", entries)));
            }
            else if (key.EndsWith(" rate", StringComparison.Ordinal) && key.All(c => c < 128))
            {
                var stem = key[..^" rate".Length];
                variants.AddRange(new[] { " %", "%", " percent", " percentage", " ratio", " rate %" }.Select(w => (stem + w, entries)));
            }
        }
        foreach (var (key, entries) in variants)
            terms.TryAdd(key, [.. entries]);

        List<LexiconEntry>? Existing(string key) => terms.TryGetValue(key, out var found) ? found : null;

        Dictionary<string, List<string>> NamesByMeaning()
        {
            if (namesByMeaning is not null) return namesByMeaning;
            namesByMeaning = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (key, entries) in terms.Where(t => t.Key.All(TextNormalizer.IsCjk)))
            {
                var meaning = Meaning(entries);
                if (!namesByMeaning.TryGetValue(meaning, out var names)) namesByMeaning[meaning] = names = [];
                names.Add(key);
            }
            return namesByMeaning;
        }

        static string Meaning(List<LexiconEntry> entries) => string.Join('\n', entries.Select(e => $"{e.Kind}\t{e.Id}\t{e.Code}"));
    }

    /// <summary>"outlet" → "outlets", "grocery" → "groceries"; null for words that are not plain Latin or end in s, x, ch or sh.</summary>
    public static string? Plural(string term)
    {
        var word = term.Trim();
        if (word.Length < 3 || !word.All(c => char.IsAsciiLetter(c) || c is ' ' or '-')) return null;
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith("ch", StringComparison.Ordinal) || lower.EndsWith("sh", StringComparison.Ordinal)) return null;
        return lower.EndsWith('y') && !"aeiou".Contains(lower[^2]) ? word[..^1] + "ies" : word + "s";
    }

    public IEnumerable<string> Terms => terms.Keys;

    /// <summary>How many terms the lexicon holds.</summary>
    public int Count => terms.Count;

    /// <summary>How many values the catalog lists for a dimension (0 for an unknown one).</summary>
    public int ValueCount(string dimension) => dimensionSizes.GetValueOrDefault(dimension);

    public IReadOnlyList<LexiconEntry> Lookup(ReadOnlySpan<char> term) => lookup.TryGetValue(term, out var entries) ? entries : [];

    /// <summary>Adds a term of the project's own (group-by words, spoken variants) next to the catalog's.</summary>
    public void Add(string term, LexiconEntry entry)
    {
        var key = TextNormalizer.Normalize(term);
        if (key.Length == 0) return;
        if (!terms.TryGetValue(key, out var list)) terms[key] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
    }
}
