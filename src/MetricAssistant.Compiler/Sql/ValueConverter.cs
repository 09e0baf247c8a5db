using System.Globalization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>Turns a code or catalog value into the CLR value bound for a column of the given type.</summary>
internal static class ValueConverter
{
    public static object ToParameter(string value, ColumnType type) => type switch
    {
        ColumnType.Integer => long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture),
        ColumnType.Decimal => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture),
        ColumnType.Double => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        ColumnType.Boolean => bool.Parse(value),
        ColumnType.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue),
        ColumnType.Timestamp => DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None),
        _ => value,
    };

    /// <summary>A catalog-controlled value written into SQL text (the labels of a mapped dimension).</summary>
    public static string ToLiteral(string value, ColumnType type, SqlDialect dialect) => type switch
    {
        ColumnType.Boolean => bool.Parse(value) ? "TRUE" : "FALSE",
        ColumnType.Integer => long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => dialect.StringLiteral(value),
    };
}
