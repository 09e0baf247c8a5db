using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

public sealed class AverageWordOrderTests
{
    [Theory]
    [InlineData("上个月一个店员平均卖了多少", "上个月平均一个店员卖了多少")]
    [InlineData("每个访客平均下几单", "平均每个访客下几单")]
    [InlineData("每位员工平均", "平均每位员工")]
    public void The_average_word_moves_before_its_unit(string text, string expected) => Assert.Equal(expected, AverageWordOrder.Normalize(text));

    [Theory]
    [InlineData("上个月平均每个店员卖了多少")]
    [InlineData("每个月的平均在岗人数")]        // 每个月 … 平均在岗人数: a name, not a unit the average is per (more than three characters apart)
    [InlineData("每个门店平均数是多少")]          // 平均数 is a noun
    public void Other_orders_are_kept(string text) => Assert.Equal(text, AverageWordOrder.Normalize(text));
}
