using MetricAssistant.Application.Asking;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>Every kind of notice rendered in the one place that words them, in both languages, byte for byte.</summary>
public sealed class NoticeRenderingTests
{
    private static readonly MetricAssistant.Catalog.Model.SemanticCatalog Catalog = TestRepository.Catalog;

    private static readonly SemanticQuery JuneGmvInEast = new(["gmv"], [], [new QueryFilter("region", QueryFilterOperator.In, ["east"])],
        new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)), null, [], null, null);

    [Theory]
    [InlineData(true, "（未指定时间，按默认的上个月）")]
    [InlineData(false, "(No period given: the default, last month.)")]
    public void The_default_window(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new DefaultWindowUsed("last_month"), zh));

    [Theory]
    [InlineData(true, "按公司标准口径“支付GMV”（财务部）计算；其他口径：净GMV(剔除优惠券)、下单GMV。")]
    [InlineData(false, "Computed with the company standard, GMV (paid) (Finance); other definitions: Net GMV, Ordered GMV.")]
    public void The_official_metric_of_a_family(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new OfficialChosen("gmv"), zh));

    [Theory]
    [InlineData(true, "您说的“年初”指哪段时间？（订单数）例如：1月、第一季度、年初至今、近30天。")]
    [InlineData(false, "Which period do you mean by 'lately'? (Orders) For example: January, Q1, year to date, the last 30 days.")]
    public void A_vague_period_is_asked_for_naming_the_metric(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.WhichPeriod(zh ? "年初" : "lately", [Catalog.Metrics["order_count"]], zh));

    [Theory]
    [InlineData(true, "指标库中没有“库存”，以下结果不包含它。")]
    [InlineData(false, "The catalog has no governed metric for 'inventory'; the answer leaves it out.")]
    public void A_clause_the_catalog_does_not_govern(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new NotInCatalog(zh ? "库存" : "inventory"), zh));

    [Theory]
    [InlineData(true, "“平米”改变了所问的数，指标库中没有这样的指标。相近的有：支付GMV。")]
    [InlineData(false, "'square metre' changes the figure asked, and no governed metric measures that. Closest: GMV (paid).")]
    public void A_word_that_changes_the_figure_asked(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.QuantityNotGoverned(zh ? "平米" : "square metre", [Catalog.Metrics["gmv"]], zh));

    [Theory]
    [InlineData(true, "gmv_net")]
    [InlineData(false, "gmv_net")]
    [InlineData(true, "gmv_ordered")]
    [InlineData(false, "gmv_ordered")]
    public void The_company_standard_is_not_stated_for_an_answer_computed_with_another_definition(bool zh, string answered) =>
        Assert.Empty(AskMessages.Notices(Catalog, [new OfficialChosen("gmv")], zh, [answered]));

    [Theory]
    [InlineData(true, "按公司标准口径“支付GMV”（财务部）计算；其他口径：净GMV(剔除优惠券)、下单GMV。")]
    [InlineData(false, "Computed with the company standard, GMV (paid) (Finance); other definitions: Net GMV, Ordered GMV.")]
    public void The_company_standard_is_stated_when_it_is_the_metric_answered(bool zh, string expected) =>
        Assert.Equal([expected], AskMessages.Notices(Catalog, [new OfficialChosen("gmv")], zh, ["gmv", "order_count"]));

    [Fact]
    public void An_official_metric_without_a_family_says_nothing() =>
        Assert.Null(AskMessages.Notice(Catalog, new OfficialChosen("aov"), zh: false));

    [Theory]
    [InlineData(true, "“销售额(旧口径)”已停用，已按替代指标“支付GMV”回答。")]
    [InlineData(false, "'Sales amount (legacy)' is deprecated; answered with its replacement, GMV (paid).")]
    public void A_deprecated_metric_answered_by_its_replacement(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new AnsweredByReplacement("sales_amount_legacy", "gmv"), zh));

    [Theory]
    [InlineData(true, "（数据范围：华东、华南）")]
    [InlineData(false, "(Scope: East China, South China.)")]
    public void The_asker_scope(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new ScopeApplied([new QueryFilter("region", QueryFilterOperator.In, ["east", "south"])]), zh));

    [Theory]
    [InlineData(true, "（沿用上一问：支付GMV，2025年6月，华东）")]
    [InlineData(false, "(Following on from your previous question: GMV (paid), June 2025, East China.)")]
    public void The_previous_question_followed_on_from(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new FollowedUpOn(JuneGmvInEast), zh));

    [Theory]
    [InlineData(true, "“月末”对“支付GMV”没有时点含义（它按期间累加），以下是整个期间的值。")]
    [InlineData(false, "'month-end' has no point-in-time meaning for GMV (paid) (it adds up over the period); this is the whole period's value.")]
    public void A_period_end_word_on_a_flow_metric(bool zh, string expected)
    {
        var notice = new PeriodEndNotApplicable(zh ? "月末" : "month-end", "gmv");
        Assert.Equal(expected, AskMessages.Notice(Catalog, notice, zh));
        Assert.True(AskMessages.IsWarning(notice));
    }

    [Theory]
    [InlineData(true, "没有理解“颜色”，以下结果未考虑它。")]
    [InlineData(false, "I did not understand 'colour'; the answer ignores it.")]
    public void A_part_of_the_question_not_understood(bool zh, string expected)
    {
        var notice = new NotUnderstood(zh ? "颜色" : "colour");
        Assert.Equal(expected, AskMessages.Notice(Catalog, notice, zh));
        Assert.True(AskMessages.IsWarning(notice));
    }

    [Fact]
    public void An_ambiguous_word_is_stated_by_the_question_back_not_by_a_sentence() =>
        Assert.Null(AskMessages.Notice(Catalog, new AmbiguousWord(), zh: true));

    [Fact]
    public void What_the_answer_stands_on_comes_before_the_choices_made_in_reading()
    {
        Notice[] notices =
        [
            new DefaultWindowUsed("last_month"), new AmbiguousWord(), new ScopeApplied([new QueryFilter("region", QueryFilterOperator.In, ["east"])]),
            new OfficialChosen("gmv"), new FollowedUpOn(JuneGmvInEast),
        ];
        Assert.Equal(
            [
                "(Following on from your previous question: GMV (paid), June 2025, East China.)", "(Scope: East China.)",
                "(No period given: the default, last month.)", "Computed with the company standard, GMV (paid) (Finance); other definitions: Net GMV, Ordered GMV.",
            ],
            AskMessages.Notices(Catalog, notices, zh: false));
    }

    [Theory]
    [InlineData(true, "按“京东”理解“京冬”。")]
    [InlineData(false, "Read '京冬' as '京东'.")]
    public void A_name_typed_by_sound(bool zh, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new ReadAsSoundingName("京冬", "京东"), zh));

    [Theory]
    [InlineData(true, "昨天开会老板又问了", "把“昨天开会老板又问了”当作背景，没有用于查询。")]
    [InlineData(true, "昨天开会的时候老板又问起来了，我也说不清，财务那边也一直在催", "把“昨天开会的时候老板又问起来了，我也说不清…”当作背景，没有用于查询。")]
    [InlineData(false, "Long week", "I treated 'Long week' as background and did not use it in the query.")]
    [InlineData(false, "Sorry for the long message, the QBR is next week and finance keeps asking about Tmall",
        "I treated 'Sorry for the long message, the QBR is next week and finance…' as background and did not use it in the query.")]
    public void A_story_set_aside_as_background(bool zh, string story, string expected) =>
        Assert.Equal(expected, AskMessages.Notice(Catalog, new TreatedAsBackground(story), zh));
}
