using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Questions without a time expression, and numbers or words that look like one but are not.</summary>
public class NoTimeTests
{
    [Theory]
    [InlineData("gmv by region")]
    [InlineData("各渠道客单价")]
    [InlineData("top 5 stores by gmv")]
    [InlineData("前5的门店")]
    [InlineData("前10名门店")]
    [InlineData("gmv超过2000的门店")]
    [InlineData("客单价300元")]
    [InlineData("订单数大于100")]
    [InlineData("gmv 2000 orders")]
    [InlineData("6180元的订单")]
    [InlineData("gmv 6.18万")]
    [InlineData("最近gmv怎么样")]
    [InlineData("最近")]
    [InlineData("日均gmv")]
    [InlineData("每月gmv趋势")]
    [InlineData("按月gmv")]
    [InlineData("weekly gmv")]
    [InlineData("查一下月度gmv")]
    [InlineData("看一下周报")]
    [InlineData("统一月度报表")]
    [InlineData("周末的gmv")]
    [InlineData("weekend vs weekday gmv")]
    [InlineData("3个月")]
    [InlineData("近三四年")]
    [InlineData("may i see gmv by region")]
    [InlineData("")]
    [InlineData("   ")]
    public void No_range(string question)
    {
        var result = Resolve(question, "2025-07-15");

        Assert.Null(result.Range);
        Assert.Empty(result.Mentions);
    }

    [Fact]
    public void Filler_before_a_weekday_is_not_a_weekday()
    {
        // 上周一共 = "last week, in total", not "last Monday"
        Assert.Equal(Range("2025-07-07", "2025-07-14"), Resolve("上周一共卖了多少", "2025-07-15").Range);
    }
}
