using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A measure the catalog lacks, said in everyday words (repeat purchases, operating expenses), is not found: never the
/// nearest metric of the rest of the question (paying customers, GMV of the stores) answered with a notice.
/// </summary>
public class UngovernedMeasureTests
{
    [Theory]
    [InlineData("how many shoppers came back to buy again last month")]
    [InlineData("returning customers last month")]
    [InlineData("how many repeat buyers did we have in June")]
    [InlineData("what share of old customers bought again last quarter")]
    [InlineData("回头客有多少")]
    [InlineData("上个月买过又回来买的有多少人")]
    [InlineData("上季度再次购买的顾客占比")]
    public void Repeat_purchase_is_not_found(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.NotFound, $"'{question}': {result.Outcome} {string.Join(",", result.Query?.Metrics ?? [])}");
        Assert.Contains(result.Notices, n => n is NotUnderstood);
    }

    [Theory]
    [InlineData("how much did we spend on store rent last month")]
    [InlineData("what did payroll cost us in Q2")]
    [InlineData("utilities last month")]
    [InlineData("上个月房租花了多少")]
    [InlineData("门店水电费一共多少")]
    [InlineData("上季度工资支出")]
    public void Operating_expenses_are_not_found(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.NotFound, $"'{question}': {result.Outcome} {string.Join(",", result.Query?.Metrics ?? [])}");
    }

    [Fact]
    public void The_nearest_metrics_of_the_rest_are_offered()
    {
        var result = FollowUpTestSupport.Understand("how many repeat buyers did we have last month");
        Assert.Contains("paying_customers", result.Alternatives);
    }

    [Theory]
    // Product cost inside gross profit is governed; a period's GMV is not an expense.
    [InlineData("what did we keep after product costs in Q1 2025", "gross_profit")]
    [InlineData("上个月花了多少钱", null)]
    public void Governed_costs_and_spend_still_answer(string question, string? metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.NotEqual(UnderstandingOutcome.NotFound, result.Outcome);
        if (metric is not null) Assert.Equal([metric], result.Query!.Metrics);
    }

    [Theory]
    [InlineData("上个月金卡会员的客单价，顺便看下复购率", "aov")]
    [InlineData("aov for gold members last month, and the repeat purchase rate", "aov")]
    public void Asked_in_a_clause_of_its_own_beside_a_named_metric_it_is_named_as_not_in_the_catalog(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Contains(result.Notices, n => n is NotInCatalog);
    }
}
