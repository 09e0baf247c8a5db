using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>One metric's four layers and its governance, as the catalog pages and the API show it.</summary>
public sealed record MetricDetailDto(
    MetricSummaryDto Summary,
    LocalizedText Definition,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> TypicalQuestions,
    CalculationDto Calculation,
    IReadOnlyList<string> Dimensions,
    string DefaultWindow,
    string Format,
    MetricLineage? Lineage,
    IReadOnlyList<ModelLineageDto> Models);

public sealed record CalculationDto(string Type, string Text, IReadOnlyList<string> Inputs);

public sealed record ModelLineageDto(string Model, string Table, IReadOnlyList<string> Columns, ModelLineage? Lineage);
