namespace MetricAssistant.Catalog.Model;

/// <summary>Where a model's table comes from: the source system, the upstream tables and the job that loads it.</summary>
public sealed record ModelLineage(string SourceSystem, IReadOnlyList<string> UpstreamTables, string Job, string? Schedule);
