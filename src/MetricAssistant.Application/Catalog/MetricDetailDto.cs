using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>One metric's four layers and its governance, as the catalog pages and the API show it.</summary>
/// <remarks><see cref="Dimensions"/> stays the list of ids; <see cref="DimensionDetails"/> adds their names and
/// value names so a page can show 华东 / East China where the data has <c>east</c>.</remarks>
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
    IReadOnlyList<ModelLineageDto> Models,
    IReadOnlyList<ChangelogEntryDto> Changelog,
    IReadOnlyList<DimensionDto> DimensionDetails)
{
    /// <summary>For a deprecated metric: the date it is to be retired (yyyy-MM-dd), when set.</summary>
    public string? Sunset { get; init; }
}

public sealed record CalculationDto(string Type, string Text, IReadOnlyList<string> Inputs);

public sealed record ModelLineageDto(string Model, string Table, IReadOnlyList<string> Columns, ModelLineage? Lineage);
