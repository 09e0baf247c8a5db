using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Splits said in words the reader dropped silently: a kind of store before whose staff ("each store type 的 staff",
/// 每种门店类型), listed values to be looked at apart (天猫京东分开看, Cantonese 同 and traditional 分別), the rest of
/// the regions asked each (其他几个区…各是多少).
/// </summary>
public sealed class SplitWordKindsTests
{
    [Theory]
    [InlineData("each store type 的 staff 上个月", "store_type")]
    [InlineData("每种 store type 的 headcount 上个月", "store_type")]
    [InlineData("每个城市的员工上个月有多少", "city")]
    [InlineData("每种门店类型的在岗人数上个月", "store_type")]
    public void A_split_word_before_a_kind_whose_staff_are_asked_splits(string question, string dimension) =>
        Assert.Equal([dimension], Query(question).GroupBy);

    [Theory]
    [InlineData("how much does each store employee bring in last quarter")]
    [InlineData("revenue per store staff last quarter")]
    public void Per_store_employee_is_still_the_unit(string question) =>
        Assert.Empty(Query(question).GroupBy);

    [Theory]
    [InlineData("上个月的订单数，天猫京东分开看", "channel", "tmall", "jd")]
    [InlineData("上周新增会员，金卡银卡分开看", "member_level", "gold", "silver")]
    [InlineData("北京同上海上个月GMV分別係幾多", "city", "Beijing", "Shanghai")]
    [InlineData("上个月天猫和京东的订单单独看", "channel", "tmall", "jd")]
    public void Listed_values_looked_at_apart_split_and_stay_filtered(string question, string dimension, string first, string second)
    {
        var query = Query(question);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [first, second]), query.Filters.Single());
    }

    [Theory]
    [InlineData("上个月除了华北其他几个区的订单数各是多少")]
    [InlineData("上个月除了华北，其余几个区的GMV分别是多少")]
    public void The_rest_of_the_regions_asked_each_split(string question)
    {
        var query = Query(question);
        Assert.Equal(["region"], query.GroupBy);
        Assert.Equal(new QueryFilter("region", QueryFilterOperator.NotIn, ["north"]), query.Filters.Single());
    }
}
