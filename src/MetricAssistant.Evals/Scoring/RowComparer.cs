using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// Compares result rows: numbers within a relative tolerance (1e-9 by default), everything else by its
/// invariant text (dates as yyyy-MM-dd). Rows compare in order when <c>ordered</c>, else as a multiset.
/// </summary>
public static class RowComparer
{
    public const double DefaultTolerance = 1e-9;

    /// <returns>Whether the rows match and, when not, where they first differ.</returns>
    public static (bool Match, string? Detail) Compare(
        IReadOnlyList<IReadOnlyList<object?>> expected, IReadOnlyList<IReadOnlyList<object?>> actual, bool ordered, double tolerance = DefaultTolerance)
    {
        if (expected.Count != actual.Count) return (false, $"expected {expected.Count} rows, got {actual.Count}.");
        var want = expected.Select(Normalize).ToList();
        var got = actual.Select(Normalize).ToList();
        if (!ordered)
        {
            want.Sort(CompareRows);
            got.Sort(CompareRows);
        }
        for (var i = 0; i < want.Count; i++)
        {
            if (!SameRow(want[i], got[i], tolerance))
                return (false, $"row {i + 1}{(ordered ? "" : " (sorted)")}: expected [{Show(want[i])}], got [{Show(got[i])}].");
        }
        return (true, null);
    }

    private static bool SameRow(object?[] a, object?[] b, double tolerance)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            var same = (a[i], b[i]) switch
            {
                (null, null) => true,
                (double x, double y) => Close(x, y, tolerance),
                (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
                (bool x, bool y) => x == y,
                _ => false,
            };
            if (!same) return false;
        }
        return true;
    }

    public static bool Close(double x, double y, double tolerance = DefaultTolerance)
    {
        if (x.Equals(y)) return true;
        if (double.IsNaN(x) || double.IsNaN(y) || double.IsInfinity(x) || double.IsInfinity(y)) return false;
        var scale = Math.Max(Math.Abs(x), Math.Abs(y));
        return Math.Abs(x - y) <= Math.Max(tolerance * scale, 1e-12);
    }

    /// <summary>Numbers become double, dates ISO text, JSON elements their value; other values their invariant text.</summary>
    public static object? NormalizeValue(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        bool b => b,
        double d => d,
        float f => (double)f,
        decimal m => (double)m,
        long or int or short or byte or sbyte or ulong or uint or ushort => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        BigInteger big => (double)big,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.TimeOfDay == TimeSpan.Zero ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.ToString("O", CultureInfo.InvariantCulture),
        JsonElement json => FromJson(json),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString() is { } s && DateTime.TryParseExact(s, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) && t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : json.GetString(),
        _ => json.GetRawText(),
    };

    private static object?[] Normalize(IReadOnlyList<object?> row) => row.Select(NormalizeValue).ToArray();

    /// <summary>A total order for sorting rows before a multiset comparison (nulls, then bools, numbers, text).</summary>
    private static int CompareRows(object?[] a, object?[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = CompareValues(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int CompareValues(object? a, object? b)
    {
        var rank = Rank(a).CompareTo(Rank(b));
        if (rank != 0) return rank;
        return (a, b) switch
        {
            (double x, double y) => x.CompareTo(y),
            (bool x, bool y) => x.CompareTo(y),
            (string x, string y) => string.CompareOrdinal(x, y),
            _ => 0,
        };
    }

    private static int Rank(object? value) => value switch { null => 0, bool => 1, double => 2, _ => 3 };

    private static string Show(object?[] row) => string.Join(", ", row.Select(v => v switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => v.ToString(),
    }));
}
