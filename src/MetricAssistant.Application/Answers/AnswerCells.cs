using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Answers;

/// <summary>
/// One cell as people read it, by its column's role: a period cut to the grain (2025-06, 2025 Q2), a dimension
/// code by its name, a metric's number in its format (万/亿, thousands/millions), a change rate signed (+11.76%).
/// </summary>
public static class AnswerCells
{
    public const string Missing = "—";

    /// <summary>The number format of a column, or null when it holds no number (a period or a dimension).</summary>
    public static ValueFormat? FormatOf(SemanticCatalog catalog, ColumnDto column) => column.Role switch
    {
        ColumnRole.ChangePct => ValueFormat.Ratio,
        ColumnRole.Value or ColumnRole.Previous or ColumnRole.Change =>
            column.Metric is { } id && catalog.FindMetric(id) is { } metric ? ValueFormat.For(metric) : new ValueFormat("", "decimal", 2),
        _ => null,
    };

    public static string Text(SemanticCatalog catalog, ColumnDto column, object? value, string? grain, string language)
    {
        switch (column.Role)
        {
            case ColumnRole.Time:
                if (RowValues.Date(value) is not { } date) return RowValues.Text(value) ?? Missing;
                return AnswerLabels.Period(date, grain) ?? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            case ColumnRole.Dimension:
                return RowValues.Text(value) is { } code ? AnswerLabels.ValueName(catalog, column.Dimension ?? column.Name, code, language) : Missing;
            case ColumnRole.ChangePct:
                return RowValues.Number(value) is { } ratio ? NumberFormatter.SignedPercent(ratio) : Missing;
            default:
                return NumberFormatter.Format(RowValues.Number(value), FormatOf(catalog, column)!, language, NumberStyle.Words);
        }
    }
}
