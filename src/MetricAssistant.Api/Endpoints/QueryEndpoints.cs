using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class QueryEndpoints
{
    /// <summary>POST /api/query: a structured query in the contract's shape, answered in the contract's shape.</summary>
    public static RouteGroupBuilder MapQueryEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/", RunAsync)
            .WithSummary("Run a structured query")
            .WithDescription("Body: { query: { metrics, groupBy, filters, timeRange, grain, orderBy, limit, compare }, user, now }. Returns the answer contract; status 'invalid' comes with HTTP 400, 'unavailable' (warehouse_unavailable, audit_unavailable) with HTTP 503. " +
                "An answered answer carries freshness: { dataUntil, stale, expectedEvery, sources } (how far the oldest source table's data goes, and whether that is older than the metric's expected schedule at the request's now) and says it in its message (数据更新至 … / Data up to …).");
        return group;
    }

    private static async Task<Results<Ok<Answer>, BadRequest<Answer>, JsonHttpResult<Answer>>> RunAsync(QueryRequest request, ResolvedCaller caller, QueryService service, CancellationToken cancellationToken)
    {
        var answer = await service.RunAsync(request, caller.Authenticated, cancellationToken);
        return AnswerResults.Of(answer);
    }
}
