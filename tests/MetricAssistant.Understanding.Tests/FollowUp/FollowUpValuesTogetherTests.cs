using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// Two values looked at together after a split ("天猫京东两个一起看", "Tmall and JD combined") keep to those values as one total:
/// the split the conversation had is not restored, as it is for two values compared ("只看天猫和京东").
/// </summary>
public sealed class FollowUpValuesTogetherTests
{
    [Theory]
    [InlineData("天猫京东两个一起看")]
    [InlineData("只看天猫和京东，合起来看")]
    [InlineData("天猫京东放一起呢")]
    [InlineData("Tmall and JD combined")]
    [InlineData("just Tmall and JD together")]
    public void The_values_are_one_total(string question)
    {
        var result = Chain("上个月各渠道的GMV", question);
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal(["tmall", "jd"], result.Query.Filters.Single().Values);
    }

    [Fact]
    public void Two_values_compared_keep_the_split() =>
        Assert.Equal(["channel"], Chain("上个月各渠道的GMV", "只看天猫和京东").Query.GroupBy);
}
