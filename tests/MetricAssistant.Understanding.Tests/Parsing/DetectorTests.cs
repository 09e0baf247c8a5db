using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

public sealed class DetectorTests
{
    [Theory]
    [InlineData("按月的gmv", TimeGrain.Month)]
    [InlineData("每天的订单数", TimeGrain.Day)]
    [InlineData("逐周访客", TimeGrain.Week)]
    [InlineData("分季度看毛利", TimeGrain.Quarter)]
    [InlineData("gmv by month", TimeGrain.Month)]
    [InlineData("daily visitors", TimeGrain.Day)]
    [InlineData("weekly trend of orders", TimeGrain.Week)]
    [InlineData("quarterly aov", TimeGrain.Quarter)]
    [InlineData("2025年各季度的取消率", TimeGrain.Quarter)]
    [InlineData("今年各月的订单数", TimeGrain.Month)]
    [InlineData("去年各个季度的gmv", TimeGrain.Quarter)]
    public void Grain_words_give_their_unit(string text, TimeGrain grain) => Assert.Equal(grain, GrainDetector.Detect(text).Grain);

    [Theory]
    [InlineData("gmv趋势")]
    [InlineData("visitors over time")]
    [InlineData("aov trend")]
    public void Trend_without_a_unit_is_flagged(string text)
    {
        var request = GrainDetector.Detect(text);
        Assert.Null(request.Grain);
        Assert.True(request.UnitlessTrend);
    }

    [Theory]
    [InlineData("gmv yoy by region")]
    [InlineData("上个月gmv")]
    [InlineData("月度会员")]
    public void Comparisons_and_plain_questions_have_no_grain(string text) => Assert.Null(GrainDetector.Detect(text).Grain);

    [Theory]
    [InlineData("前5门店", RankingEnd.Highest, 5)]
    [InlineData("top 10 stores", RankingEnd.Highest, 10)]
    [InlineData("最高的三个区域", RankingEnd.Highest, 3)]
    [InlineData("哪个渠道最高", RankingEnd.Highest, 1)]
    [InlineData("worst store", RankingEnd.Worst, 1)]
    [InlineData("bottom 3 cities", RankingEnd.Lowest, 3)]
    [InlineData("最差的两个门店", RankingEnd.Worst, 2)]
    [InlineData("best 3 channels", RankingEnd.Best, 3)]
    [InlineData("毛利倒数前二的品类", RankingEnd.Lowest, 2)]   // not 前二: the last two
    [InlineData("倒数三个门店", RankingEnd.Lowest, 3)]
    [InlineData("worst-performing 3 stores by conversion rate", RankingEnd.Worst, 3)]
    [InlineData("top selling 5 categories", RankingEnd.Highest, 5)]
    [InlineData("上个月 best performing 的 5 家店", RankingEnd.Best, 5)]
    public void Rankings_have_an_end_and_size(string text, RankingEnd end, int limit)
    {
        var ranking = RankingDetector.Detect(text);
        Assert.NotNull(ranking);
        Assert.Equal(end, ranking.End);
        Assert.Equal(limit, ranking.Limit);
    }

    [Theory]
    [InlineData("上个月gmv")]
    [InlineData("gmv 2025年3月")]
    public void No_ranking_without_ranking_words(string text) => Assert.Null(RankingDetector.Detect(text));

    [Theory]
    [InlineData("gmv同比", Comparison.Yoy)]
    [InlineData("比去年同期", Comparison.Yoy)]
    [InlineData("gmv yoy", Comparison.Yoy)]
    [InlineData("环比", Comparison.Pop)]
    [InlineData("aov mom", Comparison.Pop)]
    [InlineData("visitors vs last month", Comparison.Pop)]
    [InlineData("去年双十一的gmv，跟前年比", Comparison.Yoy)]
    [InlineData("gmv和去年同期的比一下", Comparison.Yoy)]
    [InlineData("上季度gmv，和前一个季度比一下", Comparison.Pop)]
    [InlineData("都跟再前一个月比一下", Comparison.Pop)]
    [InlineData("这礼拜的访客比上礼拜咋样", Comparison.Pop)]
    [InlineData("上周的订单比上上礼拜多吗", Comparison.Pop)]
    [InlineData("refunds last quarter vs the quarter before", Comparison.Pop)]
    [InlineData("gmv比上月", Comparison.Pop)]
    [InlineData("gmv较上季度", Comparison.Pop)]
    [InlineData("gmv比上期", Comparison.Pop)]
    [InlineData("上个月订单数，跟last year比", Comparison.Yoy)]
    [InlineData("gmv比last year多了多少", Comparison.Yoy)]
    [InlineData("访客数和last month比一下", Comparison.Pop)]
    [InlineData("上月客单价比前月高还是低", Comparison.Pop)]
    [InlineData("今年上半年的订单数比前一年同期", Comparison.Yoy)]
    [InlineData("aov last wk vs ly", Comparison.Yoy)]
    [InlineData("refunds q3 vs. py", Comparison.Yoy)]
    [InlineData("gmv ytd versus last yr", Comparison.Yoy)]
    [InlineData("visitors this week vs lw", Comparison.Pop)]
    [InlineData("orders this month vs lm", Comparison.Pop)]
    [InlineData("gross profit q2 against last qtr", Comparison.Pop)]
    public void Comparisons_are_recognised(string text, Comparison compare) => Assert.Equal(compare, ComparisonDetector.Detect(text).Compare);

    [Theory]
    [InlineData("五", 5)]
    [InlineData("十二", 12)]
    [InlineData("两", 2)]
    [InlineData("20", 20)]
    public void Chinese_numbers(string text, int value) => Assert.Equal(value, ChineseNumber.Parse(text));

    private static SliceParser.Slices Slices(string question, bool ranking = false)
    {
        var text = TextNormalizer.Normalize(question);
        var lexicon = new CatalogLexicon(TestRepository.Catalog);
        var matches = LexiconScanner.Scan(lexicon, text).Where(m => m.Entries.All(e => e.Kind != TermKind.Metric)).ToList();
        return SliceParser.Parse(text, matches, ranking);
    }

    [Fact]
    public void Group_words_split_and_values_filter()
    {
        var slices = Slices("华东各渠道的gmv");
        Assert.Equal(["channel"], slices.GroupBy);
        Assert.Equal(new QueryFilter("region", QueryFilterOperator.In, ["east"]), slices.Filters.Single());
    }

    [Fact]
    public void Exclusions_cover_a_list_of_values()
    {
        var slices = Slices("除了天猫和京东的gmv");
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["tmall", "jd"]), slices.Filters.Single());
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["jd"]), Slices("gmv excluding JD").Filters.Single());
    }

    [Fact]
    public void Several_values_of_one_dimension_make_one_filter_in_the_asked_order()
    {
        Assert.Equal(new QueryFilter("region", QueryFilterOperator.In, ["east", "south"]), Slices("华东和华南的订单数").Filters.Single());
    }

    [Fact]
    public void Store_word_is_a_split_with_a_group_marker_and_the_in_store_channel_without()
    {
        Assert.Equal(["store"], Slices("各门店的gmv").GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["store"]), Slices("门店的gmv").Filters.Single());
        Assert.Equal(["store"], Slices("gmv by store").GroupBy);
    }

    [Fact]
    public void English_values_match_whole_words_only()
    {
        Assert.Empty(Slices("yeast sales").Filters);
        Assert.Equal(new QueryFilter("region", QueryFilterOperator.In, ["east"]), Slices("east china gmv").Filters.Single());
    }
}
