using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// A weekend stepped back ("And the weekend before that?", 再往前一个周末呢) and a festival with a year word (去年除夕呢) as follow-ups,
/// end to end through the ask service: the previous answered question with that period, the split kept. now = 2025-07-15.
/// </summary>
public sealed class FollowUpWeekendAndFestivalTests
{
    private readonly AskHarness harness = new(TestRepository.Catalog);

    [Theory]
    [InlineData("orders by channel last weekend", "And the weekend before that?", "weekend-en")]
    [InlineData("上个周末各渠道的订单数", "再往前一个周末呢", "weekend-zh")]
    public async Task The_weekend_before_is_a_week_earlier(string first, string followUp, string conversation)
    {
        Assert.Equal(AnswerStatus.Answered, (await harness.AskAsync(first, "ceo", conversation)).Status);
        var answer = await harness.AskAsync(followUp, "ceo", conversation);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(first, answer.FollowUpOf);
        Assert.Equal(new TimeRangeDto("2025-07-05", "2025-07-07"), answer.Query!.TimeRange);
        Assert.Equal(["channel"], answer.Query.GroupBy);
    }

    [Fact]
    public async Task Last_years_new_years_eve_after_this_years()
    {
        Assert.Equal(AnswerStatus.Answered, (await harness.AskAsync("除夕各渠道的GMV", "ceo", "eve")).Status);
        var answer = await harness.AskAsync("去年除夕呢", "ceo", "eve");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(new TimeRangeDto("2024-02-09", "2024-02-10"), answer.Query!.TimeRange);
        Assert.Equal(["channel"], answer.Query.GroupBy);
    }
}
