using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// A question that found nothing because it names a retired metric is told so: retired metrics are never answered
/// (and not indexed), so without this the asker would only hear "no metric matches".
/// </summary>
public static class RetiredMention
{
    /// <summary>The retired metric whose name or synonym the question contains (the longest such word wins), or null.</summary>
    public static MetricDefinition? In(SemanticCatalog catalog, string question) =>
        catalog.Metrics.Values.Where(m => m.Status == MetricStatus.Retired)
            .SelectMany(m => new[] { m.Name.Zh, m.Name.En }.Concat(m.Synonyms).Where(w => w.Length >= 2).Select(w => (Metric: m, Word: w)))
            .Where(x => question.Contains(x.Word, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(x => x.Word.Length).ThenBy(x => x.Metric.Id, StringComparer.Ordinal)
            .Select(x => x.Metric).FirstOrDefault();

    /// <summary>"“下单GMV”已退役，不再回答。请改用“支付GMV”。" / "Ordered GMV is retired and no longer answered; use GMV (paid) instead."</summary>
    public static string Message(SemanticCatalog catalog, MetricDefinition retired, bool zh)
    {
        var successor = retired.ReplacedBy is { } id ? catalog.FindMetric(id) : null;
        successor = successor is { IsPublished: true } ? successor : successor is null ? null : catalog.SuccessorOf(successor.Id);
        return zh
            ? $"“{retired.Name.Zh}”已退役，不再回答。{(successor is null ? "" : $"请改用“{successor.Name.Zh}”。")}"
            : $"{retired.Name.En} is retired and no longer answered{(successor is null ? "." : $"; use {successor.Name.En} instead.")}";
    }
}
