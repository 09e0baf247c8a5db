using Microsoft.Extensions.Logging;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Tests.Asking;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Learning;

/// <summary>
/// The loop that learns, through the ask and feedback services: a clarification choice and a 👍 become pending
/// examples (counted, not duplicated); the metrics' owners accept or reject them; only accepted ones change
/// answers, at once.
/// </summary>
public sealed class LearnedExampleServiceTests
{
    private const string Unknown = "本周华南老板最关心的那个数";
    private readonly MemoryExampleStore store = new();
    private readonly AskHarness harness;

    public LearnedExampleServiceTests() => harness = new AskHarness(TestRepository.Catalog, store);

    private LearnedExampleService Learning => harness.Learning!;

    private Task<Answer> ChooseAsync(string question, string metric, string user = "ceo") =>
        harness.Ask.AskAsync(new AskRequest(question + " " + metric, user, AskHarness.Now, Choice: new ClarificationChoice(question, metric)), null, CancellationToken.None);

    [Fact]
    public async Task A_clarification_choice_is_recorded_once_answered_and_a_second_one_counts()
    {
        var clarify = await harness.AskAsync("上个月的客户数");
        Assert.Equal(AnswerStatus.ClarificationNeeded, clarify.Status);

        var answer = await ChooseAsync("上个月的客户数", "paying_customers");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var example = Assert.Single(await store.ListAsync(null, 10, CancellationToken.None));
        Assert.Equal(("上个月的客户数", ExampleOrigin.Clarification, ExampleStatus.Pending, "ceo", 1), (example.Question, example.Origin, example.Status, example.FirstUserId, example.Count));
        Assert.Equal(["paying_customers"], example.Metrics);
        Assert.Equal("2025-06-01", example.Query.TimeRange!.Start);

        await ChooseAsync("上个月的客户数", "paying_customers", "east_wang");
        example = Assert.Single(await store.ListAsync(null, 10, CancellationToken.None));
        Assert.Equal((2, "east_wang"), (example.Count, example.LastUserId));
    }

    [Fact]
    public async Task With_learning_switched_off_a_choice_is_answered_and_no_error_is_logged()
    {
        var log = new WarningLogger<LearnedExampleService>();
        var off = new AskHarness(TestRepository.Catalog, new NoExampleStore(), learningLog: log);
        var answer = await off.Ask.AskAsync(new AskRequest("上个月的客户数 paying_customers", "ceo", AskHarness.Now, Choice: new ClarificationChoice("上个月的客户数", "paying_customers")), null, CancellationToken.None);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain(log.Levels, l => l >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_choice_whose_answer_is_not_the_chosen_metric_teaches_nothing_and_a_malformed_one_is_invalid()
    {
        // guest may not see GMV: the choice is refused, not learned.
        var denied = await ChooseAsync("上个月老板最关心的那个数", "gmv", "guest");
        Assert.NotEqual(AnswerStatus.Answered, denied.Status);
        Assert.Empty(await store.ListAsync(null, 10, CancellationToken.None));

        var invalid = await harness.Ask.AskAsync(new AskRequest("上个月的GMV", "ceo", AskHarness.Now, Choice: new ClarificationChoice("", "gmv")), null, CancellationToken.None);
        Assert.Equal(AnswerStatus.Invalid, invalid.Status);
        Assert.Equal("invalid_choice", invalid.Error!.Code);
        Assert.Empty(await store.ListAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_thumbs_up_with_the_answers_query_is_recorded_and_bad_input_is_a_clear_error()
    {
        var answer = await harness.AskAsync("上个月华东区各渠道的GMV");
        var (problems, error) = await harness.Feedback.AddAsync(new FeedbackRequest(answer.Question, "gmv", true, null, "fin_li", answer.Query), null, CancellationToken.None);
        Assert.Empty(problems);
        Assert.Null(error);
        var example = Assert.Single(await store.ListAsync(null, 10, CancellationToken.None));
        Assert.Equal(("上个月华东区各渠道的GMV", ExampleOrigin.Feedback, "fin_li"), (example.Question, example.Origin, example.FirstUserId));
        Assert.Equal(["channel"], example.Query.GroupBy!);

        // 👎, or 👍 without the query, is feedback only.
        await harness.Feedback.AddAsync(new FeedbackRequest("上个月的AOV", "aov", false, null, "ceo", answer.Query! with { Metrics = ["aov"] }), null, CancellationToken.None);
        await harness.Feedback.AddAsync(new FeedbackRequest("上个月的AOV", "aov", true, null, "ceo"), null, CancellationToken.None);
        Assert.Single(await store.ListAsync(null, 10, CancellationToken.None));

        (problems, _) = await harness.Feedback.AddAsync(new FeedbackRequest("上个月的GMV", "gmv", true, null, "ceo", answer.Query! with { Metrics = ["gvm"] }), null, CancellationToken.None);
        Assert.Contains(problems, p => p.Contains("unknown metric 'gvm'") && p.Contains("did you mean 'gmv'"));
        (problems, _) = await harness.Feedback.AddAsync(new FeedbackRequest(null, "gmv", true, null, "ceo", answer.Query), null, CancellationToken.None);
        Assert.Contains(problems, p => p.Contains("question is required"));
        (problems, _) = await harness.Feedback.AddAsync(new FeedbackRequest("上个月的GMV", "gmv", true, null, "ceo", answer.Query! with { Grain = "fortnight" }), null, CancellationToken.None);
        Assert.Contains(problems, p => p.Contains("grain"));
        Assert.Single(await store.ListAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Pending_and_rejected_examples_never_change_answers_and_an_accepted_one_does_at_once()
    {
        var before = await harness.AskAsync(Unknown);
        Assert.NotEqual(AnswerStatus.Answered, before.Status);

        await ChooseAsync("上个月老板最关心的那个数", "gmv");
        Assert.Equal(before.Status, (await harness.AskAsync(Unknown)).Status);

        var id = Assert.Single(await store.ListAsync(null, 10, CancellationToken.None)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (rejected, failure) = await Learning.ReviewAsync(null, "fin_li", id, ExampleStatus.Rejected, CancellationToken.None);
        Assert.Null(failure);
        Assert.Equal(ExampleStatus.Rejected, rejected!.Status);
        Assert.Equal(before.Status, (await harness.AskAsync(Unknown)).Status);

        var (accepted, _) = await Learning.ReviewAsync(null, "fin_li", id, ExampleStatus.Accepted, CancellationToken.None);
        Assert.Equal(("fin_li", ExampleStatus.Accepted), (accepted!.ReviewedBy, accepted.Status));
        var after = await harness.AskAsync(Unknown);
        Assert.Equal(AnswerStatus.Answered, after.Status);
        Assert.Equal("gmv", after.Metric!.Id);
        Assert.Equal("south", Assert.Single(after.Query!.Filters!).Values!.Single());
    }

    [Fact]
    public async Task Only_reviewers_of_the_metrics_owner_may_accept_or_reject_and_list()
    {
        await ChooseAsync("上个月老板最关心的那个数", "gmv");              // Finance
        await ChooseAsync("上个月老板最关心的那个单量", "order_count");     // E-commerce
        var examples = await store.ListAsync(null, 10, CancellationToken.None);
        var finance = examples.Single(e => e.Metrics[0] == "gmv").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ecommerce = examples.Single(e => e.Metrics[0] == "order_count").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, refused) = await Learning.ReviewAsync(null, "fin_li", ecommerce, ExampleStatus.Accepted, CancellationToken.None);
        Assert.Equal(ExampleFailureKind.Forbidden, refused!.Kind);
        Assert.Contains("E-commerce", refused.Message);
        (_, refused) = await Learning.ReviewAsync(null, "ecom_zhao", finance, ExampleStatus.Accepted, CancellationToken.None);
        Assert.Equal(ExampleFailureKind.Forbidden, refused!.Kind);
        (_, refused) = await Learning.ReviewAsync(null, "east_wang", finance, ExampleStatus.Rejected, CancellationToken.None);
        Assert.Equal(ExampleFailureKind.Forbidden, refused!.Kind);
        Assert.Contains("no role that may review", refused.Message);
        Assert.All(await store.ListAsync(null, 10, CancellationToken.None), e => Assert.Equal(ExampleStatus.Pending, e.Status));

        Assert.Null((await Learning.ReviewAsync(null, "ecom_zhao", ecommerce, ExampleStatus.Accepted, CancellationToken.None)).Failure);
        Assert.Null((await Learning.ReviewAsync(null, "ceo", finance, ExampleStatus.Rejected, CancellationToken.None)).Failure);

        Assert.Equal(["gmv"], (await Learning.ListAsync(null, "fin_li", null, null, CancellationToken.None)).Examples.SelectMany(e => e.Metrics));
        Assert.Equal(2, (await Learning.ListAsync(null, "ceo", null, null, CancellationToken.None)).Examples.Count);
        Assert.Equal(["order_count"], (await Learning.ListAsync(null, "ceo", "accepted", null, CancellationToken.None)).Examples.SelectMany(e => e.Metrics));
        Assert.Equal(ExampleFailureKind.Forbidden, (await Learning.ListAsync(null, "guest", null, null, CancellationToken.None)).Failure!.Kind);
    }

    [Theory]
    [InlineData("abc", null, ExampleFailureKind.Invalid)]
    [InlineData("0", null, ExampleFailureKind.Invalid)]
    [InlineData("999", null, ExampleFailureKind.NotFound)]
    [InlineData("1", "nobody", ExampleFailureKind.UnknownCaller)]
    public async Task Bad_ids_and_unknown_callers_are_clear_errors(string id, string? user, ExampleFailureKind kind) =>
        Assert.Equal(kind, (await Learning.ReviewAsync(null, user ?? "ceo", id, ExampleStatus.Accepted, CancellationToken.None)).Failure!.Kind);

    [Theory]
    [InlineData("approved", null, "status must be pending, accepted or rejected")]
    [InlineData(null, "0", "limit must be")]
    public async Task Bad_list_filters_are_clear_errors(string? status, string? limit, string message) =>
        Assert.Contains(message, (await Learning.ListAsync(null, "ceo", status, limit, CancellationToken.None)).Failure!.Message);
}
