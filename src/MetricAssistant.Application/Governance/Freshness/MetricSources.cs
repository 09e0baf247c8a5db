using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Freshness;

/// <summary>
/// The source tables a metric's numbers depend on, however deep it is built, and the schedule it is expected to keep.
/// A calculation's source is the table its time dimension's column lives in (through joins), read by that table's
/// <c>freshness:</c> settings: its load log when it has one, else its <c>time_column</c>, else that column.
/// </summary>
public static class MetricSources
{
    public static IReadOnlyList<FreshnessSource> Of(SemanticCatalog catalog, MetricDefinition metric)
    {
        var sources = new List<FreshnessSource>();
        foreach (var simple in Calculations(catalog, metric))
        {
            if (catalog.FindModel(simple.Model) is not { } model || model.FindTimeDimension(simple.TimeDimension) is not { } time) continue;
            var owner = model;
            foreach (var join in time.Column.Joins)
            {
                if (owner.FindJoin(join) is not { } step || catalog.FindModel(step.Model) is not { } next) { owner = null; break; }
                owner = next;
            }
            if (owner is null) continue;
            var settings = owner.Freshness;
            var source = settings?.LoadLog is { } log
                ? new FreshnessSource(owner.Id, owner.Table, null, log)
                : new FreshnessSource(owner.Id, owner.Table, settings?.TimeColumn ?? time.Column.Column, null);
            if (!sources.Contains(source)) sources.Add(source);
        }
        return sources;
    }

    /// <summary>
    /// How often new data is expected: the metric's own <c>freshness.expected_every</c>, else the slowest schedule of the
    /// models it reads (a ratio over a monthly table keeps the monthly rhythm), else daily.
    /// </summary>
    public static (TimeSpan Every, string Text) Expected(SemanticCatalog catalog, MetricDefinition metric)
    {
        if (metric.Freshness is { ExpectedEvery: { } own, ExpectedText: { } text }) return (own, text);
        var models = catalog.Reach.For(metric).Models.Select(m => m.Freshness).OfType<FreshnessExpectation>()
            .Where(f => f.ExpectedEvery is not null).OrderByDescending(f => f.ExpectedEvery).FirstOrDefault();
        return models is null ? (FreshnessExpectation.DefaultEvery, "1d") : (models.ExpectedEvery!.Value, models.ExpectedText!);
    }

    private static IEnumerable<SimpleCalculation> Calculations(SemanticCatalog catalog, MetricDefinition metric) =>
        new[] { metric }.Concat(catalog.Reach.For(metric).Inputs).SelectMany(Own);

    private static IEnumerable<SimpleCalculation> Own(MetricDefinition metric)
    {
        var calc = metric.Calculation;
        if (calc.Type is MetricType.Simple or MetricType.Cumulative) return calc.Simple is null ? [] : [calc.Simple];
        return calc.Inputs.Select(i => i.Inline).OfType<SimpleCalculation>();
    }
}
