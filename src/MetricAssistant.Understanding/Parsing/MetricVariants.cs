using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The metric a question's own words make of the one it names: "近7天滚动GMV" the catalog's rolling metric, "GMV YTD" with no
/// trend the plain metric over the period to date, "期末在岗人数" the plain snapshot metric at the period end.
/// </summary>
public sealed class MetricVariants(SemanticCatalog catalog)
{
    private readonly CumulativeVariants cumulative = new(catalog);
    private readonly SnapshotVariants snapshots = new(catalog);

    /// <param name="Cumulative">The rolling or to-date metric the words asked for, with the words; null when none.</param>
    /// <param name="AtPeriodEnd">Whether the metric is asked at the period's end (a last-snapshot metric read as its plain one).</param>
    public sealed record Reading(IReadOnlyList<string> Metrics, CumulativeVariants.Variant? Cumulative, bool AtPeriodEnd);

    /// <param name="periodNamed">Whether the question names its period (to-date words then are that period).</param>
    public Reading Read(string text, IReadOnlyList<string> metrics, bool trend, bool periodNamed)
    {
        if (metrics.Count != 1) return new Reading(metrics, null, false);
        if (cumulative.Find(text, metrics[0], trend) is { } variant) return new Reading([variant.MetricId], variant, false);
        var metric = periodNamed ? cumulative.PlainOf(text, metrics[0], trend) ?? metrics[0] : metrics[0];
        return snapshots.PlainOf(metric) is { } snapshot ? new Reading([snapshot], null, true) : new Reading([metric], null, false);
    }
}
