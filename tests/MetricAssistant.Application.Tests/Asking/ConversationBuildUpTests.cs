using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// What a conversation remembers beyond its last answer: the splits it had (two values of a dimension it split by are
/// compared by it again) and the options a clarification offered (a reply describing one of them chooses it, a reply
/// pointing at none of them is asked back again). End to end through the ask service, on the real catalog.
/// </summary>
public sealed class ConversationBuildUpTests
{
    private readonly AskHarness harness = new(TestRepository.Catalog);

    [Theory]
    [InlineData("上个月各渠道的GMV", "只看天猫", "那京东呢", "只看天猫和京东", "channel", "tmall,jd")]
    [InlineData("orders by region last month", "just East China", "what about South China", "East and South China only", "region", "east,south")]
    public async Task Two_values_of_a_dimension_split_by_turns_ago_are_compared_by_it_again(
        string first, string second, string third, string fourth, string dimension, string values)
    {
        foreach (var question in new[] { first, second, third })
            Assert.Equal(AnswerStatus.Answered, (await harness.AskAsync(question, "ceo", "restore")).Status);
        var plain = await harness.AskAsync(first);

        var answer = await harness.AskAsync(fourth, "ceo", "restore");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal([dimension], answer.Query!.GroupBy);
        var filter = Assert.Single(answer.Query.Filters!);
        Assert.Equal(("in", values), (filter.Op, string.Join(",", filter.Values!)));
        Assert.Equal(plain.Query!.Metrics![0], Assert.Single(answer.Query.OrderBy!).Field);
        Assert.True(answer.Query.OrderBy![0].Desc);
        Assert.Equal(plain.Query.TimeRange, answer.Query.TimeRange);
    }

    [Fact]
    public async Task A_new_question_starts_the_splits_afresh()
    {
        await harness.AskAsync("上个月各渠道的GMV", "ceo", "fresh");
        await harness.AskAsync("上个月的订单数", "ceo", "fresh");

        var answer = await harness.AskAsync("只看天猫和京东", "ceo", "fresh");
        Assert.Equal(["order_count"], answer.Query!.Metrics);
        Assert.Empty(answer.Query.GroupBy!);
    }

    [Theory]
    [InlineData("what about order amount on Tmall last month", "the one for placed orders", "gmv_ordered")]
    [InlineData("what about order amount on Tmall last month", "the orders-placed one", "gmv_ordered")]
    [InlineData("上个月天猫的订单金额", "按下单算的", "gmv_ordered")]
    [InlineData("上个月天猫的订单金额", "下单的那个口径", "gmv_ordered")]
    [InlineData("what about order amount on Tmall last month", "the paid one", "gmv")]
    public async Task A_reply_describing_an_offered_metric_answers_the_question_first_asked_with_it(string question, string reply, string metric)
    {
        var asked = await harness.AskAsync(question, "ceo", "describe");
        Assert.Equal(AnswerStatus.ClarificationNeeded, asked.Status);
        Assert.Contains(asked.Alternatives, a => a.Id == metric);

        var answer = await harness.AskAsync(reply, "ceo", "describe");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal([metric], answer.Query!.Metrics);
        var filter = Assert.Single(answer.Query.Filters!);
        Assert.Equal(("channel", "tmall"), (filter.Dimension, filter.Values!.Single()));
        Assert.Equal((await harness.AskAsync(question + " " + metric)).Query!.TimeRange, answer.Query.TimeRange);
    }

    [Theory]
    [InlineData("what about order amount on Tmall last month", "the visitors one", "the one for placed orders")]
    [InlineData("上个月天猫的订单金额", "访客那个", "按下单算的")]
    // Every option is money: the description fits both as well.
    [InlineData("what about order amount on Tmall last month", "the money one", "the orders-placed one")]
    [InlineData("上个月天猫的订单金额", "金额那个", "下单的那个口径")]
    [InlineData("上个月天猫的订单金额", "那个", "按下单算的")]
    public async Task A_reply_pointing_at_no_offered_metric_is_asked_back_and_a_later_reply_still_chooses(string question, string none, string later)
    {
        var asked = await harness.AskAsync(question, "ceo", "again");
        Assert.Equal(AnswerStatus.ClarificationNeeded, asked.Status);

        var again = await harness.AskAsync(none, "ceo", "again");
        Assert.Equal(AnswerStatus.ClarificationNeeded, again.Status);
        Assert.Equal(asked.Alternatives.Select(a => a.Id), again.Alternatives.Select(a => a.Id));

        // The options are still for the question first asked: its channel and month are kept.
        var answer = await harness.AskAsync(later, "ceo", "again");
        Assert.Equal(["gmv_ordered"], answer.Query!.Metrics);
        Assert.Equal("tmall", Assert.Single(answer.Query.Filters!).Values!.Single());
    }

    [Theory]
    [InlineData("按渠道看看")]
    [InlineData("by channel")]
    public async Task A_follow_up_naming_no_metric_after_a_clarification_changes_the_answered_question(string followUp)
    {
        await harness.AskAsync("上个月的订单数", "ceo", "after");
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("上个月天猫的订单金额", "ceo", "after")).Status);

        // Not a reply choosing GMV (the one offered among the headline metrics a split alone would be asked about).
        var answer = await harness.AskAsync(followUp, "ceo", "after");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(["order_count"], answer.Query!.Metrics);
        Assert.Equal(["channel"], answer.Query.GroupBy);
    }

    [Fact]
    public async Task A_metric_named_after_a_clarification_without_pointing_at_an_option_is_a_question_of_its_own()
    {
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("上个月天猫的订单金额", "ceo", "own")).Status);

        var answer = await harness.AskAsync("访客数", "ceo", "own");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(["visitors"], answer.Query!.Metrics);
    }

    [Theory]
    [InlineData("上个月取消的订单有多少", "占全部订单的比例")]
    [InlineData("how many cancelled orders last quarter", "as a share of all orders")]
    public async Task A_share_asked_in_reply_to_a_ratio_or_its_parts_chooses_the_ratio(string question, string reply)
    {
        var asked = await harness.AskAsync(question, "ceo", "ratio");
        Assert.Equal(AnswerStatus.ClarificationNeeded, asked.Status);
        Assert.Contains(asked.Alternatives, a => a.Id == "cancel_rate");

        // It names orders, which were offered too, but asks a share of them: cancelled orders over all orders.
        var answer = await harness.AskAsync(reply, "ceo", "ratio");
        Assert.Equal(["cancel_rate"], answer.Query!.Metrics);
        Assert.Equal((await harness.AskAsync(question + " cancel_rate")).Query!.TimeRange, answer.Query.TimeRange);
    }

    [Fact]
    public async Task A_share_of_revenue_after_refunds_is_the_refund_rate_of_the_same_slice()
    {
        await harness.AskAsync("GMV on Tmall by region last month", "ceo", "share");
        await harness.AskAsync("what about refunds", "ceo", "share");

        var answer = await harness.AskAsync("as a percentage of revenue", "ceo", "share");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(["refund_rate"], answer.Query!.Metrics);
        Assert.Equal(["region"], answer.Query.GroupBy);
        Assert.Equal("tmall", Assert.Single(answer.Query.Filters!).Values!.Single());
        Assert.Equal((await harness.AskAsync("GMV last month")).Query!.TimeRange, answer.Query.TimeRange);
    }
}
