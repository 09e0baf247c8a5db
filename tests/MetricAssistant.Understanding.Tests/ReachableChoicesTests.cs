using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests;

/// <summary>
/// A clarification offers only metrics that can answer the question as asked: a metric that cannot be restricted or
/// split by what the question names is no reading of it, and one reading left is the answer.
/// </summary>
public sealed class ReachableChoicesTests
{
    [Theory]
    [InlineData("上个月抖音上转化咋样", "douyin")]   // appointments have no channel: visitor conversion is the one reading
    [InlineData("conversion last month on Tmall", "tmall")]
    public void One_reaching_choice_is_the_answer(string question, string channel)
    {
        var query = Query(question);
        Assert.Equal(["conversion_rate"], query.Metrics);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, [channel]), query.Filters.Single());
    }

    [Fact]
    public void Without_such_words_every_choice_is_offered()
    {
        var result = Understand("上个月转化咋样");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["conversion_rate", "appointment_conversion_rate"], result.Alternatives);
    }

    [Fact]
    public void A_split_alone_leaves_the_choice_to_the_asker()
    {
        var result = Understand("上个月各渠道的客户数");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(3, result.Alternatives.Count);
    }
}
