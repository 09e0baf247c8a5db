using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Application.Governance.Lineage;
using MetricAssistant.Application.Telemetry;
using MetricAssistant.Infrastructure.Governance.Freshness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Infrastructure.Governance.Lineage;

public static class LineageServiceCollectionExtensions
{
    /// <summary>
    /// Lineage both ways (<see cref="LineageService"/>) and the freshness of answers: the registered warehouse is the
    /// <see cref="IFreshnessProbe"/> when it is one (DuckDB and PostgreSQL are), else answers carry no freshness.
    /// </summary>
    public static IServiceCollection AddLineage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<LineageService>();
        // Seen through the telemetry wrapper: the engine itself is the probe.
        services.AddSingleton<IFreshnessProbe>(sp => (sp.GetRequiredService<IWarehouse>() is TracedWarehouse traced ? traced.Inner : sp.GetRequiredService<IWarehouse>()) as IFreshnessProbe ?? new NoFreshnessProbe());
        services.AddSingleton<FreshnessCache>();
        services.AddSingleton<FreshnessService>();
        return services;
    }
}
