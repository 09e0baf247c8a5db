using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Tests.Reach;

/// <summary>
/// What a metric reaches, answered by the catalog: the models it reads, the metrics it is built from,
/// the dimensions it can be split by (bound on every model it reads, through joins too) and its successor.
/// </summary>
public sealed class CatalogReachTests
{
    // Visits bind region (through the stores join) and channel; orders bind only region.
    private const string Visits = """
        model: visits
        table: visits
        primary_key: visit_id
        description: { zh: 访问, en: Visits }
        columns:
          - { name: visit_id, type: integer }
          - { name: store_id, type: integer }
          - { name: channel_code, type: string }
          - { name: visit_date, type: date }
        joins:
          - { name: stores, model: stores, from: store_id, to: store_id }
        dimensions:
          region: stores.region_code
          channel: channel_code
        time_dimensions:
          - { name: visit_date, column: visit_date, min_grain: day }
        measures:
          - { name: visits, agg: count, expr: visit_id, type: integer }
        """;

    private const string Channel = """
        dimension: channel
        name: { zh: 渠道, en: Channel }
        code_type: string
        values:
          - { code: tmall, zh: 天猫, en: Tmall }
          - { code: jd, zh: 京东, en: JD }
        """;

    private static readonly string VisitCount = MiniCatalog.PaidOrders
        .Replace("metric: paid_order_count", "metric: visit_count").Replace("{ zh: 支付订单数, en: Paid orders }", "{ zh: 访问次数, en: Visits }")
        .Replace("synonyms: [支付单量]", "synonyms: [访问量]").Replace("model: orders", "model: visits")
        .Replace("measure: orders", "measure: visits").Replace("time_dimension: paid_time", "time_dimension: visit_date");

    // Its inputs are listed visits first, but its expression reads paid GMV first.
    private static readonly string GmvPerVisit = MiniCatalog.Aov
        .Replace("metric: aov", "metric: gmv_per_visit").Replace("{ zh: 客单价, en: Average order value }", "{ zh: 单次访问GMV, en: GMV per visit }")
        .Replace("synonyms: [AOV]", "synonyms: [访问价值]").Replace("type: ratio", "type: derived")
        .Replace("numerator: { metric: gmv }", "inputs:\n  - { name: visits, metric: visit_count }\n  - { name: paid, metric: gmv }")
        .Replace("denominator: { metric: paid_order_count }", "expr: paid / visits");

    private static readonly string AovTwice = MiniCatalog.Aov
        .Replace("metric: aov", "metric: aov_twice").Replace("{ zh: 客单价, en: Average order value }", "{ zh: 双倍客单价, en: Twice the AOV }")
        .Replace("synonyms: [AOV]", "synonyms: [双倍客单]").Replace("type: ratio", "type: derived")
        .Replace("numerator: { metric: gmv }", "inputs:\n  - { name: avg, metric: aov }")
        .Replace("denominator: { metric: paid_order_count }", "expr: avg * 2");

    private static readonly Lazy<SemanticCatalog> Loaded = new(Load);

    private static SemanticCatalog Load()
    {
        var result = new MiniCatalog()
            .Set("catalog/models/visits.yaml", Visits)
            .Set("catalog/dimensions/channel.yaml", Channel)
            .Set("catalog/metrics/visit_count.yaml", VisitCount)
            .Set("catalog/metrics/gmv_per_visit.yaml", GmvPerVisit)
            .Set("catalog/metrics/aov_twice.yaml", AovTwice)
            .Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Catalog!;
    }

    internal static SemanticCatalog Catalog => Loaded.Value;

    [Fact]
    public void A_metric_reaches_the_dimensions_its_model_binds_including_through_joins()
    {
        Assert.Equal(["region"], Catalog.Reach.For("gmv")!.Dimensions);
        Assert.Equal(["channel", "region"], Catalog.Reach.For("visit_count")!.Dimensions);
        Assert.True(Catalog.Reach.For("visit_count")!.Reaches("channel"));
        Assert.False(Catalog.Reach.For("gmv")!.Reaches("channel"));
    }

    [Fact]
    public void A_metric_over_several_models_reaches_only_what_every_one_of_them_binds()
    {
        var reach = Catalog.Reach.For("gmv_per_visit")!;
        Assert.Equal(["region"], reach.Dimensions);
        // In the order the expression reads them, not the order the inputs are listed in.
        Assert.Equal(["orders", "visits"], reach.Models.Select(m => m.Id));
    }

    [Fact]
    public void Models_are_read_once_each()
    {
        Assert.Equal(["orders"], Catalog.Reach.For("aov")!.Models.Select(m => m.Id));
        Assert.Equal(["orders"], Catalog.Reach.For("aov_twice")!.Models.Select(m => m.Id));
    }

    [Fact]
    public void Inputs_are_every_metric_a_metric_is_built_from_however_deep()
    {
        Assert.Empty(Catalog.Reach.For("gmv")!.Inputs);
        Assert.Equal(["gmv", "paid_order_count"], Catalog.Reach.For("aov")!.Inputs.Select(m => m.Id));
        Assert.Equal(["aov", "gmv", "paid_order_count"], Catalog.Reach.For("aov_twice")!.Inputs.Select(m => m.Id));
        Assert.Equal(["visit_count", "gmv"], Catalog.Reach.For("gmv_per_visit")!.Inputs.Select(m => m.Id));
    }

    [Fact]
    public void A_metric_s_reach_is_worked_out_when_first_asked_for_and_only_once()
    {
        var catalog = Load();
        Assert.Equal(0, catalog.Reach.WorkedOut);
        var aov = catalog.Reach.For("aov")!;
        Assert.Equal(1, catalog.Reach.WorkedOut);
        Assert.Same(aov, catalog.Reach.For("aov"));
        Assert.Same(aov, catalog.Reach.For(catalog.Metrics["aov"]));
        Assert.Null(catalog.Reach.For("gvm"));
        Assert.Equal(1, catalog.Reach.WorkedOut);
        // and what it says is what it always said
        Assert.Equal(["gmv", "paid_order_count"], aov.Inputs.Select(m => m.Id));
    }

    [Fact]
    public void An_unknown_metric_has_no_reach_and_a_foreign_one_is_a_bug()
    {
        Assert.Null(Catalog.Reach.For("gvm"));
        var foreign = Catalog.Metrics["gmv"] with { Id = "elsewhere" };
        Assert.Throws<ArgumentException>(() => Catalog.Reach.For(foreign));
    }

    [Fact]
    public void A_metric_in_a_cycle_is_not_followed_forever()
    {
        var aov = Catalog.Metrics["aov"];
        var looped = aov with { Calculation = aov.Calculation with { Inputs = [.. aov.Calculation.Inputs.Select(i => i.Name == "numerator" ? i with { MetricId = "aov" } : i)] } };
        var catalog = With(looped);
        var reach = catalog.Reach.For("aov")!;
        Assert.Equal(["aov", "paid_order_count"], reach.Inputs.Select(m => m.Id));
        Assert.Equal(["orders"], reach.Models.Select(m => m.Id));
    }

    [Fact]
    public void The_reach_is_worked_out_once_per_catalog()
    {
        var catalog = With(Catalog.Metrics["gmv"]);
        var first = catalog.Reach;
        var answers = new CatalogReach[8];
        Parallel.For(0, answers.Length, i => answers[i] = catalog.Reach);
        Assert.All(answers, a => Assert.Same(first, a));
    }

    [Fact]
    public void A_copy_with_other_definitions_gets_its_own_reach_and_stays_equal_to_an_unchanged_copy()
    {
        var catalog = With(Catalog.Metrics["gmv"]);
        var before = catalog.Reach;
        var unchanged = catalog with { };
        Assert.Equal(catalog, unchanged);
        Assert.Same(before, unchanged.Reach);

        var paid = Catalog.Metrics["paid_order_count"];
        var moved = catalog with { Metrics = new Dictionary<string, MetricDefinition>(catalog.Metrics) { ["paid_order_count"] = paid with { Calculation = paid.Calculation with { Simple = paid.Calculation.Simple! with { Model = "stores" } } } } };
        Assert.Equal(["orders", "stores"], moved.Reach.For("aov")!.Models.Select(m => m.Id));
        Assert.Equal(["orders"], catalog.Reach.For("aov")!.Models.Select(m => m.Id));
    }

    internal static SemanticCatalog With(params MetricDefinition[] metrics)
    {
        var all = new Dictionary<string, MetricDefinition>(Catalog.Metrics);
        foreach (var metric in metrics) all[metric.Id] = metric;
        return Catalog with { Metrics = all };
    }
}
