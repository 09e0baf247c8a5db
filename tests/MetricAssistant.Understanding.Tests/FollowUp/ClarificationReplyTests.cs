using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A reply in words to a clarification chooses among the options by what their definitions say, even when its words
/// alone would name another metric; one that points at an option without fitting exactly one is asked back.
/// </summary>
public sealed class ClarificationReplyTests
{
    private static readonly string[] OrderAmount = ["gmv", "gmv_ordered"];
    private static readonly string[] CancelledOrders = ["cancel_rate", "order_count"];

    private static readonly ClarificationReplies Replies = new(
        new DescribedMetricChooser(TestRepository.Catalog, new ConceptScorer(TestRepository.Catalog, ConceptVocabulary.Default), ConceptVocabulary.Default),
        new ConceptReader(TestRepository.Catalog, ConceptVocabulary.Default));

    [Theory]
    [InlineData("the one for placed orders", "gmv_ordered")]
    [InlineData("the orders-placed one", "gmv_ordered")]
    [InlineData("the placed one", "gmv_ordered")]
    [InlineData("按下单算的", "gmv_ordered")]
    [InlineData("下单那个", "gmv_ordered")]
    [InlineData("the paid one", "gmv")]
    [InlineData("付款那个", "gmv")]
    public void A_reply_describing_an_option_chooses_it(string reply, string metric) =>
        Assert.Equal(metric, Replies.ChosenBy(reply, Understand(reply), OrderAmount));

    private static readonly string[] MoneyOfAnyKind = ["gmv", "gmv_net", "gmv_ordered", "refund_amount"];

    [Theory]
    [InlineData("the version that counts what customers ordered, before any payment", "gmv_ordered")]
    [InlineData("the one counting orders as they are placed", "gmv_ordered")]
    [InlineData("按下单时算的那个", "gmv_ordered")]
    [InlineData("客户下了单就算的那种", "gmv_ordered")]
    [InlineData("the figure for money actually received", "gmv")]
    [InlineData("付了钱的那个", "gmv")]
    [InlineData("the one after coupons", "gmv_net")]
    [InlineData("扣掉优惠券之后的那个", "gmv_net")]
    [InlineData("优惠券扣掉以后的", "gmv_net")]
    [InlineData("实际到账的那个", "gmv")]
    [InlineData("下了单就算、不管付没付的那个", "gmv_ordered")]
    public void A_reply_describing_one_of_several_money_options_chooses_it(string reply, string metric) =>
        Assert.Equal(metric, Replies.ChosenBy(reply, Understand(reply), MoneyOfAnyKind));

    [Theory]
    [InlineData("金额那个")]
    [InlineData("the money one")]
    [InlineData("the version before any payment")]
    public void A_reply_fitting_several_money_options_as_well_chooses_none(string reply) =>
        Assert.Null(Replies.ChosenBy(reply, Understand(reply), MoneyOfAnyKind));

    [Theory]
    [InlineData("占全部订单的比例")]
    [InlineData("as a share of all orders")]
    // Read alone, these describe some other share; naming no metric, they ask for the one share offered.
    [InlineData("as a proportion of everything that was ordered")]
    [InlineData("what fraction of all orders placed")]
    [InlineData("占下单总数的几成")]
    public void A_reply_asking_a_share_chooses_the_offered_ratio_over_what_it_names(string reply) =>
        Assert.Equal("cancel_rate", Replies.ChosenBy(reply, Understand(reply), CancelledOrders));

    [Theory]
    [InlineData("the visitors one")]
    [InlineData("访客那个")]
    [InlineData("the money one")]
    [InlineData("金额那个")]
    public void A_reply_pointing_at_no_single_option_chooses_none_and_is_asked_back(string reply)
    {
        var understood = Understand(reply);
        Assert.Null(Replies.ChosenBy(reply, understood, OrderAmount));
        Assert.True(ClarificationReplies.PointsAtAnOption(reply, understood, OrderAmount));
    }

    [Theory]
    [InlineData("访客数")]
    [InlineData("上个月天猫的访客数")]
    public void A_metric_asked_without_pointing_at_an_option_is_a_question_of_its_own(string reply)
    {
        var understood = Understand(reply);
        Assert.Null(Replies.ChosenBy(reply, understood, OrderAmount));
        Assert.False(ClarificationReplies.PointsAtAnOption(reply, understood, OrderAmount));
    }

    private static readonly string[] NetOrOrdered = ["gmv_net", "gmv_ordered"];

    [Theory]
    [InlineData("去掉优惠券的那个", "gmv_net")]
    [InlineData("扣完折扣的", "gmv_net")]
    [InlineData("用了优惠券之后的", "gmv_net")]
    [InlineData("券后的", "gmv_net")]
    [InlineData("after discounts", "gmv_net")]
    [InlineData("the one after coupons", "gmv_net")]
    [InlineData("要after discounts的", "gmv_net")]
    [InlineData("不扣优惠券的", "gmv_ordered")]
    [InlineData("按下单时间算的那个", "gmv_ordered")]
    [InlineData("the one counted when ordered", "gmv_ordered")]
    [InlineData("按下单time算的那个", "gmv_ordered")]
    public void A_reply_describing_a_variant_chooses_it_though_its_words_alone_read_as_another_metric(string reply, string metric) =>
        Assert.Equal(metric, Replies.ChosenBy(reply, Understand(reply), NetOrOrdered));

    [Theory]
    [InlineData("I want the percentage")]
    [InlineData("the proportion")]
    [InlineData("占比")]
    [InlineData("要百分比的")]
    [InlineData("要ratio")]
    public void A_ratio_word_alone_chooses_the_one_offered_ratio(string reply) =>
        Assert.Equal("cancel_rate", Replies.ChosenBy(reply, Understand(reply), CancelledOrders));

    [Theory]
    [InlineData("just the number")]
    [InlineData("just the count")]
    [InlineData("要个数")]
    [InlineData("绝对数")]
    [InlineData("count那个")]
    [InlineData("not the percentage, just the number")]
    [InlineData("不要比例，要个数")]
    [InlineData("不要比例")]
    public void A_count_word_or_the_ratio_ruled_out_chooses_the_offered_count(string reply) =>
        Assert.Equal("order_count", Replies.ChosenBy(reply, Understand(reply), CancelledOrders));

    [Theory]
    [InlineData("订单数", "gmv_net,gmv_ordered")]
    [InlineData("访客数", "gmv_net,gmv_ordered")]
    [InlineData("优惠金额", "gmv_net,gmv_ordered")]
    [InlineData("discount amount", "gmv_net,gmv_ordered")]
    [InlineData("退款率", "cancel_rate,order_count")]
    [InlineData("refund rate", "cancel_rate,order_count")]
    [InlineData("conversion rate", "cancel_rate,order_count")]
    [InlineData("上个月天猫的访客数", "cancel_rate,order_count")]
    public void A_reply_its_own_metric_fits_as_well_as_any_option_is_a_question_of_its_own(string reply, string offered) =>
        Assert.Null(Replies.ChosenBy(reply, Understand(reply), offered.Split(',')));

    [Theory]
    [InlineData("净GMV", "gmv_net")]
    [InlineData("下单GMV", "gmv_ordered")]
    [InlineData("net GMV", "gmv_net")]
    public void A_reply_naming_an_option_still_chooses_it(string reply, string metric) =>
        Assert.Equal(metric, Replies.ChosenBy(reply, Understand(reply), NetOrOrdered));
}
