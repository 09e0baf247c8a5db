using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Values excluded in casual words ("抖音那块不算", "那部分不要", "Douyin doesn't count"), an exclusion reaching every value of its
/// list ("excluding Douyin and the Mini Program"), and values looked at together ("天猫京东两个一起看"): one total, no split.
/// </summary>
public sealed class CasualValueExclusionTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);

    private static SliceParser.Slices Slices(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var matches = LexiconScanner.Scan(Lexicon, text).Where(m => m.Entries.All(e => e.Kind is not TermKind.Metric and not TermKind.AmbiguousMetric)).ToList();
        return SliceParser.Parse(text, matches, ranking: false);
    }

    [Theory]
    [InlineData("各渠道的GMV，抖音那块不算")]
    [InlineData("上个月各渠道GMV，抖音那部分不要")]
    [InlineData("上个月GMV，抖音这一块就不算了")]
    [InlineData("上个月GMV，抖音那边别算")]
    [InlineData("last month's GMV, Douyin doesn't count")]
    [InlineData("GMV last month, Douyin shouldn't be included")]
    public void A_value_taken_out_in_casual_words_is_excluded(string question) =>
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["douyin"]), Slices(question).Filters.Single());

    [Theory]
    [InlineData("GMV excluding Douyin and the Mini Program")]
    [InlineData("orders last month without Douyin or the Mini Program")]
    [InlineData("上个月GMV，抖音和小程序那块都不算")]
    public void An_exclusion_reaches_every_value_of_its_list(string question) =>
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["douyin", "miniapp"]), Slices(question).Filters.Single());

    [Theory]
    [InlineData("上个月天猫京东两个一起看GMV")]
    [InlineData("上个月天猫、京东两个渠道放一起的订单数")]
    [InlineData("Tmall and JD, both together, last month's GMV")]
    public void Two_values_looked_at_together_are_one_total(string question)
    {
        var slices = Slices(question);
        Assert.Empty(slices.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["tmall", "jd"]), slices.Filters.Single());
    }

    [Fact]
    public void Two_values_counted_out_without_a_together_word_are_still_split() =>
        Assert.Equal(["channel"], Slices("上个月天猫、京东两个渠道的GMV").GroupBy);
}
