using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// Where a metric's numbers come from (GET /api/lineage/metrics/{id}): the models it reads (<see cref="LineageModel.Role"/>
/// <c>fact</c> for the ones its calculations aggregate, however deep; <c>joined</c> for the ones it reaches through
/// joins), every column its definition and the definitions it is built from read, the upstream tables and jobs
/// (the <c>lineage:</c> blocks of the metric, its inputs and those models), and the metrics it is built from, each
/// with its own lineage.
/// </summary>
public sealed record MetricLineageReport(
    string Id,
    LocalizedText Name,
    string Type,
    int Version,
    string Status,
    LocalizedText Owner,
    IReadOnlyList<LineageModel> Models,
    IReadOnlyList<ColumnUse> Columns,
    IReadOnlyList<string> UpstreamTables,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<string> SourceSystems,
    MetricLineage? Lineage,
    IReadOnlyList<LineageInput> Inputs)
{
    /// <summary>How far the data of its source tables goes now (organisation clock), when the warehouse can tell; null inside inputs.</summary>
    public FreshnessDto? Freshness { get; init; }
}

/// <summary>A model of a metric's lineage with its own <c>lineage:</c> block (source system, upstream tables, job, schedule).</summary>
public sealed record LineageModel(string Id, string Table, string Role, string? SourceSystem, IReadOnlyList<string> UpstreamTables, string? Job, string? Schedule);

/// <summary>A metric a ratio or derived metric is built from: the operand it fills (numerator, denominator or its name) and its lineage.</summary>
public sealed record LineageInput(string Operand, MetricLineageReport Metric);
