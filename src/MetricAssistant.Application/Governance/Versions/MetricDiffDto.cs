using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// <c>GET /api/metrics/{id}/diff?from=2&amp;to=3</c>: the definition's fields that differ (<c>{ path, from, to }</c>,
/// paths as the YAML names them), whether they change what the metric computes, and the compiled SQL of a reference
/// query (<see cref="Reference"/>) under each version.
/// </summary>
public sealed record MetricDiffDto(
    string MetricId,
    int From,
    int To,
    IReadOnlyList<FieldChange> Fields,
    bool ChangesComputation,
    DiffSqlDto Sql,
    ReferenceQueryDto Reference);
