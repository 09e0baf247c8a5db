using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Values said to be counted in, values listed "regardless of", and values left out by a verb said before them with spaces
/// and Latin names: a value counted in restricts nothing unless the question restricts its dimension otherwise; a
/// regardless-of list or dimension is no filter and no split; a leaving-out verb before a list leaves the whole list out.
/// </summary>
public sealed class CountedInAndRegardlessTests
{
    [Theory]
    [InlineData("上个月的访客数，别忘了把京东也算上")]
    [InlineData("上周的订单数，记得把小程序也算进去")]
    [InlineData("上个月GMV，抖音的也要算进去")]
    [InlineData("上个月的GMV，天猫和京东都算上")]
    [InlineData("orders last month including Tmall and JD")]
    [InlineData("GMV last week, and make sure Tmall is included")]
    [InlineData("orders last month, don't leave out the outlets")]
    [InlineData("refund amount last month, don't forget JD")]
    [InlineData("visitors last month, make sure the mini program is counted")]
    public void A_value_counted_in_with_nothing_else_on_its_dimension_is_no_filter(string question)
    {
        var query = Query(question);
        Assert.Empty(query.Filters);
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("上个月的GMV，只看天猫，京东也算上")]
    [InlineData("GMV for Tmall last month, and make sure JD is included")]
    public void A_value_counted_in_beside_a_kept_value_joins_it(string question) =>
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["tmall", "jd"]), Query(question).Filters.Single());

    [Theory]
    [InlineData("daily order count in East China last month", "region", "east")]
    [InlineData("上个月订单数，只看京东", "channel", "jd")]
    [InlineData("check whether Tmall GMV went up last month", "channel", "tmall")]
    public void A_value_chosen_stays_a_filter(string question, string dimension, string value) =>
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [value]), Query(question).Filters.Single());

    [Theory]
    [InlineData("上个月各渠道的GMV，京东也算上")]
    [InlineData("GMV by channel last month, make sure JD is included")]
    public void A_value_counted_in_of_a_split_dimension_leaves_the_split(string question)
    {
        var query = Query(question);
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("上个月除了京东的GMV", "京东也算上")]
    [InlineData("GMV excluding JD last month", "add JD back")]
    public void A_value_counted_in_after_its_exclusion_is_no_longer_excluded(string first, string followUp)
    {
        var result = Continue(Query(first), followUp);
        Assert.NotNull(result);
        Assert.DoesNotContain(result.Query.Filters, f => f.Operator == QueryFilterOperator.NotIn && f.Values.Contains("jd"));
    }

    [Theory]
    [InlineData("不管线上线下，上个月一共多少订单")]
    [InlineData("无论门店还是网上，上个月的访客数")]
    [InlineData("不论哪个渠道，上个月GMV一共多少")]
    [InlineData("上个月的订单数，不管天猫京东还是门店")]
    [InlineData("whether online or in-store, how many visitors last month")]
    [InlineData("GMV last month regardless of channel")]
    [InlineData("orders last month across all channels")]
    [InlineData("no matter which channel, total orders last month")]
    public void A_regardless_of_list_is_no_filter_and_no_split(string question)
    {
        var query = Query(question);
        Assert.Empty(query.Filters);
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("不管线上线下，上个月各区域的订单数")]
    [InlineData("orders by region last month, regardless of channel")]
    public void A_regardless_of_list_keeps_a_split_asked(string question)
    {
        var query = Query(question);
        Assert.Empty(query.Filters);
        Assert.Equal(["region"], query.GroupBy);
    }

    [Theory]
    [InlineData("上周的订单数, 不要算 tmall 和 jd", "channel", "tmall,jd")]
    [InlineData("上个月GMV，不算 douyin", "channel", "douyin")]
    [InlineData("去掉 JD 和 Tmall 以后的GMV 上个月", "channel", "jd,tmall")]
    [InlineData("上个月的订单数，别算 JD", "channel", "jd")]
    [InlineData("上个月GMV，奥特莱斯那种店就不要算进去了", "store_type", "outlet")]
    [InlineData("上个月GMV，旗舰店搿种店就别算了", "store_type", "flagship")]
    [InlineData("GMV last month, outlets, don't count those ones", "store_type", "outlet")]
    [InlineData("orders last month, flagship stores, don't include those", "store_type", "flagship")]
    public void A_value_left_out_before_or_with_a_pointer_is_not_in(string question, string dimension, string values)
    {
        var query = Query(question);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, values.Split(',')), query.Filters.Single());
        Assert.Empty(query.GroupBy);
    }
}
