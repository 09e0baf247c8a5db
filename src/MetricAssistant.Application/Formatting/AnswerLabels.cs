using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Formatting;

/// <summary>How an answer's columns, periods and codes read on a card, a chart or a page: one rule for every door.</summary>
public static class AnswerLabels
{
    /// <summary>A period start at its grain: 2025-06-01 → "2025-06" (month), "2025 Q2" (quarter), "2025" (year); null below a month.</summary>
    public static string? Period(DateOnly start, string? grain) => grain switch
    {
        "year" => start.ToString("yyyy", CultureInfo.InvariantCulture),
        "quarter" => $"{start.Year} Q{(start.Month + 2) / 3}",
        "month" => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A dimension code's name in the language ("east" → 华东 / East China); the code itself when the catalog has no such value.</summary>
    public static string ValueName(SemanticCatalog catalog, string dimension, string code, string language) =>
        catalog.FindDimension(dimension)?.FindValue(code)?.Name.For(language) ?? code;

    /// <summary>A column's header: 时间 / Period, the dimension's name, the metric's name, or the metric's name and what it compares (上期, 变化, 变化率).</summary>
    public static string Column(SemanticCatalog catalog, ColumnDto column, string language)
    {
        var zh = NumberFormatter.IsChinese(language);
        string MetricName() => column.Metric is { } id && catalog.FindMetric(id) is { } metric ? metric.Name.For(language) : column.Metric ?? column.Name;
        return column.Role switch
        {
            ColumnRole.Time => zh ? "时间" : "Period",
            ColumnRole.Dimension => catalog.FindDimension(column.Dimension ?? column.Name)?.Name.For(language) ?? column.Name,
            ColumnRole.Value => MetricName(),
            ColumnRole.Previous => $"{MetricName()} {(zh ? "上期" : "Previous")}",
            ColumnRole.Change => $"{MetricName()} {(zh ? "变化" : "Change")}",
            _ => $"{MetricName()} {(zh ? "变化率" : "Change %")}",
        };
    }
}
