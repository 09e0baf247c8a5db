using System.Globalization;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Validation;
using MetricAssistant.Understanding.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Application.Learning;

/// <summary>
/// The loop that learns: records what people showed a question to mean (a clarification choice, a 👍 on an
/// answer) as pending examples, lets the owners of the metrics accept or reject them, and hands accepted
/// ones to the question reader at once.
/// </summary>
public sealed class LearnedExampleService(
    ILearnedExampleStore store, AcceptedExamples accepted, ICatalogProvider catalogs, RequestContext context, TimeProvider time,
    ILogger<LearnedExampleService>? logger = null)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>
    /// Records a clarification choice once its answer is in: the question first asked means the metrics of the
    /// query that answered the choice, when that query has the chosen metric. False when nothing was recorded.
    /// </summary>
    public async Task<bool> RecordChoiceAsync(ClarificationChoice choice, Answer answer, Caller caller, CancellationToken cancellationToken)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Query?.Metrics is not { Count: > 0 } metrics || !metrics.Contains(choice.MetricId)) return false;
        if (ChoiceProblems(choice).Count > 0) return false;
        return await RecordAsync(new ExampleSighting(choice.Question!.Trim(), metrics, answer.Query, ExampleOrigin.Clarification, caller.UserId, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Records a 👍 on an answer whose question and query came back with it (checked by <see cref="HelpfulProblems"/> first).</summary>
    public Task<bool> RecordHelpfulAsync(string question, QueryDto query, Caller caller, CancellationToken cancellationToken) =>
        RecordAsync(new ExampleSighting(question.Trim(), query.Metrics!, query, ExampleOrigin.Feedback, caller.UserId, time.GetUtcNow()), cancellationToken);

    /// <summary>What is wrong with a choice sent with a question; empty when it can be recorded.</summary>
    public static IReadOnlyList<string> ChoiceProblems(ClarificationChoice choice)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(choice.Question)) problems.Add("choice.question (the question that was clarified) is required.");
        else if (choice.Question.Length > TextNormalizer.MaxLength) problems.Add($"choice.question is longer than {TextNormalizer.MaxLength} characters.");
        if (string.IsNullOrWhiteSpace(choice.MetricId)) problems.Add("choice.metricId (the metric chosen) is required.");
        else if (choice.MetricId.Length > 100) problems.Add("choice.metricId is longer than 100 characters.");
        return problems;
    }

    /// <summary>What is wrong with the question and query a 👍 brought back; empty when they make an example.</summary>
    public IReadOnlyList<string> HelpfulProblems(string? question, QueryDto query)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(question)) problems.Add("question is required with query (the question the answer was for).");
        var (_, error) = QueryTranslator.ToSemantic(query, _ => null);
        if (error is not null && error.Code != "missing_time_range") problems.Add($"query is not a valid query: {error.Message}");
        var catalog = catalogs.Current;
        foreach (var id in (query.Metrics ?? []).Where(id => !string.IsNullOrWhiteSpace(id) && catalog.FindMetric(id) is null))
            problems.Add($"query.metrics names unknown metric '{id}'{Suggestion(id, catalog.Metrics.Keys)}.");
        return problems;
    }

    /// <summary>The examples the caller may review, newest sighting first (only <paramref name="status"/>'s when given).</summary>
    public async Task<(IReadOnlyList<LearnedExample> Examples, ExampleReviewFailure? Failure)> ListAsync(
        Caller? authenticated, string? user, string? status, string? limit, CancellationToken cancellationToken)
    {
        var (filter, take, problem) = ParseList(status, limit);
        if (problem is not null) return ([], problem);
        var (caller, failure) = Reviewer(authenticated, user);
        if (caller is null) return ([], failure);
        var reviewers = new ExampleReviewers(catalogs.Current);
        var all = await store.ListAsync(filter, MaxLimit, cancellationToken);
        return (all.Where(e => reviewers.MayReview(caller, e)).Take(take).ToList(), null);
    }

    /// <summary>Accepts or rejects an example; an accepted one changes how questions are read from the next question on.</summary>
    public async Task<(LearnedExample? Example, ExampleReviewFailure? Failure)> ReviewAsync(
        Caller? authenticated, string? user, string id, ExampleStatus decision, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            return (null, new ExampleReviewFailure(ExampleFailureKind.Invalid, $"id must be a positive whole number (was '{Clip(id)}')."));
        var (caller, failure) = Reviewer(authenticated, user);
        if (caller is null) return (null, failure);
        var example = await store.GetAsync(number, cancellationToken);
        if (example is null) return (null, new ExampleReviewFailure(ExampleFailureKind.NotFound, $"There is no learned example {number}."));
        if (new ExampleReviewers(catalogs.Current).Refusal(caller, example) is { } refusal)
            return (null, new ExampleReviewFailure(ExampleFailureKind.Forbidden, refusal));
        var reviewed = await store.ReviewAsync(number, decision, caller.UserId, time.GetUtcNow(), cancellationToken);
        await accepted.RefreshAsync(cancellationToken);
        return (reviewed, null);
    }

    private async Task<bool> RecordAsync(ExampleSighting sighting, CancellationToken cancellationToken)
    {
        // Learning switched off (evaluation runs) is no fault to log: there is simply nothing to keep.
        if (store is NoExampleStore) return false;
        try
        {
            await store.RecordAsync(sighting, cancellationToken);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The answer has already gone out: a store fault must not turn it into an error.
            log.LogError(error, "Could not record a learned example ({Origin}) for user {User}.", sighting.Origin, sighting.UserId);
            return false;
        }
    }

    private (Caller? Caller, ExampleReviewFailure? Failure) Reviewer(Caller? authenticated, string? user)
    {
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        if (caller is null) return (null, new ExampleReviewFailure(ExampleFailureKind.UnknownCaller, error!.Message, error.Suggestions));
        if (!new ExampleReviewers(catalogs.Current).ReviewsAny(caller))
            return (null, new ExampleReviewFailure(ExampleFailureKind.Forbidden, $"User '{caller.UserId}' has no role that may review metrics (the access policy's governance: review)."));
        return (caller, null);
    }

    private static (ExampleStatus? Status, int Limit, ExampleReviewFailure? Problem) ParseList(string? status, string? limit)
    {
        ExampleStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<ExampleStatus>(status.Trim(), ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                return (null, 0, new ExampleReviewFailure(ExampleFailureKind.Invalid, $"status must be pending, accepted or rejected (was '{Clip(status)}').", ["pending", "accepted", "rejected"]));
            filter = parsed;
        }
        var take = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
            return (null, 0, new ExampleReviewFailure(ExampleFailureKind.Invalid, $"limit must be a whole number from 1 to {MaxLimit}."));
        return (filter, take, null);
    }

    private static string Suggestion(string id, IEnumerable<string> known) =>
        DidYouMean.Closest(id, known) is { } closest ? $" (did you mean '{closest}'?)" : "";

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
