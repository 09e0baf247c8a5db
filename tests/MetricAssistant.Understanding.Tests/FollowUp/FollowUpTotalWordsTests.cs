using MetricAssistant.Understanding.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>Taking a breakdown away without naming it ("drop the split", 不拆了) is the total, as 总共呢 is.</summary>
public sealed class FollowUpTotalWordsTests
{
    [Theory]
    [InlineData("AOV by member level last month", "drop the split", "AOV last month")]
    [InlineData("GMV by region last month", "don't split it", "GMV last month")]
    [InlineData("上个月各渠道的订单数", "不拆了", "上个月的订单数")]
    [InlineData("上个月各区域的GMV", "不用分了", "上个月的GMV")]
    public void The_split_goes(string previous, string followUp, string full)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(full), result.Query);
    }
}
