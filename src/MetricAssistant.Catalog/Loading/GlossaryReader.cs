using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Reads glossary documents (catalog/glossary/): "ambiguous_terms:" entries list words and the metrics
/// they could mean, e.g. <c>- { terms: [转化率, conversion rate], metrics: [conversion_rate, appointment_conversion_rate] }</c>;
/// "not_in_catalog:" entries list words for measures the catalog does not have (<c>condition: true</c>: a
/// circumstance such as the weather, not a measure).
/// </summary>
internal static class GlossaryReader
{
    public static (IReadOnlyList<AmbiguousTerm> Ambiguous, IReadOnlyList<UnsupportedTerm> Unsupported) Read(YamlNodeReader document)
    {
        var r = document.WithContext("glossary");
        r.Known("ambiguous_terms", "not_in_catalog");
        var ambiguous = r.Sequence("ambiguous_terms", "ambiguous term").Select(item =>
        {
            item.Known("terms", "metrics", "note");
            return new AmbiguousTerm(item.Strings("terms", required: true), item.Strings("metrics", required: true), item.String("note"), item.Location);
        }).ToList();
        var unsupported = r.Sequence("not_in_catalog", "unsupported term").Select(item =>
        {
            item.Known("terms", "note", "condition", "nearest");
            return new UnsupportedTerm(item.Strings("terms", required: true), item.String("note"), item.Location)
            {
                Condition = item.Bool("condition", false),
                Nearest = item.Strings("nearest"),
            };
        }).ToList();
        return (ambiguous, unsupported);
    }

    /// <summary>Every metric a "not in the catalog" entry offers as nearest exists.</summary>
    public static void Validate(IReadOnlyList<UnsupportedTerm> terms, CatalogDraft draft, ProblemSink problems)
    {
        foreach (var term in terms)
            foreach (var id in term.Nearest.Where(id => draft.Metric(id) is null))
                problems.Add(term.Source, CatalogProblemCodes.UnknownMetric, $"not_in_catalog entry offers unknown metric '{id}' as nearest",
                    DidYouMean.Suggest(id, draft.Metrics.Select(m => m.Id)));
    }

    public static void Validate(IReadOnlyList<AmbiguousTerm> terms, CatalogDraft draft, ProblemSink problems)
    {
        // Each word's first claimant among the metrics, found once: a scan of every metric per glossary word was minutes on a 100k catalog.
        Dictionary<string, MetricDefinition>? owners = null;
        foreach (var term in terms)
        {
            if (term.Metrics.Count < 2)
                problems.Add(term.Source, CatalogProblemCodes.InvalidField, "an ambiguous term needs at least two metrics to choose between");
            foreach (var id in term.Metrics.Where(id => draft.Metric(id) is null))
                problems.Add(term.Source, CatalogProblemCodes.UnknownMetric, $"ambiguous term lists unknown metric '{id}'",
                    DidYouMean.Suggest(id, draft.Metrics.Select(m => m.Id)));
            // A metric's own name or listed synonym means that metric: the glossary may only catch words no metric claims.
            foreach (var word in term.Terms)
            {
                owners ??= Owners(draft.Metrics);
                var owner = owners.GetValueOrDefault(Key(word));
                if (owner is not null)
                    problems.Add(term.Source, CatalogProblemCodes.AmbiguousOwnName,
                        $"ambiguous term '{word}' is the name or a synonym of metric '{owner.Id}', so it means that metric",
                        $"remove '{word}' from the glossary entry, or from the synonyms of '{owner.Id}' if it truly is ambiguous");
            }
        }
    }

    private static IEnumerable<string> OwnWords(MetricDefinition metric) => new[] { metric.Id, metric.Name.Zh, metric.Name.En }.Concat(metric.Synonyms);

    // Words are the same without their white space and whatever their case.
    private static Dictionary<string, MetricDefinition> Owners(IEnumerable<MetricDefinition> metrics)
    {
        var owners = new Dictionary<string, MetricDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var metric in metrics)
            foreach (var word in OwnWords(metric))
                owners.TryAdd(Key(word), metric);
        return owners;
    }

    private static string Key(string word) => new(word.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
