using System.Text.Json;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Audit;

/// <summary>The data watermark of an answer: how far each source table's data went (<c>{"orders.fact_orders":"2025-07-14T23:59:00"}</c>), from its freshness.</summary>
public static class AuditWatermark
{
    public static IReadOnlyDictionary<string, string?> Of(FreshnessDto freshness) =>
        new SortedDictionary<string, string?>(
            freshness.Sources.GroupBy(s => $"{s.Model}.{s.Table}", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().DataUntil, StringComparer.Ordinal),
            StringComparer.Ordinal);

    public static string Write(FreshnessDto freshness) => JsonSerializer.Serialize(Of(freshness), AuditJson.Options);

    public static IReadOnlyDictionary<string, string?> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new Dictionary<string, string?>();
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json, AuditJson.Options) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string?>();
        }
    }
}
