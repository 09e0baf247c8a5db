using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Feedback;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

/// <summary>One page of feedback, newest first.</summary>
public sealed record FeedbackPage(int Count, int Limit, IReadOnlyList<FeedbackEntry> Entries);

public static class FeedbackEndpoints
{
    /// <summary>POST /api/feedback (anyone who may ask) and GET /api/feedback?metric=&amp;limit= (catalog owners: the registered <see cref="IAuditAccess"/>).</summary>
    public static RouteGroupBuilder MapFeedbackEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/api/feedback", AddAsync)
            .WithTags("feedback")
            .WithSummary("Leave feedback on an answer")
            .WithDescription($"Body: {{ question, metricId, helpful, comment, user }}. helpful is required; comment ≤ {FeedbackService.MaxComment}, question ≤ {FeedbackService.MaxQuestion}, metricId ≤ {FeedbackService.MaxMetricId} characters. 204 when stored.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/api/feedback", ReadAsync)
            .WithTags("feedback")
            .WithSummary("Read answer feedback (catalog owners only)")
            .WithDescription($"Newest first. Filters: metric (exact), limit 1–{FeedbackService.MaxLimit} (default {FeedbackService.DefaultLimit}). Not a catalog owner: 403.")
            .Produces<FeedbackPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AddAsync(FeedbackRequest body, ResolvedCaller caller, FeedbackService feedback, CancellationToken cancellationToken)
    {
        var (problems, callerError) = await feedback.AddAsync(body, caller.Authenticated, cancellationToken);
        if (problems.Count > 0)
        {
            return TypedResults.Problem(title: "Invalid feedback", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["problems"] = problems });
        }
        if (callerError is not null)
            return TypedResults.Problem(title: "Unknown caller", detail: callerError.Message, statusCode: StatusCodes.Status400BadRequest);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<FeedbackPage>, ProblemHttpResult>> ReadAsync(HttpContext http, string? metric, string? limit, FeedbackService feedback, CancellationToken cancellationToken)
    {
        var access = http.RequestServices.GetService<IAuditAccess>();
        if (access is null || !access.IsAdmin(http))
            return TypedResults.Problem(title: "Forbidden", detail: "Only catalog owners may read feedback.", statusCode: StatusCodes.Status403Forbidden);

        var (entries, take, problem) = await feedback.ReadAsync(metric, limit, cancellationToken);
        if (problem is not null)
            return TypedResults.Problem(title: "Invalid feedback filter", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        return TypedResults.Ok(new FeedbackPage(entries.Count, take, entries));
    }
}
