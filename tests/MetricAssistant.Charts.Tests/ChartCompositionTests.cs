using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Charts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Charts.Tests;

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
    public async Task The_chart_lifetime_comes_from_configuration()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        using var services = Build(new() { ["Charts:CacheMinutes"] = "5" }, time);
        var store = services.GetRequiredService<IChartStore>();
        var id = await store.AddAsync(ChartStoreContractTests.Sample(), CancellationToken.None);
        time.Now = time.Now.AddMinutes(4);
        Assert.NotNull(await store.FindAsync(id, CancellationToken.None));
        time.Now = time.Now.AddMinutes(1);
        Assert.Null(await store.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public void Out_of_range_bounds_are_refused_at_start()
    {
        using var services = Build(new() { ["Charts:CacheMinutes"] = "0" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ChartOptions>>().Value);
        Assert.Contains("CacheMinutes", error.Message);
    }
}
