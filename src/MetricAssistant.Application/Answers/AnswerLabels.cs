using System.Globalization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Answers;

/// <summary>How an answer's periods and codes read on a card, a chart or a page: one rule for every door.</summary>
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
}
