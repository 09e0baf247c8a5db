using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>An amount per unit is the governed ratio of what is asked over the unit; when the catalog has none, it is not found with its parts.</summary>
public class PerUnitQuestionTests
{
    [Theory]
    [InlineData("上个月每单平均几件", "units_sold", "order_count")]
    [InlineData("上个月平均一单买几件东西", "units_sold", "paid_order_count")]
    [InlineData("上个月平均每单优惠多少钱", "discount_amount", "order_count")]
    [InlineData("average discount per order last month", "discount_amount", "paid_order_count")]
    [InlineData("上个月买东西的人里平均每人买了几单", "paid_order_count", "paying_customers")]
    [InlineData("last month how many orders did each paying customer place on average", "paid_order_count", "paying_customers")]
    public void A_quantity_per_unit_the_catalog_does_not_govern_is_not_found_with_its_parts(string question, string asked, string unit)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.Contains(asked, result.Alternatives);
        Assert.Contains(unit, result.Alternatives);
    }

    [Theory]
    [InlineData("上个月平均每个访客下了多少单", "conversion_rate")]
    [InlineData("last month how many orders per visitor", "conversion_rate")]
    [InlineData("paid orders per visitor last month", "conversion_rate")]
    [InlineData("上个月每单平均多少钱", "aov")]
    [InlineData("上个月平均每人花了多少钱", "arppu")]
    [InlineData("revenue per employee last month", "revenue_per_staff")]
    [InlineData("monthly revenue per staff in 2024", "revenue_per_staff")]
    public void A_quantity_per_unit_the_catalog_governs_is_that_ratio(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月平均每天多少单", "order_count")]
    [InlineData("上个月每个渠道的GMV", "gmv")]
    public void A_per_word_before_a_time_or_a_dimension_names_no_unit(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void Whom_a_bare_per_person_means_is_read_from_the_vocabulary_file()
    {
        var vocabulary = ConceptVocabulary.Default;
        Assert.Equal(["customer", "member"], vocabulary.PerPerson.Order(StringComparer.Ordinal));
        // Kinds of people only: visitors and staff are said when meant.
        Assert.All(vocabulary.PerPerson, p => Assert.Contains(ConceptVocabulary.People, vocabulary.Broader[p]));
    }
}
