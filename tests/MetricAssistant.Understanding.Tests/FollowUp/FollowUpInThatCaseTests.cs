using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A question ending in "then" ("…, then?"), or asked "in that case" (那样的话, 这样的话), is asked in the case the answer just given
/// sets: the split, filters, period and comparison stay and only the metric changes. "back then" is a time, not this.
/// </summary>
public sealed class FollowUpInThatCaseTests
{
    private const string First = "last month's GMV by channel in east china compared with last year";

    [Theory]
    [InlineData("How many distinct customers paid, then?", "paying_customers")]
    [InlineData("and the refund rate then?", "refund_rate")]
    [InlineData("so what's the AOV then?", "aov")]
    [InlineData("OK, and how many orders, then", "order_count")]
    [InlineData("right, then how many distinct shoppers paid?", "paying_customers")]
    [InlineData("in that case, the refund rate", "refund_rate")]
    [InlineData("what about gross profit in that case?", "gross_profit")]
    [InlineData("这样的话，退款率是多少", "refund_rate")]
    [InlineData("那样的话毛利呢", "gross_profit")]
    [InlineData("既然这样，客单价怎么样", "aov")]
    public void The_metric_changes_and_everything_else_stays(string question, string metric)
    {
        var before = Query(First);
        var result = Continue(before, question);
        Assert.NotNull(result);
        Assert.Equal([metric], result.Query.Metrics);
        Assert.Equal(["channel"], result.Query.GroupBy);
        Assert.Equal(before.Filters, result.Query.Filters);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
        Assert.Equal(Comparison.Yoy, result.Query.Compare);
    }

    [Theory]
    [InlineData("what was the refund rate back then")]
    [InlineData("how has the refund rate moved since then")]
    public void Then_as_a_time_is_no_continuation(string question) =>
        Assert.Null(Continue(Query(First), question));
}
