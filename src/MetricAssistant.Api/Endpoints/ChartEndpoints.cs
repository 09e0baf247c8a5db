using MetricAssistant.Application.Charts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class ChartEndpoints
{
    /// <summary>
    /// GET /api/charts/{id}.png: a chart for a card, by the id the chart store gave it, drawn from its stored spec. No caller
    /// authentication on purpose: Teams clients fetch card images themselves, without our credentials, so
    /// the id (128 random bits, short-lived) is the capability — it is handed only to the one who asked,
    /// and unknown, evicted and expired ids all look alike (404).
    /// </summary>
    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/charts/{id}.png", Get)
            .WithTags("charts")
            .WithSummary("A rendered chart image (PNG) by its id")
            .WithDescription("The id comes from an answer card; images expire (an hour by default). 404 when unknown or expired.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(string id, ChartImages charts, HttpContext http, CancellationToken cancellationToken)
    {
        var image = await charts.FindAsync(id, cancellationToken);
        if (image is null)
            return TypedResults.Problem(title: "Chart not found", detail: "This chart does not exist or has expired.", statusCode: StatusCodes.Status404NotFound);
        // The image shows figures scoped to one asker: browsers may keep it, shared caches may not.
        http.Response.Headers.CacheControl = "private, max-age=3600";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(image.Png, "image/png");
    }
}
