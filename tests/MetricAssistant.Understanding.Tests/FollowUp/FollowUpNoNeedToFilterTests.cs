using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A follow-up saying a dimension needs no filter ("渠道不用筛了", Cantonese "渠道唔使筛喇", "no need to filter channels"):
/// the filter on it is lifted; a split stays (CONVENTIONS "Follow-ups").
/// </summary>
public sealed class FollowUpNoNeedToFilterTests
{
    [Theory]
    [InlineData("上个月天猫和京东各渠道的GMV", "渠道不用筛了")]
    [InlineData("上个月天猫和京东各渠道的GMV", "渠道唔使筛喇")]
    [InlineData("上个月天猫和京东各渠道的GMV", "渠道唔洗筛啦")]
    [InlineData("GMV by channel for Tmall and JD last month", "no need to filter channels")]
    [InlineData("GMV by channel for Tmall and JD last month", "don't need to filter by channel anymore")]
    [InlineData("GMV by channel for Tmall and JD last month", "stop filtering the channel")]
    public void Lifts_the_filter_and_keeps_the_split(string first, string followUp)
    {
        var before = Query(first);
        var result = Continue(before, followUp);
        Assert.NotNull(result);
        Assert.Empty(result.Query.Filters);
        Assert.Equal(["channel"], result.Query.GroupBy);
        Assert.Equal(before.Metrics, result.Query.Metrics);
    }

    [Theory]
    [InlineData("天猫和京东的GMV", "渠道不用筛了")]
    [InlineData("GMV for Tmall and JD", "no need to filter channels")]
    public void Lifts_the_filter_without_a_split(string first, string followUp)
    {
        var result = Continue(Query(first), followUp);
        Assert.NotNull(result);
        Assert.Empty(result.Query.Filters);
    }
}
