using System.Globalization;
using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Feedback;
using Microsoft.AspNetCore.Http.HttpResults;
using MetricAssistant.Application.Identity;

namespace MetricAssistant.Api.Endpoints;

/// <summary>POST /api/feedback body: 👍 (<c>helpful: true</c>) or 👎 on an answer, with an optional comment.</summary>
public sealed record FeedbackRequest(string? Question, string? MetricId, bool? Helpful, string? Comment, string? User);

/// <summary>One page of feedback, newest first.</summary>
public sealed record FeedbackPage(int Count, int Limit, IReadOnlyList<FeedbackEntry> Entries);

public static class FeedbackEndpoints
{
    public const int MaxComment = 1000;
    public const int MaxQuestion = 500;
    public const int MaxMetricId = 100;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>POST /api/feedback (anyone who may ask) and GET /api/feedback?metric=&amp;limit= (catalog owners: the registered <see cref="IAuditAccess"/>).</summary>
    public static RouteGroupBuilder MapFeedbackEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/api/feedback", AddAsync)
            .WithTags("feedback")
            .WithSummary("Leave feedback on an answer")
            .WithDescription($"Body: {{ question, metricId, helpful, comment, user }}. helpful is required; comment ≤ {MaxComment}, question ≤ {MaxQuestion}, metricId ≤ {MaxMetricId} characters. 204 when stored.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/api/feedback", ReadAsync)
            .WithTags("feedback")
            .WithSummary("Read answer feedback (catalog owners only)")
            .WithDescription($"Newest first. Filters: metric (exact), limit 1–{MaxLimit} (default {DefaultLimit}). Not a catalog owner: 403.")
            .Produces<FeedbackPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AddAsync(FeedbackRequest body, HttpContext http, CallerResolver callers, RequestContext context,
        IFeedbackStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var authenticated = callers.Resolve(http, body.User, out var authError);
        if (authError is not null) return TypedResults.Problem(authError, statusCode: StatusCodes.Status401Unauthorized);

        var problems = new List<string>();
        if (body.Helpful is null) problems.Add("helpful is required (true or false).");
        if (body.Comment is { Length: > MaxComment }) problems.Add($"comment is longer than {MaxComment} characters.");
        if (body.Question is { Length: > MaxQuestion }) problems.Add($"question is longer than {MaxQuestion} characters.");
        if (body.MetricId is { Length: > MaxMetricId }) problems.Add($"metricId is longer than {MaxMetricId} characters.");
        if (problems.Count > 0)
        {
            return TypedResults.Problem(title: "Invalid feedback", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["problems"] = problems });
        }

        var (caller, _, error) = context.Resolve(authenticated, body.User, null);
        if (error is not null || caller is null)
            return TypedResults.Problem(title: "Unknown caller", detail: error?.Message ?? "No caller.", statusCode: StatusCodes.Status400BadRequest);

        await store.AddAsync(new FeedbackEntry(time.GetUtcNow(), caller.UserId, Blank(body.Question), Blank(body.MetricId), body.Helpful!.Value, Blank(body.Comment)), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<FeedbackPage>, ProblemHttpResult>> ReadAsync(HttpContext http, string? metric, string? limit, IFeedbackStore store, CancellationToken cancellationToken)
    {
        var access = http.RequestServices.GetService<IAuditAccess>();
        if (access is null || !access.IsAdmin(http))
            return TypedResults.Problem(title: "Forbidden", detail: "Only catalog owners may read feedback.", statusCode: StatusCodes.Status403Forbidden);

        var take = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
            return TypedResults.Problem(title: "Invalid feedback filter", detail: $"limit must be a whole number from 1 to {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest);

        var entries = await store.ReadAsync(Blank(metric), take, cancellationToken);
        return TypedResults.Ok(new FeedbackPage(entries.Count, take, entries));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
