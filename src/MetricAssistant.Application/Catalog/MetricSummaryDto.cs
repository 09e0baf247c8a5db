using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>A line of the catalog listing.</summary>
public sealed record MetricSummaryDto(
    string Id, LocalizedText Name, LocalizedText Owner, string Status, int Version, bool Official,
    string? Family, string? ReplacedBy, string Domain, string Unit, IReadOnlyList<string> Tags);
