using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// Every demo metric, by month over 2025 grouped by region, with and without a filter, through the
/// query service (as POST /api/query runs it), equals the hand-written SQL — on DuckDB and on PostgreSQL.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class MetricResultTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Cases() =>
        from metric in ReferenceSql.Metrics.Keys
        from engine in new[] { "duckdb", "postgres" }
        from filtered in new[] { false, true }
        select new object[] { metric, engine, filtered };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Metric_by_month_and_region_equals_hand_written_sql(string metric, string engine, bool filtered)
    {
        var service = fixture.Service(engine);
        var (_, _, dimension, values) = ReferenceSql.Metrics[metric];
        var filter = values[0].StartsWith('!')
            ? new QueryFilterDto(dimension, "not_in", values.Select(v => v.TrimStart('!')).ToArray())
            : new QueryFilterDto(dimension, "in", values);
        var request = new QueryRequest(new QueryDto(
            [metric], ["region"], filtered ? [filter] : [], new TimeRangeDto("2025-01-01", "2026-01-01"), "month"), "ceo");

        var answer = await service.RunAsync(request, CancellationToken.None);

        Assert.True(answer.Status == AnswerStatus.Answered, $"{answer.Status}: {answer.Message}");
        var expected = await fixture.RawAsync(engine, ReferenceSql.Render(metric, filtered));
        Assert.NotEmpty(expected);
        ResultAssert.SameRows(expected, answer.Rows.Select(r => r.ToArray()).ToList(), keyColumns: 2);
        Assert.Equal(["period", "region"], answer.Columns.Take(2).Select(c => c.Name));
        var periods = answer.Rows.Select(r => (string)r[0]!).ToList();
        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
    }
}

/// <summary>Compares result sets keyed by their first columns, numbers within a relative tolerance.</summary>
public static class ResultAssert
{
    public static void SameRows(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual, int keyColumns)
    {
        var e = ToMap(expected, keyColumns);
        var a = ToMap(actual, keyColumns);
        // Groups only the answer has must hold nothing (a ratio's zero numerator), never a number the data lacks.
        foreach (var key in a.Keys.Except(e.Keys)) Assert.True(a[key] is null or 0d, $"unexpected row {key} = {a[key]}");
        foreach (var (key, value) in e)
        {
            Assert.True(a.ContainsKey(key), $"missing row {key} (expected {value})");
            Close(value, a[key], key);
        }
    }

    public static void Close(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True((expected ?? 0) == (actual ?? 0), $"{what}: expected {expected}, got {actual}");
            return;
        }
        var tolerance = Math.Max(1e-9, Math.Abs(expected.Value) * 1e-9);
        Assert.True(Math.Abs(expected.Value - actual.Value) <= tolerance, $"{what}: expected {expected}, got {actual}");
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static double? Number(object? value) => value switch
    {
        null => null,
        System.Numerics.BigInteger b => (double)b,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, double?> ToMap(IReadOnlyList<object?[]> rows, int keyColumns) =>
        rows.ToDictionary(r => string.Join("|", r.Take(keyColumns).Select(Text)), r => Number(r[keyColumns]));
}
