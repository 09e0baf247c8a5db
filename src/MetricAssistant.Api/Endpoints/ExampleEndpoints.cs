using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Learning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

/// <summary>One page of learned examples, newest sighting first.</summary>
public sealed record ExamplePage(int Count, IReadOnlyList<LearnedExample> Examples);

/// <summary>The body of an accept or reject: who decides (demo identities; a deployment uses the token).</summary>
public sealed record ExampleReviewRequest(string? User);

public static class ExampleEndpoints
{
    /// <summary>
    /// GET /api/examples?status=&amp;limit= and POST /api/examples/{id}/accept|reject: learned examples for the owners of
    /// their metrics. The demo caller is <c>user</c> (query or body) or the <c>X-User</c> header.
    /// </summary>
    public static RouteGroupBuilder MapExampleEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/api/examples", ListAsync)
            .WithSummary("Learned examples the caller may review")
            .WithDescription($"Clarification choices and 👍 answers recorded as question → metrics. Filters: status (pending, accepted, rejected), limit 1–{LearnedExampleService.MaxLimit}. Only examples whose metrics' owner the caller reviews; 403 for a caller who reviews none.")
            .Produces<ExamplePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/api/examples/{id}/accept", (string id, ExampleReviewRequest? body, HttpContext http, ResolvedCaller caller, LearnedExampleService examples, CancellationToken ct) =>
                ReviewAsync(id, ExampleStatus.Accepted, body, http, caller, examples, ct))
            .WithSummary("Accept a learned example: its wording is read as its metrics from the next question on")
            .Produces<LearnedExample>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/api/examples/{id}/reject", (string id, ExampleReviewRequest? body, HttpContext http, ResolvedCaller caller, LearnedExampleService examples, CancellationToken ct) =>
                ReviewAsync(id, ExampleStatus.Rejected, body, http, caller, examples, ct))
            .WithSummary("Reject a learned example: it never changes answers")
            .Produces<LearnedExample>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<ExamplePage>, ProblemHttpResult>> ListAsync(HttpContext http, string? status, string? limit, string? user,
        ResolvedCaller caller, LearnedExampleService examples, CancellationToken cancellationToken)
    {
        var (list, failure) = await examples.ListAsync(caller.Authenticated, user ?? Header(http), status, limit, cancellationToken);
        return failure is not null ? Problem(failure) : TypedResults.Ok(new ExamplePage(list.Count, list));
    }

    private static async Task<Results<Ok<LearnedExample>, ProblemHttpResult>> ReviewAsync(string id, ExampleStatus decision, ExampleReviewRequest? body, HttpContext http,
        ResolvedCaller caller, LearnedExampleService examples, CancellationToken cancellationToken)
    {
        var (example, failure) = await examples.ReviewAsync(caller.Authenticated, body?.User ?? Header(http), id, decision, cancellationToken);
        return failure is not null ? Problem(failure) : TypedResults.Ok(example!);
    }

    private static string? Header(HttpContext http) => http.Request.Headers["X-User"].ToString() is { Length: > 0 } user ? user : null;

    private static ProblemHttpResult Problem(ExampleReviewFailure failure)
    {
        var (status, title) = failure.Kind switch
        {
            ExampleFailureKind.Forbidden => (StatusCodes.Status403Forbidden, "Forbidden"),
            ExampleFailureKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            ExampleFailureKind.UnknownCaller => (StatusCodes.Status400BadRequest, "Unknown caller"),
            _ => (StatusCodes.Status400BadRequest, "Invalid"),
        };
        return TypedResults.Problem(title: title, detail: failure.Message, statusCode: status,
            extensions: new Dictionary<string, object?> { ["reason"] = failure.Message, ["suggestions"] = failure.Suggestions ?? [] });
    }
}
