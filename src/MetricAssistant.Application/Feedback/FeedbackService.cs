using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Security;

namespace MetricAssistant.Application.Feedback;

/// <summary>Keeps the 👍/👎 people leave on answers, within bounds, and reads it back for catalog owners.</summary>
public sealed class FeedbackService(IFeedbackStore store, RequestContext context, TimeProvider time, LearnedExampleService? learning = null)
{
    public const int MaxComment = 1000;
    public const int MaxQuestion = 500;
    public const int MaxMetricId = 100;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>Stores the feedback; otherwise what is wrong with it, or why the caller is unknown (the feedback is checked first).</summary>
    public async Task<(IReadOnlyList<string> Problems, ErrorDto? CallerError)> AddAsync(FeedbackRequest request, Caller? authenticated, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (request.Helpful is null) problems.Add("helpful is required (true or false).");
        if (request.Comment is { Length: > MaxComment }) problems.Add($"comment is longer than {MaxComment} characters.");
        if (request.Question is { Length: > MaxQuestion }) problems.Add($"question is longer than {MaxQuestion} characters.");
        if (request.MetricId is { Length: > MaxMetricId }) problems.Add($"metricId is longer than {MaxMetricId} characters.");
        // A 👍 with the answer's query teaches the reader that question: the query must be one it could have asked.
        var learn = request.Helpful == true && request.Query is not null && learning is not null;
        if (learn) problems.AddRange(learning!.HelpfulProblems(request.Question, request.Query!));
        if (problems.Count > 0) return (problems, null);

        var (caller, _, error) = context.Resolve(authenticated, request.User, null);
        if (caller is null) return ([], error);

        await store.AddAsync(new FeedbackEntry(time.GetUtcNow(), caller.UserId, Blank(request.Question), Blank(request.MetricId), request.Helpful!.Value, Blank(request.Comment)), cancellationToken);
        if (learn) await learning!.RecordHelpfulAsync(request.Question!, request.Query!, caller, cancellationToken);
        return ([], null);
    }

    /// <summary>The newest feedback (only <paramref name="metric"/>'s when given), or why <paramref name="limit"/> is not a limit.</summary>
    public async Task<(IReadOnlyList<FeedbackEntry> Entries, int Limit, string? Problem)> ReadAsync(string? metric, string? limit, CancellationToken cancellationToken)
    {
        var take = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
            return ([], 0, $"limit must be a whole number from 1 to {MaxLimit}.");
        return (await store.ReadAsync(Blank(metric), take, cancellationToken), take, null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
