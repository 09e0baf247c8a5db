using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A condition on a dimension written half in SQL ("where 渠道 = 京东", "channel in tmall, douyin", "store_type &lt;&gt; outlet",
/// "区域为华东"): a filter (not_in when the operator negates), never a split; "group by" / 按 still split.
/// </summary>
public sealed class WrittenConditionTests
{
    private static readonly DateTime Now = new(2025, 7, 15, 10, 0, 0);
    private static readonly QuestionUnderstanding Reader =
        new(TestRepository.Catalog, new CatalogLexicon(TestRepository.Catalog), new TimeExpressionResolver(useRecognizers: false), null);

    private static async Task<SemanticQuery> QueryAsync(string question) =>
        (await Reader.UnderstandAsync(question, Now, null, CancellationToken.None)).Query!;

    [Theory]
    [InlineData("select 下单GMV from orders where 渠道 = 京东 and 时间 = 上个月", "channel", "jd")]
    [InlineData("订单数 where 区域 = 华东 上个月", "region", "east")]
    [InlineData("上个月订单数，区域为华南", "region", "south")]
    [InlineData("visitors last month where channel = douyin", "channel", "douyin")]
    [InlineData("GMV last month where region = 'north'", "region", "north")]
    public async Task A_dimension_set_equal_to_a_value_is_a_filter(string question, string dimension, string code)
    {
        var query = await QueryAsync(question);
        Assert.Empty(query.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [code]), query.Filters.Single());
    }

    [Theory]
    [InlineData("order count last month where channel in tmall, douyin")]
    [InlineData("订单数 上个月 where 渠道 in (天猫, 抖音)")]
    public async Task A_dimension_in_a_list_is_one_filter_of_the_list(string question)
    {
        var query = await QueryAsync(question);
        Assert.Empty(query.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["tmall", "douyin"]), query.Filters.Single());
    }

    [Theory]
    [InlineData("spend per paying customer where channel is not store, last month", "channel", "store")]
    [InlineData("order count last month where channel not in (tmall)", "channel", "tmall")]
    [InlineData("GMV 上个月 where 渠道 != 天猫", "channel", "tmall")]
    [InlineData("refunds where store_type <> outlet last month", "store_type", "outlet")]
    [InlineData("上个月订单数，渠道不等于抖音", "channel", "douyin")]
    public async Task A_negated_condition_leaves_the_values_out(string question, string dimension, string code)
    {
        var query = await QueryAsync(question);
        Assert.Empty(query.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [code]), query.Filters.Single());
    }

    [Theory]
    [InlineData("net gmv by region, monthly, H1 2025, where channel in tmall, douyin", "region")]
    [InlineData("order count last month group by channel where region in (east, south)", "channel")]
    [InlineData("total members grouped by member level where region = north, this month", "member_level")]
    [InlineData("上个月 GMV 按渠道 where 区域 = 华南", "channel")]
    public async Task Group_by_still_splits_beside_a_condition(string question, string split)
    {
        var query = await QueryAsync(question);
        Assert.Equal([split], query.GroupBy);
        Assert.Single(query.Filters);
    }

    [Theory]
    [InlineData("count(*) for last week")]
    [InlineData("What was the count for last week?")]
    [InlineData("select count(*) last month")]
    public async Task A_count_of_nothing_named_is_asked_back_among_the_counts_orders_first(string question)
    {
        var result = await Reader.UnderstandAsync(question, Now, null, CancellationToken.None);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal("order_count", result.Alternatives[0]);
    }

    [Fact]
    public async Task The_sql_keywords_are_not_left_over()
    {
        var result = await Reader.UnderstandAsync("total members grouped by member level where region = north, this month", Now, null, CancellationToken.None);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }
}
