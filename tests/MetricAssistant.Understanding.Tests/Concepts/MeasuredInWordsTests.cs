using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A selling question said how it is measured: 按件数算 / 按数量 / "by units" / "in pieces" is units, 按金额算 / "by value" is
/// money; the metric of the other is read as the same rows measured that way (from the signatures: paid rows, a sum).
/// </summary>
public sealed class MeasuredInWordsTests
{
    [Theory]
    [InlineData("这个月卖得最火的品类是哪个？按件数算", "units_sold")]
    [InlineData("这个月哪个品类卖得最好，按数量算", "units_sold")]
    [InlineData("上个月各渠道卖了多少，按件数算", "units_sold")]
    [InlineData("上个月各渠道卖了多少，按金额算", "gmv")]
    [InlineData("which category sold best this month, in pieces?", "units_sold")]
    [InlineData("how much did each channel sell last month, by value?", "gmv")]
    public void The_measure_words_pick_units_or_money(string question, string metric) =>
        Assert.Equal([metric], Query(question).Metrics);
}
