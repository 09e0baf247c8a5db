using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance.Inbox;
using MetricAssistant.Application.Governance.Requests;
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
            .WithSummary("Read answer feedback (admins: all; metric owners: their metrics')")
            .WithDescription($"Newest first. Filters: metric (exact), limit 1–{FeedbackService.MaxLimit} (default {FeedbackService.DefaultLimit}). Admins (exec, finance) read all; a caller who reviews metrics (governance: review, owners) reads the feedback on those; anyone else: 403.")
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

    private static async Task<Results<Ok<FeedbackPage>, ProblemHttpResult>> ReadAsync(HttpContext http, string? metric, string? limit, string? user, ResolvedCaller caller,
        FeedbackService feedback, OwnerFeedback owners, CancellationToken cancellationToken)
    {
        var access = http.RequestServices.GetService<IAuditAccess>();
        if (access is null || !access.IsAdmin(http))
        {
            // Not an admin: the owners of metrics read the feedback on their own metrics.
            var (owned, ownedTake, failure) = await owners.ReadAsync(caller.Authenticated, RequestProblems.User(http, user), metric, limit, cancellationToken);
            if (failure is not null)
                return TypedResults.Problem(title: failure.Kind == RequestFailureKind.Forbidden ? "Forbidden" : "Invalid feedback filter", detail: failure.Message,
                    statusCode: failure.Kind == RequestFailureKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["reason"] = failure.Message });
            return TypedResults.Ok(new FeedbackPage(owned.Count, ownedTake, owned));
        }

        var (entries, take, problem) = await feedback.ReadAsync(metric, limit, cancellationToken);
        if (problem is not null)
            return TypedResults.Problem(title: "Invalid feedback filter", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        return TypedResults.Ok(new FeedbackPage(entries.Count, take, entries));
    }
}
