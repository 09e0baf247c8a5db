using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// One aggregation over one model, computed on its own and joined to the others on the shared
/// dimensions and periods: this is what keeps ratios, distinct counts and multi-fact metrics correct.
/// </summary>
public sealed record PlannedComponent(
    SemanticModel Model,
    MeasureDefinition Measure,
    TimeDimension Time,
    IReadOnlyList<ColumnFilter> FixedFilters,
    bool Cumulative)
{
    public string Key => $"{Model.Id}|{Measure.Name}|{Time.Name}|{Cumulative}|{string.Join(";", FixedFilters.Select(f => $"{f.Column}:{f.Operator}:{string.Join(",", f.Values)}"))}";

    /// <summary>A snapshot (semi-additive) or a running total has a value at a moment; a flow of events does not.</summary>
    public bool HasValueAtEnd => Measure.SemiAdditive is not null || Cumulative;

    /// <summary>Sums and counts of nothing are zero, not unknown.</summary>
    public bool ZeroWhenEmpty => Measure.SemiAdditive is null && Measure.Aggregation is Aggregation.Sum or Aggregation.Count or Aggregation.CountDistinct;
}
