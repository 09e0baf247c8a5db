using System.Globalization;
using System.Text.Json;

namespace MetricAssistant.Load;

/// <summary>
/// A stream of requests: the same question again and again, or a different one each time (a different time range,
/// region, metric or split, so a different compiled query and cache key). All as the demo user <c>ceo</c>.
/// </summary>
public sealed class Workload(string name, Func<long, LoadRequest> make)
{
    private const string Now = "2025-07-15T10:00:00";
    private static readonly DateOnly FirstDay = new(2024, 1, 1);
    private static readonly string[] Metrics = ["GMV", "订单数", "客单价", "退款金额"];
    private static readonly string[] Regions = ["华东", "华北", "华南", "西南", "华中"];
    private static readonly string[] Splits = ["", "各渠道", "各城市"];
    private long next;

    public string Name { get; } = name;

    public LoadRequest Next() => make(Interlocked.Increment(ref next) - 1);

    public static Workload RepeatedAsk() => new("ask repeated", _ => Ask("上个月华东区各渠道的GMV"));

    /// <summary>1,440 different questions (4 metrics × 5 regions × 24 months × 3 splits), starting at <paramref name="offset"/>.</summary>
    public static Workload DistinctAsk(long offset) => new("ask distinct", i =>
    {
        var n = i + offset;
        var month = FirstDay.AddMonths((int)(n / 60 % 24));
        return Ask($"{month.Year}年{month.Month}月{Regions[n % 5]}{Splits[n / 5 % 3]}的{Metrics[n / 15 % 4]}");
    });

    /// <summary>GMV by region and month over 2025 (60 rows), the "year-by-month structured query".</summary>
    public static Workload RepeatedQuery() => new("query repeated", _ => Query(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), "month"));

    /// <summary>GMV by region over 43,800 different ranges (each start day of 2024–2025 × 60 lengths), from <paramref name="offset"/>.</summary>
    public static Workload DistinctQuery(long offset) => new("query distinct", i =>
    {
        var n = (i + offset) % (730 * 60);
        var start = FirstDay.AddDays((int)(n % 730));
        return Query(start, start.AddDays(1 + (int)(n / 730)), null);
    });

    /// <summary>The range a distinct query asked for, as <see cref="LoadRequest.Key"/> holds it.</summary>
    public static string RangeKey(DateOnly start, DateOnly end) =>
        start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LoadRequest Ask(string question) =>
        new("/api/ask", JsonSerializer.SerializeToUtf8Bytes(new { question, user = "ceo", now = Now }), question);

    private static LoadRequest Query(DateOnly start, DateOnly end, string? grain)
    {
        var body = new
        {
            query = new { metrics = new[] { "gmv" }, groupBy = new[] { "region" }, timeRange = new { start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, grain },
            user = "ceo",
            now = Now,
        };
        return new("/api/query", JsonSerializer.SerializeToUtf8Bytes(body), RangeKey(start, end));
    }

    public override string ToString() => Name;
}
