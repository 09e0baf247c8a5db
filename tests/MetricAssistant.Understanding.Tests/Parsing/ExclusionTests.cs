using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

public sealed class ExclusionTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);

    private static SliceParser.Slices Slices(string question, bool ranking = false)
    {
        var text = TextNormalizer.Normalize(question);
        var matches = LexiconScanner.Scan(Lexicon, text).Where(m => m.Entries.All(e => e.Kind is not TermKind.Metric and not TermKind.AmbiguousMetric)).ToList();
        return SliceParser.Parse(text, matches, ranking);
    }

    private static QueryFilter NotIn(string dimension, params string[] values) => new(dimension, QueryFilterOperator.NotIn, values);

    private static QueryFilter In(string dimension, params string[] values) => new(dimension, QueryFilterOperator.In, values);

    [Theory]
    [InlineData("除去天猫以外的GMV")]
    [InlineData("刨除天猫以外，上个月的GMV")]
    [InlineData("不是天猫的GMV")]
    [InlineData("上个月GMV，天猫不算")]
    [InlineData("天猫除外的GMV")]
    [InlineData("GMV not in Tmall")]
    [InlineData("ex-Tmall GMV")]
    [InlineData("GMV (ex. Tmall)")]
    [InlineData("GMV sans Tmall")]
    [InlineData("GMV, no Tmall")]
    [InlineData("orders that weren't from Tmall")]
    [InlineData("orders not via Tmall")]
    [InlineData("GMV other than from Tmall")]
    [InlineData("GMV with Tmall excluded")]
    [InlineData("GMV last week, but don't count Tmall")]
    [InlineData("orders yesterday, please do not include Tmall")]
    [InlineData("GMV last month, and leave Tmall out")]
    [InlineData("GMV 上个月的，天猫先别算进来")]
    [InlineData("上个月GMV，天猫暂时不算")]
    public void Exclusion_words_before_or_after_a_value_make_not_in(string question) =>
        Assert.Equal(NotIn("channel", "tmall"), Slices(question).Filters.Single());

    [Theory]
    [InlineData("是不是天猫的GMV最高")]
    [InlineData("天猫的GMV")]
    [InlineData("Tmall GMV not bad")]
    [InlineData("what share of GMV came from Tmall out of all channels")]
    public void Words_that_only_look_like_exclusions_keep_the_value(string question) =>
        Assert.Equal(In("channel", "tmall"), Slices(question).Filters.Single());

    [Fact]
    public void A_marker_after_a_list_excludes_the_whole_list()
    {
        Assert.Equal(NotIn("channel", "tmall", "jd"), Slices("天猫和京东以外的GMV").Filters.Single());
        Assert.Equal(NotIn("channel", "tmall", "jd"), Slices("GMV, tmall and jd excluded").Filters.Single());
    }

    [Fact]
    public void Without_after_a_value_keeps_it_and_excludes_the_next()
    {
        var filters = Slices("华东区不含杭州的GMV").Filters;
        Assert.Equal(2, filters.Count);
        Assert.Contains(In("region", "east"), filters);
        Assert.Contains(NotIn("city", "Hangzhou"), filters);
    }

    [Fact]
    public void A_list_of_exclusions_stops_at_another_dimension()
    {
        var filters = Slices("excluding tmall, east china gmv").Filters;
        Assert.Contains(NotIn("channel", "tmall"), filters);
        Assert.Contains(In("region", "east"), filters);
    }

    [Theory]
    [InlineData("天猫以外其他渠道的GMV")]
    [InlineData("除了天猫的其余渠道的GMV")]
    [InlineData("GMV from all channels except Tmall")]
    [InlineData("GMV across channels other than Tmall")]
    public void A_dimension_word_naming_the_rest_after_an_exclusion_is_no_split(string question)
    {
        var slices = Slices(question);
        Assert.Empty(slices.GroupBy);
        Assert.Equal(NotIn("channel", "tmall"), slices.Filters.Single());
    }

    [Theory]
    [InlineData("GMV by channel excluding Tmall")]
    [InlineData("除了天猫，各渠道的GMV")]
    [InlineData("GMV for every channel except Tmall")]
    public void A_real_split_marker_still_splits_beside_an_exclusion(string question)
    {
        var slices = Slices(question);
        Assert.Equal(["channel"], slices.GroupBy);
        Assert.Equal(NotIn("channel", "tmall"), slices.Filters.Single());
    }

    [Fact]
    public void Plural_values_are_values() =>
        Assert.Equal(NotIn("store_type", "outlet"), Slices("cancel rate, not counting outlets").Filters.Single());
}
