using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricAssistant.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="DemoWarehouseBootstrapper"/> that hosts call on start, so an embedded warehouse that is missing
    /// is generated (<c>Warehouse:GenerateDemoIfMissing</c>). Needs <c>AddMetricAssistant</c> (warehouse options and paths).
    /// </summary>
    public static IServiceCollection AddDemoWarehouse(this IServiceCollection services)
    {
        services.TryAddSingleton<DemoWarehouseBootstrapper>();
        return services;
    }
}
