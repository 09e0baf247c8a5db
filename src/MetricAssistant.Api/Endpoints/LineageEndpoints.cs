using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Governance.Lineage;
using MetricAssistant.Application.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class LineageEndpoints
{
    /// <summary>
    /// GET /api/lineage/metrics/{id} (anyone who may read the catalog) and GET /api/lineage/impact?table=&amp;column=
    /// (callers with a governance right or exec; the demo caller is <c>user</c> or the <c>X-User</c> header).
    /// </summary>
    public static RouteGroupBuilder MapLineageEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/api/lineage/metrics/{id}", Metric)
            .WithSummary("Where a metric's numbers come from: models, columns, upstream tables, jobs, and the metrics it is built from")
            .WithDescription("Models (fact: aggregated; joined: reached through joins), every column its definition reads (via measure, filter, time_dimension or dimension), " +
                "upstream tables, jobs and source systems from the lineage blocks, each input metric's own lineage, and freshness (how far the source tables' data goes now). Unknown id: 404 with suggestions.")
            .Produces<MetricLineageReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/api/lineage/impact", ImpactAsync)
            .WithSummary("The impact of changing a table or column: every metric that uses it, and who asked about them in the last 30 days")
            .WithDescription("table: a model id, a warehouse table or an upstream table of a lineage block (matched.kind says which); column: optional. " +
                "metrics[].via is how the metric uses it (measure, filter, time_dimension, dimension, model, lineage) or the metric it goes through (aov via gmv). " +
                "askedBy counts the audit trail's entries per user over the last 30 days (organisation clock) for callers who review or publish metrics or are exec; " +
                "a caller who may only propose gets askedBy null. No governance right: 403. Unknown table or column: 404 with suggestions.")
            .Produces<ImpactReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<MetricLineageReport>, ProblemHttpResult>> Metric(string id, string? user, HttpContext http,
        ResolvedCaller resolved, DefinitionGate gate, LineageService lineage, CancellationToken cancellationToken)
    {
        // Same visibility as GET /api/metrics/{id}: a hidden metric is 404 exactly like an unknown one.
        var (caller, refusal) = gate.Open(resolved.Authenticated, DefinitionReaders.DemoUser(user, http), id);
        if (caller is null) return refusal!.Kind == DefinitionRefusalKind.NotFound ? NotFound(refusal) : DefinitionReaders.CallerProblem(refusal);
        var (report, failure) = await lineage.MetricAsync(id, caller, cancellationToken);
        if (failure is { Kind: LineageFailureKind.NotFound }) return NotFound(gate.NotFound(caller, id));
        return failure is not null ? Problem(failure) : TypedResults.Ok(report!);
    }

    private static ProblemHttpResult NotFound(DefinitionRefusal refusal) =>
        Problem(new LineageFailure(LineageFailureKind.NotFound, refusal.Error.Code, refusal.Error.Message, refusal.Error.Suggestions));

    private static async Task<Results<Ok<ImpactReport>, ProblemHttpResult>> ImpactAsync(string? table, string? column, string? user, HttpContext http,
        ResolvedCaller caller, LineageService lineage, CancellationToken cancellationToken)
    {
        var (report, failure) = await lineage.ImpactAsync(caller.Authenticated, user ?? Header(http), table, column, cancellationToken);
        return failure is not null ? Problem(failure) : TypedResults.Ok(report!);
    }

    private static string? Header(HttpContext http) => http.Request.Headers["X-User"].ToString() is { Length: > 0 } user ? user : null;

    private static ProblemHttpResult Problem(LineageFailure failure)
    {
        var (status, title) = failure.Kind switch
        {
            LineageFailureKind.Forbidden => (StatusCodes.Status403Forbidden, "Forbidden"),
            LineageFailureKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            _ => (StatusCodes.Status400BadRequest, "Invalid"),
        };
        return TypedResults.Problem(title: title, detail: failure.Message, statusCode: status, extensions: new Dictionary<string, object?>
        {
            ["reason"] = failure.Message,
            ["suggestions"] = failure.Suggestions,
            ["error"] = new { code = failure.Code, message = failure.Message, suggestions = failure.Suggestions },
        });
    }
}
