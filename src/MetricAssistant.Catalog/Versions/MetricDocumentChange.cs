using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Versions;

/// <summary>One changelog entry as written in a metric document (<c>{ version: 2, date: …, author: …, summary: { zh, en } }</c>).</summary>
public sealed record MetricDocumentChange(int Version, string? Date, string? Author, LocalizedText? Summary);
