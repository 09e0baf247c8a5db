using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Words beside a name that say how the figure is taken, not a second thing asked: a ratio's own part named after it ("the refund
/// ratio against GMV"), the standard said with who sets it ("the standard company figure"), a period's end as the basis (按月末口径).
/// </summary>
public sealed class SidesAndBasesTests
{
    [Theory]
    [InlineData("refund ratio against GMV for April", "refund_rate")]
    [InlineData("the refund rate relative to GMV in April", "refund_rate")]
    [InlineData("4月退款率相对于GMV是多少", "refund_rate")]
    public void A_ratios_own_part_named_after_it_is_its_side(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("GMV and refund rate by channel for April")]
    [InlineData("GMV vs refund rate in April")]
    public void A_part_listed_beside_its_ratio_is_still_asked(string question) =>
        Assert.Equal(2, FollowUpTestSupport.Query(question).Metrics.Count);

    [Theory]
    [InlineData("April GMV, the standard company figure")]
    [InlineData("what were sales in April under the standard official definition")]
    public void The_standard_said_with_who_sets_it_is_no_store_type(string question) =>
        Assert.Empty(FollowUpTestSupport.Query(question).Filters);

    [Fact]
    public void Standard_stores_are_still_a_store_type() =>
        Assert.Equal("store_type", Assert.Single(FollowUpTestSupport.Query("orders from standard stores in April").Filters).Dimension);

    [Theory]
    [InlineData("4月各门店的在岗人数，按月末口径")]
    [InlineData("按月底的口径，看4月华东的在岗人数")]
    [InlineData("去年各区域的累计会员，以年底为准")]
    public void A_period_end_as_the_basis_is_no_trend(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Null(query.Grain);
        Assert.Equal(ValueAt.PeriodEnd, query.At);
    }

    [Fact]
    public void Each_month_end_is_still_monthly() =>
        Assert.Equal(TimeGrain.Month, FollowUpTestSupport.Query("今年按月看每个月末的在岗人数").Grain);
}
