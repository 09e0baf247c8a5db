using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Names typed by sound with the wrong characters (a pinyin input method's first choice): a span no term takes that reads,
/// tones aside, as exactly one catalog name of its length is read as that name, and the answer says so.
/// </summary>
public sealed class PinyinHomophonesTests
{
    [Theory]
    [InlineData("上个月京冬的订单数", "channel", "jd", "京冬", "京东")]
    [InlineData("华栋上个月的GMV", "region", "east", "华栋", "华东")]
    [InlineData("抖因渠道上个月的销售额", "channel", "douyin", "抖因", "抖音")]
    [InlineData("上个月杭洲的支付订单数", "city", "Hangzhou", "杭洲", "杭州")]
    [InlineData("看下上个月华楠的退款金额", "region", "south", "华楠", "华南")]
    public void A_value_typed_by_sound_filters_and_is_named(string question, string dimension, string value, string typed, string meant)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Contains(result.Query!.Filters, f => f.Dimension == dimension && f.Operator == QueryFilterOperator.In && f.Values.SequenceEqual([value]));
        Assert.Contains(new ReadAsSoundingName(typed, meant), result.Notices);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Theory]
    [InlineData("上个月定单数", "order_count", "定单", "订单")]
    [InlineData("上个月新增会圆数", "new_customers", "会圆", "会员")]
    [InlineData("上个月的访课数", "visitors", "访课", "访客")]
    [InlineData("上个月订单树", "order_count", "订单树", "订单数")]
    public void A_metric_name_typed_by_sound_is_read_and_named(string question, string metric, string typed, string meant)
    {
        var result = Understand(question);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Contains(new ReadAsSoundingName(typed, meant), result.Notices);
    }

    [Theory]
    [InlineData("我们店上个月的GMV")]
    [InlineData("背景是这样的，上个月北京的GMV")]
    [InlineData("上个月京东的订单数")]
    [InlineData("上个月华东的GMV")]
    public void Words_read_as_typed_are_no_slips(string question) =>
        Assert.DoesNotContain(Understand(question).Notices, n => n is ReadAsSoundingName);

    [Fact]
    public void A_span_two_names_sound_like_is_left_alone()
    {
        // 京栋 given to a metric reads like 京东 (JD.com) too: 京冬 could be either, so it is no reading.
        var result = With(order => order with { Synonyms = [.. order.Synonyms, "京栋"] }, "上个月京冬的GMV");
        Assert.DoesNotContain(result.Notices, n => n is ReadAsSoundingName);
        Assert.DoesNotContain(result.Query?.Filters ?? [], f => f.Dimension == "channel");
    }

    [Fact]
    public void A_name_the_catalog_adds_is_heard_without_a_list()
    {
        var result = With(order => order with { Synonyms = [.. order.Synonyms, "成单量"] }, "上个月程单量");
        Assert.Equal(["order_count"], result.Query!.Metrics);
        Assert.Contains(new ReadAsSoundingName("程单量", "成单量"), result.Notices);
    }

    [Theory]
    [InlineData("京东", "jing dong")]
    [InlineData("绿", "lv")]
    [InlineData("华栋", "hua dong")]
    public void Characters_read_without_tones(string words, string key) => Assert.Equal(key, ChinesePinyin.Key(words));

    private static UnderstandingResult With(Func<MetricDefinition, MetricDefinition> change, string question)
    {
        var catalog = TestRepository.Catalog;
        var metrics = new Dictionary<string, MetricDefinition>(catalog.Metrics) { ["order_count"] = change(catalog.Metrics["order_count"]) };
        var changed = catalog with { Metrics = metrics };
        return new QuestionUnderstanding(changed, new CatalogLexicon(changed), new TimeExpressionResolver(useRecognizers: false), null)
            .UnderstandAsync(question, Now, null, CancellationToken.None).GetAwaiter().GetResult();
    }
}
