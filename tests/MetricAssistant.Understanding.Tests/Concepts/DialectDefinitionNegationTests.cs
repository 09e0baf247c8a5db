using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A definition ruled out after it is named with a dialect negator or a "do / make" verb (莫要了, 也莫给我, 别给我整), or said
/// to be outside what is asked (以外的): the other variants are left, never the one ruled out.
/// </summary>
public class DialectDefinitionNegationTests
{
    [Theory]
    [InlineData("上个月GMV，财务那套口径别给我整", "gmv_ordered,gmv_net")]
    [InlineData("上个月GMV，财务口径就莫要了", "gmv_ordered,gmv_net")]
    [InlineData("上个月成交额，下单口径甭要了", "gmv,gmv_net")]
    [InlineData("上个月电商部口径以外的GMV", "gmv,gmv_net")]
    [InlineData("上个月财务口径之外的成交额", "gmv_ordered,gmv_net")]
    public void One_definition_ruled_out_leaves_the_others_to_choose(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(',').Order(), result.Alternatives.Order());
    }

    [Theory]
    [InlineData("上个月GMV，非运营口径，下单那个也莫给我", "gmv")]
    [InlineData("上个月GMV，财务口径莫要，下单那个也莫给我", "gmv_net")]
    public void Two_definitions_ruled_out_leave_the_one_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("last month 不要下单口径, just the company standard GMV")]
    [InlineData("GMV last month, not the net one, give me the official figure")]
    [InlineData("上个月GMV，不要运营口径，按公司标准口径来")]
    public void One_ruled_out_with_the_company_standard_asked_by_name_answers_the_standard(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);
}
