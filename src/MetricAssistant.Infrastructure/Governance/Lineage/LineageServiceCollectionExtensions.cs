using MetricAssistant.Application.Governance.Lineage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Infrastructure.Governance.Lineage;

public static class LineageServiceCollectionExtensions
{
    /// <summary>Lineage both ways (<see cref="LineageService"/>).</summary>
    public static IServiceCollection AddLineage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<LineageService>();
        return services;
    }
}
