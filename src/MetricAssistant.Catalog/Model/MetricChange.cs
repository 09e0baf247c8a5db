namespace MetricAssistant.Catalog.Model;

/// <summary>
/// One entry of a metric's version history: which version, when, who changed it and what changed.
/// Entries run oldest first; the last one is the metric's current <see cref="MetricDefinition.Version"/>.
/// </summary>
public sealed record MetricChange(int Version, DateOnly Date, string Author, LocalizedText Summary);
