using System.Data.Common;
using System.Globalization;
using System.Numerics;
using MetricAssistant.Compiler;

namespace MetricAssistant.Infrastructure.Warehouse;

/// <summary>
/// Reads result rows into JSON-friendly values the same way for every engine: dates as ISO strings,
/// integers as long, money as decimal, ratios as double.
/// </summary>
internal static class RowReader
{
    /// <returns>The rows, or null when there are more than <paramref name="limit"/>.</returns>
    public static async Task<List<IReadOnlyList<object?>>?> ReadAsync(DbDataReader reader, IReadOnlyList<OutputColumn> columns, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (rows.Count == limit) return null;
            var row = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++) row[i] = Normalize(reader.IsDBNull(i) ? null : reader.GetValue(i), columns[i].Type);
            rows.Add(row);
        }
        return rows;
    }

    public static object? Normalize(object? value, string type) => value switch
    {
        null => null,
        DateTime d when type == "date" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        BigInteger b when type == "integer" => (long)b,
        BigInteger b => (decimal)b,
        int or long or short or byte or sbyte or ushort or uint when type == "decimal" => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        int or long or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        decimal m when type == "integer" => (long)m,
        decimal m when type == "number" => (double)m,
        double or float when type == "decimal" => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        float f => (double)f,
        _ => value,
    };
}
