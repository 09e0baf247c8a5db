using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// "Which of the two, Chengdu or Chongqing, had more orders": values joined by "or" under a which … more / higher question are
/// compared, one number each (their dimension split, restricted to them); "two" and "more" are read.
/// </summary>
public sealed class WhichOfListedValuesTests
{
    [Theory]
    [InlineData("Which of the two, Chengdu or Chongqing, had more orders last month", "city")]
    [InlineData("which of these two channels, Tmall or JD, did more GMV in May", "channel")]
    [InlineData("Tmall or JD — which brought in more money in May?", "channel")]
    [InlineData("which was higher last month, east or south, in GMV?", "region")]
    public void Listed_values_under_which_more_are_compared(string question, string dimension)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal([dimension], result.Query!.GroupBy);
        Assert.Equal(2, result.Query.Filters.Single(f => f.Dimension == dimension).Values.Count);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }
}
