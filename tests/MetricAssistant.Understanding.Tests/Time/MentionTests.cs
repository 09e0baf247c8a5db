using MetricAssistant.Understanding.Text;
using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Mentions point at the characters of the expression, so other parsers can skip them.</summary>
public class MentionTests
{
    [Theory]
    [InlineData("上个月tmall的gmv", "上个月", 0)]
    [InlineData("tmall上个月的gmv", "上个月", 5)]
    [InlineData("gmv q3 2025", "q3 2025", 4)]
    [InlineData("2025年1月到3月华东的gmv", "2025年1月到3月", 0)]
    [InlineData("show gmv for the last 7 days by region", "the last 7 days", 13)]
    [InlineData("各渠道近30天的客单价", "近30天", 3)]
    [InlineData("从3月1日到3月15日的订单数", "从3月1日到3月15日", 0)]
    [InlineData("华东区去年第三季度gmv", "去年第三季度", 3)]
    [InlineData("gmv year to date", "year to date", 4)]
    [InlineData("去年双11的成交额", "去年双11", 0)]
    [InlineData("自2024年以来的新增会员", "自2024年以来", 0)]
    public void Mention_points_at_the_expression(string question, string expression, int start)
    {
        var text = TextNormalizer.Normalize(question);
        var result = Resolve(question, "2025-07-15");

        var mention = Assert.Single(result.Mentions);
        Assert.Equal(expression, mention.Text);
        Assert.Equal(start, mention.Start);
        Assert.Equal(expression.Length, mention.Length);
        Assert.Equal(expression, text.Substring(mention.Start, mention.Length));
        Assert.Equal(result.Range, mention.Range);
    }

    [Fact]
    public void Several_periods_are_all_mentioned_and_the_first_is_the_range()
    {
        var result = Resolve("2024年和2025年的gmv", "2025-07-15");

        Assert.Equal(Range("2024-01-01", "2025-01-01"), result.Range);
        Assert.Collection(result.Mentions,
            m => Assert.Equal(("2024年", 0), (m.Text, m.Start)),
            m => Assert.Equal(("2025年", 6), (m.Text, m.Start)));
    }

    [Fact]
    public void Months_joined_by_and_are_two_months_but_between_makes_a_range()
    {
        Assert.Equal(2, Resolve("3月和5月的gmv", "2025-07-15").Mentions.Count);
        Assert.Equal(Range("2025-03-01", "2025-06-01"), Resolve("3月和5月之间的gmv", "2025-07-15").Range);
        Assert.Equal(Range("2025-03-01", "2025-06-01"), Resolve("gmv between march and may", "2025-07-15").Range);
    }
}
