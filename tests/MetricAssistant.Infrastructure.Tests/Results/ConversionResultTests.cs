using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// Conversion metrics (appointment → payment by the same customer within N days) on both engines against SQL written
/// another way: each payment is tied to its customer's latest qualifying appointment by NOT EXISTS (no later one in the
/// window; on the same day the smaller group wins, as the compiler's tie-break does), not by a window function.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ConversionResultTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private async Task<Answer> RunAsync(string engine, QueryDto query)
    {
        var answer = await fixture.Service(engine).RunAsync(new QueryRequest(query, "ceo"), CancellationToken.None);
        Assert.True(answer.Status == AnswerStatus.Answered, $"{answer.Status}: {answer.Message}");
        return answer;
    }

    private static List<object?[]> Rows(Answer answer) => answer.Rows.Select(r => r.ToArray()).ToList();

    /// <summary>Both value columns (buyers, then the rate) against the expected ones, by the first column.</summary>
    private static void SameBuyersAndRates(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual)
    {
        ResultAssert.SameRows(expected, actual, 1);
        ResultAssert.SameRows(expected.Select(r => new[] { r[0], r[2] }).ToList(), actual.Select(r => new[] { r[0], r[2] }).ToList(), 1);
    }

    /// <summary>Per group: customers with an appointment in the range, and those of them tied to a payment within <paramref name="days"/>.</summary>
    private static string Expected(string group, string from, string to, int days)
    {
        var window = days.ToString(CultureInfo.InvariantCulture);
        return
            "WITH a AS (SELECT ap.customer_id, ap.appointment_date AS d, " + group + " AS g FROM appointments ap JOIN stores s ON s.store_id = ap.store_id " +
            $"WHERE ap.status <> 'cancelled' AND ap.appointment_date >= DATE '{from}' AND ap.appointment_date < DATE '{to}'), " +
            "p AS (SELECT customer_id, CAST(paid_time AS DATE) AS d FROM orders WHERE paid_time IS NOT NULL), " +
            "hit AS (SELECT a.g, p.customer_id FROM p JOIN a ON a.customer_id = p.customer_id AND a.d <= p.d " +
            $"AND a.d > p.d - INTERVAL '{window} days' WHERE NOT EXISTS (SELECT 1 FROM a a2 WHERE a2.customer_id = p.customer_id " +
            $"AND a2.d <= p.d AND a2.d > p.d - INTERVAL '{window} days' AND (a2.d > a.d OR (a2.d = a.d AND a2.g < a.g)))), " +
            "base AS (SELECT g, COUNT(DISTINCT customer_id) AS n FROM a GROUP BY g), " +
            "conv AS (SELECT g, COUNT(DISTINCT customer_id) AS n FROM hit GROUP BY g) " +
            "SELECT base.g, COALESCE(conv.n, 0), CAST(COALESCE(conv.n, 0) AS DOUBLE PRECISION) / base.n FROM base LEFT JOIN conv ON conv.g = base.g";
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Purchase_rate_by_region_ties_each_payment_to_the_latest_appointment_within_7_days(string engine)
    {
        var answer = await RunAsync(engine, new(["appointment_buyers", "appointment_purchase_rate"], ["region"], [], new("2025-07-01", "2025-10-01")));
        var expected = await fixture.RawAsync(engine, Expected("s.region_code", "2025-07-01", "2025-10-01", 7));
        Assert.Equal(5, expected.Count);
        SameBuyersAndRates(expected, Rows(answer));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_window_asked_by_the_query_replaces_the_default(string engine)
    {
        var fourteen = await RunAsync(engine, new(["appointment_buyers", "appointment_purchase_rate"], ["store_type"], [], new("2025-07-01", "2025-10-01"), ConversionWindow: "14 days"));
        var expected = await fixture.RawAsync(engine, Expected("s.store_type", "2025-07-01", "2025-10-01", 14));
        SameBuyersAndRates(expected, Rows(fourteen));

        // A longer window only ever adds buyers.
        var seven = await RunAsync(engine, new(["appointment_buyers"], ["store_type"], [], new("2025-07-01", "2025-10-01")));
        foreach (var row in Rows(seven))
            Assert.True(ResultAssert.Number(row[1]) <= ResultAssert.Number(Rows(fourteen).Single(r => Equals(r[0], row[0]))[1]), $"{row[0]}: 7 days > 14 days");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Monthly_rows_count_each_buyer_in_the_month_of_the_appointment(string engine)
    {
        var answer = await RunAsync(engine, new(["appointment_buyers", "appointment_purchase_rate"], [], [], new("2025-01-01", "2025-07-01"), "month"));
        var expected = await fixture.RawAsync(engine, Expected("CAST(date_trunc('month', CAST(ap.appointment_date AS TIMESTAMP)) AS DATE)", "2025-01-01", "2025-07-01", 7));
        Assert.Equal(6, expected.Count);
        SameBuyersAndRates(expected, Rows(answer));
    }
}
