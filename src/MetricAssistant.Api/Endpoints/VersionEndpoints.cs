using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class VersionEndpoints
{
    /// <summary>
    /// GET /api/metrics/{id}/versions, /versions/{version} and /diff?from=&amp;to=: a metric's published versions, one in
    /// full, and what changed between two (fields and the SQL of a reference query). Same visibility as /api/metrics/{id} (<see cref="DefinitionGate"/>).
    /// </summary>
    public static RouteGroupBuilder MapVersionEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id}/versions", ListAsync)
            .WithSummary("A metric's published versions, oldest first (status, who published it and when, the changelog summary)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/versions/{version}", DefinitionAsync)
            .WithSummary("A metric's full definition at one version (the shape of GET /api/metrics/{id})")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/diff", DiffAsync)
            .WithSummary("What changed between two versions: the definition's fields, and the SQL of a reference query under each")
            .WithDescription("from and to are version numbers; now (optional, ISO) fixes the reference query's default window.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<MetricVersionDto>>, ProblemHttpResult>> ListAsync(string id, string? user, HttpContext http,
        ResolvedCaller resolved, DefinitionGate gate, MetricVersions versions, CancellationToken cancellationToken)
    {
        var (caller, refusal) = gate.Open(resolved.Authenticated, DefinitionReaders.DemoUser(user, http), id);
        if (caller is null) return Refused(refusal!);
        var (list, failure) = await versions.ListAsync(id, cancellationToken);
        return failure is not null ? Problem(failure, gate, caller, id) : TypedResults.Ok(list!);
    }

    private static async Task<Results<Ok<MetricDetailDto>, ProblemHttpResult>> DefinitionAsync(string id, string version, string? user, HttpContext http,
        ResolvedCaller resolved, DefinitionGate gate, MetricVersions versions, CancellationToken cancellationToken)
    {
        var (caller, refusal) = gate.Open(resolved.Authenticated, DefinitionReaders.DemoUser(user, http), id);
        if (caller is null) return Refused(refusal!);
        var (definition, failure) = await versions.DefinitionAsync(id, version, cancellationToken);
        return failure is not null ? Problem(failure, gate, caller, id) : TypedResults.Ok(definition!);
    }

    private static async Task<Results<Ok<MetricDiffDto>, ProblemHttpResult>> DiffAsync(string id, string? from, string? to, string? now, string? user, HttpContext http,
        ResolvedCaller resolved, DefinitionGate gate, MetricVersions versions, CancellationToken cancellationToken)
    {
        var (caller, refusal) = gate.Open(resolved.Authenticated, DefinitionReaders.DemoUser(user, http), id);
        if (caller is null) return Refused(refusal!);
        var (diff, failure) = await versions.DiffAsync(id, from, to, now, cancellationToken);
        return failure is not null ? Problem(failure, gate, caller, id) : TypedResults.Ok(diff!);
    }

    /// <summary>A hidden metric is refused exactly as an unknown one (the gate's did-you-mean names visible metrics only).</summary>
    private static ProblemHttpResult Refused(DefinitionRefusal refusal) => refusal.Kind == DefinitionRefusalKind.NotFound
        ? Problem(new VersionFailure(VersionFailureKind.NotFound, refusal.Error.Code, refusal.Error.Message, refusal.Error.Suggestions))
        : DefinitionReaders.CallerProblem(refusal);

    /// <summary>An unknown metric's did-you-mean comes from the gate too, so it never names a metric the caller may not read.</summary>
    private static ProblemHttpResult Problem(VersionFailure failure, DefinitionGate gate, Caller caller, string id) =>
        failure is { Kind: VersionFailureKind.NotFound, Code: "unknown_metric" } ? Refused(gate.NotFound(caller, id)) : Problem(failure);

    /// <summary>A ProblemDetails carrying the contract's <c>error.code/message/suggestions</c> (and the did-you-mean as <c>suggestions</c>, as /api/metrics/{id} does).</summary>
    private static ProblemHttpResult Problem(VersionFailure failure)
    {
        var (status, title) = failure.Kind switch
        {
            VersionFailureKind.NotFound => (StatusCodes.Status404NotFound, failure.Code == "unknown_metric" ? "Unknown metric" : "Unknown version"),
            VersionFailureKind.Unloadable => (StatusCodes.Status409Conflict, "Version no longer fits the catalog"),
            _ => (StatusCodes.Status400BadRequest, "invalid"),
        };
        return TypedResults.Problem(title: title, detail: failure.Message, statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["error"] = new { code = failure.Code, message = failure.Message, suggestions = failure.Suggestions },
                ["suggestions"] = failure.Suggestions,
            });
    }
}
