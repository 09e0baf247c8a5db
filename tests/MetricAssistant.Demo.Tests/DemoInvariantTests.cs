using MetricAssistant.Demo;

namespace MetricAssistant.Demo.Tests;

/// <summary>The contract of the demo warehouse: every invariant is a query that must find no violating row.</summary>
[Collection(DemoWarehouseCollection.Name)]
public sealed class DemoInvariantTests(DemoWarehouseFixture db)
{
    private const string InRange = "BETWEEN TIMESTAMP '2024-01-01 00:00:00' AND TIMESTAMP '2025-12-31 23:59:59'";

    public static TheoryData<string, string> Violations => new()
    {
        // orders and their items
        { "order_amount = sum(line_amount), every order has items",
          "SELECT count(*) FROM orders o LEFT JOIN (SELECT order_id, sum(line_amount) s FROM order_items GROUP BY 1) i USING (order_id) WHERE i.s IS NULL OR i.s <> o.order_amount" },
        { "line_amount = quantity * unit_price", "SELECT count(*) FROM order_items WHERE line_amount <> quantity * unit_price" },
        { "1-5 lines numbered 1..n", "SELECT count(*) FROM (SELECT order_id, count(*) n, min(line_no) lo, max(line_no) hi FROM order_items GROUP BY 1) WHERE n NOT BETWEEN 1 AND 5 OR lo <> 1 OR hi <> n" },
        { "order_items unique (order_id, line_no)", "SELECT count(*) - count(DISTINCT (order_id, line_no)) FROM order_items" },
        { "items belong to orders", "SELECT count(*) FROM order_items i ANTI JOIN orders o USING (order_id)" },
        { "items reference products", "SELECT count(*) FROM order_items i ANTI JOIN products p USING (product_id)" },
        { "positive quantity and price", "SELECT count(*) FROM order_items WHERE quantity < 1 OR unit_price <= 0" },

        // payment
        { "paid => pay_amount = order_amount - discount_amount", "SELECT count(*) FROM orders WHERE paid_time IS NOT NULL AND pay_amount <> order_amount - discount_amount" },
        { "never paid => pay_amount 0", "SELECT count(*) FROM orders WHERE paid_time IS NULL AND pay_amount <> 0" },
        { "created is never paid", "SELECT count(*) FROM orders WHERE status = 'created' AND paid_time IS NOT NULL" },
        { "paid/shipped/completed/refunded have paid_time", "SELECT count(*) FROM orders WHERE status IN ('paid', 'shipped', 'completed', 'refunded') AND paid_time IS NULL" },
        { "status domain", "SELECT count(*) FROM orders WHERE status NOT IN ('created', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')" },
        { "paid_time not before order_time", "SELECT count(*) FROM orders WHERE paid_time < order_time" },
        { "0 <= discount < order_amount", "SELECT count(*) FROM orders WHERE discount_amount < 0 OR discount_amount >= order_amount" },
        { "paid orders pay something", "SELECT count(*) FROM orders WHERE paid_time IS NOT NULL AND pay_amount <= 0" },

        // attribution
        { "online orders attributed to a store in the customer's region",
          "SELECT count(*) FROM orders o JOIN channels ch USING (channel_code) JOIN customers c USING (customer_id) JOIN stores s USING (store_id) WHERE ch.is_online AND c.region_code <> s.region_code" },
        { "no order before its store opened", "SELECT count(*) FROM orders o JOIN stores s USING (store_id) WHERE CAST(o.order_time AS DATE) < s.opened_on" },
        { "in-store channel is offline", "SELECT count(*) FROM channels WHERE (channel_code = 'store') = is_online" },
        { "orders reference customers", "SELECT count(*) FROM orders ANTI JOIN customers USING (customer_id)" },
        { "orders reference stores", "SELECT count(*) FROM orders ANTI JOIN stores USING (store_id)" },
        { "orders reference channels", "SELECT count(*) FROM orders ANTI JOIN channels USING (channel_code)" },
        { "customers order after signing up", "SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE CAST(o.order_time AS DATE) < c.signup_date" },

        // refunds
        { "refunds only for paid orders", "SELECT count(*) FROM refunds r JOIN orders o USING (order_id) WHERE o.paid_time IS NULL" },
        { "refunds reference orders", "SELECT count(*) FROM refunds ANTI JOIN orders USING (order_id)" },
        { "refund_time after paid_time", "SELECT count(*) FROM refunds r JOIN orders o USING (order_id) WHERE r.refund_time <= o.paid_time" },
        { "refunds positive and at most pay_amount",
          "SELECT count(*) FROM (SELECT order_id, sum(refund_amount) s, min(refund_amount) m FROM refunds GROUP BY 1) r JOIN orders o USING (order_id) WHERE r.s > o.pay_amount OR r.m <= 0" },
        { "refunded orders have refunds", "SELECT count(*) FROM orders o WHERE status = 'refunded' AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.order_id)" },
        { "refunds only for refunded or cancelled orders", "SELECT count(*) FROM refunds r JOIN orders o USING (order_id) WHERE o.status NOT IN ('refunded', 'cancelled')" },

        // appointments
        { "appointment status domain", "SELECT count(*) FROM appointments WHERE status NOT IN ('booked', 'arrived', 'no_show', 'cancelled')" },
        { "order_id only when arrived", "SELECT count(*) FROM appointments WHERE order_id IS NOT NULL AND status <> 'arrived'" },
        { "appointment order: exists, same customer and store, in-store, that day",
          "SELECT count(*) FROM appointments a LEFT JOIN orders o USING (order_id) WHERE a.order_id IS NOT NULL AND (o.order_id IS NULL OR o.customer_id <> a.customer_id OR o.store_id <> a.store_id OR o.channel_code <> 'store' OR CAST(o.order_time AS DATE) <> a.appointment_date OR o.paid_time IS NULL)" },
        { "an order serves at most one appointment", "SELECT count(*) - count(DISTINCT order_id) FROM appointments WHERE order_id IS NOT NULL" },
        { "appointments created before the visit", "SELECT count(*) FROM appointments WHERE CAST(created_time AS DATE) > appointment_date" },
        { "appointments at open stores", "SELECT count(*) FROM appointments a JOIN stores s USING (store_id) WHERE a.appointment_date < s.opened_on" },
        { "appointments reference customers", "SELECT count(*) FROM appointments ANTI JOIN customers USING (customer_id)" },

        // staff and traffic
        { "staff: one row per store and month", "SELECT count(*) - count(DISTINCT (month, store_id)) FROM store_staff_monthly" },
        { "staff: every open store has every month",
          "SELECT count(*) FROM stores s, range(DATE '2024-01-01', DATE '2026-01-01', INTERVAL 1 MONTH) m(month) WHERE s.opened_on <= last_day(CAST(m.month AS DATE)) AND NOT EXISTS (SELECT 1 FROM store_staff_monthly f WHERE f.store_id = s.store_id AND f.month = CAST(m.month AS DATE))" },
        { "staff: first day of month, 2024-2025, headcount 8-40",
          "SELECT count(*) FROM store_staff_monthly WHERE day(month) <> 1 OR month NOT BETWEEN DATE '2024-01-01' AND DATE '2025-12-01' OR headcount NOT BETWEEN 8 AND 40" },
        { "traffic: one row per day, store and channel", "SELECT count(*) - count(DISTINCT (traffic_date, store_id, channel_code)) FROM store_traffic" },
        { "traffic: every open store, day and channel",
          "SELECT (SELECT count(*) FROM stores s, range(DATE '2024-01-01', DATE '2026-01-01', INTERVAL 1 DAY) d(day) WHERE s.opened_on <= CAST(d.day AS DATE)) * 5 - (SELECT count(*) FROM store_traffic)" },
        { "traffic: visitors >= 0, open stores, known channels",
          "SELECT count(*) FROM store_traffic t JOIN stores s USING (store_id) LEFT JOIN channels c USING (channel_code) WHERE t.visitors < 0 OR t.traffic_date < s.opened_on OR c.channel_code IS NULL" },
        { "traffic: at least one visitor per order placed",
          "SELECT count(*) FROM (SELECT CAST(order_time AS DATE) d, store_id, channel_code, count(*) n FROM orders GROUP BY ALL) o JOIN store_traffic t ON t.traffic_date = o.d AND t.store_id = o.store_id AND t.channel_code = o.channel_code WHERE t.visitors < o.n" },

        // dates
        { "order_time and paid_time in range", $"SELECT count(*) FROM orders WHERE order_time NOT {InRange} OR paid_time NOT {InRange}" },
        { "refund_time in range", $"SELECT count(*) FROM refunds WHERE refund_time NOT {InRange}" },
        { "appointment times in range", $"SELECT count(*) FROM appointments WHERE created_time NOT {InRange} OR appointment_date NOT BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'" },
        { "traffic dates in range", "SELECT count(*) FROM store_traffic WHERE traffic_date NOT BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'" },
        { "signup dates not after the period", "SELECT count(*) FROM customers WHERE signup_date > DATE '2025-12-31'" },

        // dimensions
        { "customers' regions exist", "SELECT count(*) FROM customers ANTI JOIN regions USING (region_code)" },
        { "member level domain", "SELECT count(*) FROM customers WHERE member_level NOT IN ('regular', 'silver', 'gold')" },
        { "stores' regions exist", "SELECT count(*) FROM stores ANTI JOIN regions USING (region_code)" },
        { "store type domain", "SELECT count(*) FROM stores WHERE store_type NOT IN ('flagship', 'standard', 'outlet')" },
        { "each city in one region", "SELECT count(*) FROM (SELECT city_en FROM stores GROUP BY 1 HAVING count(DISTINCT region_code) > 1 OR count(DISTINCT city_zh) > 1)" },
        { "unit_cost below list price", "SELECT count(*) FROM products WHERE unit_cost <= 0 OR unit_cost >= list_price" },
        { "unit_cost below the typical selling price",
          "SELECT count(*) FROM (SELECT product_id, median(unit_price) p FROM order_items GROUP BY 1) i JOIN products USING (product_id) WHERE unit_cost >= p" },
        { "category domain",
          "SELECT count(*) FROM products WHERE (category_code, category_zh) NOT IN (('apparel', '服装'), ('shoes', '鞋类'), ('beauty', '美妆'), ('home', '家居'), ('food', '食品'))" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Invariant_has_no_violations(string invariant, string sql)
    {
        Assert.True(db.Long(sql) == 0, $"{invariant}: {db.Long(sql)} violating rows");
    }

    [Fact]
    public void Regions_and_channels_are_exactly_the_spec()
    {
        var regions = db.Rows("SELECT region_code, name_zh, name_en FROM regions ORDER BY region_code")
            .Select(r => $"{r[0]}|{r[1]}|{r[2]}").ToArray();
        Assert.Equal(new[]
        {
            "central|华中|Central China", "east|华东|East China", "north|华北|North China", "south|华南|South China", "southwest|西南|Southwest China",
        }, regions);

        var channels = db.Rows("SELECT channel_code, name_zh, name_en, is_online FROM channels ORDER BY channel_code")
            .Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}").ToArray();
        Assert.Equal(new[]
        {
            "douyin|抖音|Douyin|True", "jd|京东|JD.com|True", "miniapp|小程序|Mini Program|True", "store|门店|In-store|False", "tmall|天猫|Tmall|True",
        }, channels);
    }

    [Fact]
    public void Stores_are_the_sixty_of_the_reference_list()
    {
        var rows = db.Rows("SELECT store_id, store_name, store_name_en, city_zh, city_en, region_code, store_type, opened_on FROM stores ORDER BY store_id");
        Assert.Equal(60, rows.Count);
        Assert.Equal(16, rows.Select(r => r[4]).Distinct().Count());
        for (var i = 0; i < rows.Count; i++)
        {
            var s = DemoReferenceData.Stores[i];
            var city = DemoReferenceData.CityOf(s);
            Assert.Equal(i + 1, Convert.ToInt32(rows[i][0]));
            Assert.Equal(new object?[] { s.NameZh, s.NameEn, city.NameZh, city.NameEn, city.RegionCode, s.StoreType }, rows[i][1..7]);
            Assert.Equal(s.OpenedOn, rows[i][7] is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(rows[i][7])));
        }
        // most stores predate the data; a few open during it
        var openedDuring = DemoReferenceData.Stores.Count(s => s.OpenedOn >= DemoReferenceData.FirstDay);
        Assert.InRange(openedDuring, 2, 8);
        Assert.All(DemoReferenceData.Regions, r => Assert.Contains(DemoReferenceData.Stores,
            s => DemoReferenceData.CityOf(s).RegionCode == r.Code && s.OpenedOn < DemoReferenceData.FirstDay));
    }

    [Fact]
    public void Column_types_follow_the_spec()
    {
        var types = db.Rows("SELECT table_name || '.' || column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'main'")
            .ToDictionary(r => (string)r[0]!, r => ((string)r[1]!, (string)r[2]!));
        foreach (var money in new[] { "products.unit_cost", "orders.order_amount", "orders.discount_amount", "orders.pay_amount", "order_items.unit_price", "order_items.line_amount", "refunds.refund_amount" })
            Assert.Equal("DECIMAL(12,2)", types[money].Item1);
        foreach (var ts in new[] { "orders.order_time", "orders.paid_time", "refunds.refund_time", "appointments.created_time" })
            Assert.Equal("TIMESTAMP", types[ts].Item1);
        foreach (var date in new[] { "stores.opened_on", "customers.signup_date", "appointments.appointment_date", "store_staff_monthly.month", "store_traffic.traffic_date" })
            Assert.Equal("DATE", types[date].Item1);
        foreach (var integer in new[] { "stores.store_id", "order_items.quantity", "store_staff_monthly.headcount", "store_traffic.visitors" })
            Assert.Equal("INTEGER", types[integer].Item1);
        Assert.Equal("BOOLEAN", types["channels.is_online"].Item1);
        Assert.Equal("YES", types["orders.paid_time"].Item2);
        Assert.Equal("YES", types["appointments.order_id"].Item2);
        Assert.Equal("NO", types["orders.order_amount"].Item2);

        // every table and column of the spec is there
        foreach (var table in DemoSchema.Tables)
            foreach (var column in table.Columns)
                Assert.True(types.ContainsKey($"{table.Name}.{column.Name}"), $"{table.Name}.{column.Name} missing");
    }

    [Fact]
    public void Primary_keys_follow_the_spec()
    {
        var keys = db.Rows("SELECT table_name, array_to_string(constraint_column_names, ',') FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("region_code", keys["regions"]);
        Assert.Equal("store_id", keys["stores"]);
        Assert.Equal("channel_code", keys["channels"]);
        Assert.Equal("product_id", keys["products"]);
        Assert.Equal("customer_id", keys["customers"]);
        Assert.Equal("order_id", keys["orders"]);
        Assert.Equal("refund_id", keys["refunds"]);
        Assert.Equal("appointment_id", keys["appointments"]);
    }
}
