using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "期末在岗人数", "closing headcount": a metric defined as a snapshot measure's last value in the period is read as the
/// plain snapshot metric of the same column asked at the period end (<c>at: period_end</c>), as "上个月末的在岗人数" is
/// — the same number, one reading for either wording. Found from the catalog's measures; no metric id is written here.
/// </summary>
public sealed class SnapshotVariants(SemanticCatalog catalog)
{
    /// <summary>The plain snapshot metric to answer with at the period end instead of <paramref name="metricId"/>, or null.</summary>
    public string? PlainOf(string metricId)
    {
        if (catalog.FindMetric(metricId) is not { Calculation: { Type: MetricType.Simple, Simple: { } simple } }) return null;
        var model = catalog.FindModel(simple.Model);
        if (model?.FindMeasure(simple.Measure) is not { SemiAdditive: { Choice: WindowChoice.Max } last } measure) return null;
        var plain = catalog.Metrics.Values.Where(m => m.IsPublished && m.Official && m.Calculation is { Type: MetricType.Simple, Simple: { } s }
            && s.Model == simple.Model && s.TimeDimension == simple.TimeDimension && s.Filters.SequenceEqual(simple.Filters)
            && model.FindMeasure(s.Measure) is { SemiAdditive: { Choice: null } averaged } other
            && averaged.TimeDimension == last.TimeDimension && other.Aggregation == measure.Aggregation && other.Expression == measure.Expression).ToArray();
        return plain.Length == 1 ? plain[0].Id : null;
    }
}
