using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class MetricEndpoints
{
    /// <summary>
    /// GET /api/metrics and /api/metrics/{id}: the governed catalog as the caller may read it (and its versions,
    /// <see cref="VersionEndpoints"/>). A metric the caller may not read is 404 exactly like an unknown one.
    /// </summary>
    public static RouteGroupBuilder MapMetricEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithSummary("List the metrics the caller may read (optionally by status: draft, in_review, published, deprecated, retired)")
            .WithDescription("Drafts, metrics in review and retired ones only for callers with a governance right; definitions the policy publishes (definitions_public) for everyone. The demo caller is user or the X-User header.");
        group.MapGet("/{id}", Show)
            .WithSummary("One metric: definition in both languages, calculation, dimensions, governance, lineage")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapVersionEndpoints();
        return group;
    }

    private static Results<Ok<IReadOnlyList<MetricSummaryDto>>, ProblemHttpResult> List(string? status, string? user, HttpContext http,
        ResolvedCaller resolved, DefinitionGate gate, DefinitionLookup definitions)
    {
        var (caller, problem) = DefinitionReaders.Reader(gate, resolved, user, http);
        return caller is null ? problem! : TypedResults.Ok(definitions.List(caller, status));
    }

    private static Results<Ok<MetricDetailDto>, ProblemHttpResult> Show(string id, string? user, HttpContext http,
        ResolvedCaller resolved, DefinitionGate gate, DefinitionLookup definitions)
    {
        var (caller, problem) = DefinitionReaders.Reader(gate, resolved, user, http);
        if (caller is null) return problem!;
        var (detail, near) = definitions.Detail(caller, id);
        if (detail is not null) return TypedResults.Ok(detail);
        return TypedResults.Problem(
            title: "Unknown metric",
            detail: $"No metric '{(id.Length > 100 ? id[..100] + "…" : id)}' in the catalog.{(near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["suggestions"] = near });
    }
}
