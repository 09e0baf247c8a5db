using System.Globalization;
using System.Numerics;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// Compares the compiled query's result with the check query's, the way MetricFlow's own test does: the same
/// columns by name, the same rows (sorted first unless the case checks order), numbers within a small relative
/// tolerance, timestamps at midnight equal to dates. Returns null when equal, else what differs.
/// </summary>
public static class MfResultComparer
{
    private const double Tolerance = 1e-6;

    /// <param name="valueColumns">The expected columns holding metric values: rows are matched on the other columns first.</param>
    public static string? Compare(MfTable actual, IReadOnlyDictionary<string, string> names, MfTable expected, bool ordered, bool allowEmpty, IReadOnlySet<string>? valueColumns = null)
    {
        var expectedIndex = expected.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c.ToLowerInvariant(), x => x.i);
        var order = new int[expected.Columns.Count];
        Array.Fill(order, -1);
        for (var i = 0; i < actual.Columns.Count; i++)
        {
            var name = names.GetValueOrDefault(actual.Columns[i], actual.Columns[i]).ToLowerInvariant();
            if (!expectedIndex.TryGetValue(name, out var at))
                return $"column '{name}' is not in the check query's result ({string.Join(", ", expected.Columns)})";
            order[at] = i;
        }
        if (order.Any(o => o < 0))
            return $"the check query has columns the answer lacks: {string.Join(", ", expected.Columns.Where((_, i) => order[i] < 0))}";

        var left = actual.Rows.Select(r => order.Select(i => Normalize(r[i])).ToArray()).ToList();
        var right = expected.Rows.Select(r => r.Select(Normalize).ToArray()).ToList();
        if (left.Count == 0 && right.Count == 0) return allowEmpty ? null : "both results are empty";
        if (left.Count != right.Count) return $"{left.Count} rows, the check query has {right.Count}";
        if (!ordered)
        {
            var keyFirst = Enumerable.Range(0, expected.Columns.Count)
                .OrderBy(i => valueColumns?.Contains(expected.Columns[i].ToLowerInvariant()) == true ? 1 : 0).ToArray();
            left = [.. left.OrderBy(r => SortKey(keyFirst.Select(i => r[i]).ToArray()), StringComparer.Ordinal)];
            right = [.. right.OrderBy(r => SortKey(keyFirst.Select(i => r[i]).ToArray()), StringComparer.Ordinal)];
        }
        for (var r = 0; r < left.Count; r++)
            for (var c = 0; c < expected.Columns.Count; c++)
                if (!Same(left[r][c], right[r][c]))
                    return $"row {r + 1}, column '{expected.Columns[c]}': {Show(left[r][c])}, the check query has {Show(right[r][c])}";
        return null;
    }

    /// <summary>Numbers as double, times as text (a date when at midnight), booleans as true/false.</summary>
    internal static object? Normalize(object? value) => value switch
    {
        null or DBNull => null,
        bool b => b ? "true" : "false",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset o => Normalize(o.DateTime),
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        BigInteger big => (double)big,
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool Same(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (AsNumber(a) is { } x && AsNumber(b) is { } y) return Math.Abs(x - y) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));
        return string.Equals(a.ToString(), b.ToString(), StringComparison.Ordinal);
    }

    private static double? AsNumber(object value) => value switch
    {
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string SortKey(object?[] row) => string.Join('\u001f', row.Select(v => v switch
    {
        null => "\u0000",
        double d => Math.Round(d, 4).ToString("0.0000", CultureInfo.InvariantCulture).PadLeft(24, '0'),
        _ => v.ToString(),
    }));

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => $"'{value}'",
    };
}
