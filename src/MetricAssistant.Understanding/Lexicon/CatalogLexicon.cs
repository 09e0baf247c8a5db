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

    public CatalogLexicon(SemanticCatalog catalog)
    {
        foreach (var metric in catalog.Metrics.Values)
        {
            var entry = new LexiconEntry(TermKind.Metric, metric.Id);
            foreach (var term in new[] { metric.Id, metric.Id.Replace('_', ' '), metric.Name.Zh, metric.Name.En }.Concat(metric.Synonyms))
                Add(term, entry);
            // "GMV (paid)" is also said without its bracket, "净GMV (剔除优惠券)" as 净GMV.
            foreach (var name in new[] { metric.Name.Zh, metric.Name.En }.Where(n => n.Contains('(') || n.Contains('（')))
                Add(name[..name.IndexOfAny(['(', '（'])], entry);
        }
        foreach (var dimension in catalog.Dimensions.Values)
        {
            var entry = new LexiconEntry(TermKind.Dimension, dimension.Id);
            foreach (var term in new[] { dimension.Id.Replace('_', ' '), dimension.Name.Zh, dimension.Name.En }.Concat(dimension.Synonyms))
                Add(term, entry);
            foreach (var value in dimension.Values)
            {
                var valueEntry = new LexiconEntry(TermKind.DimensionValue, dimension.Id, value.Code);
                // Integer codes (store ids) are not words a question uses.
                var names = dimension.CodeType == ColumnType.Integer ? [] : new[] { value.Code, value.Code.Replace('_', ' ') };
                foreach (var term in names.Concat([value.Name.Zh, value.Name.En]).Concat(value.Synonyms))
                    Add(term, valueEntry);
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
        foreach (var term in catalog.UnsupportedTerms.SelectMany(u => u.Terms))
            Add(term, new LexiconEntry(TermKind.Unsupported, term));
        MaxTermLength = terms.Keys.Max(k => k.Length);
        lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxTermLength { get; }

    public IEnumerable<string> Terms => terms.Keys;

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
