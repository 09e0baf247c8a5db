using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.AspNetCore.Http.HttpResults;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;

namespace MetricAssistant.Api.Endpoints;

public static class AskEndpoints
{
    /// <summary>POST /api/ask: a question in Chinese or English; GET /api/search?q=: suggestions for a search box.</summary>
    public static RouteGroupBuilder MapAskEndpoints(this RouteGroupBuilder app)
    {
        app.MapPost("/api/ask", AskAsync).WithTags("ask")
            .WithSummary("Ask a question")
            .WithDescription("Body: { question, user, now, conversationId }. With a conversationId (at most 200 characters), a follow-up such as 那华南呢 / 'and last year?' reuses the caller's previous question in that conversation. Returns the answer contract; status 'invalid' comes with HTTP 400.");
        app.MapGet("/api/search", SearchAsync).WithTags("ask")
            .WithSummary("Suggestions as the user types: metrics (official first) and example questions");
        return app;
    }

    private static async Task<Results<Ok<Answer>, BadRequest<Answer>, ProblemHttpResult>> AskAsync(AskRequest request, IAskService service, HttpContext context, CallerResolver callers, CancellationToken cancellationToken)
    {
        var caller = callers.Resolve(context, request.User, out var authError);
        if (authError is not null) return TypedResults.Problem(authError, statusCode: StatusCodes.Status401Unauthorized);
        var answer = await service.AskAsync(request, caller, cancellationToken);
        return answer.Status == AnswerStatus.Invalid ? TypedResults.BadRequest(answer) : TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<SearchResponse>, BadRequest<Answer>, ProblemHttpResult>> SearchAsync(string? q, int? top, string? user, IMetricRetriever retriever, RequestContext context, ICatalogProvider catalogs, IAuditLog audit, HttpContext http, CallerResolver callers, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        var authenticated = callers.Resolve(http, user, out var authError);
        if (authError is not null) return TypedResults.Problem(authError, statusCode: StatusCodes.Status401Unauthorized);
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        if (error is not null) return TypedResults.BadRequest(new Answer { Status = AnswerStatus.Invalid, Message = error.Message, Error = error });
        var access = new AccessEvaluator(catalogs.Current);
        if (text.Length > 200) return TypedResults.BadRequest(new Answer { Status = AnswerStatus.Invalid, Message = "The search text is longer than 200 characters.", Error = new ErrorDto("query_too_long", "The search text is longer than 200 characters.", []) });
        if (text.Length == 0) return TypedResults.Ok(new SearchResponse(text, []));
        // Suggestions never show a metric the caller may not see.
        var suggestions = await retriever.SuggestAsync(text, Math.Clamp(top ?? 8, 1, 20), id => access.CanSee(caller!, id), cancellationToken);
        // The caller's own recent questions that match come first (from the audit trail: only their answered ones).
        var recent = (await audit.ReadAsync(new AuditFilter(UserId: caller!.UserId, Status: AnswerStatus.Answered, Limit: 50), cancellationToken))
            .Where(e => e.Question is { } q && q.Contains(text, StringComparison.OrdinalIgnoreCase) && (e.MetricId is null || access.CanSee(caller, e.MetricId)))
            .DistinctBy(e => e.Question)
            .Take(3)
            .Select(e => new SearchSuggestion("recent", e.Question!, e.MetricId, false, 1.0));
        return TypedResults.Ok(new SearchResponse(text, [.. recent, .. suggestions]));
    }
}

/// <summary>What the search box shows for the text typed so far.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchSuggestion> Suggestions);
