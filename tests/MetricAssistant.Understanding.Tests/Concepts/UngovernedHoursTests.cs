using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Hours worked (加班时长, 工时, "overtime hours", "shift hours") are a duration the catalog does not measure: asked of staff,
/// they are not found, never the headcount answered with the hours named as not understood.
/// </summary>
public class UngovernedHoursTests
{
    [Theory]
    [InlineData("Average overtime hours for store staff in March")]
    [InlineData("hours worked by store staff last month")]
    [InlineData("total shift hours per store in Q2")]
    [InlineData("门店员工三月平均加班时长")]
    [InlineData("上个月各门店员工的工时")]
    [InlineData("员工上季度的平均工作时长")]
    public void Hours_of_staff_are_not_found(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.NotFound, $"'{question}': {result.Outcome} {string.Join(",", result.Query?.Metrics ?? [])}");
    }
}
