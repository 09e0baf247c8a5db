using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A definition ruled out with a colloquial "do / make" verb after the negation ("别给我整财务那套口径", "不要搞下单口径那种",
/// "别弄那个扣券的算法"): the other definitions are left, never the one refused, and the verb is read, not named as unknown.
/// </summary>
public class ColloquialVerbNegationTests
{
    [Theory]
    [InlineData("上个月GMV，别给我整财务那套口径", "gmv_ordered,gmv_net")]
    [InlineData("上个月GMV，不要搞下单口径那种", "gmv,gmv_net")]
    [InlineData("上个月GMV，别弄那个扣券的算法", "gmv,gmv_ordered")]
    [InlineData("上个月的成交额，别整下单那套", "gmv,gmv_net")]
    [InlineData("上个月GMV，不要给我弄财务口径", "gmv_ordered,gmv_net")]
    [InlineData("上个月GMV，甭搞财务那套口径", "gmv_ordered,gmv_net")]
    [InlineData("上个月GMV，不要弄成下单口径", "gmv,gmv_net")]
    [InlineData("GMV last month, don't go with the finance number", "gmv_ordered,gmv_net")]
    public void One_definition_refused_with_a_colloquial_verb_leaves_the_others_to_choose(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(',').Order(), result.Alternatives.Order());
        Assert.DoesNotContain(result.Notices.OfType<NotUnderstood>(), n => n.Text.Contains('整') || n.Text.Contains('搞') || n.Text.Contains('弄') || n.Text.Contains("go", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上个月GMV，别搞财务口径，也别弄下单口径", "gmv_net")]
    [InlineData("上个月各区域的GMV，别给我整下单口径，也不要弄扣券那套", "gmv")]
    public void Two_definitions_refused_with_colloquial_verbs_leave_the_one_answered(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Empty(query.Filters);
    }
}
