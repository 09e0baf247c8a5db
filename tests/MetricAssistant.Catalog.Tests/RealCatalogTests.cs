using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The shipped catalog/ folder against the demo-domain contract.</summary>
public sealed class RealCatalogTests
{
    private static readonly string[] SpecMetricIds =
    [
        "gmv", "gmv_ordered", "gmv_net", "order_count", "paid_order_count", "paying_customers", "aov", "arppu",
        "discount_amount", "refund_amount", "refund_rate", "cancel_rate", "units_sold", "item_sales", "gross_profit",
        "gross_margin", "new_customers", "total_customers", "visitors", "conversion_rate", "appointment_count",
        "appointment_conversion_rate", "avg_headcount", "revenue_per_staff", "sales_amount_legacy",
        // Issue #16's metric types, beside the spec's: derived (with a time offset), rolling and to-date cumulative, period end.
        "gmv_after_refunds", "gmv_yoy_growth", "gmv_rolling_7d", "gmv_rolling_30d", "order_count_rolling_7d", "gmv_mtd", "gmv_ytd",
        "headcount_end",
        // Conversion (funnel) metrics: an appointment followed by a purchase within a window.
        "appointment_buyers", "appointment_purchase_rate",
    ];

    private static readonly Lazy<CatalogLoadResult> Loaded = new(LoadRealCatalog);

    private static SemanticCatalog Catalog => Loaded.Value.Catalog!;

    /// <summary>
    /// The store and city dimensions are written elsewhere; until they exist, minimal stand-ins are added so
    /// this test checks only what this folder owns.
    /// </summary>
    private static CatalogLoadResult LoadRealCatalog()
    {
        var loader = new CatalogLoader();
        var dimensions = Path.Combine(RepoPaths.Catalog, "dimensions");
        var stand_ins = new Dictionary<string, string>
        {
            ["store.yaml"] = "dimension: store\nname: { zh: 门店, en: Store }\ncode_type: integer\n",
            ["city.yaml"] = "dimension: city\nname: { zh: 城市, en: City }\ncode_type: string\n",
        }.Where(kv => !File.Exists(Path.Combine(dimensions, kv.Key))).ToList();
        if (stand_ins.Count == 0) return loader.Load(RepoPaths.Catalog);

        var files = Directory.EnumerateFiles(RepoPaths.Catalog, "*.y*ml", SearchOption.AllDirectories)
            .Select(f => ("catalog/" + Path.GetRelativePath(RepoPaths.Catalog, f).Replace('\\', '/'), File.ReadAllText(f)))
            .Concat(stand_ins.Select(kv => ($"catalog/dimensions/{kv.Key}", kv.Value)));
        return loader.LoadFromText(files);
    }

    [Fact]
    public void Loads_with_no_problems()
    {
        Assert.True(Loaded.Value.Problems.Count == 0, string.Join("\n", Loaded.Value.Problems));
        Assert.NotNull(Loaded.Value.Catalog);
        Assert.Matches("^[0-9a-f]{64}$", Catalog.ContentHash);
    }

    [Fact]
    public void Every_channel_lies_within_online_or_offline_and_only_the_store_is_offline()
    {
        var within = Catalog.Dimensions["channel"].Values.ToDictionary(v => v.Code, v => v.Within.Single(w => w.Dimension == "online_offline").Code);
        Assert.Equal(["store"], within.Where(kv => kv.Value == "offline").Select(kv => kv.Key));
        Assert.Equal(["douyin", "jd", "miniapp", "tmall"], within.Where(kv => kv.Value == "online").Select(kv => kv.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_city_lies_within_a_region_and_every_store_within_a_city_and_its_region()
    {
        // access scopes read these: a manager of 华东 asking for 北京 or a Beijing store is refused, not answered with 0
        var regions = Catalog.Dimensions["region"].Values.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        var cityRegion = Catalog.Dimensions["city"].Values.ToDictionary(v => v.Code, v => v.Within.Single(w => w.Dimension == "region").Code);
        Assert.All(cityRegion.Values, r => Assert.Contains(r, regions));
        Assert.Equal(["Hangzhou", "Nanjing", "Shanghai", "Suzhou"], cityRegion.Where(kv => kv.Value == "east").Select(kv => kv.Key).Order(StringComparer.Ordinal));
        Assert.Equal("north", cityRegion["Beijing"]);
        Assert.All(Catalog.Dimensions["store"].Values, store =>
        {
            var city = store.Within.Single(w => w.Dimension == "city").Code;
            Assert.Equal(cityRegion[city], store.Within.Single(w => w.Dimension == "region").Code);
        });
    }

    [Fact]
    public void Has_exactly_the_metrics_of_the_spec() =>
        Assert.Equal(SpecMetricIds.Order(StringComparer.Ordinal), Catalog.Metrics.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Refunds_and_cancellations_are_the_metrics_that_are_better_lower() =>
        Assert.Equal(["cancel_rate", "refund_amount", "refund_rate"],
            Catalog.Metrics.Values.Where(m => m.Better == BetterDirection.Lower).Select(m => m.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Has_a_model_for_every_table_of_the_warehouse()
    {
        string[] tables = ["regions", "stores", "channels", "products", "customers", "orders", "order_items", "refunds",
            "appointments", "store_staff_monthly", "store_traffic"];
        Assert.Equal(tables.Order(StringComparer.Ordinal), Catalog.Models.Values.Select(m => m.Table.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_legacy_sales_metric_is_deprecated_and_it_points_at_gmv()
    {
        var legacy = Catalog.Metrics["sales_amount_legacy"];
        Assert.Equal(MetricStatus.Deprecated, legacy.Status);
        Assert.Equal("gmv", legacy.ReplacedBy);
        Assert.All(Catalog.Metrics.Values.Where(m => m.Id != legacy.Id), m => Assert.Equal(MetricStatus.Published, m.Status));
    }

    [Fact]
    public void Gmv_is_the_official_member_of_its_family()
    {
        var family = Catalog.Metrics.Values.Where(m => m.Family == "gmv").ToDictionary(m => m.Id, m => m.Official);
        Assert.Equal(new Dictionary<string, bool> { ["gmv"] = true, ["gmv_ordered"] = false, ["gmv_net"] = false }, family);
        Assert.All(Catalog.Metrics.Values.Where(m => m.Family is null && m.Status == MetricStatus.Published), m => Assert.True(m.Official, m.Id));
    }

    [Theory]
    [InlineData("finance-sensitive", new[] { "gross_margin", "gross_profit" })]
    [InlineData("public", new[] { "new_customers", "order_count", "visitors" })]
    public void Tags_mark_exactly_the_spec_metrics(string tag, string[] expected) =>
        Assert.Equal(expected, Catalog.Metrics.Values.Where(m => m.Tags.Contains(tag)).Select(m => m.Id).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("gmv", "财务部", "Finance")]
    [InlineData("gmv_ordered", "电商部", "E-commerce")]
    [InlineData("gmv_net", "运营部", "Operations")]
    [InlineData("units_sold", "商品部", "Merchandising")]
    [InlineData("visitors", "市场部", "Marketing")]
    [InlineData("appointment_count", "门店运营部", "Store operations")]
    [InlineData("avg_headcount", "人力资源部", "HR")]
    public void Owners_follow_the_spec(string metric, string zh, string en) =>
        Assert.Equal(new LocalizedText(zh, en), Catalog.Metrics[metric].Owner);

    [Theory]
    [InlineData("aov", "gmv", "paid_order_count")]
    [InlineData("arppu", "gmv", "paying_customers")]
    [InlineData("refund_rate", "refund_amount", "gmv")]
    [InlineData("gross_margin", "gross_profit", "item_sales")]
    [InlineData("conversion_rate", "paid_order_count", "visitors")]
    [InlineData("revenue_per_staff", "gmv", "avg_headcount")]
    public void Ratios_are_built_from_the_spec_metrics(string metric, string numerator, string denominator)
    {
        var calculation = Catalog.Metrics[metric].Calculation;
        Assert.Equal(MetricType.Ratio, calculation.Type);
        Assert.Equal([numerator, denominator], calculation.Inputs.Select(i => i.MetricId));
    }

    [Fact]
    public void Total_customers_is_cumulative_and_headcount_is_semi_additive()
    {
        Assert.Equal(MetricType.Cumulative, Catalog.Metrics["total_customers"].Calculation.Type);
        var headcount = Catalog.Models["store_staff_monthly"].FindMeasure("headcount")!;
        Assert.Equal(new SemiAdditive("month", Aggregation.Avg), headcount.SemiAdditive);
    }

    [Theory]
    [InlineData("成交额", "gmv")]
    [InlineData("流水", "gmv")]
    [InlineData("下单金额", "gmv_ordered")]
    [InlineData("拍下金额", "gmv_ordered")]
    [InlineData("净销售额", "gmv_net")]
    [InlineData("券后GMV", "gmv_net")]
    [InlineData("客单", "aov")]
    [InlineData("UV", "visitors")]
    [InlineData("进店人数", "visitors")]
    [InlineData("人效", "revenue_per_staff")]
    public void Business_words_name_the_right_metric(string word, string metric)
    {
        var owner = Catalog.Metrics[metric];
        Assert.Contains(word, owner.Synonyms.Append(owner.Name.Zh).Append(owner.Name.En), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_word_is_shared_outside_a_family_and_nobody_claims_pingxiao()
    {
        var claims = Catalog.Metrics.Values
            .SelectMany(m => m.Synonyms.Append(m.Name.Zh).Append(m.Name.En).Select(w => (Word: w.ToLowerInvariant(), Owner: m.Family ?? m.Id)))
            .Distinct().GroupBy(c => c.Word).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(claims);
        Assert.DoesNotContain(Catalog.Metrics.Values, m => m.Synonyms.Contains("坪效"));
    }

    [Fact]
    public void Every_metric_is_fully_described()
    {
        Assert.All(Catalog.Metrics.Values, m =>
        {
            Assert.InRange(m.TypicalQuestions.Count, 3, 5);
            Assert.Contains(m.TypicalQuestions, q => q.Any(c => c > 0x4E00));
            Assert.Contains(m.TypicalQuestions, q => q.All(c => c < 0x2E80));
            Assert.True(m.Version >= 1, m.Id);
            Assert.NotNull(m.Lineage);
            Assert.NotEmpty(m.Synonyms);
        });
    }

    [Fact]
    public void Category_splits_only_item_level_models() =>
        Assert.Equal(["order_items", "products"],
            Catalog.Models.Values.Where(m => m.FindDimension("category") is not null).Select(m => m.Id).Order(StringComparer.Ordinal));
}
