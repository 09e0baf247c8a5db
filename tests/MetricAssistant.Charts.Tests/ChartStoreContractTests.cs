using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Formatting;

namespace MetricAssistant.Charts.Tests;

/// <summary>
/// What every <see cref="IChartStore"/> must do, in memory and in the shared store: unguessable URL-safe ids, the spec back
/// whole (gaps and all), expiry by the clock, and unknown or malformed ids not found.
/// </summary>
public abstract class ChartStoreContractTests
{
    private readonly ManualTime time = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));

    /// <summary>The clock every store of the test reads.</summary>
    protected TimeProvider Time => time;

    protected void Later(int minutes) => time.Now = time.Now.AddMinutes(minutes);

    protected abstract void SkipIfUnavailable();

    /// <summary>A store whose charts live <paramref name="minutes"/>, on the same state as every other one this test opened.</summary>
    protected abstract IChartStore Open(int minutes = 60);

    public static StoredChart Sample() => Chart();

    protected static StoredChart Chart(string title = "支付GMV") => new(new ChartSpec(ChartKind.Line, title, ["2025-05", "2025-06"],
        [new ChartSeries("华东", [1.5, null]), new ChartSeries("华南", [2, 3.25])], new ValueFormat("CNY", ValueFormat.Currency, 2), "zh", "其余 3 个渠道未画出"), 720, 360);

    [SkippableFact]
    public async Task Ids_are_128_random_bits_in_url_safe_base64_and_find_their_chart()
    {
        SkipIfUnavailable();
        var store = Open();
        var ids = new List<string>();
        for (var i = 0; i < 50; i++) ids.Add(await store.AddAsync(Chart($"t{i}"), CancellationToken.None));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{22}$", id));
        var other = Open();
        for (var i = 0; i < ids.Count; i++) Assert.Equal($"t{i}", (await other.FindAsync(ids[i], CancellationToken.None))?.Spec.Title);
    }

    [SkippableFact]
    public async Task The_spec_comes_back_whole()
    {
        SkipIfUnavailable();
        var chart = Chart();
        var read = await Open().FindAsync(await Open().AddAsync(chart, CancellationToken.None), CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(chart.Spec.Categories, read.Spec.Categories);
        Assert.Equal(chart.Spec.Series.Select(s => (s.Name, string.Join(",", s.Values))), read.Spec.Series.Select(s => (s.Name, string.Join(",", s.Values))));
        Assert.Equal(chart with { Spec = chart.Spec with { Categories = read.Spec.Categories, Series = read.Spec.Series } }, read);
    }

    [SkippableFact]
    public async Task Unknown_and_malformed_ids_are_not_found()
    {
        SkipIfUnavailable();
        var store = Open();
        var id = await store.AddAsync(Chart(), CancellationToken.None);
        foreach (var unknown in new[] { "AAAAAAAAAAAAAAAAAAAAAA", "", id + "x", id[..21], "../appsettings.json_xx", "' OR 1=1 --aaaaaaaaaaaa" })
            Assert.Null(await store.FindAsync(unknown, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_chart_expires_after_its_lifetime()
    {
        SkipIfUnavailable();
        var store = Open(minutes: 60);
        var id = await store.AddAsync(Chart(), CancellationToken.None);
        Later(59);
        Assert.NotNull(await store.FindAsync(id, CancellationToken.None));
        Later(1);
        Assert.Null(await store.FindAsync(id, CancellationToken.None));
    }
}
