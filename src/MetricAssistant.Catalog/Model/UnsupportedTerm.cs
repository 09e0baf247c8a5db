namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Words for measures the catalog does not govern (库存, 坪效): a question built on them is answered "not found"
/// rather than with the nearest metric that happens to share a word. A <see cref="Condition"/> (weather) is a
/// circumstance the warehouse does not record rather than a measure: "下雨天的GMV" names GMV, so it is answered
/// and says the condition was not taken into account; the condition alone is still "not found".
/// <see cref="Nearest"/> names the governed metrics a "not found" answer offers first (page views → visitors),
/// where the nearest reading is known to the catalog's owners rather than left to retrieval.
/// </summary>
public sealed record UnsupportedTerm(IReadOnlyList<string> Terms, string? Note, SourceLocation Source)
{
    public bool Condition { get; init; }

    public IReadOnlyList<string> Nearest { get; init; } = [];
}
