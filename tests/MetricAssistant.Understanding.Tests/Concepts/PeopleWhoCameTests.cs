using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// People of no kind (人, "people", "folks") counted with a verb of coming are everyone who came: the visitors, answered, not
/// asked back among the counts of people. Customers or shoppers said so stay asked back (they may be the ones who paid).
/// </summary>
public sealed class PeopleWhoCameTests
{
    [Theory]
    [InlineData("这周官网进来了多少人")]
    [InlineData("上礼拜有几多人嚟过")]
    [InlineData("上个月有多少人来过我们店")]
    [InlineData("昨天来了多少人")]
    [InlineData("how many people dropped in last month")]
    [InlineData("how many folks came through, online and stores together")]
    [InlineData("how many people popped in over the weekend")]
    public void People_who_came_are_the_visitors(string question) =>
        Assert.Equal(["visitors"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上周来了多少顾客")]
    [InlineData("how many shoppers came in last week")]
    public void Customers_who_came_are_still_asked_back(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("visitors", result.Alternatives);
    }
}
