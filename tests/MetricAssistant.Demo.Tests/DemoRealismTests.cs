namespace MetricAssistant.Demo.Tests;

/// <summary>The demo data looks like a business: seasonality, weekends, growth, regions, a long tail.</summary>
[Collection(DemoWarehouseCollection.Name)]
public sealed class DemoRealismTests(DemoWarehouseFixture db)
{
    [Fact]
    public void About_a_million_orders_per_unit_of_scale()
    {
        var orders = db.Long("SELECT count(*) FROM orders");
        Assert.InRange(orders, 1_000_000 * DemoWarehouseFixture.Scale * 0.95, 1_000_000 * DemoWarehouseFixture.Scale * 1.05);
        var customers = db.Long("SELECT count(*) FROM customers");
        Assert.InRange(customers / (double)orders, 0.25, 0.35);
        Assert.InRange(db.Long("SELECT count(*) FROM products"), 900, 1100);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void November_and_June_are_peaks(int year)
    {
        var monthly = db.Rows($"SELECT month(order_time), count(*) FROM orders WHERE year(order_time) = {year} GROUP BY 1")
            .ToDictionary(r => Convert.ToInt32(r[0]), r => Convert.ToDouble(r[1]));
        var average = monthly.Values.Average();
        Assert.True(monthly[11] > average * 1.2, $"November {monthly[11]} vs average {average}");
        Assert.True(monthly[11] == monthly.Values.Max(), "November is the biggest month");
        Assert.True(monthly[6] > average * 1.1, $"June {monthly[6]} vs average {average}");
        // Double 11 itself and 618 itself stand out among the days
        var day1111 = db.Long($"SELECT count(*) FROM orders WHERE CAST(order_time AS DATE) = DATE '{year}-11-11'");
        var day618 = db.Long($"SELECT count(*) FROM orders WHERE CAST(order_time AS DATE) = DATE '{year}-06-18'");
        var daily = db.Double($"SELECT count(*) / 365.0 FROM orders WHERE year(order_time) = {year}");
        Assert.True(day1111 > daily * 2.5, $"11/11 {day1111} vs {daily} a day");
        Assert.True(day618 > daily * 1.7, $"6/18 {day618} vs {daily} a day");
    }

    [Fact]
    public void Spring_festival_dips_store_orders()
    {
        long Store(string from, string to) =>
            db.Long($"SELECT count(*) FROM orders WHERE channel_code = 'store' AND order_time >= TIMESTAMP '{from}' AND order_time < TIMESTAMP '{to}'");
        var jan24 = Store("2024-01-01", "2024-02-01");
        var feb24 = Store("2024-02-01", "2024-03-01");
        var mar24 = Store("2024-03-01", "2024-04-01");
        Assert.True(feb24 < jan24 && feb24 < mar24, $"2024: Jan {jan24}, Feb {feb24}, Mar {mar24}");
        // the festival week itself against the same weekdays a month later
        var festival25 = Store("2025-01-28", "2025-02-04");
        var later25 = Store("2025-02-25", "2025-03-04");
        Assert.True(festival25 < later25 * 0.7, $"2025 festival week {festival25} vs {later25}");
    }

    [Fact]
    public void Weekends_are_busier_in_stores()
    {
        var weekend = db.Double("SELECT count(*) / count(DISTINCT CAST(order_time AS DATE)) FROM orders WHERE channel_code = 'store' AND dayofweek(order_time) IN (0, 6)");
        var weekday = db.Double("SELECT count(*) / count(DISTINCT CAST(order_time AS DATE)) FROM orders WHERE channel_code = 'store' AND dayofweek(order_time) NOT IN (0, 6)");
        Assert.True(weekend > weekday * 1.25, $"weekend {weekend} vs weekday {weekday} store orders a day");
    }

    [Fact]
    public void Online_share_grows()
    {
        double Share(int year) => db.Double(
            $"SELECT avg(CASE WHEN c.is_online THEN 1.0 ELSE 0.0 END) FROM orders o JOIN channels c USING (channel_code) WHERE year(o.order_time) = {year}");
        Assert.True(Share(2025) > Share(2024) + 0.03, $"online share 2024 {Share(2024)}, 2025 {Share(2025)}");
        var douyin24 = db.Long("SELECT count(*) FROM orders WHERE channel_code = 'douyin' AND year(order_time) = 2024");
        var douyin25 = db.Long("SELECT count(*) FROM orders WHERE channel_code = 'douyin' AND year(order_time) = 2025");
        Assert.True(douyin25 > douyin24 * 1.3, $"douyin {douyin24} → {douyin25}");
    }

    [Fact]
    public void Regions_differ_in_size()
    {
        var byRegion = db.Rows("SELECT s.region_code, count(*) FROM orders o JOIN stores s USING (store_id) GROUP BY 1")
            .ToDictionary(r => (string)r[0]!, r => Convert.ToDouble(r[1]));
        Assert.Equal(5, byRegion.Count);
        Assert.Equal("east", byRegion.MaxBy(p => p.Value).Key);
        Assert.True(byRegion["east"] > byRegion["central"] * 2.5);
    }

    [Fact]
    public void Order_amounts_have_a_long_tail()
    {
        var median = db.Double("SELECT median(order_amount) FROM orders");
        var mean = db.Double("SELECT avg(order_amount) FROM orders");
        var p99 = db.Double("SELECT quantile_cont(order_amount, 0.99) FROM orders");
        Assert.True(mean > median * 1.2, $"mean {mean} vs median {median}");
        Assert.True(p99 > median * 6, $"p99 {p99} vs median {median}");
        Assert.InRange(median, 100, 800);
    }

    [Fact]
    public void Statuses_have_plausible_shares()
    {
        var shares = db.Rows("SELECT status, count(*) / sum(count(*)) OVER () FROM orders GROUP BY 1")
            .ToDictionary(r => (string)r[0]!, r => Convert.ToDouble(r[1]));
        Assert.InRange(shares["created"], 0.03, 0.07);
        Assert.InRange(shares["cancelled"], 0.04, 0.08);
        Assert.InRange(shares["refunded"], 0.02, 0.045);
        Assert.True(shares["completed"] > 0.75);
        Assert.True(shares.ContainsKey("paid") && shares.ContainsKey("shipped"));
        // some cancelled orders were paid first, some not
        Assert.True(db.Long("SELECT count(*) FROM orders WHERE status = 'cancelled' AND paid_time IS NOT NULL") > 0);
        Assert.True(db.Long("SELECT count(*) FROM orders WHERE status = 'cancelled' AND paid_time IS NULL") > 0);
        // refunds are full or partial
        Assert.True(db.Long("SELECT count(*) FROM (SELECT order_id, sum(refund_amount) s FROM refunds GROUP BY 1) JOIN orders USING (order_id) WHERE s = pay_amount") > 0);
        Assert.True(db.Long("SELECT count(*) FROM (SELECT order_id, sum(refund_amount) s FROM refunds GROUP BY 1) JOIN orders USING (order_id) WHERE s < pay_amount") > 0);
    }

    [Fact]
    public void Customers_mix_levels_and_tenures()
    {
        var levels = db.Rows("SELECT member_level, count(*) / sum(count(*)) OVER () FROM customers GROUP BY 1")
            .ToDictionary(r => (string)r[0]!, r => Convert.ToDouble(r[1]));
        Assert.InRange(levels["regular"], 0.65, 0.75);
        Assert.InRange(levels["silver"], 0.18, 0.26);
        Assert.InRange(levels["gold"], 0.05, 0.11);
        var before2024 = db.Double("SELECT avg(CASE WHEN signup_date < DATE '2024-01-01' THEN 1.0 ELSE 0 END) FROM customers");
        Assert.InRange(before2024, 0.2, 0.6);
    }

    [Fact]
    public void Conversion_is_plausible_for_every_channel()
    {
        var rows = db.Rows("""
            SELECT t.channel_code, o.paid / t.visitors
            FROM (SELECT channel_code, sum(visitors) visitors FROM store_traffic GROUP BY 1) t
            JOIN (SELECT channel_code, count(*) paid FROM orders WHERE paid_time IS NOT NULL GROUP BY 1) o USING (channel_code)
            """);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.InRange(Convert.ToDouble(r[1]), 0.02, 0.30));
    }

    [Fact]
    public void Appointments_have_every_status_and_convert()
    {
        var statuses = db.Rows("SELECT status, count(*) FROM appointments GROUP BY 1").ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1]));
        Assert.Equal(new[] { "arrived", "booked", "cancelled", "no_show" }, statuses.Keys.Order().ToArray());
        var conversion = db.Double("SELECT count(order_id) / count(*) FROM appointments WHERE status <> 'cancelled'");
        Assert.InRange(conversion, 0.3, 0.6);
    }

    [Fact]
    public void Headcount_depends_on_store_type()
    {
        var byType = db.Rows("SELECT s.store_type, avg(f.headcount) FROM store_staff_monthly f JOIN stores s USING (store_id) GROUP BY 1")
            .ToDictionary(r => (string)r[0]!, r => Convert.ToDouble(r[1]));
        Assert.True(byType["flagship"] > byType["standard"] && byType["standard"] > byType["outlet"]);
    }

    [Fact]
    public void Gross_margin_is_positive_per_category()
    {
        var margins = db.Rows("""
            SELECT p.category_code, 1 - sum(i.quantity * p.unit_cost) / sum(i.line_amount)
            FROM order_items i JOIN products p USING (product_id) GROUP BY 1
            """);
        Assert.Equal(5, margins.Count);
        Assert.All(margins, r => Assert.InRange(Convert.ToDouble(r[1]), 0.2, 0.85));
    }
}
