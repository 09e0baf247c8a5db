using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>Two listed values with a word of their gap (gap, difference, how far apart, 相差, 差多少) ask for one number each.</summary>
public sealed class GapBetweenValuesTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);

    private static SliceParser.Slices Read(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var matches = LexiconScanner.Scan(Lexicon, text).Where(m => m.Entries.All(e => e.Kind != TermKind.Metric)).ToList();
        return ValueComparison.Apply(text, matches, SliceParser.Parse(text, matches, false), Lexicon);
    }

    [Theory]
    [InlineData("the gap between tmall and jd on paid orders", "channel", "tmall", "jd")]
    [InlineData("what's the gap in gmv between east china and south china", "region", "east", "south")]
    [InlineData("difference in refund amount between jd and tmall", "channel", "jd", "tmall")]
    [InlineData("how far apart were north china and south china on gmv", "region", "north", "south")]
    [InlineData("east china and north china, how far apart in visitors", "region", "east", "north")]
    [InlineData("京东跟天猫的订单相差几单", "channel", "jd", "tmall")]
    [InlineData("华北和华中的客单价差了几块钱", "region", "north", "central")]
    [InlineData("天猫与京东的退款率差别大吗", "channel", "tmall", "jd")]
    public void The_gap_between_two_values_splits_by_them(string question, string dimension, string first, string second)
    {
        var slices = Read(question);
        Assert.Equal([dimension], slices.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [first, second]), slices.Filters.Single());
    }

    [Fact]
    public void A_gap_word_with_one_value_changes_nothing()
    {
        var slices = Read("the gap between target and tmall gmv");
        Assert.Empty(slices.GroupBy);
    }
}
