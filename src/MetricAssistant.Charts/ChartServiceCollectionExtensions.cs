using MetricAssistant.Application.Charts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Charts;

public static class ChartServiceCollectionExtensions
{
    /// <summary>The chart renderer (PNG for cards) and the cache that serves its images by id.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChartOptions>().Bind(configuration.GetSection(ChartOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChartFontResolver>();
        services.AddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        services.AddSingleton<IChartCache, MemoryChartCache>();
        return services;
    }
}
