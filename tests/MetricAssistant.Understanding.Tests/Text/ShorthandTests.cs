using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

public sealed class ShorthandTests
{
    [Theory]
    [InlineData("appts in chengdu last month", "appointments in chengdu last month")]
    [InlineData("conv rate by channel", "conversion rate by channel")]
    [InlineData("refund amt, qty and rev", "refund amount, quantity and revenue")]
    [InlineData("gmv w/o tmall", "gmv without tmall")]
    [InlineData("avg hc per store", "avg headcount per store")]
    public void Shorthand_words_are_written_out(string text, string expected) => Assert.Equal(expected, Shorthand.Expand(text));

    [Theory]
    [InlineData("approved appointments")]      // a longer word that starts like one is left alone
    [InlineData("revenue_per_staff")]           // an id is not a sentence of words
    [InlineData("上个月的预约数")]
    [InlineData("reverse it")]
    public void Other_words_are_kept(string text) => Assert.Equal(text, Shorthand.Expand(text));
}
