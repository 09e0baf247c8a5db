using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A bare "哪个高？", "哪个多", "哪个更好", "which one was higher?", "which was bigger" after an answer split by a dimension ranks
/// that split by the metric, limit 1 (好 / better by the metric's direction), everything else kept.
/// </summary>
public sealed class FollowUpWhichIsMoreTests
{
    [Theory]
    [InlineData("上个月各渠道的GMV", "哪个高？", true)]
    [InlineData("上个月各区域的订单数", "哪个多", true)]
    [InlineData("上个月各区域的订单数", "那哪个更多呢", true)]
    [InlineData("上个月各区域的订单数", "哪个少", false)]
    [InlineData("上个月各城市的退款率", "哪个更好", false)]
    [InlineData("上个月各城市的退款率", "哪个差一些", true)]
    [InlineData("GMV by channel last month", "which one was higher?", true)]
    [InlineData("order count by region last month", "which was bigger", true)]
    [InlineData("order count by region last month", "which one was lower?", false)]
    [InlineData("refund rate by city last month", "which one was better?", false)]
    [InlineData("refund rate by city last month", "which was worse", true)]
    public void The_split_is_ranked_one_row(string first, string followUp, bool desc)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal(previous with { OrderBy = [new QueryOrder(previous.Metrics[0], desc)], Limit = 1 }, result.Query);
    }

    [Theory]
    [InlineData("上个月华北和华南的GMV哪个更高")]
    public void A_whole_question_comparing_values_is_no_ranking(string question)
    {
        var query = Query(question);
        Assert.Null(query.Limit);
        Assert.Equal(["region"], query.GroupBy);
    }
}
