using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Chat shorthand for periods reads like its long form (ISO weeks, half-open ranges); now = 2025-07-15, a Tuesday.</summary>
public class ChatShorthandTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("gmv lw", "2025-07-07", "2025-07-14")]
    [InlineData("paid orders tw by channel", "2025-07-14", "2025-07-21")]
    [InlineData("refund amount lm", "2025-06-01", "2025-07-01")]
    [InlineData("visitors tm, by store", "2025-07-01", "2025-08-01")]
    [InlineData("orders yday", "2025-07-14", "2025-07-15")]
    [InlineData("how many orders yest?", "2025-07-14", "2025-07-15")]
    [InlineData("ytday gmv", "2025-07-14", "2025-07-15")]
    [InlineData("gmv tdy so far", "2025-07-15", "2025-07-16")]
    [InlineData("gmv ly", "2024-01-01", "2025-01-01")]
    [InlineData("just tdy's gmv", "2025-07-15", "2025-07-16")]
    [InlineData("aov last wk", "2025-07-07", "2025-07-14")]
    [InlineData("gmv prev month", "2025-06-01", "2025-07-01")]
    [InlineData("refund rate prev qtr", "2025-04-01", "2025-07-01")]
    [InlineData("visitors previous wk", "2025-07-07", "2025-07-14")]
    [InlineData("gmv this qtr", "2025-07-01", "2025-10-01")]
    [InlineData("gmv q-t-d", "2025-07-01", "2025-07-15")]
    [InlineData("orders m-t-d", "2025-07-01", "2025-07-15")]
    [InlineData("gmv y-t-d", "2025-01-01", "2025-07-15")]
    public void Reads_like_the_long_form(string question, string start, string end) =>
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);

    [Theory]
    [InlineData("gmv only for tmall")]      // ly ends a word
    [InlineData("orders atm")]              // tm inside a word
    [InlineData("monthly gmv")]
    [InlineData("the yesteryear gmv")]
    [InlineData("gmv for the flw channel")]
    [InlineData("gmv tmall lwin")]
    [InlineData("gmv l'm")]
    [InlineData("这tm什么gmv")]
    [InlineData("ly的gmv")]
    [InlineData("gmv lw-2")]
    public void Never_matches_inside_a_word(string question) =>
        Assert.Null(Resolve(question, Now).Range);

    [Theory]
    [InlineData("gmv this month vs lm", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("gmv lw vs prev wk", "2025-07-07", "2025-07-14", Comparison.Pop)]
    [InlineData("gmv lm vs ly", "2025-06-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("paid orders WoW lw", "2025-07-07", "2025-07-14", Comparison.Pop)]
    [InlineData("gmv MoM lm", "2025-06-01", "2025-07-01", Comparison.Pop)]
    public void After_a_comparison_word_it_is_the_period_compared_with(string question, string start, string end, Comparison comparison)
    {
        var result = Resolve(question, Now);

        Assert.Equal(Range(start, end), result.Range);
        Assert.Equal(comparison, result.ImpliedComparison);
    }
}
