using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// People named by a subject noun and counted, with a verb of paying saying which of them (消费过 is having paid, not an
/// amount): the distinct customers who paid, not every member nor an amount per person.
/// </summary>
public sealed class PeopleWhoPaidTests
{
    [Theory]
    [InlineData("会员里面消费过的有多少人")]
    [InlineData("客户中买过东西的有多少")]
    public void Members_who_paid_are_the_paying_customers(string question) =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query(question).Metrics);
}
