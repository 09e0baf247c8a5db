namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Words for measures the catalog does not govern (库存, 坪效, weather): a question built on them is
/// answered "not found" rather than with the nearest metric that happens to share a word.
/// </summary>
public sealed record UnsupportedTerm(IReadOnlyList<string> Terms, string? Note, SourceLocation Source);
