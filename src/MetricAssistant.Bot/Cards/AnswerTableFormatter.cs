using System.Globalization;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Bot.Cards;

/// <summary>
/// An answer's columns and rows as people read them: dimension names instead of codes, the metric's name
/// and format (万/亿, thousands/millions, percentages), periods cut to the grain.
/// </summary>
public sealed class AnswerTableFormatter(SemanticCatalog catalog, CardText text)
{
    public IReadOnlyList<string> Headers(Answer answer) => answer.Columns.Select(c => Header(c.Name)).ToArray();

    public IReadOnlyList<bool> Numeric(Answer answer) =>
        answer.Columns.Select(c => c.Type is "decimal" or "number" or "integer" or "bigint" or "double").ToArray();

    public IReadOnlyList<string> Row(Answer answer, IReadOnlyList<object?> row) =>
        answer.Columns.Select((c, i) => Cell(answer, c, i < row.Count ? row[i] : null)).ToArray();

    public string Header(string column)
    {
        if (column is "period" or "time" or "date") return text.Period;
        if (catalog.FindDimension(column) is { } dimension) return dimension.Name.For(text.Language);
        foreach (var (suffix, label) in new[] { ("_change_pct", text.ChangePct), ("_previous", text.Previous), ("_change", text.Change) })
            if (column.EndsWith(suffix, StringComparison.Ordinal) && catalog.FindMetric(column[..^suffix.Length]) is { } m)
                return $"{m.Name.For(text.Language)} {label}";
        return catalog.FindMetric(column) is { } metric ? metric.Name.For(text.Language) : column;
    }

    public string Cell(Answer answer, ColumnDto column, object? value)
    {
        if (catalog.FindDimension(column.Name) is not null)
            return value is null ? "—" : AnswerLabels.ValueName(catalog, column.Name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", text.Language);
        if (column.Type is "date" or "timestamp" || column.Name == "period")
            return Period(value, answer.Query?.Grain);
        if (column.Name.EndsWith("_change_pct", StringComparison.Ordinal))
            return value is null ? "—" : NumberFormatter.Format(value, "percent", text.Language);
        var metricId = MetricOf(column.Name);
        if (metricId is not null && catalog.FindMetric(metricId) is { } metric)
            return NumberFormatter.Format(value, metric.Format, text.Language);
        return value is null ? "—" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }

    private string? MetricOf(string column)
    {
        if (catalog.FindMetric(column) is not null) return column;
        foreach (var suffix in new[] { "_previous", "_change" })
            if (column.EndsWith(suffix, StringComparison.Ordinal)) return column[..^suffix.Length];
        return null;
    }

    /// <summary>2025-06-01 at grain month → 2025-06; at quarter → 2025 Q2; at year → 2025.</summary>
    private static string Period(object? value, string? grain)
    {
        DateTime? date = value switch
        {
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            DateTime d => d,
            DateTimeOffset d => d.DateTime,
            string s when DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            _ => null,
        };
        if (date is not { } t) return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "—";
        return AnswerLabels.Period(DateOnly.FromDateTime(t), grain) ?? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
