using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A reply to a clarification picking an option by its place ("第一个吧", "就第二个", "the first one please", "option 2", "最后一个"):
/// the option shown at that place; a place past the list, or more words than a choice, is none.
/// </summary>
public sealed class OptionPositionTests
{
    private static readonly string[] Customers = ["paying_customers", "new_customers", "total_customers"];

    private static readonly ClarificationReplies Replies = new(
        new DescribedMetricChooser(TestRepository.Catalog, new ConceptScorer(TestRepository.Catalog, ConceptVocabulary.Default), ConceptVocabulary.Default),
        new ConceptReader(TestRepository.Catalog, ConceptVocabulary.Default));

    [Theory]
    [InlineData("第一个吧", 1)]
    [InlineData("就第二个", 2)]
    [InlineData("那就第3个吧", 3)]
    [InlineData("选2", 2)]
    [InlineData("选项三", 3)]
    [InlineData("最后一个吧", 3)]
    [InlineData("2", 2)]
    [InlineData("the first one please", 1)]
    [InlineData("option 2", 2)]
    [InlineData("Option two.", 2)]
    [InlineData("I'll go with the third one", 3)]
    [InlineData("ok, the second", 2)]
    [InlineData("the last one", 3)]
    [InlineData("#1", 1)]
    public void A_place_picks_that_option(string reply, int place) =>
        Assert.Equal(place, OptionPosition.Of(reply, 3));

    [Theory]
    [InlineData("第四个")]
    [InlineData("option 5")]
    [InlineData("第一个渠道的GMV")]
    [InlineData("上个月第一周")]
    [InlineData("一个")]
    [InlineData("the first week of June")]
    [InlineData("top 1 region")]
    public void Other_words_pick_nothing(string reply) =>
        Assert.Null(OptionPosition.Of(reply, 3));

    [Theory]
    [InlineData("第一个吧", "paying_customers")]
    [InlineData("就第二个", "new_customers")]
    [InlineData("option 2", "new_customers")]
    [InlineData("the last one please", "total_customers")]
    public void The_reply_chooses_the_option_at_that_place(string reply, string metric) =>
        Assert.Equal(metric, Replies.ChosenBy(reply, Understand(reply), Customers));
}
