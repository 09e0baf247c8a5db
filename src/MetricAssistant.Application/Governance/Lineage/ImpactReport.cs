using MetricAssistant.Application.Audit;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// What changing a table or column would touch (GET /api/lineage/impact): what the <c>table</c> parameter matched,
/// every metric that uses it directly (<c>via</c> measure, filter, time_dimension, dimension, model or lineage) or
/// through a metric it is built from (<c>via</c> that metric's id), and who asked about those metrics in the last
/// <see cref="AskedDays"/> days, most first — null when the caller may not see who asked (<see cref="AskedByNote"/> says why).
/// </summary>
public sealed record ImpactReport(
    ImpactTarget Matched,
    IReadOnlyList<ImpactedMetric> Metrics,
    IReadOnlyList<AskerCount>? AskedBy,
    int AskedDays,
    DateTimeOffset AskedFrom,
    DateTimeOffset AskedTo,
    string? AskedByNote);

/// <summary>
/// What the <c>table</c> parameter named: <c>model</c> (a model id), <c>table</c> (a warehouse table) or <c>upstream</c>
/// (an upstream table of a lineage block), the models it stands for, and the column when one was asked about.
/// </summary>
public sealed record ImpactTarget(string Kind, string Name, IReadOnlyList<string> Models, string? Column);

/// <summary>A metric the change reaches: <see cref="Via"/> is how it uses the table or column, or the metric it goes through.</summary>
public sealed record ImpactedMetric(string Id, string Via, bool Direct, LocalizedText Name, LocalizedText Owner, string Status, int Version);
