using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Parsing;

public sealed class ValueComparisonTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);

    private static SliceParser.Slices Read(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var matches = LexiconScanner.Scan(Lexicon, text).Where(m => m.Entries.All(e => e.Kind != TermKind.Metric)).ToList();
        return ValueComparison.Apply(text, matches, SliceParser.Parse(text, matches, false), Lexicon);
    }

    [Theory]
    [InlineData("华东和华南对比的gmv", "region", "east", "south")]
    [InlineData("华东跟华南比一下gmv", "region", "east", "south")]
    [InlineData("gmv tmall vs jd", "channel", "tmall", "jd")]
    [InlineData("how does tmall compare with jd", "channel", "tmall", "jd")]
    [InlineData("天猫和京东上个月退款率分别多少", "channel", "tmall", "jd")]
    [InlineData("华东和华南各自的gmv", "region", "east", "south")]
    [InlineData("tmall and jd gmv respectively", "channel", "tmall", "jd")]
    [InlineData("orders on tmall and jd, separately", "channel", "tmall", "jd")]
    [InlineData("上个月gmv华北比华中高多少", "region", "north", "central")]
    [InlineData("上个月天猫的订单比京东多多少", "channel", "tmall", "jd")]
    [InlineData("how much higher was gmv in north china than central china last month", "region", "north", "central")]
    // A word of their gap (gap, difference, how far apart, 相差, 差多少)
    [InlineData("the gap between tmall and jd on paid orders", "channel", "tmall", "jd")]
    [InlineData("what's the gap in gmv between east china and south china", "region", "east", "south")]
    [InlineData("difference in refund amount between jd and tmall", "channel", "jd", "tmall")]
    [InlineData("how far apart were north china and south china on gmv", "region", "north", "south")]
    [InlineData("east china and north china, how far apart in visitors", "region", "east", "north")]
    [InlineData("京东跟天猫的订单相差几单", "channel", "jd", "tmall")]
    [InlineData("华北和华中的客单价差了几块钱", "region", "north", "central")]
    [InlineData("天猫与京东的退款率差别大吗", "channel", "tmall", "jd")]
    // Values joined by "or" under "which of the two … had more"
    [InlineData("which of the two, chengdu or chongqing, had more orders last month", "city", "Chengdu", "Chongqing")]
    [InlineData("which of these two, east china or south china, saw lower refunds", "region", "east", "south")]
    public void Listed_values_to_compare_split_and_stay_filtered(string question, string dimension, string first, string second)
    {
        var slices = Read(question);
        Assert.Equal([dimension], slices.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [first, second]), slices.Filters.Single());
    }

    [Fact]
    public void A_list_of_every_value_is_the_split_alone()
    {
        var slices = Read("compare online and offline orders");
        Assert.Equal(["online_offline"], slices.GroupBy);
        Assert.Empty(slices.Filters);
    }

    [Theory]
    [InlineData("华东和华南的gmv")]
    [InlineData("华东和华南gmv对比上个月")]
    [InlineData("tmall and jd gmv vs last year")]
    [InlineData("华东和华南gmv同比对比")]
    public void Sums_and_period_comparisons_stay_one_number(string question) => Assert.Empty(Read(question).GroupBy);

    [Fact]
    public void The_new_split_keeps_the_question_order()
    {
        var slices = Read("华东和华南各渠道gmv对比");
        Assert.Equal(["region", "channel"], slices.GroupBy);
    }

    [Fact]
    public void A_gap_word_with_one_value_changes_nothing()
    {
        var slices = Read("the gap between target and tmall gmv");
        Assert.Empty(slices.GroupBy);
    }
}
