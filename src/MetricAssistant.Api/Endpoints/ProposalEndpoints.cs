using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Governance.Proposals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class ProposalEndpoints
{
    /// <summary>
    /// The lifecycle: POST /api/proposals, GET /api/proposals?status=&amp;metricId=, GET /api/proposals/{id},
    /// POST /api/proposals/{id}/reviews|comments|revise|publish. The demo caller is <c>user</c> (body or query) or <c>X-User</c>.
    /// </summary>
    public static RouteGroupBuilder MapProposalEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/api/proposals", CreateAsync)
            .WithSummary("Propose a new metric, a change (full or partial), a deprecation or a retirement")
            .WithDescription("kind: create | change | deprecate | retire. definition has a metric YAML's shape as JSON (snake_case or camelCase keys); a change may give only the fields that change. 201 {id, status: in_review, metricId, baseVersion, bumpsVersion}; 400 invalid with problems and did-you-mean; 403 without the propose right over the metric's owner; 409 when baseVersion is not the current version.")
            .Produces<ProposalCreated>(StatusCodes.Status201Created)
            .Produces<GovernanceErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GovernanceErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<GovernanceErrorBody>(StatusCodes.Status409Conflict);
        group.MapGet("/api/proposals", ListAsync)
            .WithSummary("Proposals, newest first (status: in_review, changes_requested, approved, rejected, published; metricId)")
            .Produces<IReadOnlyList<ProposalView>>();
        group.MapGet("/api/proposals/{id}", GetAsync)
            .WithSummary("One proposal with its revisions, reviews, comments and field diff against its base")
            .Produces<ProposalView>()
            .Produces<GovernanceErrorBody>(StatusCodes.Status404NotFound);
        group.MapPost("/api/proposals/{id}/reviews", ReviewAsync)
            .WithSummary("Review: approve, reject or request_changes, with a comment (the author may not approve their own proposal)")
            .Produces<ProposalView>(StatusCodes.Status201Created)
            .Produces<GovernanceErrorBody>(StatusCodes.Status403Forbidden);
        group.MapPost("/api/proposals/{id}/comments", CommentAsync)
            .WithSummary("Comment on a proposal (its author, or anyone who proposes, reviews or publishes the metric's owner's metrics)")
            .Produces<ProposalComment>(StatusCodes.Status201Created);
        group.MapPost("/api/proposals/{id}/revise", ReviseAsync)
            .WithSummary("The author's new revision, answering requested changes: back in review, approvals start over")
            .Produces<ProposalView>()
            .Produces<GovernanceErrorBody>(StatusCodes.Status409Conflict);
        group.MapPost("/api/proposals/{id}/publish", PublishAsync)
            .WithSummary("Publish an approved proposal: 200 {metricId, version}; 403 without the publish right or the approvals; 409 when the metric moved since its base")
            .Produces<PublishResult>()
            .Produces<GovernanceErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<GovernanceErrorBody>(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<ProposalCreated>, JsonHttpResult<GovernanceErrorBody>>> CreateAsync(ProposalRequest body, HttpContext http, ResolvedCaller caller,
        ProposalService proposals, CancellationToken cancellationToken)
    {
        var (created, failure) = await proposals.CreateAsync(caller.Authenticated, body with { User = body.User ?? Header(http) }, cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Created($"/api/proposals/{created!.Id}", created);
    }

    private static async Task<Results<Ok<IReadOnlyList<ProposalView>>, JsonHttpResult<GovernanceErrorBody>>> ListAsync(HttpContext http, string? status, string? metricId, string? user,
        ResolvedCaller caller, ProposalService proposals, CancellationToken cancellationToken)
    {
        var (list, failure) = await proposals.ListAsync(caller.Authenticated, user ?? Header(http), status, metricId, cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ProposalView>, JsonHttpResult<GovernanceErrorBody>>> GetAsync(string id, HttpContext http, string? user, ResolvedCaller caller,
        ProposalService proposals, CancellationToken cancellationToken)
    {
        var (view, failure) = await proposals.GetAsync(caller.Authenticated, user ?? Header(http), id, cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Ok(view!);
    }

    private static async Task<Results<Created<ProposalView>, JsonHttpResult<GovernanceErrorBody>>> ReviewAsync(string id, ReviewRequest body, HttpContext http, ResolvedCaller caller,
        ProposalReviewService reviews, CancellationToken cancellationToken)
    {
        var (view, failure) = await reviews.ReviewAsync(caller.Authenticated, id, body with { User = body.User ?? Header(http) }, cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Created($"/api/proposals/{id}", view!);
    }

    private static async Task<Results<Created<ProposalComment>, JsonHttpResult<GovernanceErrorBody>>> CommentAsync(string id, CommentRequest body, HttpContext http, ResolvedCaller caller,
        ProposalService proposals, CancellationToken cancellationToken)
    {
        var (comment, failure) = await proposals.CommentAsync(caller.Authenticated, id, body with { User = body.User ?? Header(http) }, cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Created($"/api/proposals/{id}", comment!);
    }

    private static async Task<Results<Ok<ProposalView>, JsonHttpResult<GovernanceErrorBody>>> ReviseAsync(string id, ReviseRequest body, HttpContext http, ResolvedCaller caller,
        ProposalService proposals, CancellationToken cancellationToken)
    {
        var (view, failure) = await proposals.ReviseAsync(caller.Authenticated, id, body with { User = body.User ?? Header(http) }, cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Ok(view!);
    }

    private static async Task<Results<Ok<PublishResult>, JsonHttpResult<GovernanceErrorBody>>> PublishAsync(string id, PublishRequest? body, HttpContext http, ResolvedCaller caller,
        ProposalPublisher publisher, CancellationToken cancellationToken)
    {
        var (result, failure) = await publisher.PublishAsync(caller.Authenticated, id, new PublishRequest(body?.User ?? Header(http)), cancellationToken);
        return failure is not null ? Error(failure) : TypedResults.Ok(result!);
    }

    private static string? Header(HttpContext http) => http.Request.Headers["X-User"].ToString() is { Length: > 0 } user ? user : null;

    private static JsonHttpResult<GovernanceErrorBody> Error(GovernanceFailure failure) => TypedResults.Json(GovernanceErrorBody.From(failure), statusCode: failure.Kind switch
    {
        GovernanceFailureKind.Forbidden => StatusCodes.Status403Forbidden,
        GovernanceFailureKind.NotFound => StatusCodes.Status404NotFound,
        GovernanceFailureKind.Conflict => StatusCodes.Status409Conflict,
        GovernanceFailureKind.UnknownCaller when failure.Code == "authentication_required" => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    });
}
