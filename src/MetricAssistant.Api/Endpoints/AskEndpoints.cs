using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class AskEndpoints
{
    /// <summary>POST /api/ask: a question in Chinese or English; GET /api/search?q=: suggestions for a search box.</summary>
    public static RouteGroupBuilder MapAskEndpoints(this RouteGroupBuilder app)
    {
        app.MapPost("/api/ask", AskAsync).WithTags("ask")
            .WithSummary("Ask a question")
            .WithDescription("Body: { question, user, now, conversationId }. With a conversationId (at most 200 characters), a follow-up such as 那华南呢 / 'and last year?' reuses the caller's previous question in that conversation. Returns the answer contract; status 'invalid' comes with HTTP 400, 'unavailable' (warehouse_unavailable, audit_unavailable) with HTTP 503. " +
                "An answered answer carries freshness: { dataUntil, stale, expectedEvery, sources } (how far the oldest source table's data goes, and whether that is older than the metric's expected schedule at the request's now) and says it in its message (数据更新至 … / Data up to …).");
        app.MapGet("/api/search", SearchAsync).WithTags("ask")
            .WithSummary("Suggestions as the user types: metrics (official first) and example questions");
        return app;
    }

    private static async Task<Results<Ok<Answer>, BadRequest<Answer>, JsonHttpResult<Answer>>> AskAsync(AskRequest request, ResolvedCaller caller, IAskService service, CancellationToken cancellationToken)
    {
        var answer = await service.AskAsync(request, caller.Authenticated, cancellationToken);
        return AnswerResults.Of(answer);
    }

    private static async Task<Results<Ok<SearchResponse>, BadRequest<Answer>>> SearchAsync(string? q, int? top, string? user, ResolvedCaller caller, SearchService search, CancellationToken cancellationToken)
    {
        var (response, error) = await search.SearchAsync(q, top, caller.Authenticated, user, cancellationToken);
        return response is not null ? TypedResults.Ok(response) : TypedResults.BadRequest(AnswerFactory.Invalid(error!));
    }
}
