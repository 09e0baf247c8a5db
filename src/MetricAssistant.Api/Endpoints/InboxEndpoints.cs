using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Governance.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class InboxEndpoints
{
    /// <summary>GET /api/inbox?kind=: the owners' inbox for the domains the caller reviews (403 with the reason for a caller who reviews none).</summary>
    public static RouteGroupBuilder MapInboxEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/api/inbox", ReadAsync)
            .WithSummary("The owners' inbox: 👎 with comments, clarifications, not-found questions, requests and pending learned examples, grouped")
            .WithDescription($"groups: [{{ metricId, kind, wording, count, examples, proposal }}] by metric, kind ({string.Join(", ", InboxKind.All)}) and wording; proposal is a POST /api/proposals body adding the wording as a synonym.")
            .Produces<Inbox>()
            .Produces<RequestErrorBody>(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<Ok<Inbox>, JsonHttpResult<RequestErrorBody>>> ReadAsync(
        HttpContext http, string? user, string? kind, ResolvedCaller caller, InboxService inbox, CancellationToken cancellationToken)
    {
        var (result, failure) = await inbox.ReadAsync(caller.Authenticated, RequestProblems.User(http, user), kind, cancellationToken);
        return failure is not null ? RequestProblems.From(failure) : TypedResults.Ok(result!);
    }
}
