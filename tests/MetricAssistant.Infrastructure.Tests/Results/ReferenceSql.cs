namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// Hand-written SQL, independent of the compiler, for every demo metric by month over 2025 grouped by
/// the region of the spec (store's region; customer's region for members). Each query returns
/// (period, region, value). "{F}" is replaced by the metric's filter clause in the filtered variant,
/// or removed. Written once, portable to DuckDB and PostgreSQL.
/// </summary>
public static class ReferenceSql
{
    private const string From2025 = "TIMESTAMP '2025-01-01'";
    private const string Until2026 = "TIMESTAMP '2026-01-01'";

    private static string Month(string column) => $"CAST(date_trunc('month', CAST({column} AS TIMESTAMP)) AS DATE)";

    private static string InRange(string column) => $"{column} >= {From2025} AND {column} < {Until2026}";

    /// <summary>Orders aggregated by a time column, store region; "o" is orders, "s" stores.</summary>
    private static string Orders(string aggregate, string timeColumn, string where) =>
        $"SELECT {Month(timeColumn)} AS period, s.region_code AS region, {aggregate} AS value FROM orders o JOIN stores s ON s.store_id = o.store_id " +
        $"WHERE {InRange(timeColumn)} AND {where} {{F}} GROUP BY 1, 2";

    private static string Items(string aggregate) =>
        $"SELECT {Month("o.paid_time")} AS period, s.region_code AS region, {aggregate} AS value FROM order_items i JOIN orders o ON o.order_id = i.order_id " +
        $"JOIN stores s ON s.store_id = o.store_id JOIN products p ON p.product_id = i.product_id WHERE o.paid_time IS NOT NULL AND {InRange("o.paid_time")} {{F}} GROUP BY 1, 2";

    private const string GmvByMonth = "SELECT CAST(date_trunc('month', CAST(o.paid_time AS TIMESTAMP)) AS DATE) AS period, s.region_code AS region, SUM(o.pay_amount) AS v FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time IS NOT NULL AND o.paid_time >= TIMESTAMP '2025-01-01' AND o.paid_time < TIMESTAMP '2026-01-01' {F} GROUP BY 1, 2";

    /// <summary>Two aggregates on their own, joined on period and region, the first divided by the second.</summary>
    private static string Divide(string numerator, string denominator) =>
        "SELECT COALESCE(a.period, b.period) AS period, COALESCE(a.region, b.region) AS region, " +
        "CAST(COALESCE(a.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(b.v, 0), 0) AS value " +
        $"FROM ({numerator}) a FULL OUTER JOIN ({denominator}) b ON a.period = b.period AND a.region = b.region";

    private const string OnlineMarketplaces = "AND o.channel_code IN ('tmall', 'jd')";

    /// <summary>metric id → (SQL with {F}, the filter clause, the same filter as the contract's dimension and values; "!x" means not_in x).</summary>
    public static readonly IReadOnlyDictionary<string, (string Sql, string Filter, string Dimension, string[] Values)> Metrics =
        new Dictionary<string, (string, string, string, string[])>
        {
            ["gmv"] = (Orders("SUM(o.pay_amount)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["sales_amount_legacy"] = (Orders("SUM(o.pay_amount)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["gmv_ordered"] = (Orders("SUM(o.order_amount)", "o.order_time", "1 = 1"), "AND o.channel_code NOT IN ('store')", "channel", ["!store"]),
            ["gmv_net"] = (Orders("SUM(o.order_amount - o.discount_amount)", "o.order_time", "o.status <> 'cancelled'"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["order_count"] = (Orders("COUNT(*)", "o.order_time", "o.status <> 'cancelled'"), "AND s.store_type = 'flagship'", "store_type", ["flagship"]),
            ["paid_order_count"] = (Orders("COUNT(*)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["paying_customers"] = (Orders("COUNT(DISTINCT o.customer_id)", "o.paid_time", "o.paid_time IS NOT NULL"), "AND o.customer_id IN (SELECT customer_id FROM customers WHERE member_level = 'gold')", "member_level", ["gold"]),
            ["aov"] = (Orders("CAST(SUM(o.pay_amount) AS DOUBLE PRECISION) / COUNT(*)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["arppu"] = (Orders("CAST(SUM(o.pay_amount) AS DOUBLE PRECISION) / COUNT(DISTINCT o.customer_id)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["discount_amount"] = (Orders("SUM(o.discount_amount)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["refund_amount"] = (
                $"SELECT {Month("r.refund_time")} AS period, s.region_code AS region, SUM(r.refund_amount) AS value FROM refunds r JOIN orders o ON o.order_id = r.order_id JOIN stores s ON s.store_id = o.store_id WHERE {InRange("r.refund_time")} {{F}} GROUP BY 1, 2",
                OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["refund_rate"] = (
                Divide(
                    $"SELECT {Month("r.refund_time")} AS period, s.region_code AS region, SUM(r.refund_amount) AS v FROM refunds r JOIN orders o ON o.order_id = r.order_id JOIN stores s ON s.store_id = o.store_id WHERE {InRange("r.refund_time")} {{F}} GROUP BY 1, 2",
                    GmvByMonth),
                OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["cancel_rate"] = (Orders("CAST(SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS DOUBLE PRECISION) / COUNT(*)", "o.order_time", "1 = 1"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["units_sold"] = (Items("SUM(i.quantity)"), "AND p.category_code = 'beauty'", "category", ["beauty"]),
            ["item_sales"] = (Items("SUM(i.line_amount)"), "AND p.category_code IN ('apparel', 'shoes')", "category", ["apparel", "shoes"]),
            ["gross_profit"] = (Items("SUM(i.line_amount - i.quantity * p.unit_cost)"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
            ["gross_margin"] = (Items("CAST(SUM(i.line_amount - i.quantity * p.unit_cost) AS DOUBLE PRECISION) / SUM(i.line_amount)"), "AND p.category_code = 'food'", "category", ["food"]),
            ["new_customers"] = (
                $"SELECT {Month("c.signup_date")} AS period, c.region_code AS region, COUNT(*) AS value FROM customers c WHERE {InRange("c.signup_date")} {{F}} GROUP BY 1, 2",
                "AND c.member_level = 'gold'", "member_level", ["gold"]),
            ["total_customers"] = (
                "SELECT m.period, c.region_code AS region, COUNT(*) AS value " +
                "FROM (SELECT CAST(gs AS DATE) AS period FROM generate_series(TIMESTAMP '2025-01-01', TIMESTAMP '2025-12-01', INTERVAL '1 month') AS g(gs)) m " +
                "JOIN customers c ON c.signup_date < m.period + INTERVAL '1 month' WHERE 1 = 1 {F} GROUP BY 1, 2",
                "AND c.member_level IN ('silver', 'gold')", "member_level", ["silver", "gold"]),
            ["visitors"] = (
                $"SELECT {Month("t.traffic_date")} AS period, s.region_code AS region, SUM(t.visitors) AS value FROM store_traffic t JOIN stores s ON s.store_id = t.store_id WHERE {InRange("t.traffic_date")} {{F}} GROUP BY 1, 2",
                "AND t.channel_code IN ('tmall', 'jd')", "channel", ["tmall", "jd"]),
            ["conversion_rate"] = (
                Divide(
                    $"SELECT {Month("o.paid_time")} AS period, s.region_code AS region, COUNT(*) AS v FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time IS NOT NULL AND {InRange("o.paid_time")} {{F}} GROUP BY 1, 2",
                    $"SELECT {Month("t.traffic_date")} AS period, s.region_code AS region, SUM(t.visitors) AS v FROM store_traffic t JOIN stores s ON s.store_id = t.store_id WHERE {InRange("t.traffic_date")} {{F2}} GROUP BY 1, 2"),
                "AND s.store_type = 'outlet'", "store_type", ["outlet"]),
            ["appointment_count"] = (
                $"SELECT {Month("a.appointment_date")} AS period, s.region_code AS region, COUNT(*) AS value FROM appointments a JOIN stores s ON s.store_id = a.store_id WHERE a.status <> 'cancelled' AND {InRange("a.appointment_date")} {{F}} GROUP BY 1, 2",
                "AND s.store_type = 'flagship'", "store_type", ["flagship"]),
            ["appointment_conversion_rate"] = (
                $"SELECT {Month("a.appointment_date")} AS period, s.region_code AS region, CAST(COUNT(a.order_id) AS DOUBLE PRECISION) / COUNT(*) AS value FROM appointments a JOIN stores s ON s.store_id = a.store_id WHERE a.status <> 'cancelled' AND {InRange("a.appointment_date")} {{F}} GROUP BY 1, 2",
                "AND s.store_type = 'flagship'", "store_type", ["flagship"]),
            ["avg_headcount"] = (
                "SELECT period, region, AVG(total) AS value FROM (" +
                $"SELECT {Month("h.month")} AS period, h.month AS snapshot, s.region_code AS region, SUM(h.headcount) AS total FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id WHERE {InRange("h.month")} {{F}} GROUP BY 1, 2, 3" +
                ") x GROUP BY 1, 2",
                "AND s.store_type = 'standard'", "store_type", ["standard"]),
            ["revenue_per_staff"] = (
                Divide(
                    "SELECT CAST(date_trunc('month', CAST(o.paid_time AS TIMESTAMP)) AS DATE) AS period, s.region_code AS region, SUM(o.pay_amount) AS v FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time IS NOT NULL AND o.paid_time >= TIMESTAMP '2025-01-01' AND o.paid_time < TIMESTAMP '2026-01-01' {F} GROUP BY 1, 2",
                    $"SELECT {Month("h.month")} AS period, s.region_code AS region, SUM(h.headcount) AS v FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id WHERE {InRange("h.month")} {{F2}} GROUP BY 1, 2"),
                "AND s.store_type = 'standard'", "store_type", ["standard"]),
        }.Concat(MetricTypes()).ToDictionary();

    /// <summary>Each month of 2025 with its end, the day after its last (the moment a cumulative's value is read at).</summary>
    private const string Months2025 =
        "(SELECT CAST(gs AS DATE) AS period, CAST(gs + INTERVAL '1 month' AS DATE) AS period_end FROM generate_series(TIMESTAMP '2025-01-01', TIMESTAMP '2025-12-01', INTERVAL '1 month') AS g(gs)) m";

    /// <summary>Paid GMV (or orders) of the <paramref name="days"/> days before each month's end, by store region: a rolling window read independently.</summary>
    private static string RollingPaid(int days) =>
        $"SELECT m.period, s.region_code AS region, SUM(o.pay_amount) AS value FROM {Months2025} JOIN orders o ON o.paid_time >= m.period_end - INTERVAL '{days} days' AND o.paid_time < m.period_end " +
        "JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time IS NOT NULL {F} GROUP BY 1, 2";

    /// <summary>Paid GMV by month and region of 2024, labelled a year later (the same period last year for 2025's rows).</summary>
    private const string GmvLastYearByMonth = "SELECT CAST(date_trunc('month', CAST(o.paid_time AS TIMESTAMP)) + INTERVAL '1 year' AS DATE) AS period, s.region_code AS region, SUM(o.pay_amount) AS v FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time IS NOT NULL AND o.paid_time >= TIMESTAMP '2024-01-01' AND o.paid_time < TIMESTAMP '2025-01-01' {F} GROUP BY 1, 2";

    private const string RefundsByMonth = "SELECT CAST(date_trunc('month', CAST(r.refund_time AS TIMESTAMP)) AS DATE) AS period, s.region_code AS region, SUM(r.refund_amount) AS v FROM refunds r JOIN orders o ON o.order_id = r.order_id JOIN stores s ON s.store_id = o.store_id WHERE r.refund_time >= TIMESTAMP '2025-01-01' AND r.refund_time < TIMESTAMP '2026-01-01' {F} GROUP BY 1, 2";

    /// <summary>The metric types of issue #16, each written the plain way rather than the compiler's.</summary>
    /// <remarks>A method, not a field: <see cref="Metrics"/> is initialised first and reads it.</remarks>
    private static Dictionary<string, (string, string, string, string[])> MetricTypes() => new()
    {
        ["gmv_after_refunds"] = (
            "SELECT COALESCE(a.period, b.period) AS period, COALESCE(a.region, b.region) AS region, COALESCE(a.v, 0) - COALESCE(b.v, 0) AS value " +
            $"FROM ({GmvByMonth}) a FULL OUTER JOIN ({RefundsByMonth}) b ON a.period = b.period AND a.region = b.region",
            OnlineMarketplaces, "channel", ["tmall", "jd"]),
        ["gmv_yoy_growth"] = (
            "SELECT COALESCE(a.period, b.period) AS period, COALESCE(a.region, b.region) AS region, " +
            "CAST(COALESCE(a.v, 0) - COALESCE(b.v, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(b.v, 0), 0) AS value " +
            $"FROM ({GmvByMonth}) a FULL OUTER JOIN ({GmvLastYearByMonth}) b ON a.period = b.period AND a.region = b.region",
            OnlineMarketplaces, "channel", ["tmall", "jd"]),
        ["gmv_rolling_7d"] = (RollingPaid(7), OnlineMarketplaces, "channel", ["tmall", "jd"]),
        ["gmv_rolling_30d"] = (RollingPaid(30), "AND s.store_type = 'outlet'", "store_type", ["outlet"]),
        ["order_count_rolling_7d"] = (
            $"SELECT m.period, s.region_code AS region, COUNT(*) AS value FROM {Months2025} JOIN orders o ON o.order_time >= m.period_end - INTERVAL '7 days' AND o.order_time < m.period_end " +
            "JOIN stores s ON s.store_id = o.store_id WHERE o.status <> 'cancelled' {F} GROUP BY 1, 2",
            "AND o.channel_code NOT IN ('store')", "channel", ["!store"]),
        // Month to date at each month's end is the whole month.
        ["gmv_mtd"] = (Orders("SUM(o.pay_amount)", "o.paid_time", "o.paid_time IS NOT NULL"), OnlineMarketplaces, "channel", ["tmall", "jd"]),
        // Year to date at each month's end: the running sum of the months so far.
        ["gmv_ytd"] = (
            "SELECT period, region, SUM(v) OVER (PARTITION BY region ORDER BY period) AS value FROM (" + GmvByMonth + ") x",
            OnlineMarketplaces, "channel", ["tmall", "jd"]),
        // The period's last snapshot: by month, that month's.
        ["headcount_end"] = (
            $"SELECT {Month("h.month")} AS period, s.region_code AS region, SUM(h.headcount) AS value FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id WHERE {InRange("h.month")} {{F}} GROUP BY 1, 2",
            "AND s.store_type = 'standard'", "store_type", ["standard"]),
    };

    /// <summary>The SQL with the filter in place ({F2}, the second part's filter, is the same clause) or without it.</summary>
    public static string Render(string metric, bool filtered)
    {
        var (sql, filter, _, _) = Metrics[metric];
        return sql.Replace("{F2}", filtered ? filter : "").Replace("{F}", filtered ? filter : "");
    }
}
