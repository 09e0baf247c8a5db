using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>A dimension with its display names and the names of its codes (empty when the catalog lists none).</summary>
public sealed record DimensionDto(string Id, LocalizedText Name, IReadOnlyList<DimensionValueDto> Values);

public sealed record DimensionValueDto(string Code, LocalizedText Name);
