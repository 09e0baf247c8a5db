using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MetricAssistant.Api.Health;

/// <summary>
/// Liveness (<c>/health/live</c>: the process answers), readiness (<c>/health/ready</c>: warehouse, catalog, audit
/// and shared store) and the older <c>/api/health</c>, which runs the readiness checks too. 503 names what failed.
/// </summary>
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<WarehouseHealthCheck>("warehouse", tags: [Ready])
            .AddCheck<CatalogHealthCheck>("catalog", tags: [Ready])
            .AddCheck<AuditStoreHealthCheck>("audit", tags: [Ready])
            .AddCheck<SharedStoreHealthCheck>("shared_store", tags: [Ready]);
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync }).WithTags("service");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = HealthResponse.WriteAsync }).WithTags("service");
        app.MapHealthChecks("/api/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = HealthResponse.WriteApiAsync }).WithTags("service");
        return app;
    }
}
