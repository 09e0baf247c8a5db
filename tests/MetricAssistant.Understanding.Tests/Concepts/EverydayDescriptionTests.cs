using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>Everyday words for what a metric measures: people counted once, amounts knocked off, all-time totals, staff kept on.</summary>
public class EverydayDescriptionTests
{
    [Theory]
    [InlineData("上个月有多少个不同的顾客掏钱买了东西？同一个人买好几次只算一次", "paying_customers")]
    [InlineData("how much did coupons knock off paid orders last week", "discount_amount")]
    [InlineData("上个月那会儿，历来注册过的会员加起来有多少人", "total_customers")]
    [InlineData("how many members have ever signed up in total, looking at last month", "total_customers")]
    [InlineData("上个季度店里平均养了多少号人在干活", "avg_headcount")]
    public void Described_in_everyday_words(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void Volume_is_asked_back_between_orders_and_units()
    {
        var result = FollowUpTestSupport.Understand("what's the volume for last week");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["order_count", "units_sold"], result.Alternatives.Take(2));
    }
}
