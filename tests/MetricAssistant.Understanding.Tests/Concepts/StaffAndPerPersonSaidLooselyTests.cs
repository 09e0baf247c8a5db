using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Staff and per-person amounts said loosely: people "working the stores" are the staff (avg_headcount); paid sales over
/// the average store staff is revenue per staff; "average one order how much" is the average order value;
/// Sichuanese 好多 after the people (人有好多) asks how many.
/// </summary>
public sealed class StaffAndPerPersonSaidLooselyTests
{
    [Theory]
    [InlineData("how many folks did we have working the stores, on average")]
    public void People_working_the_stores_are_the_headcount(string question) =>
        Assert.Equal(["avg_headcount"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("paid sales divided by average store staff")]
    [InlineData("paid revenue divided by the average store staff last year")]
    public void Paid_sales_over_average_store_staff_is_revenue_per_staff(string question) =>
        Assert.Equal(["revenue_per_staff"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("each region, average one order how much")]
    [InlineData("average one order how much last month")]
    public void Average_one_order_is_the_aov(string question) =>
        Assert.Equal(["aov"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("去年付过款的人有好多")]
    [InlineData("上个月买过东西的人有好多")]
    public void Sichuanese_how_many_of_people_who_paid_is_paying_customers(string question) =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query(question).Metrics);
}
