namespace MetricAssistant.Application.Audit;

/// <summary>Folds per user and metric counts into <see cref="AskerCount"/>s, most first: the one ordering every store shares.</summary>
public static class AskerCounts
{
    public static IReadOnlyList<AskerCount> Combine(IEnumerable<(string User, string Metric, int Count)> rows) =>
        rows.GroupBy(r => r.User, StringComparer.Ordinal)
            .Select(g => new AskerCount(g.Key, g.Sum(r => r.Count), g.Select(r => r.Metric).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.User, StringComparer.Ordinal)
            .ToArray();
}
