using System.Globalization;
using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "近7天滚动GMV", "30-day moving GMV", "月初至今的GMV", "YTD GMV": a rolling or to-date word turns the metric the
/// question names into the catalog's cumulative metric over the same measure, filters and time column with that
/// window (the number of days read from the question, "近7天" included) or that grain to date. Read from the
/// catalog's definitions: no metric id is written here, and a metric without such a variant is left as it is.
/// </summary>
public sealed partial class CumulativeVariants(SemanticCatalog catalog)
{
    /// <summary>The metric to answer with instead, and the words that asked for it.</summary>
    public sealed record Variant(string MetricId, IReadOnlyList<(int Start, int Length)> Words);

    // The catalog's published cumulative metrics, found once: a question is not answered by a walk over every metric.
    private readonly Lazy<MetricDefinition[]> cumulatives = new(() =>
        [.. catalog.Metrics.Values.Where(m => m.IsPublished && m.Calculation is { Type: MetricType.Cumulative, Simple: not null })]);

    [GeneratedRegex(@"滚动|移动|\b(rolling|moving|trailing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RollingWord();

    // "近7天", "7日", "7-day", "7 days", "30天"; Chinese numerals are left to the time reader.
    [GeneratedRegex(@"(?<n>\d{1,3})\s*(天|日|-?\s*days?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Days();

    [GeneratedRegex(@"月累计", RegexOptions.IgnoreCase)]
    private static partial Regex MonthToDate();

    // Like 年初至今 below: "MTD GMV", "GMV month to date" name the period [1st, today), whose GMV is the same number
    // and keeps its family's other definitions; only in a trend ("MTD GMV by day") is the running total asked.
    [GeneratedRegex(@"月初至今|\bmonth[- ]to[- ]date\b|\bmtd\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthToDateInTrend();

    [GeneratedRegex(@"年累计|本年累计|\byear[- ]to[- ]date (total|running total)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearToDate();

    // 年初至今 / YTD / year to date name a period more often than a running total ("YTD 的 GMV 同比" is GMV over the
    // year so far): they ask for the year-to-date metric only in a trend ("今年每月的年初至今GMV").
    [GeneratedRegex(@"年初至今|\byear[- ]to[- ]date\b|\bytd\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearToDateInTrend();

    /// <param name="trend">Whether the question asks for a trend (a grain): then 年初至今 / YTD ask for the running total too.</param>
    public Variant? Find(string text, string metricId, bool trend)
    {
        if (catalog.FindMetric(metricId) is not { Calculation: { Type: MetricType.Simple, Simple: { } simple } }) return null;
        var variants = cumulatives.Value.Where(m => Same(simple, m.Calculation.Simple!)).ToArray();
        if (variants.Length == 0) return null;

        var rolling = RollingWord().Matches(text).ToArray();
        if (rolling.Length > 0)
        {
            var windowed = variants.Where(v => v.Calculation.Window is not null).ToArray();
            var days = Days().Matches(text).Select(m => (Match: m, N: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))).ToArray();
            var chosen = days.Length > 0
                ? windowed.FirstOrDefault(v => v.Calculation.Window is { Unit: TimeGrain.Day or TimeGrain.Week } w && days.Any(d => d.N == w.Days))
                : windowed.Length == 1 ? windowed[0] : null;
            if (chosen is not null)
                return new Variant(chosen.Id, [.. rolling.Select(m => (m.Index, m.Length)), .. days.Where(d => d.N == chosen.Calculation.Window!.Days).Select(d => (d.Match.Index, d.Match.Length))]);
        }
        foreach (var (pattern, grain, trendOnly) in new[] { (MonthToDate(), TimeGrain.Month, false), (MonthToDateInTrend(), TimeGrain.Month, true), (YearToDate(), TimeGrain.Year, false), (YearToDateInTrend(), TimeGrain.Year, true) })
        {
            if (trendOnly && !trend) continue;
            var words = pattern.Matches(text).ToArray();
            if (words.Length > 0 && variants.FirstOrDefault(v => v.Calculation.GrainToDate == grain) is { } toDate)
                return new Variant(toDate.Id, [.. words.Select(m => (m.Index, m.Length))]);
        }
        return null;
    }

    // A word that asks for the running total itself: "本月累计GMV", "cumulative GMV", "running total".
    [GeneratedRegex(@"累计|累积|\b(cumulative|running|accumulated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunningWord();

    /// <summary>
    /// The plain metric to answer with when a to-date metric was named by its own name ("GMV YTD", "年初至今GMV", "GMV month
    /// to date") in a question that asks for no trend and no running total: the period [start, today) of the plain metric is
    /// the same number, and the plain one is the definition people mean (the same reading as <see cref="Find"/>'s).
    /// </summary>
    public string? PlainOf(string text, string metricId, bool trend)
    {
        if (trend || RunningWord().IsMatch(text)) return null;
        if (catalog.FindMetric(metricId) is not { Calculation: { Type: MetricType.Cumulative, GrainToDate: not null, Simple: { } simple } }) return null;
        var plain = catalog.Metrics.Values.Where(m => m.IsPublished && m.Calculation is { Type: MetricType.Simple, Simple: { } s } && Same(s, simple)).ToArray();
        return (plain.FirstOrDefault(m => m.Official) ?? (plain.Length == 1 ? plain[0] : null))?.Id;
    }

    /// <summary>The same measure of the same model, on the same time column, under the same fixed filters.</summary>
    private static bool Same(SimpleCalculation a, SimpleCalculation b) =>
        a.Model == b.Model && a.Measure == b.Measure && a.TimeDimension == b.TimeDimension && a.Filters.Count == b.Filters.Count
        && a.Filters.Zip(b.Filters).All(p => p.First.Column.ToString() == p.Second.Column.ToString() && p.First.Operator == p.Second.Operator
            && p.First.Values.SequenceEqual(p.Second.Values, StringComparer.Ordinal));
}
