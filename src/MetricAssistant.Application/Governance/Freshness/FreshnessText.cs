using System.Globalization;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Governance.Freshness;

/// <summary>The freshness line of an answer's message: "数据更新至 2025-12-31。" / "Data up to 2025-12-31.", with a warning when stale.</summary>
public static class FreshnessText
{
    public static string Describe(FreshnessDto freshness, TimeSpan every, bool zh)
    {
        var day = freshness.DataUntil.Length >= 10 ? freshness.DataUntil[..10] : freshness.DataUntil;
        if (!freshness.Stale) return zh ? $"数据更新至 {day}。" : $"Data up to {day}.";
        return zh
            ? $"数据更新至 {day}（已超过{Zh(every)}更新一次的预期，最近的数据可能缺失）。"
            : $"Data up to {day} (older than the expected update {En(every)}; recent data may be missing).";
    }

    private static string Zh(TimeSpan every) => every switch
    {
        { TotalDays: 1 } => "每天",
        { TotalDays: 7 } => "每周",
        { TotalDays: >= 1 } when every.TotalDays % 1 == 0 => $"每{every.TotalDays.ToString(CultureInfo.InvariantCulture)}天",
        { TotalHours: >= 1 } when every.TotalHours % 1 == 0 => $"每{every.TotalHours.ToString(CultureInfo.InvariantCulture)}小时",
        _ => $"每{every.TotalMinutes.ToString(CultureInfo.InvariantCulture)}分钟",
    };

    private static string En(TimeSpan every) => every switch
    {
        { TotalDays: 1 } => "daily",
        { TotalDays: 7 } => "weekly",
        { TotalDays: >= 1 } when every.TotalDays % 1 == 0 => $"every {every.TotalDays.ToString(CultureInfo.InvariantCulture)} days",
        { TotalHours: >= 1 } when every.TotalHours % 1 == 0 => $"every {every.TotalHours.ToString(CultureInfo.InvariantCulture)} hours",
        _ => $"every {every.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes",
    };
}
