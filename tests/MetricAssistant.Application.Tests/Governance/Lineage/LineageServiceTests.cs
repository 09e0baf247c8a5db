using MetricAssistant.Application.Governance.Lineage;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Governance.Lineage;

/// <summary>Lineage both ways on the shipped catalog plus two derived metrics: from a metric, and the impact of a table or column.</summary>
public sealed class LineageServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(Now);
    private readonly ListAuditLog audit = new();

    private LineageService Service(SemanticCatalog? catalog = null)
    {
        var catalogs = new LineageCatalog.Fixed(catalog ?? LineageCatalog.Catalog);
        var context = new RequestContext(new OrganizationClock(time, Options.Create(new OrganizationOptions())), Options.Create(new IdentityOptions()), catalogs);
        return new LineageService(catalogs, context, audit, time);
    }

    private async Task<ImpactReport> Impact(string table, string? column = null, string user = "ceo", SemanticCatalog? catalog = null)
    {
        var (report, failure) = await Service(catalog).ImpactAsync(null, user, table, column, CancellationToken.None);
        Assert.True(failure is null, failure?.Message);
        return report!;
    }

    private static string[] Pairs(ImpactReport report) => report.Metrics.Select(m => $"{m.Id}:{m.Via}").ToArray();

    [Fact]
    public async Task A_simple_metric_shows_its_models_columns_upstream_tables_and_jobs()
    {
        var (report, failure) = await Service().MetricAsync("gmv", CancellationToken.None);
        Assert.Null(failure);
        Assert.Equal(["orders:fact", "stores:joined", "customers:joined", "channels:joined"], report!.Models.Select(m => $"{m.Id}:{m.Role}"));
        Assert.Contains(new ColumnUse("gmv", "orders", "orders", "pay_amount", "measure", "pay_amount"), report.Columns);
        Assert.Contains(new ColumnUse("gmv", "orders", "orders", "paid_time", "filter", "paid_time"), report.Columns);
        Assert.Contains(new ColumnUse("gmv", "orders", "orders", "paid_time", "time_dimension", "paid_time"), report.Columns);
        // A dimension through a join: the bound column and the join keys on both sides.
        Assert.Contains(new ColumnUse("gmv", "stores", "stores", "region_code", "dimension", "stores.region_code", "region"), report.Columns);
        Assert.Contains(new ColumnUse("gmv", "orders", "orders", "store_id", "dimension", "store_id", "region"), report.Columns);
        Assert.Contains(new ColumnUse("gmv", "stores", "stores", "store_id", "dimension", "stores.store_id", "region"), report.Columns);
        Assert.Equal(["oms.order_header", "pay.payment_txn"], report.UpstreamTables.Take(2));
        Assert.Contains("pos.store_master", report.UpstreamTables); // the stores model, joined for the region
        Assert.Equal("dwd_orders_daily", report.Jobs[0]);
        Assert.Contains("dim_stores_daily", report.Jobs);
        Assert.Empty(report.Inputs);
    }

    [Fact]
    public async Task A_ratio_shows_the_metrics_it_is_built_from_recursively_with_their_columns()
    {
        var (report, _) = await Service().MetricAsync("aov_twice", CancellationToken.None);
        var aov = Assert.Single(report!.Inputs);
        Assert.Equal(("avg", "aov"), (aov.Operand, aov.Metric.Id));
        Assert.Equal(["numerator:gmv", "denominator:paid_order_count"], aov.Metric.Inputs.Select(i => $"{i.Operand}:{i.Metric.Id}"));
        Assert.Contains(report.Columns, c => c is { Metric: "gmv", Column: "pay_amount", Via: "measure" });
        Assert.Contains(report.Columns, c => c is { Metric: "paid_order_count", Column: "order_id", Via: "measure" });
        Assert.Equal("orders", Assert.Single(report.Models, m => m.Role == "fact").Id);
        Assert.Contains("dwd_orders_daily", report.Jobs);
    }

    [Fact]
    public async Task An_unknown_metric_is_not_found_with_the_nearest_ids()
    {
        var (report, failure) = await Service().MetricAsync("gmvv", CancellationToken.None);
        Assert.Null(report);
        Assert.Equal(LineageFailureKind.NotFound, failure!.Kind);
        Assert.Equal("gmv", failure.Suggestions[0]);
        Assert.Contains("Did you mean gmv", failure.Message);
    }

    [Fact]
    public async Task A_column_reaches_its_metric_directly_and_every_ratio_and_derived_metric_through_it()
    {
        var report = await Impact("orders", "pay_amount");
        Assert.Equal(("model", "orders", "orders", "pay_amount"), (report.Matched.Kind, report.Matched.Name, Assert.Single(report.Matched.Models), report.Matched.Column));
        // The running totals read the measure themselves (direct); ratios and derived metrics go through gmv.
        Assert.Equal(
            ["gmv:measure", "gmv_mtd:measure", "gmv_rolling_30d:measure", "gmv_rolling_7d:measure", "gmv_ytd:measure", "aov:gmv", "aov_twice:aov",
             "arppu:gmv", "gmv_after_refunds:gmv", "gmv_less_refunds:gmv", "gmv_yoy_growth:gmv", "refund_rate:gmv", "revenue_per_staff:gmv"],
            Pairs(report));
        Assert.All(report.Metrics.Take(5), m => Assert.True(m.Direct));
        Assert.All(report.Metrics.Skip(5), m => Assert.False(m.Direct));
    }

    [Fact]
    public async Task Through_a_derived_metric_the_first_reached_operand_is_named()
    {
        // gmv_less_refunds = paid − refunds lists refunds first, the demo's gmv_after_refunds gmv first: a change to
        // refunds goes through refund_amount in both.
        var report = await Impact("refunds", "refund_amount");
        Assert.Equal(["refund_amount:measure", "gmv_after_refunds:refund_amount", "gmv_less_refunds:refund_amount", "refund_rate:refund_amount"], Pairs(report));
    }

    [Fact]
    public async Task A_whole_table_reaches_more_than_one_of_its_columns()
    {
        var table = await Impact("orders");
        var column = await Impact("orders", "pay_amount");
        Assert.True(table.Metrics.Count > column.Metrics.Count);
        Assert.Contains("gmv:model", Pairs(table));
        Assert.Contains("gmv_ordered:model", Pairs(table));
        Assert.Contains("cancel_rate:model", Pairs(table)); // inline operands read orders
        // gross_profit aggregates order_items but filters and places itself in time by orders.paid_time.
        Assert.Contains("gross_profit:filter", Pairs(table));
        Assert.Contains("gross_profit:filter", Pairs(await Impact("orders", "paid_time")));
        Assert.Null(table.Matched.Column);
    }

    [Fact]
    public async Task A_joined_dimension_table_reaches_metrics_through_the_dimension()
    {
        var report = await Impact("stores", "region_code");
        Assert.Contains("gmv:dimension", Pairs(report));
        Assert.Contains("avg_headcount:dimension", Pairs(report));
        Assert.Contains("aov:gmv", Pairs(report));
    }

    [Fact]
    public async Task The_table_may_be_a_warehouse_table_or_an_upstream_table_and_the_answer_says_which()
    {
        var renamed = LineageCatalog.With("catalog/models/orders.yaml", "table: orders", "table: dw.fact_orders");
        var table = await Impact("DW.FACT_ORDERS", "pay_amount", catalog: renamed);
        Assert.Equal(("table", "DW.FACT_ORDERS"), (table.Matched.Kind, table.Matched.Name));
        Assert.Equal("gmv:measure", Pairs(table)[0]);

        var upstream = await Impact("pay.payment_txn");
        Assert.Equal(TableMatcher.Upstream, upstream.Matched.Kind);
        Assert.Equal(["orders"], upstream.Matched.Models);
        Assert.Contains("gmv:model", Pairs(upstream));
        Assert.Contains("aov:gmv", Pairs(upstream)); // its lineage block names pay.payment_txn too, but it reads it through gmv

        // Listed only by a metric's own lineage block: no model is fed by it.
        var coupons = await Impact("mkt.coupon_redemption");
        Assert.Empty(coupons.Matched.Models);
        Assert.Equal(["discount_amount:lineage", "gmv_net:lineage"], Pairs(coupons));

        var (_, failure) = await Service().ImpactAsync(null, "ceo", "mkt.coupon_redemption", "coupon_id", CancellationToken.None);
        Assert.Equal(LineageFailureKind.NotFound, failure!.Kind);
    }

    [Theory]
    [InlineData("ordrs", null, "unknown_table", "orders")]
    [InlineData("orders", "pay_amout", "unknown_column", "pay_amount")]
    [InlineData("order_items", "line_amout", "unknown_column", "line_amount")]
    public async Task Unknown_tables_and_columns_are_not_found_with_suggestions(string table, string? column, string code, string suggestion)
    {
        var (report, failure) = await Service().ImpactAsync(null, "ceo", table, column, CancellationToken.None);
        Assert.Null(report);
        Assert.Equal((LineageFailureKind.NotFound, code), (failure!.Kind, failure.Code));
        Assert.Contains(suggestion, failure.Suggestions);
    }

    [Fact]
    public async Task Asked_by_counts_the_audit_trail_of_the_reached_metrics_over_the_last_30_days_of_the_clock()
    {
        audit.Asked("east_wang", "gmv", Now.AddDays(-1));
        audit.Asked("east_wang", "aov", Now.AddDays(-2), status: "denied");
        audit.Asked("fin_li", "revenue_per_staff", Now.AddDays(-29.9));
        audit.Asked("ceo", "gmv", Now.AddDays(-31)); // too old
        audit.Asked("guest", "new_customers", Now.AddHours(-1)); // not reached by orders.pay_amount
        var report = await Impact("orders", "pay_amount");
        Assert.Equal(["east_wang:2:aov,gmv", "fin_li:1:revenue_per_staff"], report.AskedBy!.Select(a => $"{a.User}:{a.Count}:{string.Join(",", a.Metrics)}"));
        Assert.Equal(Now.AddDays(-30), report.AskedFrom);
        Assert.Equal(Now, report.AskedTo);

        time.Advance(TimeSpan.FromDays(2)); // east_wang's questions are still within 30 days; fin_li's are not
        Assert.Equal(["east_wang"], (await Impact("orders", "pay_amount")).AskedBy!.Select(a => a.User));
    }

    [Fact]
    public async Task Only_governance_rights_see_the_impact_and_only_reviewers_and_publishers_see_who_asked()
    {
        audit.Asked("ceo", "gmv", Now.AddDays(-1));
        var (_, guest) = await Service().ImpactAsync(null, "guest", "orders", null, CancellationToken.None);
        Assert.Equal(LineageFailureKind.Forbidden, guest!.Kind);
        Assert.Contains("governance right", guest.Message);
        var (_, regional) = await Service().ImpactAsync(null, "east_wang", "orders", null, CancellationToken.None);
        Assert.True(regional is null || regional.Kind == LineageFailureKind.Forbidden); // east_wang may propose once the policy says so

        var proposer = await Impact("orders", "pay_amount", user: "prop_pan");
        Assert.NotEmpty(proposer.Metrics);
        Assert.Null(proposer.AskedBy);
        Assert.NotNull(proposer.AskedByNote);

        Assert.Single((await Impact("orders", "pay_amount", user: "ecom_zhao")).AskedBy!); // reviews E-commerce
        Assert.Single((await Impact("orders", "pay_amount", user: "fin_li")).AskedBy!);
    }

    [Theory]
    [InlineData("nobody", "orders", "unknown_user")]
    [InlineData("ceo", "", "missing_table")]
    [InlineData("ceo", "   ", "missing_table")]
    public async Task Bad_requests_are_invalid(string user, string table, string code)
    {
        var (_, failure) = await Service().ImpactAsync(null, user, table, null, CancellationToken.None);
        Assert.Equal((LineageFailureKind.Invalid, code), (failure!.Kind, failure.Code));
    }
}
