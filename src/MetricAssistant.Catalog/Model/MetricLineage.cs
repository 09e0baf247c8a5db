namespace MetricAssistant.Catalog.Model;

/// <summary>Where a metric's numbers come from, for people tracing a figure back to its source.</summary>
public sealed record MetricLineage(string SourceSystem, IReadOnlyList<string> UpstreamTables, string Job);
