using MetricAssistant.Application.Charts;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Charts.Tests;

/// <summary>The contract in memory, and its entry bound: past it the oldest go first.</summary>
public sealed class MemoryChartStoreTests : ChartStoreContractTests
{
    private MemoryChartStore? store;

    protected override void SkipIfUnavailable() { }

    protected override IChartStore Open(int minutes = 60) => store ??= Create(minutes, 1000);

    private MemoryChartStore Create(int minutes, int maxEntries) => new(Options.Create(new ChartOptions { CacheMinutes = minutes, CacheMaxEntries = maxEntries }), Time);

    [Fact]
    public async Task Past_the_entry_bound_the_oldest_go_first()
    {
        var bounded = Create(60, 3);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add(await bounded.AddAsync(Chart(), CancellationToken.None));
        Assert.Equal(3, bounded.Count);
        Assert.Null(await bounded.FindAsync(ids[0], CancellationToken.None));
        Assert.Null(await bounded.FindAsync(ids[1], CancellationToken.None));
        foreach (var id in ids[2..]) Assert.NotNull(await bounded.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Expired_charts_are_dropped_when_new_ones_arrive()
    {
        var store = Create(10, 100);
        await store.AddAsync(Chart(), CancellationToken.None);
        await store.AddAsync(Chart(), CancellationToken.None);
        Later(11);
        var fresh = await store.AddAsync(Chart(), CancellationToken.None);
        Assert.Equal(1, store.Count);
        Assert.NotNull(await store.FindAsync(fresh, CancellationToken.None));
    }
}
