using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>Whole questions through the offline reader (no retriever): exclusions and noise end to end.</summary>
public sealed class UnderstandingNoiseTests
{
    private static readonly QuestionUnderstanding Reader = new(TestRepository.Catalog, new CatalogLexicon(TestRepository.Catalog), new TimeExpressionResolver(useRecognizers: false), null);
    private static readonly DateTime Now = new(2025, 9, 10, 10, 0, 0);

    private static async Task<SemanticQuery> QueryAsync(string question)
    {
        var result = await Reader.UnderstandAsync(question, Now, null, CancellationToken.None);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        return result.Query!;
    }

    [Fact]
    public async Task Not_before_a_value_is_an_exclusion_and_not_a_typo_of_net_gmv()
    {
        var query = await QueryAsync("GMV not including East China last quarter");
        Assert.Equal(["gmv"], query.Metrics);
        Assert.Equal(new QueryFilter("region", QueryFilterOperator.NotIn, ["east"]), query.Filters.Single());
        Assert.Equal(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 7, 1)), query.TimeRange);
    }

    [Theory]
    [InlineData("Tmal GMV last month", "channel", "tmall")]
    [InlineData("GMV excluding Tmal last month", "channel", "tmall")]
    [InlineData("orders in Shanghia yesterday", "city", "Shanghai")]
    public async Task Mistyped_values_still_filter(string question, string dimension, string code) =>
        Assert.Equal(code, Assert.Single((await QueryAsync(question)).Filters, f => f.Dimension == dimension).Values.Single());

    [Fact]
    public async Task A_mistyped_dimension_name_still_splits()
    {
        var query = await QueryAsync("orders by chanel last week");
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal([new QueryOrder("order_count", true)], query.Ordering);
    }

    [Theory]
    [InlineData("gmv atfer discounts last month", "gmv_net")]
    [InlineData("averge order value last month", "aov")]
    [InlineData("上个月的营收", "gmv")]
    [InlineData("上个月多少订单", "order_count")]
    [InlineData("refund % last month", "refund_rate")]
    [InlineData("上个月的毛利润率", "gross_margin")]
    [InlineData("Ｔｍａｌｌ上个月的ＧＭＶ？", "gmv")]
    [InlineData("hey bot, orders last week pls 🙏", "order_count")]
    [InlineData("上个月的支付订单树", "paid_order_count")]
    [InlineData("上个月的订单树", "order_count")]
    [InlineData("上周的订但数", "order_count")]
    [InlineData("券后 GMV 上个月", "gmv_net")]
    [InlineData("G.M.V. last month", "gmv")]
    public async Task Noisy_questions_find_their_metric(string question, string metric) =>
        Assert.Equal([metric], (await QueryAsync(question)).Metrics);

    [Theory]
    [InlineData("上个月的客单价按渠到看", "channel")]
    [InlineData("上个月GMV按区预拆分", "region")]
    [InlineData("上个月GMV各成市的情况", "city")]
    [InlineData("上个月累计会员数按会员登级", "member_level")]
    public async Task A_dimension_name_a_homophone_off_after_a_split_word_is_that_split(string question, string dimension) =>
        Assert.Equal([dimension], (await QueryAsync(question)).GroupBy);

    [Fact]
    public async Task A_homophone_of_a_dimension_name_elsewhere_is_no_split() =>
        Assert.Empty((await QueryAsync("上个月渠到来的GMV")).GroupBy);
}
