using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Api.Endpoints;

public static class QueryEndpoints
{
    /// <summary>POST /api/query: a structured query in the contract's shape, answered in the contract's shape.</summary>
    public static RouteGroupBuilder MapQueryEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/", RunAsync)
            .WithSummary("Run a structured query")
            .WithDescription("Body: { query: { metrics, groupBy, filters, timeRange, grain, orderBy, limit, compare }, user, now }. Returns the answer contract; status 'invalid' comes with HTTP 400.");
        return group;
    }

    private static async Task<Results<Ok<Answer>, BadRequest<Answer>, ProblemHttpResult>> RunAsync(QueryRequest request, QueryService service, HttpContext context, CallerResolver callers, CancellationToken cancellationToken)
    {
        var caller = callers.Resolve(context, request.User, out var authError);
        if (authError is not null) return TypedResults.Problem(authError, statusCode: StatusCodes.Status401Unauthorized);
        var answer = await service.RunAsync(request, caller, cancellationToken);
        return answer.Status == AnswerStatus.Invalid ? TypedResults.BadRequest(answer) : TypedResults.Ok(answer);
    }
}
