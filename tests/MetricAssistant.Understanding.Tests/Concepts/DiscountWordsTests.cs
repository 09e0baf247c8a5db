using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// The words of what was given off the price (折让, 让价, "promo", "haircut") are the discount amount, never a question back
/// among the GMVs nor not found.
/// </summary>
public sealed class DiscountWordsTests
{
    [Theory]
    [InlineData("上月折让金额")]
    [InlineData("本月折让多少")]
    [InlineData("上个月让价金额按渠道")]
    [InlineData("promo haircut last month")]
    [InlineData("promo money last month by region")]
    public void Discount_words_are_discount_amount(string question) =>
        Assert.Equal(["discount_amount"], FollowUpTestSupport.Query(question).Metrics);
}
