using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetricAssistant.Api.Health;

/// <summary>The JSON of the health endpoints: the overall status, which checks failed, and each check's one line.</summary>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary><c>/health/live</c> and <c>/health/ready</c>: status healthy / unhealthy.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report) => WriteAsync(context, report, Word(report.Status));

    /// <summary><c>/api/health</c>: "ok" as before when every check passes, else "unavailable".</summary>
    public static Task WriteApiAsync(HttpContext context, HealthReport report) =>
        WriteAsync(context, report, report.Status == HealthStatus.Unhealthy ? "unavailable" : "ok");

    private static Task WriteAsync(HttpContext context, HealthReport report, string status)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status,
            failed = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key).ToArray(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = Word(e.Value.Status),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }).ToArray(),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
