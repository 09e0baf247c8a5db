using MetricAssistant.Application.Charts;
using MetricAssistant.Infrastructure.Charts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Charts;

/// <summary>The <c>Charts</c> section as configured: bounds validated, a font list that replaces the default one.</summary>
public sealed class ChartCompositionTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(ChartTestSupport.CatalogProvider());
        return services.AddCharts(configuration).BuildServiceProvider();
    }

    [Fact]
    public void A_configured_font_list_replaces_the_default_one()
    {
        using var services = Build(new() { ["Charts:CjkFontFamilies:0"] = "No Such Font MA", ["Charts:ScanInstalledFonts"] = "false" });
        Assert.Equal(["No Such Font MA"], services.GetRequiredService<IOptions<ChartOptions>>().Value.EffectiveCjkFontFamilies);
        Assert.False(services.GetRequiredService<ChartFontResolver>().Font.SupportsCjk);
    }

    [Fact]
    public void The_cache_lifetime_comes_from_configuration()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        using var services = Build(new() { ["Charts:CacheMinutes"] = "5" }, time);
        var cache = services.GetRequiredService<IChartCache>();
        var id = cache.Add(new ChartImage([1, 2, 3], 1, 1, ChartKind.Line));
        time.Now = time.Now.AddMinutes(4);
        Assert.NotNull(cache.Find(id));
        time.Now = time.Now.AddMinutes(1);
        Assert.Null(cache.Find(id));
    }

    [Fact]
    public void Out_of_range_bounds_are_refused_at_start()
    {
        using var services = Build(new() { ["Charts:CacheMinutes"] = "0" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ChartOptions>>().Value);
        Assert.Contains("CacheMinutes", error.Message);
    }
}
