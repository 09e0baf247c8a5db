using MetricAssistant.Application.Charts;
using Microsoft.Extensions.Configuration;
using MetricAssistant.Application.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricAssistant.Charts;

public static class ChartServiceCollectionExtensions
{
    /// <summary>
    /// The chart renderer (PNG for cards) and the in-memory chart-spec store (keyed <see cref="LocalFallback.Key"/>; also the
    /// <see cref="IChartStore"/> unless one is registered already, as the shared store's composition does).
    /// </summary>
    public static IServiceCollection AddCharts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChartOptions>().Bind(configuration.GetSection(ChartOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChartFontResolver>();
        services.AddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        services.AddSingleton<ChartImages>();
        services.AddKeyedSingleton<IChartStore, MemoryChartStore>(LocalFallback.Key);
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IChartStore>(LocalFallback.Key));
        return services;
    }
}
