using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Notices;

/// <summary>Each kind of notice the reading of a question produces, as a typed value.</summary>
public sealed class NoticeTests
{
    [Fact]
    public void A_question_without_a_period_notes_the_default_window()
    {
        var result = Understand("各区域的订单数");
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal([new DefaultWindowUsed("last_month")], result.Notices);
        Assert.DoesNotContain(Understand("上个月各区域的订单数").Notices, n => n is DefaultWindowUsed);
    }

    [Fact]
    public void A_family_word_notes_the_official_metric_and_a_named_variant_drops_it()
    {
        Assert.Contains(new OfficialChosen("gmv"), Understand("上个月的GMV").Notices);
        var named = Understand("上个月的下单GMV");
        Assert.Equal(["gmv_ordered"], named.Query!.Metrics);
        Assert.DoesNotContain(named.Notices, n => n is OfficialChosen);
    }

    [Fact]
    public void A_deprecated_name_notes_the_replacement_that_answers()
    {
        var result = Understand("上个月旧口径销售额");
        Assert.Equal(["gmv"], result.Query!.Metrics);
        Assert.Equal([new AnsweredByReplacement("sales_amount_legacy", "gmv")], result.Notices);
    }

    [Fact]
    public void An_ambiguous_word_is_a_question_back_with_its_notice()
    {
        var result = Understand("上个月的客户数");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal([new AmbiguousWord()], result.Notices);
        Assert.True(result.Alternatives.Count > 1);
    }

    [Fact]
    public void A_follow_up_notes_the_question_it_follows_first()
    {
        var previous = Query("2025年6月华东的GMV");
        var result = Continue(previous, "那华南呢")!;
        Assert.Equal(new FollowedUpOn(previous), result.Notices[0]);
        Assert.Single(result.Notices);

        var named = Continue(Query("上个月华东的订单数"), "换成GMV")!;
        Assert.IsType<FollowedUpOn>(named.Notices[0]);
        Assert.Equal([new OfficialChosen("gmv")], named.Notices.Skip(1));
    }
}
