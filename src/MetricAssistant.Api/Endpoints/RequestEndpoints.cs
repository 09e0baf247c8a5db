using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Governance.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class RequestEndpoints
{
    /// <summary>
    /// Requests (提报): POST /api/requests (anyone who may ask), GET /api/requests?status=&amp;mine=&amp;limit=, GET /api/requests/{id},
    /// POST /api/requests/{id}/comments (requester, domain reviewers), POST /api/requests/{id}/status (domain reviewers).
    /// The demo caller is <c>user</c> (query or body) or the <c>X-User</c> header.
    /// </summary>
    public static RouteGroupBuilder MapRequestEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/api/requests", CreateAsync)
            .WithSummary("Request a metric (提报)")
            .WithDescription("Body { title, question, description, user }: 201 { id, status: open, domain } — routed to the department that owns the metrics the question points at (else Data governance).")
            .Produces<RequestView>(StatusCodes.Status201Created)
            .Produces<RequestErrorBody>(StatusCodes.Status400BadRequest);
        group.MapGet("/api/requests", ListAsync)
            .WithSummary("Requests the caller made or reviews")
            .WithDescription($"Filters: status (open, accepted, declined, done), mine=true (only the caller's own), limit 1–{RequestService.MaxLimit}. Each of the caller's own says whether it was answered since they last opened it (updated, unread).")
            .Produces<IReadOnlyList<RequestView>>()
            .Produces<RequestErrorBody>(StatusCodes.Status400BadRequest);
        group.MapGet("/api/requests/{id}", GetAsync)
            .WithSummary("One request with its history and comments (its requester's notifications about it are then read)")
            .Produces<RequestView>()
            .Produces<RequestErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<RequestErrorBody>(StatusCodes.Status404NotFound);
        group.MapPost("/api/requests/{id}/comments", CommentAsync)
            .WithSummary("Comment on a request (its requester or the domain's reviewers)")
            .Produces<RequestView>(StatusCodes.Status201Created)
            .Produces<RequestErrorBody>(StatusCodes.Status403Forbidden);
        group.MapPost("/api/requests/{id}/status", SetStatusAsync)
            .WithSummary("Accept, decline or close a request (the domain's reviewers): done needs metricId, the published metric")
            .Produces<RequestView>()
            .Produces<RequestErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<RequestErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<RequestErrorBody>(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<RequestView>, JsonHttpResult<RequestErrorBody>>> CreateAsync(
        CreateRequestBody body, HttpContext http, ResolvedCaller caller, RequestService requests, CancellationToken cancellationToken)
    {
        var (request, failure) = await requests.CreateAsync(body with { User = RequestProblems.User(http, body.User) }, caller.Authenticated, "api", null, cancellationToken);
        return failure is not null ? RequestProblems.From(failure) : TypedResults.Created($"/api/requests/{request!.Id}", request);
    }

    /// <summary>The contract's list is a JSON array; how many of the caller's own are unread rides in <c>X-Unread-Count</c>.</summary>
    private static async Task<Results<Ok<IReadOnlyList<RequestView>>, JsonHttpResult<RequestErrorBody>>> ListAsync(
        HttpContext http, string? status, string? mine, string? limit, string? user, ResolvedCaller caller, RequestService requests, CancellationToken cancellationToken)
    {
        var (page, failure) = await requests.ListAsync(caller.Authenticated, RequestProblems.User(http, user), status, mine, limit, cancellationToken);
        if (failure is not null) return RequestProblems.From(failure);
        http.Response.Headers["X-Unread-Count"] = page!.Unread.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Requests);
    }

    private static async Task<Results<Ok<RequestView>, JsonHttpResult<RequestErrorBody>>> GetAsync(
        string id, HttpContext http, string? user, ResolvedCaller caller, RequestService requests, CancellationToken cancellationToken)
    {
        var (request, failure) = await requests.GetAsync(caller.Authenticated, RequestProblems.User(http, user), id, cancellationToken);
        return failure is not null ? RequestProblems.From(failure) : TypedResults.Ok(request!);
    }

    private static async Task<Results<Created<RequestView>, JsonHttpResult<RequestErrorBody>>> CommentAsync(
        string id, RequestCommentBody body, HttpContext http, ResolvedCaller caller, RequestService requests, CancellationToken cancellationToken)
    {
        var (request, failure) = await requests.CommentAsync(caller.Authenticated, id, body with { User = RequestProblems.User(http, body.User) }, cancellationToken);
        return failure is not null ? RequestProblems.From(failure) : TypedResults.Created($"/api/requests/{request!.Id}", request);
    }

    private static async Task<Results<Ok<RequestView>, JsonHttpResult<RequestErrorBody>>> SetStatusAsync(
        string id, RequestStatusBody body, HttpContext http, ResolvedCaller caller, RequestService requests, CancellationToken cancellationToken)
    {
        var (request, failure) = await requests.SetStatusAsync(caller.Authenticated, id, body with { User = RequestProblems.User(http, body.User) }, cancellationToken);
        return failure is not null ? RequestProblems.From(failure) : TypedResults.Ok(request!);
    }
}
