using MetricAssistant.Application.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class MetricEndpoints
{
    /// <summary>GET /api/metrics and /api/metrics/{id}: the governed catalog (and its versions, <see cref="VersionEndpoints"/>).</summary>
    public static RouteGroupBuilder MapMetricEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", (DefinitionLookup definitions, string? status) => TypedResults.Ok(definitions.List(status)))
            .WithSummary("List the catalog's metrics (optionally by status: draft, in_review, published, deprecated)");
        group.MapGet("/{id}", Show).WithSummary("One metric: definition in both languages, calculation, dimensions, governance, lineage");
        group.MapVersionEndpoints();
        return group;
    }

    private static Results<Ok<MetricDetailDto>, ProblemHttpResult> Show(string id, DefinitionLookup definitions)
    {
        var (detail, near) = definitions.Detail(id);
        if (detail is not null) return TypedResults.Ok(detail);
        return TypedResults.Problem(
            title: "Unknown metric",
            detail: $"No metric '{(id.Length > 100 ? id[..100] + "…" : id)}' in the catalog.{(near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["suggestions"] = near });
    }
}
