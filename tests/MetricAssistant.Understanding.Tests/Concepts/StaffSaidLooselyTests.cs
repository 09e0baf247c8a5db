using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Business done per colleague (同事, "colleague") or paid sales divided by the average staff is revenue per staff, not not-found
/// nor a question back among the headline metrics.
/// </summary>
public sealed class StaffSaidLooselyTests
{
    [Theory]
    [InlineData("business done per colleague last quarter")]
    [InlineData("sales per colleague by store type")]
    [InlineData("paid sales divided by average staff")]
    [InlineData("每个同事做了多少生意")]
    public void Business_per_colleague_is_revenue_per_staff(string question) =>
        Assert.Equal(["revenue_per_staff"], FollowUpTestSupport.Query(question).Metrics);
}
