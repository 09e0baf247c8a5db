using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Running;
using MetricAssistant.Evals.Scoring;
using static MetricAssistant.Evals.Tests.Conversations.ConversationFakes;
using static MetricAssistant.Evals.Tests.Harness.HarnessFakes;

namespace MetricAssistant.Evals.Tests.Conversations;

public sealed class ConversationRunnerTests
{
    private static readonly EvalRunnerOptions Options = new(8, TimeSpan.FromSeconds(10));

    private static readonly EvalExpectation ByChannel = Answered(Query("gmv", groupBy: ["channel"], orderBy: [new("gmv", true)]));
    private static readonly EvalExpectation Tmall = Answered(Query("gmv", filters: [new("channel", "in", ["tmall"])]));
    private static readonly EvalExpectation Customers = Other(AnswerStatus.ClarificationNeeded, "paying_customers", "new_customers");
    private static readonly EvalExpectation Paying = Answered(Query("paying_customers"));

    [Fact]
    public async Task Turns_are_asked_in_order_in_one_fresh_conversation_each_and_single_cases_in_none()
    {
        var first = Conversation("conversation-zh-001", "zh", "narrow", Turn("上个月各渠道的GMV", ByChannel), Turn("只看天猫", Tmall));
        var second = Conversation("conversation-zh-002", "zh", "narrow", Turn("上个月各渠道的GMV", ByChannel), Turn("只看天猫", Tmall));
        var single = Case("time-zh-001", Tmall, question: "上个月天猫的GMV");
        IReadOnlyList<EvalCase> cases = [.. first, single, .. second];
        var ask = new RecordingAsk(new Dictionary<string, Answer>
        {
            ["上个月各渠道的GMV"] = AnswerAs("上个月各渠道的GMV", ByChannel),
            ["只看天猫"] = AnswerAs("只看天猫", Tmall),
            [single.Question] = AnswerAs(single.Question, Tmall),
        }, TimeSpan.FromMilliseconds(5));

        var results = await new EvalRunner(ask, new RowsRunner(), Options).RunAsync("golden", cases, CancellationToken.None);

        Assert.Equal(["conversation-zh-001#1", "conversation-zh-001#2", "time-zh-001", "conversation-zh-002#1", "conversation-zh-002#2"], results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Score.Passed, r.Id));
        Assert.Equal([1, 2, null, 1, 2], results.Select(r => r.Turn?.Number));
        Assert.Null(ask.Requests.Single(r => r.Question == single.Question).ConversationId);
        var conversations = ask.Requests.Where(r => r.ConversationId is not null).GroupBy(r => r.ConversationId).ToArray();
        Assert.Equal(2, conversations.Length);
        Assert.All(conversations, c => Assert.Equal(["上个月各渠道的GMV", "只看天猫"], c.Select(r => r.Question)));
        Assert.All(ask.Requests, r => Assert.Equal(("ceo", "2025-07-15T10:00:00"), (r.User, r.Now)));

        // Another run is another conversation: nothing carries over between runs.
        var again = new RecordingAsk(new Dictionary<string, Answer>(), TimeSpan.Zero);
        await new EvalRunner(again, null, Options).RunAsync("golden", first, CancellationToken.None);
        Assert.DoesNotContain(again.Requests, r => conversations.Any(c => c.Key == r.ConversationId));
    }

    [Fact]
    public async Task A_click_asks_the_clarified_question_with_the_metric_and_carries_the_choice()
    {
        var turns = Conversation("conversation-zh-003", "zh", "choose", Turn("上个月的客户数", Customers), Click("paying_customers", Paying));
        var ask = new RecordingAsk(new Dictionary<string, Answer>
        {
            ["上个月的客户数"] = AnswerAs("上个月的客户数", Customers),
            ["上个月的客户数 paying_customers"] = AnswerAs("上个月的客户数 paying_customers", Paying),
        }, TimeSpan.Zero);

        var results = await new EvalRunner(ask, null, Options).RunAsync("golden", turns, CancellationToken.None);

        var click = ask.Requests[1];
        Assert.Equal("上个月的客户数 paying_customers", click.Question);
        Assert.Equal(new Application.Learning.ClarificationChoice("上个月的客户数", "paying_customers"), click.Choice);
        Assert.Equal(ask.Requests[0].ConversationId, click.ConversationId);
        Assert.Equal("上个月的客户数 paying_customers", results[1].Question);
        Assert.True(results[1].Score.Passed);
    }

    [Fact]
    public async Task A_click_the_previous_answer_did_not_offer_fails_unasked_and_the_conversation_goes_on()
    {
        var turns = Conversation("conversation-zh-004", "zh", "choose", Turn("上个月的客户数", Customers), Click("paying_customers", Paying), Turn("只看天猫", Tmall));
        var ask = new RecordingAsk(new Dictionary<string, Answer>
        {
            // Wrongly answered instead of asking back: there is nothing to click.
            ["上个月的客户数"] = AnswerAs("上个月的客户数", Answered(Query("new_customers"))),
            ["只看天猫"] = AnswerAs("只看天猫", Tmall),
        }, TimeSpan.Zero);

        var results = await new EvalRunner(ask, null, Options).RunAsync("golden", turns, CancellationToken.None);

        Assert.Equal(["上个月的客户数", "只看天猫"], ask.Requests.Select(r => r.Question));
        Assert.False(results[0].Score.Passed);
        Assert.Equal(ActualAnswer.NotOfferedStatus, results[1].Actual.Status);
        Assert.Contains("offered no choice 'paying_customers'", results[1].Actual.Message);
        Assert.False(results[1].Score.Passed);
        Assert.Equal("choose: paying_customers", results[1].Question);
        Assert.True(results[2].Score.Passed);
    }

    [Fact]
    public async Task Each_turn_is_scored_exactly_as_a_single_case_with_the_execution_match()
    {
        var turns = Conversation("conversation-en-001", "en", "narrow", Turn("GMV by channel last month", ByChannel), Turn("just Tmall", Tmall));
        var wrong = AnswerAs("just Tmall", Answered(Query("gmv", filters: [new("channel", "in", ["jd"])])));
        var ask = new RecordingAsk(new Dictionary<string, Answer> { ["GMV by channel last month"] = AnswerAs("GMV by channel last month", ByChannel), ["just Tmall"] = wrong }, TimeSpan.Zero);
        var rows = new RowsRunner();

        var results = await new EvalRunner(ask, rows, Options).RunAsync("golden", turns, CancellationToken.None);

        Assert.Equal(CaseScorer.Score(Tmall, ActualAnswer.From(wrong)) with { ExecutionMatch = false, ExecutionDetail = results[1].Score.ExecutionDetail }, results[1].Score);
        Assert.Equal(["filters"], results[1].Score.Parameters!.Wrong());
        Assert.True(results[0].Score.ExecutionMatch);
        Assert.False(results[1].Score.ExecutionMatch);
        Assert.Equal(2, rows.Calls);
    }

    [Fact]
    public async Task Turns_of_one_conversation_never_overlap_while_conversations_run_side_by_side()
    {
        var cases = Enumerable.Range(1, 6).SelectMany(i => Conversation($"conversation-zh-{i:000}", "zh", "narrow",
            Turn("上个月各渠道的GMV", ByChannel), Turn("只看天猫", Tmall), Turn("上个月各渠道的GMV", ByChannel))).ToArray();
        var ask = new RecordingAsk(new Dictionary<string, Answer>(), TimeSpan.FromMilliseconds(30));

        await new EvalRunner(ask, null, Options with { Parallelism = 4 }).RunAsync("golden", cases, CancellationToken.None);

        Assert.Equal(18, ask.Requests.Count);
        Assert.False(ask.OverlappedWithinAConversation);
        Assert.InRange(ask.PeakRunning, 2, 4);
    }
}
