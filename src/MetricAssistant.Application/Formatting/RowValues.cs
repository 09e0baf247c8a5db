using System.Globalization;
using System.Text.Json;

namespace MetricAssistant.Application.Formatting;

/// <summary>
/// A row value read as a number or as text: rows built in-process hold decimal/long/double/string, rows read
/// back from JSON hold <see cref="JsonElement"/>.
/// </summary>
public static class RowValues
{
    public static double? Number(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        decimal m => (double)m,
        long or int or short or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The value as text; null for a missing value (JSON null included).</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement e => e.GetRawText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A period's first day from an ISO date or timestamp (text, DateOnly or DateTime); null when it is none.</summary>
    public static DateOnly? Date(object? value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        DateTimeOffset d => DateOnly.FromDateTime(d.DateTime),
        _ when Text(value) is { } s && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => DateOnly.FromDateTime(d),
        _ => null,
    };
}
