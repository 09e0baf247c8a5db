using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The dimension whose name says both its sides, summed at once ("线上线下加一块儿", "线上线下的合起来"): the whole set, no
/// split and no filter (CONVENTIONS "Group by").
/// </summary>
public sealed class BothSidesSummedTests
{
    [Theory]
    [InlineData("上个月线上线下加一块儿的GMV")]
    [InlineData("上周线上线下合起来的订单数")]
    [InlineData("今年线上线下加到一块儿的退款金额")]
    public void Is_neither_a_split_nor_a_filter(string question)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Empty(query.Filters);
    }
}
