using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.Infrastructure.Tests.Results;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Security;

/// <summary>
/// PostgreSQL's row-level security as the second line of defence: hand-written SQL with no scope in it, run through
/// the warehouse executor for a scoped caller, returns only that caller's rows; no scope at all returns nothing.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class DatabaseRowRulesTests(WarehouseFixture fixture)
{
    private const string RegionsOfOrders = "SELECT DISTINCT s.region_code FROM orders o JOIN stores s ON s.store_id = o.store_id ORDER BY 1";
    private const string KindsOfOrders = "SELECT DISTINCT c.is_online FROM orders o JOIN channels c ON c.channel_code = o.channel_code ORDER BY 1";

    private static readonly DatabaseScope East = Scope(("region", ["east"]), ("online_offline", null));
    private static readonly DatabaseScope Online = Scope(("region", null), ("online_offline", ["online"]));
    private static readonly DatabaseScope Everything = Scope(("region", null), ("online_offline", null));

    [SkippableFact]
    public async Task An_unscoped_query_under_a_regional_caller_returns_only_that_region()
    {
        var warehouse = fixture.Warehouse(WarehouseFixture.PostgresRowRules);
        Assert.Equal(["east"], Column(await RunAsync(warehouse, RegionsOfOrders, East)));
        // Each fact, reached directly: nothing outside East China.
        foreach (var sql in new[]
        {
            "SELECT DISTINCT s.region_code FROM store_traffic t JOIN stores s ON s.store_id = t.store_id",
            "SELECT DISTINCT s.region_code FROM appointments a JOIN stores s ON s.store_id = a.store_id",
            "SELECT DISTINCT s.region_code FROM store_staff_monthly m JOIN stores s ON s.store_id = m.store_id",
            "SELECT DISTINCT s.region_code FROM order_items i JOIN orders o ON o.order_id = i.order_id JOIN stores s ON s.store_id = o.store_id",
            "SELECT DISTINCT s.region_code FROM refunds r JOIN orders o ON o.order_id = r.order_id JOIN stores s ON s.store_id = o.store_id",
        })
            Assert.Equal(["east"], Column(await RunAsync(warehouse, sql, East)));
        // Items whose order is hidden are hidden too (no orphan lines from other regions).
        var items = await RunAsync(warehouse, "SELECT COUNT(*) FROM order_items i WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = i.order_id)", East);
        Assert.Equal(0d, ResultAssert.Number(items[0][0]));
        var raw = await fixture.RawAsync("postgres", "SELECT COUNT(*) FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE s.region_code = 'east'");
        var scoped = await RunAsync(warehouse, "SELECT COUNT(*) FROM orders", East);
        Assert.Equal(ResultAssert.Number(raw[0][0]), ResultAssert.Number(scoped[0][0]));
    }

    [SkippableFact]
    public async Task An_online_only_caller_sees_online_orders_and_no_store_only_facts()
    {
        var warehouse = fixture.Warehouse(WarehouseFixture.PostgresRowRules);
        Assert.Equal([true], Column(await RunAsync(warehouse, KindsOfOrders, Online)));
        Assert.Equal([true], Column(await RunAsync(warehouse, "SELECT DISTINCT c.is_online FROM store_traffic t JOIN channels c ON c.channel_code = t.channel_code", Online)));
        Assert.Empty(await RunAsync(warehouse, "SELECT * FROM appointments", Online));
        Assert.Empty(await RunAsync(warehouse, "SELECT * FROM store_staff_monthly", Online));
    }

    [SkippableFact]
    public async Task No_scope_means_no_rows_and_all_rows_means_every_row()
    {
        var warehouse = fixture.Warehouse(WarehouseFixture.PostgresRowRules);
        foreach (var table in new[] { "orders", "order_items", "refunds", "customers", "appointments", "store_staff_monthly", "store_traffic" })
        {
            var none = await RunAsync(warehouse, $"SELECT COUNT(*) FROM {table}", DatabaseScope.None);
            Assert.True(ResultAssert.Number(none[0][0]) == 0d, $"{table}: rows visible with no scope set");
            var all = await RunAsync(warehouse, $"SELECT COUNT(*) FROM {table}", Everything);
            var raw = await fixture.RawAsync("postgres", $"SELECT COUNT(*) FROM {table}");
            Assert.True(ResultAssert.Number(raw[0][0]) > 0d, $"{table} is empty in the demo data");
            Assert.Equal(ResultAssert.Number(raw[0][0]), ResultAssert.Number(all[0][0]));
        }
        // The unscoped entry point (no caller) sees nothing either, and a scope never outlives its transaction on a pooled connection.
        await RunAsync(warehouse, RegionsOfOrders, East);
        Assert.Empty((await warehouse.ExecuteAsync(Query(RegionsOfOrders, 1), CancellationToken.None)).Rows);
        // An unknown code shows nothing rather than everything.
        Assert.Empty(await RunAsync(warehouse, RegionsOfOrders, Scope(("region", ["east' OR '1'='1"]), ("online_offline", null))));
    }

    [SkippableFact]
    public async Task Queries_run_as_the_reader_role_in_a_read_only_transaction()
    {
        var warehouse = fixture.Warehouse(WarehouseFixture.PostgresRowRules);
        var user = await RunAsync(warehouse, "SELECT current_user", East);
        Assert.Equal("ma_reader", user[0][0]);
        var settings = await RunAsync(warehouse, "SELECT current_setting('ma.region') || ' ' || current_setting('ma.online_offline') || ' ' || current_setting('transaction_read_only')", East);
        Assert.Equal("[\"east\"] * on", settings[0][0]);
        // Outside the row rules (the plain PostgreSQL engine) nothing changes: the session's own user, no settings.
        var plain = await fixture.Warehouse("postgres").ExecuteAsync(Query("SELECT current_user", 1), CancellationToken.None);
        Assert.NotEqual("ma_reader", plain.Rows[0][0]);
    }

    [SkippableFact]
    public async Task A_governed_query_answers_the_same_with_and_without_database_row_rules()
    {
        var range = new TimeRangeDto("2025-04-01", "2025-07-01");
        foreach (var (user, metric, groupBy) in new[] { ("east_wang", "gmv", "channel"), ("ecom_zhao", "gmv", "region"), ("east_wang", "aov", "member_level"), ("ceo", "gmv", "member_level"), ("east_wang", "total_customers", "member_level") })
        {
            var plain = await fixture.Service("postgres").RunAsync(new QueryRequest(new QueryDto([metric], [groupBy], [], range), user), CancellationToken.None);
            var enforced = await fixture.Service(WarehouseFixture.PostgresRowRules).RunAsync(new QueryRequest(new QueryDto([metric], [groupBy], [], range), user), CancellationToken.None);
            Assert.Equal("answered", plain.Status);
            Assert.Equal(plain.Status, enforced.Status);
            Assert.NotEmpty(plain.Rows);
            Assert.Equal(plain.Rows.Select(r => string.Join("|", r)), enforced.Rows.Select(r => string.Join("|", r)));
        }
    }

    private static DatabaseScope Scope(params (string Dimension, string[]? Values)[] dimensions) =>
        new(dimensions.Select(d => new ScopedDimension(d.Dimension, d.Values)).ToArray());

    /// <summary>Hand-written SQL as the executor takes it; <paramref name="width"/> columns, read as they come.</summary>
    private static CompiledQuery Query(string sql, int width = 2)
    {
        var columns = Enumerable.Range(0, width).Select(i => new OutputColumn($"c{i}", "string", ColumnRole.Dimension)).ToArray();
        return new(sql, [], columns, new QueryPlan([], [], [], [], new DateRange(DateOnly.MinValue, DateOnly.MinValue), null, null, null, columns, [], null));
    }

    private static async Task<IReadOnlyList<IReadOnlyList<object?>>> RunAsync(IWarehouse warehouse, string sql, DatabaseScope scope)
    {
        var result = await warehouse.ExecuteAsync(Query(sql, 1), scope, CancellationToken.None);
        Assert.Equal(QueryOutcome.Completed, result.Outcome);
        return result.Rows;
    }

    private static object?[] Column(IReadOnlyList<IReadOnlyList<object?>> rows) => rows.Select(r => r[0]).ToArray();
}
